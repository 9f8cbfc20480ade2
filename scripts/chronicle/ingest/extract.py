"""Sentences → candidate events → one draft event per (date, principal actor, action).

For each sentence: blank out quotations, find its time expressions (temporal.py), its
verb cues (cues.py) and its actors (actors.py). The event is the strongest cue that is
not a plan, a negation or a state; its principal actor is the grammatical subject of
that cue (the nearest name before it that is not the object of a preposition), else the
speaker of the sentence ("…, the ministry said"), else the subject of the sentence
before ("He also said…"). A sentence without a time expression of its own takes the
date of the passage it continues; at the start of a report, the publication day.

The candidates are then grouped into drafts (grouping.py): one per date, principal and
action, with denials as claims on the event they dispute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..dates import PartialDate
from . import anaphora, clauses, furniture, institutions, temporal, world
from . import cues as cue_words
from .actors import Mention, NameIndex, unknown_names
from .events import JOINT_TYPES, Candidate, Draft, dedupe
from .grouping import group
from .quotes import QUOTE, mask_quotes
from .sentences import Sentence

_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:with|to|of|from|for|against|into|between|counterpart|towards|toward|on|at|by|about|than|"
    r"over|and)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:(?:[\w'’-]+\s+){0,2}|"
    r"(?:[A-Z][\w.'’-]*\s+|of\s+|acting\s+){0,5}))$",
)
#: A quantity before "of" ("several groups of X", "hundreds of X"): X is the head of the subject.
_PARTITIVE = re.compile(
    r"\b(?:groups?|units?|members|detachments?|dozens|hundreds|thousands|several|one|two|three|four|"
    r"five|a number)\s+of\s+(?:the\s+)?$",
    re.I,
)
#: Where a clause with a subject of its own starts: after "said (that)", "told X that", "after".
#: The end of 'X said (that)', 'X told reporters that': a pronoun opening the reported clause is X.
_SAID_THAT = re.compile(
    r"\b(?:(?:said|says|stated|claimed|added|insisted|noted|warned)(?:\s+(?:on\s+)?[A-Z]\w+day)?"
    r"\s+(?:that\s+)?|told\s+[^,.]{1,40}?\s+that\s+)$"
)
_CLAUSE_START = re.compile(
    r"(?<=[:;])\s+|"  # a colon or a semicolon opens a clause with a subject of its own
    r"\b(?:(?:said|says|stated|claimed|reported|added|insisted|noted|warned)(?:\s+(?:on|late on|early on)?\s*"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?\s+(?:that\s+)?|"
    r"\btold\s+[^,.]{1,40}?\s+that\s+|\bthat\s+|\b(?:where|when)\s+|"
    r"(?:shortly\s+)?(?:after|before|when|while|as)\s+(?=[A-Z]|the\s+[A-Z]))",
)
_ATTRIBUTION = re.compile(
    r"(?:according to|,\s*(?:the\s+)?)(?P<who>[^,]{2,80}?)(?:,[^,]{2,90},)?\s+(?:has\s+|had\s+)?"
    r"(?:said|says|reported|added|told|stated|wrote)"
    r"(?:\s+in\s+a\s+statement|(?:\s+(?!that\b)[\w’']+){1,3})?\s*\.?$|according to (?P<who2>[^,.]{2,80})|"
    r"^\s*,?\s*(?:said|says|wrote|writes|tweeted|added|stated)\s+(?P<who3>[^,.]{2,80})",
    re.I,
)
_LEAD_ATTRIBUTION = re.compile(
    r"^(?:According to|In (?:a|its|his|her) [\w\s]{0,30}?(?:statement|post)|"
    r"Speaking [^,]{0,60}|In [\w’']+ words)[^,]{0,80},\s*",
    re.I,
)
_PRONOUN_START = re.compile(
    r"^(?:He|She|It|They|The (?:minister|president|prime minister|premier|ministry))\b"
)
_CAPTION = re.compile(
    r"^(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+-{1,2}\s|.*\b(?:is seen|speaks at|attends|meet at|meets with|"
    r"speaks with journalists)\b.*(?:\d{4}|,\s*\.)$)"
)
_SPEECH_CUE = re.compile(r"\b(?:said|says|told|stated|wrote|tweeted|reported|added|noted)\b", re.I)
_ACTION_TYPES = {
    "attack",
    "incursion",
    "military-movement",
    "agreement",
    "casualties",
    "displacement",
    "sanction",
    "meeting",
    "phone-call",
    "negotiation",
    "aid",
}


def extract(
    sentences: list[Sentence],
    published: date,
    actors: NameIndex,
    places: NameIndex,
    countries: dict[str, str],
) -> list[Draft]:
    """Read every sentence and group the events found into drafts, in order of first mention."""
    candidates: list[Candidate] = []
    passage = Passage()
    for number, sentence in enumerate(sentences):
        passage.following = sentences[number + 1].text if number + 1 < len(sentences) else ""
        candidates.extend(read_sentence(sentence, published, passage, actors, places))
    for cand in list(candidates):
        if cand.inherited and cand.type in _TOPICS:
            reported = (cand.date, cand.date_note)
            _date_from_clock_time(cand, sentences, published)
            if cand.date != reported[0] and cand.speaker and not cand.speaker.startswith("?"):
                candidates.append(_announcement(cand, cand.speaker, *reported))
    _date_from_next_saying(candidates)
    _one_name_per_proposal(candidates)
    return group(candidates, countries, actors.kinds)


def _one_name_per_proposal(candidates: list[Candidate]) -> None:
    """'?Erdogan' and '?Recep Tayyip Erdogan' in one article are one person: the fullest name."""
    names = {c.principal[1:] for c in candidates if c.principal.startswith("?")}
    for cand in candidates:
        if not cand.principal.startswith("?") or " " in cand.principal:
            continue
        fuller = [n for n in names if n.split()[-1] == cand.principal[1:] and " " in n]
        if len(fuller) == 1:
            cand.principal = "?" + fuller[0]


def _announcement(cand: Candidate, teller: str, day: PartialDate, note: str) -> Candidate:
    """'YEREVAN, Sept 15 - Armenia and Azerbaijan have agreed on a ceasefire, Grigoryan has said. …
    a ceasefire from 8 p.m. on September 14': the deal is the 14th's; its announcement by the one
    who made it public, on the day reported, is news of its own."""
    return Candidate(cand.sentence, day, note, "announcement", teller, [cand.principal], [], cand.places,
                     None, list(cand.low))


#: What a source reports: its figures and its statements (not acts it vouches for).
_REPORTS = {"casualties", "statement", "announcement"}


def _date_from_next_saying(candidates: list[Candidate]) -> None:
    """'Tbilisi, Sep 27 (EFE).- The toll has risen to 68, according to the Ombudsman. … the
    Ombudsman said late Tuesday.': a report dated only by the dateline (the day the wire filed)
    took the day its source gave it, when one of the next two sentences says so."""
    for number, cand in enumerate(candidates):
        if not cand.inherited or cand.type not in _REPORTS or cand.date.precision != "day":
            continue
        later = (
            c
            for c in candidates[number + 1 :]
            if 0 < c.sentence.index - cand.sentence.index <= 2
            and c.principal == cand.principal
            and c.type in _REPORTS
            and not c.inherited
            and c.date.precision == "day"
            and c.date.first_day < cand.date.first_day
        )
        saying = next(later, None)
        if saying is not None:
            cand.date = saying.date
            cand.date_note = (
                f"{saying.date_note} That is when its source gave it (the next sentences say so); "
                "the dateline or the passage gives only the day it was reported."
            )
            cand.low = [r for r in cand.low if not r.startswith("date taken")]


#: Words that name an event of each type when a later sentence gives its exact time.
_TOPICS = {
    "agreement": r"ceasefire|cease-fire|truce|agreement|deal|accord",
    "attack": r"attack|offensive|shelling|assault|strikes?|fire",
    "incursion": r"incursion|advance|crossing|invasion",
    "military-movement": r"withdrawal|pullback|pull-out",
}
#: A clock time before a day ("at 8:00 p.m. on 14 September", "from 13:00 on September 20").
_CLOCK_BEFORE = re.compile(
    r"\b(?:at|from|as of|since|starting at)\s+(?:about\s+)?\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:a\.?m\.?|p\.?m\.?|hours|local time|GMT|\([^)]{0,40}\)|\s)*(?:on\s+)?$",
    re.I,
)


def _date_from_clock_time(cand: Candidate, sentences: list[Sentence], published: date) -> None:
    """'Sept 15 (Wire) - X and Y have agreed on a ceasefire. … a ceasefire from 8 p.m. on
    September 14 …': the dateline gives the day of the report; an exact time given to the same
    event in its sentence or the next is the day it happened."""
    near = [s for s in sentences if s.index in (cand.sentence.index, cand.sentence.index + 1)]
    for sentence in near:
        text = mask_quotes(sentence.text)
        if not re.search(rf"\b(?:{_TOPICS[cand.type]})\b", text, re.I):
            continue
        for ref in temporal.find(text, published):
            clock = _CLOCK_BEFORE.search(text[max(0, ref.start - 50) : ref.start])
            if clock and ref.date.precision == "day" and ref.date.first_day <= cand.date.first_day:
                cand.date = ref.date
                cand.date_note = (
                    f'"{ref.expression}" with a clock time in the report published {published.isoformat()}; '
                    "the dateline or passage gives only the day it was reported."
                )
                cand.low = [r for r in cand.low if not r.startswith("date taken")]
                return


@dataclass
class Passage:
    """What a sentence inherits from the ones before it: the day being reported and the subject."""

    context: date | None = None  # None until a sentence gives a day of its own
    previous: str | None = None
    last_type: str | None = None  # the type of the last event read: what "answered in kind" repeats
    days: dict[str, date] = field(default_factory=dict)  # actor → day of its last event read
    source: str | None = None  # the last body a sentence of the passage was attributed to
    following: str = ""  # the next sentence: "X was summoned." names its agent there
    today: date | None = None  # a live blog's entry day: what "today" and "yesterday" refer to
    mentioned: date | None = None  # the day of an event told as a noun: what "the next day" follows
    proposed: list[str] = field(default_factory=list)  # sources named that the registry lacks
    titled: dict[str, str] = field(default_factory=dict)  # surname → state, of people named with a title
    territory: str | None = None  # the authorities of the last territory named ("the republic")
    fighter: str | None = None  # who did the last attack, incursion or movement: "the enemy" of what follows
    listed: bool = False  # under a dated list header ("Key events from yesterday:"): each item is news
    bodies: anaphora.Bodies = field(default_factory=anaphora.Bodies)  # whose "the ministry" it is


#: "Porter's remarks came shortly after …": the day of the owner's remarks, already reported.
_CAME = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:remarks|comments|statement|call|conversation|visit|announcement|warning|"
    r"appeal|words|tweet|post)\s+came\s+(?:(?:shortly|hours|minutes|just|soon|only)\s+)?(?:after|as|amid)\b"
)


def _day_of_owner(masked: str, passage: Passage, actors: NameIndex, published: date) -> date | None:
    """An undated sentence tied to an earlier report of its owner ("X's remarks came shortly after
    Y accused…") happened on the day of that report, not on the passage's last day."""
    match = _CAME.search(masked)
    if match is None:
        return None
    owners = [m for m in actors.find(masked[: match.start()], published) if m.end == match.start()]
    return passage.days.get(owners[-1].id) if owners else None


def _entry_stamp(text: str, published: date, passage: Passage) -> bool:
    """A live-blog stamp starts an entry: the day it gives is the entry's day, and what the entry
    says relative to today is relative to that day (never a day after publication)."""
    stamp = furniture.ENTRY_STAMP.match(text.strip())
    if stamp is None:
        return False
    passage.listed = False
    if stamp.group("day"):
        days = [r for r in temporal.find(stamp.group("day"), published) if r.date.precision == "day"]
        day = days[0] if days else None
        if day is not None:
            passage.today = passage.context = day.date.first_day
    return True


def read_sentence(
    sentence: Sentence,
    published: date,
    passage: Passage,
    actors: NameIndex,
    places: NameIndex,
) -> list[Candidate]:
    """Read one sentence: its candidate events (main one first); update the passage state."""
    text = re.sub(r"^[-•*]\s+", "", sentence.text)
    item = passage.listed and text != sentence.text  # a dash-led item of a dated list
    if _entry_stamp(text, published, passage):
        return []
    published = passage.today or published  # within a live-blog entry, its day is "today"
    if furniture.is_headline(text) or furniture.is_caption(text):
        return []  # its date is the picture's or the story's, not the passage's
    dateline, text = furniture.strip_dateline(text)
    filed = next((r for r in temporal.find(dateline, published, None) if r.date.precision == "day"), None)
    if filed is not None:  # "Tbilisi, Sep 27 (EFE).-": the report's day is the passage's until told otherwise
        passage.context = filed.date.first_day
    masked = mask_quotes(text)
    mentioned, passage.mentioned = passage.mentioned, None
    every = temporal.find(masked, published, mentioned or passage.context)
    nominal = [(r, clauses.attributive(masked, r.start, r.start + len(r.expression))) for r in every]
    refs = [
        r
        for r, noun in nominal
        if r.anchors_event
        and noun is None
        and not clauses.owned_by_noun(masked, r.start)
        and not clauses.in_modifier_clause(masked, r.start)
    ]
    own = next((r for r in refs if not r.is_background), None)
    if own is None:
        passage.context = _day_of_owner(masked, passage, actors, published) or passage.context
    before = passage.context
    reported = own is not None and clauses.in_reported_clause(masked, own.start)
    if (
        own is not None
        and own.date.precision == "day"
        and not clauses.speech_attached(masked, own.start)
        and not reported
    ):
        passage.context = own.date.first_day  # "X said Friday" dates a saying, not the passage's events
    if text.rstrip().endswith(":"):  # "Key events from yesterday:" dates the list that follows
        header = next((r for r in every if r.date.precision == "day"), None)
        if header is not None:
            passage.context = header.date.first_day
            passage.listed = True
        return []
    out = _attributive_events(sentence, text, masked, nominal, published, actors, places)
    if out and out[-1].date.precision == "day":
        passage.mentioned = out[-1].date.first_day  # "…'s attack on 19 September. … the following day"
    if len(text.split()) < 5 or not re.search(r"[.!\"”’']$", text):
        return out
    if refs and own is None:  # only a year: background ("In 2021, clashes…")
        return out
    if own is None and clauses.is_background(masked):
        return out
    on = (own.date if own else PartialDate.from_date(before or published)).first_day
    mentions = _unique(actors.find(masked, on) + clauses.group_mentions(masked, actors, on))
    bodies = _institutions(masked, mentions, actors, passage.bodies.proposed)
    mentions = _without_nested(_unique(mentions + bodies))
    mentions = _unique(mentions + anaphora.resolve(masked, mentions, actors, passage.bodies))
    mentions = _unique(mentions + _proposed_again(masked, mentions, passage.proposed))
    passage.bodies.note(mentions, actors)
    attribution = _ATTRIBUTION.search(masked)  # costly: searched once, used by both
    speaker = _speaker(masked, mentions, attribution) or _unregistered_speaker(masked, passage, attribution)
    fronted = clauses.fronted_end(masked)
    every_cue = cue_words.find(masked)
    acting = _territories_acting(masked, every_cue, mentions, actors, places, on, passage)
    mentions = _unique(mentions + acting)
    adjuncts = clauses.adjunct_events(masked)
    found = [
        c
        for c in every_cue
        if c.start >= fronted
        and not any(a.start <= c.start < a.end + 40 and c.type == a.type for a in adjuncts)
    ]
    found = _outside_charges(masked, found)
    spans = _agreement_spans(masked, [r for r, _ in nominal])
    found = [c for c in found if not any(start <= c.start < end for start, end, _ in spans)]
    main = _main_event(masked, found, mentions, speaker, passage, actors, on)
    if speaker is not None:
        passage.source = speaker
    if main is None:
        plan = _future_type(masked) or _sourced_statement(masked, mentions)
        if speaker is None or plan is None:
            passage.previous = _subject(masked, mentions, fronted) or passage.previous
            return out
        main = (cue_words.Cue(plan, 0, 0, ""), speaker, [])
    cue, principal, low = main
    kind = cue.type
    reporter = None  # who reports a joint act whose parties were named just before
    if kind in JOINT_TYPES and principal == speaker and passage.last_type == kind and passage.previous:
        after = [m for m in mentions if m.id == speaker and m.start > cue.end]
        if after:  # "The two sides' chiefs settled on …, the border service said": the parties just named
            principal, reporter = passage.previous, speaker
    if kind == "in-kind":  # "X has answered in kind": the act just reported, now by X
        kind = passage.last_type if passage.last_type not in (None, "statement", "denial") else "statement"
    weak = False
    if cue.is_speech:
        quoted = " ".join(m.group(0) for m in QUOTE.finditer(text)) + " " + masked[cue.end :]
        kind = cue_words.quoted_type(quoted) or _future_type(masked[cue.end :]) or kind
        # a declaration is a public act of its own, not a quotation waiting for its speaker's event
        weak = own is None and kind != "announcement" and not cue.words.lower().startswith("declar")
        if re.search(r"\b(?:has|have)\s+(?:also\s+|now\s+)?$", masked[max(0, cue.start - 16) : cue.start]):
            weak = False  # "The ministry has also confirmed this": a statement told as news of its own
    if own is not None and kind == "statement" and own.date.precision != "day":
        weak = True  # "…, he said" with only "last November" in it: the month is background
    quoted_act = _own_act_quoted(text, published, passage.context) if cue.is_speech and own is None else None
    if quoted_act is not None:  # "'I delivered my terms yesterday', he said": the speaker's own dated act
        own, kind, weak = quoted_act[0], quoted_act[1] or kind, False
    saying = _last(_REPORTED, masked, cue.start)
    asserted = False
    accused = None  # whom a charge told as reported speech is against
    content = saying is not None and _content_agent(masked, cue, principal, mentions, saying.end())
    if saying is not None and kind in _ACTION_TYPES and content:
        # "He noted that X went back…": X's act, which the speaker vouches for in a claim
        speaker = _teller_of(masked, saying.start(), mentions, passage.previous) or speaker
        asserted = speaker is not None
    elif own is None and saying is not None:
        weak = True  # "It added that he backed…": the content of a statement, not news of its own
        teller = _teller_of(masked, saying.start(), mentions, passage.previous)
        if kind in _SPEECH_ACTS and teller == principal:
            weak = False  # "X said … and held Armenia responsible": X's own act of speech, not content
        if kind in _HOSTILE and teller and _other_side(teller, principal, actors):
            # "Tajik officials said Kyrgyz forces had exposed villages to bombardment": a charge
            accused, principal, kind, weak = principal, teller, "accusation", False
    if own is not None and kind in _ACTION_TYPES and clauses.speech_attached(masked, own.start):
        teller = _teller(masked, own.start, mentions)
        if teller is not None and (kind, teller) != ("casualties", principal):
            # "X said on Friday that Y agreed…": the news of the day is X's saying (X's own toll stays a toll)
            principal, kind, low = teller, "statement", []
    teller = _briefer(masked, cue, own, mentions) if kind in _ACTION_TYPES else None
    if teller is not None and teller != principal:
        principal, kind, low = teller, "statement", []  # the briefing is the news; the act, its content
    dating = own
    if own is not None and cue.is_speech and reported and own.start > cue.end:
        dating = None  # "X said that … on September 14": the saying is not dated by what it reports
    voice = _voice_of_state(masked, kind, principal, speaker, saying, mentions, passage, actors)
    if voice is not None:
        principal, weak, low = voice, False, []
    if item:
        weak = False  # "Key events from yesterday: - X said …": each item is a day's news in itself
    when, note = _date_of(dating, kind, cue, masked, published, before, low)
    # a name not in the registry is proposed only as the one who acted, never as a bystander
    others = [m.id for m in mentions if m.id not in (principal, reporter) and not m.id.startswith("?")]
    after = [m.id for m in mentions if m.start > cue.start and m.id != principal and not m.id.startswith("?")]
    if accused and not accused.startswith("?"):
        after[:0] = [accused]
    if cue.type == "sanction" and _victim_subject(masked, cue):  # "X's envoy was summoned": X is the target
        after[:0] = [m.id for m in mentions if m.end <= cue.start and m.id != principal]
    place_ids = _unique_ids(places.find(masked, on))
    main_candidate = Candidate(
        sentence,
        when,
        note,
        kind,
        principal,
        dedupe(others),
        dedupe(after),
        place_ids,
        speaker if speaker != principal else None,
        low,
        weak,
        asserted and speaker != principal,
        dating is None,
    )
    if principal.startswith("?") and " " in principal:
        passage.proposed.append(principal[1:])  # "Erdogan" later in the article is the same person
    # "X said Y shelled …. It also accused …": the sentence's subject is the teller, not Y
    passage.previous = speaker if asserted and speaker else principal
    passage.last_type = kind
    if kind in _HOSTILE and not principal.startswith("?"):
        passage.fighter = principal
    if when.precision == "day":
        passage.days[principal] = when.first_day
    lead_verb = masked[max(0, cue.start - 16) : cue.end]  # "have agreed", not "… that X has voiced"
    if passage.context is None and own is None and when.precision == "day" and cue.end and clauses.is_present(
        lead_verb
    ):
        passage.context = when.first_day  # news of the day: what follows continues that day
    out.insert(0, main_candidate)
    out[1:1] = _speech_acts(text, masked, found, cue, main_candidate, mentions, speaker, actors, on)
    for adjunct in adjuncts:
        if adjunct.type == kind:
            continue
        partners = [m.id for m in mentions if m.start >= adjunct.partner_from and m.id != principal]
        if not partners:
            continue
        inner = next((r for r in every if adjunct.start <= r.start <= adjunct.end + 40), None)
        date_, note_ = (inner.date, temporal.note(inner, published)) if inner else (when, note)
        one = partners[:1]
        call = Candidate(sentence, date_, note_, adjunct.type, principal, one, one, place_ids, None, low[:])
        if inner is None and kind in _SPOKEN and cue.start > adjunct.start:
            out[0] = call  # "During a call with X, Macron urged…": what he urged is the call's content
        else:
            out.append(call)
    return out


#: "…, Asryan, who heads the General Staff, told foreign envoys at a meeting." closing a sentence.
_TOLD_AUDIENCE = re.compile(
    r",\s*(?:the\s+)?(?P<who>[^,]{2,60}?)(?:,[^,]{2,90},)?\s+(?:told|tells|briefed|informed)\s+"
    r"(?P<audience>(?:[\w-]+\s+){0,3}?(?:envoys|diplomats|ambassadors|reporters|journalists|lawmakers|"
    r"parliament|deputies|the media|the press|foreign \w+))\b[^,.]{0,40}\.?$",
    re.I,
)


def _briefer(
    masked: str, cue: cue_words.Cue, own: temporal.TimeRef | None, mentions: list[Mention]
) -> str | None:
    """'Forces have pushed 7.5 km into Armenia, Asryan told foreign envoys.': an act told with no
    day of its own in the present perfect is the content of a briefing; the news of the day is
    the briefing, by the one who gave it."""
    match = _TOLD_AUDIENCE.search(masked)
    if own is not None or match is None or match.start() < cue.end:
        return None
    if not re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", masked[max(0, cue.start - 20) : cue.start]):
        return None
    who = [m for m in mentions if match.start("who") <= m.start < match.end("who")]
    if who:
        return who[0].id
    name = re.fullmatch(r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+", match.group("who"))
    return "?" + name.group(0) if name else None  # a person the registry does not have yet


#: "…, Turkish President Erdogan says, underlining…", "…, he said.": the one who said the sentence.
_SAID_AFTER = re.compile(r",\s*(?P<who>[^,]{2,60}?)\s+(?:said|says|added|stated)\b(?:\s*,[^,]*)?\.?$", re.I)
_STANCES = {"support", "demand", "appeal", "condemnation", "accusation", "threat"}


def _voice_of_state(
    masked: str,
    kind: str,
    principal: str,
    speaker: str | None,
    saying: re.Match[str] | None,
    mentions: list[Mention],
    passage: Passage,
    actors: NameIndex,
) -> str | None:
    """'Türkiye backs Azerbaijan's steps, Erdogan says', 'He said Türkiye expects Armenia to…': a
    state's stance voiced by one of its own people is that person's act, the news of the day."""
    if kind not in _STANCES or actors.kinds.get(principal) != "state":
        return None
    teller = speaker
    tail = _SAID_AFTER.search(masked)
    if tail is not None:
        named = [m.id for m in mentions if m.start >= tail.start("who")]
        named += ["?" + n for at, n in unknown_names(masked, mentions) if at >= tail.start("who")]
        pronoun = re.fullmatch(r"(?:he|she)", tail.group("who"), re.I)
        teller = named[0] if named else passage.previous if pronoun else teller
    if saying is not None:  # "He said Türkiye expects…": the saying comes before the stance
        teller = _teller_of(masked, saying.start(), mentions, passage.previous) or teller
    if teller is None:
        return None
    if teller.startswith("?"):  # "…, Turkish President Erdogan says": a titled person of that state
        country = actors.countries.get(principal)
        surname = teller[1:].split()[-1]
        if _titled_of(masked, teller[1:], country):
            passage.titled[surname] = country or ""
        return teller if country and passage.titled.get(surname) == country else None
    if actors.kinds.get(teller) != "person":
        return None
    country = actors.countries.get(teller)
    return teller if country and country == actors.countries.get(principal) else None


_HEAD_TITLE = r"(?:President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Minister|Chancellor)"


def _titled_of(masked: str, name: str, country: str | None) -> bool:
    """Whether the sentence names the person with their state's demonym and a title ('Turkish
    President Recep Tayyip Erdogan'): the registry does not know them yet, the title says whose they are."""
    surname = re.escape(name.split()[-1])
    pattern = rf"\b([A-Z][\w-]+)\s+{_HEAD_TITLE}\s+(?:[A-Z][\w'’-]+\s+){{0,2}}{surname}\b"
    for match in re.finditer(pattern, masked):
        if country and world.DEMONYMS.get(match.group(1)) == country:
            return True
    return False


_ASKED = re.compile(r"[^.;]{0,60}?\b(?:that|to)\b[^.;]*")


def _outside_charges(masked: str, found: list[cue_words.Cue]) -> list[cue_words.Cue]:
    """'X accused Y of pounding Kyrgyz positions': the pounding is what X charges, not a fact the
    report vouches for, so its cue gives way to the accusation (and Y is not made its author).
    Likewise what a demand or an appeal asks for ('demanded that Y stop shelling')."""
    charges = [c for c in found if c.type == "accusation"]
    asks = [c for c in found if c.type in ("demand", "appeal")]
    kept = []
    for cue in found:
        charged = any(
            a.end <= cue.start and re.fullmatch(r"[^.;]{0,60}?\bof\s+(?:\w+\s+)?", masked[a.end : cue.start])
            for a in charges
        ) or any(  # "demanded that X stop shelling", "urged X to halt the attack": what is asked for
            a.end <= cue.start and _ASKED.fullmatch(masked[a.end : cue.start]) for a in asks
        )
        if not charged or cue.type not in _ACTION_TYPES:
            kept.append(cue)
    return kept


#: Acts done by speaking: after "X said … and", the verb is X's, not the reported clause's subject's.
_SPEECH_ACTS = {"accusation", "denial", "demand", "condemnation", "appeal", "threat"}
#: Acts of speech that news reports as news of their own, even inside a call or a statement.
_NEWSWORTHY_SPEECH = ("denial", "accusation", "demand", "condemnation")
#: A second verb of the same subject that reports an event of its own ("met X and accused Y").
_SECOND_EVENTS = (*_NEWSWORTHY_SPEECH, "meeting", "phone-call", "agreement", "sanction")


def _speech_acts(
    text: str,
    masked: str,
    found: list[cue_words.Cue],
    main: cue_words.Cue,
    event: Candidate,
    mentions: list[Mention],
    speaker: str | None,
    actors: NameIndex,
    on: date,
) -> list[Candidate]:
    """'Grigoryan announced the ceasefire and denied that any accord was being prepared': a denial,
    accusation, demand or condemnation with a verb of its own, by the same actor, is a further
    event of the same day (the gold of news reports lists it apart)."""
    out: list[Candidate] = []
    for cue in found:
        if cue.type not in _SECOND_EVENTS or cue.type == event.type or cue.start == main.start:
            continue
        if any(c.type == cue.type for c in out) or not re.search(r"\w", masked[cue.end : cue.end + 40]):
            continue
        if re.search(r"ing$|^(?:denial|condemnation)$", cue.words.split()[0], re.I):
            continue  # "…, demanding the surrender": a participle describes the main event
        principal, low = _principal(masked, cue, mentions, speaker, event.principal, actors, on)
        if principal is None or (principal != event.principal and _IN_RELATIVE not in low):
            continue  # someone else's act: the subject of that clause is not sure enough
        targets = [m.id for m in mentions if m.start > cue.start and m.id != principal]
        relative = _last(_RELATIVE_OPENING, masked, cue.start) if _IN_RELATIVE in low else None
        out.append(
            Candidate(event.sentence, event.date, event.date_note, cue.type, principal,
                      list(event.others), dedupe(targets), event.places, event.speaker, low + event.low,
                      phrase=_noun_phrase(text, relative.end()) if relative else None, clause=bool(relative))
        )
    return out


#: Where a relative clause with a subject of its own opens: "… looking into what [Trudeau described …]".
_RELATIVE_OPENING = re.compile(r"\b(?:what|whom|which)\s+(?=[A-Z])")


#: Acts done by saying something: in a call, they are what the call was about.
_SPOKEN = {"appeal", "demand", "statement", "support", "condemnation", "accusation", "announcement"}
_REPORTED = re.compile(r"\b(?:said|says|added|stated|noted|told\s+\w+)\s+(?:that\s+)?(?=\S)", re.I)


def _date_of(
    own: temporal.TimeRef | None,
    kind: str,
    cue: cue_words.Cue,
    masked: str,
    published: date,
    context: date | None,
    low: list[str],
) -> tuple[PartialDate, str]:
    """The event's date: its own expression, the passage's day, or (unsure of the day) the month."""
    if own is not None:
        attached = clauses.speech_attached(masked, own.start)
        # a toll is the event of the side that gives it: the day it was given is its day
        if kind in _ACTION_TYPES and kind != "casualties" and attached and own.start > cue.start:
            month = PartialDate(own.date.year, own.date.month)
            low.append("the day given is the day it was reported, not the day it happened")
            return month, (
                f'"{own.expression}" dates the report of it (published {published.isoformat()}); '
                "the day it happened is not given, so only the month is recorded."
            )
        return own.date, temporal.note(own, published)
    perfect = _PERFECT.search(masked[max(0, cue.start - 40) : cue.end])
    if context is not None and context < published and perfect and kind != "statement":
        low.append("date taken from the publication day (present perfect)")
        return PartialDate.from_date(published), (
            f"No date of its own; told in the present perfect as news of the day the report was published "
            f"({published.isoformat()}), not as part of the earlier passage ({context.isoformat()})."
        )
    if context is not None:
        low.append("date taken from the passage, not from the sentence")
        return PartialDate.from_date(context), (
            f"No date of its own in the report; the date of the passage it continues ({context.isoformat()})."
        )
    if clauses.is_present(masked):
        low.append("date taken from the publication day")
        return PartialDate.from_date(published), (
            f"No date in the report; told as news of the day it was published ({published.isoformat()})."
        )
    low.append("no day given: month of publication")
    return PartialDate(published.year, published.month), (
        f"No date in the report (published {published.isoformat()}); the day is not given, "
        "so only the month is recorded."
    )


#: "India has answered in kind by expelling…": the present perfect of the sentence's own verb.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|already\s+)?\w+(?:ed|en|wn|ne|t)\b(?![^,;]*[,;][^,;]*$)")
_PAST_IRREGULAR_WORDS = (
    "went", "withdrew", "fled", "shot", "began", "met", "fought", "struck", "hit", "took", "broke",
    "drove", "left", "came", "sent", "threw", "overran", "seized", "led", "held", "flew", "pushed",
)
_PAST_IRREGULAR = set(_PAST_IRREGULAR_WORDS)


#: A speaker's own act told in the first person: "I delivered", "we have agreed", "we shot down".
_FIRST_PERSON_ACT = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:have\s+|had\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+ed|"
    + "|".join(sorted(_PAST_IRREGULAR_WORDS)) + r")\b"
)


def _own_act_quoted(
    text: str, published: date, context: date | None
) -> tuple[temporal.TimeRef, str | None] | None:
    """'"I delivered my terms to the US Secretary of State yesterday", he said': what the speaker
    says they did, with a day of its own inside the quotation, is their act of that day (the
    type from the quoted words), not a quotation supporting the day they said it."""
    for quote in QUOTE.finditer(text):
        inner = quote.group(0)
        act = _FIRST_PERSON_ACT.search(inner)
        if act is None:
            continue
        days = [r for r in temporal.find(inner, published, context)
                if r.anchors_event and r.date.precision == "day" and r.start > act.start()]
        if days:
            ref = days[0]
            ref = replace(ref, start=quote.start() + ref.start)
            kinds = [c.type for c in cue_words.find(inner) if not c.is_speech]
            return ref, (kinds[0] if kinds else None)
    return None


def _last(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The last match of a pattern that ends before `end`."""
    found = None
    for match in pattern.finditer(text, 0, end):
        found = match
    return found


def _content_agent(
    masked: str, cue: cue_words.Cue, principal: str, mentions: list[Mention], start: int
) -> bool:
    """True when what was said has an agent of its own, named after the verb of saying, doing a
    physical act in the past tense ("said that Azerbaijani troops shelled…", "said the clashes
    began with Tajik forces shooting at…"): the report of a fact by a witness, not an opinion or a plan."""
    verb = cue.words.split()[0].lower()
    began = re.search(r"\b(?:began|started|broke out|erupted)\s", masked[start : cue.start])
    past = verb.endswith("ed") or verb in _PAST_IRREGULAR or (verb.endswith("ing") and bool(began))
    agent = any(m.id == principal and start <= m.start and m.end <= cue.start for m in mentions)
    return past and agent


def _other_side(one: str, other: str, actors: NameIndex) -> bool:
    """Two actors of different states (a proposal's state read from its name)."""
    def side(actor: str) -> str | None:
        if actor.startswith("?"):
            first = actor[1:].split(" ", 1)[0]
            return world.DEMONYMS.get(first) or world.NAMES.get(first)
        return actors.countries.get(actor)

    mine, theirs = side(one), side(other)
    return bool(mine and theirs and mine != theirs)


#: Between a teller and the verb of saying: nothing, or an adverb set off by commas.
_ADVERB_GAP = re.compile(
    r"[\s,]*(?:(?:\w+ly|meanwhile|also|again|however|though|too|in turn|for (?:its|his|her|their) part)"
    r"[\s,]*)?"
)


def _teller_of(masked: str, verb_start: int, mentions: list[Mention], previous: str | None) -> str | None:
    """Who is doing the saying: the name just before the verb, or the subject before for 'He said'.
    A proposed name counts too: it is the teller a later 'it' refers to, even with no claim of its own."""
    before = [m for m in mentions if m.end <= verb_start]
    if before and _ADVERB_GAP.fullmatch(masked[before[-1].end : verb_start]):
        return before[-1].id  # "Tajik border officials, meanwhile, said …"
    if re.match(r"\s*(?:he|she|it|they)\s+(?:\w+\s+)?$", masked[:verb_start], re.I):
        return previous
    return None


def _sourced_statement(masked: str, mentions: list[Mention]) -> str | None:
    """'According to Azerbaijan's defence ministry, the terms oblige both sides to…': a sentence
    given to a source the registry knows, and reporting no act, is that source's statement."""
    lead = _LEAD_ATTRIBUTION.match(masked)
    if lead is None or not lead.group(0).lower().startswith("according to"):
        return None
    return "statement" if any(m.end <= lead.end() for m in mentions) else None


def _future_type(rest: str) -> str | None:
    """'X said France will send a delegation': the saying announces a plan."""
    if re.search(r"\bwill\s+(?:\w+\s+)?(?:send|visit|provide|deploy|host|travel|dispatch)\b", rest, re.I):
        return "announcement"
    return None


def _teller(masked: str, ref_start: int, mentions: list[Mention]) -> str | None:
    """Who did the saying a time expression is attached to: the subject before the speech verb."""
    verb = list(re.finditer(rf"\b(?:{clauses.SPEECH_VERBS})\b", masked[:ref_start], re.I))
    if not verb:
        return None
    before = [m for m in mentions if m.end <= verb[-1].start()]
    if not before or masked[before[-1].end : verb[-1].start()].strip(" ,") not in ("", "also", "again"):
        return None
    return before[-1].id


_SAYS_BETWEEN = re.compile(r"\b(?:said|says|reported|stated|claimed|warned|announced|added)\s+(?:that\s+)?$")


def _governed(masked: str, start: int) -> bool:
    """A name after a preposition is an object ("talks with X"), unless the preposition is the
    "of" of a quantity ("several groups of X went back"), whose head is X itself."""
    window = masked[max(0, start - 40) : start]
    match = _OBJECT_BEFORE.search(window)
    if match is None or _PARTITIVE.search(window):
        return False
    # "the Ministry of Defence said Azerbaijan…": a verb of saying ends the phrase "of" opened
    return not _SAYS_BETWEEN.search(window[match.start() :])


def _absolute(masked: str, mention: Mention) -> bool:
    """'with Tajik forces shooting at Kyrgyz guards': after 'with', a name followed by a participle
    is the one doing it, not an object."""
    after_with = re.search(r"\bwith\s+(?:the\s+)?$", masked[max(0, mention.start - 10) : mention.start])
    return bool(after_with) and bool(re.match(r"\s+[a-z]+ing\b", masked[mention.end :]))


def _subject(masked: str, mentions: list[Mention], start: int) -> str | None:
    """The first name of a sentence that is not after a preposition (for a later 'they')."""
    for mention in mentions:
        governed = _governed(masked, mention.start)
        if mention.start >= start and not governed:
            return mention.id
    return None


def _attributive_events(
    sentence: Sentence,
    text: str,
    masked: str,
    nominal: list[tuple[temporal.TimeRef, str | None]],
    published: date,
    actors: NameIndex,
    places: NameIndex,
) -> list[Candidate]:
    """'the Sept. 13 attack by Azerbaijan': an event of its own, on the day that modifies it."""
    out = []
    for ref, noun in nominal:
        if noun is None or ref.date.precision != "day":
            continue
        after = masked[ref.start + len(ref.expression) :]
        by = re.match(rf"\s+{noun}\s+(?:by|of)\s+", after, re.I)
        mentions = actors.find(after[by.end() :], ref.date.first_day) if by else []
        if not mentions or mentions[0].start > 3:
            continue
        kind = "incursion" if noun in ("incursion", "invasion") else "attack"
        start = ref.start + len(ref.expression) + len(after) - len(after.lstrip())
        out.append(
            Candidate(sentence, ref.date, temporal.note(ref, published), kind, mentions[0].id, [], [],
                      _unique_ids(places.find(masked, ref.date.first_day)), None, [],
                      phrase=_noun_phrase(text, start))
        )
    out.extend(_dated_agreements(sentence, text, masked, [r for r, _ in nominal], published, actors))
    for ref, match, agent in _possessive_events(masked, [r for r, _ in nominal], actors):
        kind = "incursion" if match.group("noun").lower() in ("incursion", "invasion") else "attack"
        owner = max(0, masked.rfind(" ", 0, match.start()) + 1)
        out.append(
            Candidate(sentence, ref.date, temporal.note(ref, published), kind, agent, [], [],
                      _unique_ids(places.find(masked, ref.date.first_day)), None, [],
                      phrase=_noun_phrase(text, owner))
        )
    return out


def _noun_phrase(text: str, start: int) -> str:
    """The words of an event told as a noun, from where they start to the end of their phrase
    ('attack by Azerbaijan on Armenia's sovereign territory'), for a title that names that event
    and not the sentence's own news."""
    rest = re.split(r"[,;:.](?:\s|$)|\s+(?:with whom|which|who|that|and then|while)\s", text[start:],
                    maxsplit=1)[0]
    return " ".join(rest.split()[:30]).rstrip(" ,")  # the title is shortened where a phrase ends


#: "a November 2020 peace agreement concluded with Russia": a date before an agreement and its parties.
_DATED_AGREEMENT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:agreement|ceasefire|cease-fire|truce|deal|accord)\s+"
    r"(?P<how>signed|concluded|reached|agreed|brokered)\s+(?P<prep>with|by|between)\s+"
)


def _agreement_spans(
    masked: str, refs: list[temporal.TimeRef]
) -> list[tuple[int, int, tuple[temporal.TimeRef, re.Match[str]]]]:
    """Where 'a November 2020 agreement signed with X' stands: its verbs report that old event."""
    out = []
    for ref in refs:
        if ref.date.precision == "year" or not re.search(r"\b(?:a|an|the)\s+$", masked[: ref.start]):
            continue
        match = _DATED_AGREEMENT.match(masked, ref.start + len(ref.expression))
        if match is not None:
            out.append((ref.start, match.end(), (ref, match)))
    return out


def _dated_agreements(
    sentence: Sentence,
    text: str,
    masked: str,
    refs: list[temporal.TimeRef],
    published: date,
    actors: NameIndex,
) -> list[Candidate]:
    """A dated background fact: 'enforcing a November 2020 peace agreement concluded with Russia and
    Armenia' is an agreement of that month between the sentence's subject and the parties named
    ('signed by A and B': A first). Undated agreements ('the agreement') stay background."""
    out = []
    for _, _, (ref, match) in _agreement_spans(masked, refs):
        on = ref.date.first_day
        parties = [m for m in actors.find(masked[match.end() :], on) if m.start < 80]
        if match.group("prep") == "with":
            subject = [m for m in actors.find(masked[: ref.start], on) if not _governed(masked, m.start)]
            parties = subject[:1] + parties
        ids = dedupe([m.id for m in parties])
        if len(ids) >= 2:
            out.append(Candidate(sentence, ref.date, temporal.note(ref, published), "agreement", ids[0],
                                 ids[1:], [], [], None, [], phrase=_noun_phrase(text, match.start())))
    return out


#: "Azerbaijan's attack on the region on 19 September": an owner, an event noun, then its date.
_POSSESSIVE_EVENT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}(?P<noun>attack|offensive|assault|shelling|incursion|invasion|bombardment|"
    r"takeover|recapture|capture)"
    r"(?:\s+(?:on|of|against|into)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?)?\s+(?:on\s+|in\s+)?$",
    re.I,
)


def _possessive_events(
    masked: str, refs: list[temporal.TimeRef], actors: NameIndex
) -> list[tuple[temporal.TimeRef, re.Match[str], str]]:
    """A dated event told as a noun with its agent as owner: a dated background fact, an event
    of its own (undated ones, "Azerbaijan's offensive", stay background)."""
    out = []
    for ref in refs:
        if ref.date.precision == "year":
            continue
        window_start = max(0, ref.start - 90)
        match = _POSSESSIVE_EVENT.search(masked, window_start, ref.start)
        if match is None:
            continue
        owner = [m for m in actors.find(masked[window_start : match.start()], ref.date.first_day)
                 if window_start + m.end == match.start()]
        if owner:
            out.append((ref, match, owner[-1].id))
    return out


#: Between a subject and its verb: nothing but an adverb, an auxiliary or an opening quotation mark.
_SUBJECT_GAP = re.compile(r"[\s\"“‘']*(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?[\"“‘']?")


def _territories_acting(
    masked: str,
    found: list[cue_words.Cue],
    mentions: list[Mention],
    actors: NameIndex,
    places: NameIndex,
    on: date,
    passage: Passage,
) -> list[Mention]:
    """'Nagorno-Karabakh accepted the proposal': a territory that acts stands for its authorities,
    when the registry has '<territory> authorities'; so does 'the unrecognized republic', after
    the article named that territory. A place that is only where something happened ('fighting
    in Nagorno-Karabakh') is not an actor."""
    out = []
    for place in places.find(masked, on):
        body = actors.find(f"{place.surface} authorities", on)
        if not body or body[0].start != 0 or body[0].end != len(place.surface) + len(" authorities"):
            continue
        passage.territory = body[0].id  # what "the republic" refers to later on
        if any(m.start <= place.start < m.end for m in mentions) or not _acts(masked, place.end, found):
            continue
        out.append(Mention(place.start, place.end, place.surface, body[0].id))
    for match in _TERRITORY.finditer(masked):
        if passage.territory and _acts(masked, match.end(), found):
            out.append(Mention(match.start(), match.end(), match.group(0), passage.territory))
    return out


#: A territory named by what it is, after the article named it: "the unrecognized republic".
_TERRITORY = re.compile(
    r"\b[Tt]he\s+(?:(?:unrecognized|unrecognised|self-proclaimed|breakaway|separatist|de facto)\s+)+"
    r"(?:republic|region|enclave|entity|state)\b"
)


def _acts(masked: str, end: int, found: list[cue_words.Cue]) -> bool:
    """Whether a name ending here is directly the subject of one of the sentence's cues."""
    return any(c.start > end and _SUBJECT_GAP.fullmatch(masked[end : c.start]) for c in found)


#: A people named just before the verb of their flight: "Karabakh Armenians fleeing", "Serbs who fled".
_PEOPLE_BEFORE = re.compile(
    r"(?<![\w-])(?P<people>(?:[A-Z][\w-]+\s+)?[A-Z][a-z]+(?:ians|ans|is|s))\s+(?:who\s+(?:had\s+|have\s+)?)?$"
)
_IN_RELATIVE = "its actor is the subject of a relative clause ('what X described as …')"
#: "what X described as", "whom X accused of": a relative clause whose own subject is X.
_RELATIVE_SUBJECT = re.compile(r"\b(?:what|whom|which|that)\s+$")


def _nearer_proposal(masked: str, after: int, cue_start: int, mentions: list[Mention]) -> str | None:
    """A titled name the registry lacks that is the subject of the cue's own relative clause,
    nearer to the verb than the registry name chosen ('what Prime Minister Justin Trudeau
    described as credible allegations': Trudeau, not the Canada the sentence began with)."""
    for start, name in unknown_names(masked[:cue_start], mentions):
        if start < after or masked[start + len(name) : cue_start].strip():
            continue
        if _relative_subject(masked, start):
            return name
    return None


def _relative_subject(masked: str, start: int) -> bool:
    """Whether a name starting here opens a relative clause as its subject ('what [Prime Minister] X')."""
    before = re.sub(rf"(?:{_HEAD_TITLE}|Secretary|Spokes\w+)\s+$", "", masked[max(0, start - 40) : start])
    return bool(_RELATIVE_SUBJECT.search(before))


def _proposed_again(masked: str, mentions: list[Mention], proposed: list[str]) -> list[Mention]:
    """'Turkish President Recep Tayyip Erdogan has declared … Erdogan said': a surname alone after
    the article proposed the full name is that person again."""
    out = []
    for name in dict.fromkeys(reversed(proposed)):
        words = name.split()
        if len(words) < 2 or not words[-1][:1].isupper():
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", masked):
            if not any(m.start <= match.start() < m.end for m in mentions + out):
                out.append(Mention(match.start(), match.end(), match.group(0), "?" + name))
    return out


def _institutions(
    masked: str, mentions: list[Mention], actors: NameIndex, named: dict[tuple[str, str], str]
) -> list[Mention]:
    """'Kyrgyz troops', 'the Tajik Defence Ministry': bodies named by nationality and institution;
    'Canada', 'Pristina accuses': states the registry may not have (institutions.states), where
    no registry name already covers the words."""
    states = {m.surface: actors.countries[m.id] for m in mentions
              if actors.kinds.get(m.id) in ("state", "government") and m.id in actors.countries}
    found = institutions.find(masked, actors.institutions, named)
    found += institutions.owned(masked, actors.institutions, states, named)
    found += institutions.bare(masked, actors.states)
    found += institutions.states(masked, actors.states, actors.institutions)
    return [
        Mention(i.start, i.end, i.surface, i.id)
        for i in found
        if not any(m.start <= i.start and i.end <= m.end for m in mentions)
    ]


def _without_nested(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention inside a longer one (a group's adjective inside a registry alias)."""
    out: list[Mention] = []
    for mention in mentions:
        if any(o is not mention and o.start <= mention.start and mention.end <= o.end
               and (o.end - o.start) > (mention.end - mention.start) for o in mentions):
            continue
        if any(o.start == mention.start and o.end == mention.end and o.id == mention.id for o in out):
            continue
        out.append(mention)
    return out


def _unique(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: m.start)


def _unique_ids(mentions: list[Mention]) -> list[str]:
    return dedupe([m.id for m in mentions])


def _speaker(masked: str, mentions: list[Mention], match: re.Match[str] | None) -> str | None:
    """Who the sentence attributes its content to: '…, the ministry said' or 'according to X'."""
    lead = _LEAD_ATTRIBUTION.match(masked)
    if lead and lead.group(0).lower().startswith("according to"):
        inside = [m for m in mentions if m.end <= lead.end()]
        if inside:
            return inside[0].id
    if not match:
        return None
    group = next(g for g in ("who", "who2", "who3") if match.group(g))
    start = match.start(group)
    inside = [m for m in mentions if m.start >= start]
    return inside[0].id if inside else None


#: A body's or a person's name: capitalised words, hyphenated or joined by 'of'/'for'/'and'.
_PROPER = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’-]+){1,6})")


#: Words of a body's name that do not say whose it is ("the Defense Ministry" names no state).
_GENERIC = {
    "Defense", "Defence", "Foreign", "Interior", "Health", "Ministry", "Service", "Office", "Department",
    "Council", "Security", "Human", "Rights", "Ombudsman", "Committee", "Press", "Army", "Police",
    "Government", "Border", "General", "Staff", "Armed", "Forces", "National", "State", "Federal",
    "Public", "Emergency", "Emergencies", "Situations", "Affairs", "of", "for", "and", "on", "the",
}


def _unregistered_speaker(masked: str, passage: Passage, match: re.Match[str] | None) -> str | None:
    """'…, according to the Nagorno-Karabakh Human Rights Ombudsman.': a named source the registry
    lacks is proposed as the speaker; 'the Ombudsman said' later is the same one."""
    if match is None:
        return None
    who = next(match.group(g) for g in ("who", "who2", "who3") if match.group(g)).strip()
    start = match.start(next(g for g in ("who", "who2", "who3") if match.group(g)))
    titled = [n for at, n in unknown_names(masked, []) if at >= start]
    if titled:  # "Turkish President Erdogan said": the name, not the title
        passage.proposed.append(titled[0])
        return "?" + titled[0]
    name = _PROPER.fullmatch(who)
    if name is not None and not set(re.split(r"[\s-]+", name.group("name"))) <= _GENERIC:
        passage.proposed.append(name.group("name"))
        return "?" + name.group("name")
    single = re.fullmatch(r"(?:the\s+)?([A-Z][\w-]+)", who)
    earlier = [n for n in passage.proposed if single and n.split()[-1] == single.group(1)]
    return "?" + earlier[-1] if earlier else None


def _main_event(
    masked: str,
    found: list[cue_words.Cue],
    mentions: list[Mention],
    speaker: str | None,
    passage: Passage,
    actors: NameIndex,
    on: date,
) -> tuple[cue_words.Cue, str, list[str]] | None:
    """The event of the sentence: the highest-ranked cue that has a principal actor."""
    deferred = None
    for cue in sorted(found, key=lambda c: (cue_words.RANK[c.type], c.start)):
        if _victim_subject(masked, cue):
            principal = _passive_agent(masked, cue, mentions, speaker, passage, actors, on)
            if principal is not None:
                return cue, principal, []
            continue
        principal, low = _principal(
            masked, cue, mentions, speaker, passage.previous, actors, on, passage.fighter
        )
        if principal is not None and _IN_RELATIVE not in low:
            return cue, principal, low
        if principal is not None:  # "what X described as allegations": the main clause's act comes first
            deferred = deferred or (cue, principal, low)
    return deferred


#: A passive verb ("was summoned", "were killed"): its subject is who it was done to.
_PASSIVE = re.compile(r"\b(?:was|were|(?:has|have|had) been|is being|are being)\s+(?:\w+ly\s+)?$", re.I)
def _victim_subject(masked: str, cue: cue_words.Cue) -> bool:
    """'were killed', 'had been summoned', 'died': the subject is who it was done to, not the actor."""
    verb = cue.words.split()[0].lower()
    if cue.type == "casualties" and verb in ("died", "dead"):
        return True
    passive = _PASSIVE.search(masked[max(0, cue.start - 30) : cue.start])
    return bool(passive) and not verb.endswith("ing")


#: Bodies that summon and expel envoys.
_GOVERNMENTS = {"state", "government", "ministry"}


def _passive_agent(
    masked: str,
    cue: cue_words.Cue,
    mentions: list[Mention],
    speaker: str | None,
    passage: Passage,
    actors: NameIndex,
    on: date,
) -> str | None:
    """Who did what a passive verb reports. 'Three attackers were killed': the toll is the event of
    the one who reports it (the sentence's source, else the passage's). 'The ambassador was
    summoned': the government named after the verb ('by X', 'told that New Delhi…') or, failing
    that, in the next sentence. None when the report does not say."""
    if cue.type == "casualties":
        saying = _last(clauses.REPORTED_CLAUSE, masked, cue.start)
        teller = _teller_of(masked, saying.start(), mentions, passage.previous) if saying else None
        return speaker or teller or passage.source
    if cue.type != "sanction":
        return None
    patient = [m.id for m in mentions if m.end <= cue.start]
    later = [m for m in mentions if m.start >= cue.end and m.id not in patient]
    following = actors.find(mask_quotes(passage.following), on)
    for mention in (*later, *following):
        if actors.kinds.get(mention.id) in _GOVERNMENTS and mention.id not in patient:
            return mention.id
    return None


_HOSTILE = {"attack", "incursion", "military-movement"}
#: A subject that is a common noun, not a name: "the enemy", "the attackers", "the masked gunmen".
_COMMON_SUBJECT = re.compile(
    r"(?:^\s*|[,;]\s*|\b(?:when|as|after|then|that|[A-Z]\w+day|morning|night)\s+)the\s+(?:[a-z-]+\s+){1,2}"
    r"(?:then\s+)?$"
)
#: A name followed by its verb of saying: the teller of the clause that follows, not its subject.
_TELLS = re.compile(rf"\s*(?:,[^,]{{1,60}},\s*)?(?:also\s+)?(?:{clauses.SPEECH_VERBS})\b", re.I)
_PRONOUN_BEFORE = re.compile(r"(?:^|,)\s*(?:he|she|it|they)\s+(?:also\s+|then\s+|later\s+)?$", re.I)


def _principal(
    masked: str,
    cue: cue_words.Cue,
    mentions: list[Mention],
    speaker: str | None,
    previous: str | None,
    actors: NameIndex,
    on: date,
    fighter: str | None = None,
) -> tuple[str | None, list[str]]:
    """The grammatical subject of the cue verb: nearest name before it not governed by a preposition."""
    low: list[str] = []
    if cue.type == "casualties" and speaker:
        return speaker, low  # "49 were killed, the ministry said": a toll is the reporting side's event
    if cue.type == "casualties":  # "The ministry said yesterday that the fighting had killed 71 soldiers"
        tellers = [m for m in mentions if m.end <= cue.start and _TELLS.match(masked, m.end)]
        if tellers and not any(tellers[-1].end < m.start and m.end <= cue.start for m in mentions):
            return tellers[-1].id, low
    saying = _last(_REPORTED, masked, cue.start)
    if cue.type in _SPEECH_ACTS and saying and re.search(r"\band\s+(?:\w+ly\s+)?$", masked[: cue.start]):
        teller = _teller_of(masked, saying.start(), mentions, previous)
        if teller:  # "X said his troops were responding and held Armenia responsible": X holds
            return teller, low
    if cue.type == "displacement":  # "cars carrying Karabakh Armenians fleeing their homes"
        people = _PEOPLE_BEFORE.search(masked[: cue.start])
        if people is not None:
            named = [m for m in mentions if m.start <= people.start("people") < m.end]
            if named:
                return named[0].id, low
            low.append(f"'{people.group('people')}' is not in the actor registry")
            return "?" + people.group("people"), low
    if cue.type in ("attack", "incursion"):
        agent = clauses.nominal_agent(masked, cue.start, cue.end, actors, on)
        if agent is not None:
            return agent.id, low
    lead = _LEAD_ATTRIBUTION.match(masked)
    subject_from = max(lead.end() if lead else 0, clauses.fronted_end(masked))
    if re.match(r"\s*(?:he|she|it|they)\b", masked[subject_from:], re.I) and previous and subject_from:
        low.append("principal actor taken from the sentence before (a pronoun)")
        return previous, low
    if cue.is_speech and speaker:
        return speaker, low
    clause_from = max([subject_from, *(m.end() for m in _CLAUSE_START.finditer(masked, 0, cue.start))])
    pronoun = re.match(r"\s*(?:he|she|they)\b", masked[clause_from:], re.I)
    said = _SAID_THAT.search(masked[:clause_from]) if clause_from > subject_from and pronoun else None
    teller = _teller_of(masked, said.start(), mentions, previous) if said else None
    if teller:
        return teller, low  # "Lavrov told reporters that he had written …": he is the teller
    if clause_from > subject_from and pronoun and previous:
        low.append("principal actor taken from the sentence before (a pronoun)")
        return previous, low
    before = [
        m
        for m in mentions
        if subject_from <= m.start and m.end <= cue.start and masked[m.end : m.end + 2] not in ("'s", "’s")
    ]
    tellers = {m for m in before if m.end <= clause_from and _TELLS.match(masked, m.end)} if (
        cue.type in _ACTION_TYPES) else set()
    fallback = [m for m in reversed(before) if m not in tellers]
    nearest = before[-1] if before else None
    if nearest and _relative_subject(masked, nearest.start) and not masked[nearest.end : cue.start].strip():
        return nearest.id, [*low, _IN_RELATIVE]  # "… what Prime Minister Justin Trudeau described as …"
    for mention in [m for m in before if m.start >= clause_from] + fallback:
        if not _governed(masked, mention.start) or _absolute(masked, mention):
            first = clauses.first_of_coordination(masked, before, mention, cue.type in JOINT_TYPES)
            nearer = _nearer_proposal(masked, first.end, cue.start, mentions)
            if nearer is not None:  # "Canada …, looking into what Prime Minister Justin Trudeau described as"
                low.extend([f"'{nearer}' is not in the actor registry", _IN_RELATIVE])
                return "?" + nearer, low
            return first.id, low
    if fighter and cue.type in _HOSTILE and _COMMON_SUBJECT.search(masked[clause_from : cue.start]):
        low.append("principal actor taken from the last attack or advance reported (a common noun)")
        return fighter, low  # "…, when the enemy flew a drone": the side just reported fighting
    if previous and _PRONOUN_BEFORE.search(masked[: cue.start]):
        low.append("principal actor taken from the sentence before (a pronoun)")
        return previous, low  # "As tensions mounted, it accused …"
    names = unknown_names(masked[: cue.start], mentions)
    subject = next(
        (n for s, n in names if s >= subject_from and not _governed(masked, s)),
        None,
    )
    if subject:
        low.append(f"'{subject}' is not in the actor registry")
        return "?" + subject, low
    if speaker:
        return speaker, low
    if _PRONOUN_START.match(masked[subject_from:]) and previous:
        low.append("principal actor taken from the sentence before (a pronoun)")
        return previous, low
    return None, low


