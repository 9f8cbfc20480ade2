"""The parser extractor: an article and the registry → candidate events, one per clause that
tells an act.

This is the boundary other extractors share (`Extractor`): whatever produces the candidates,
the guards run after it (grouping.py: one draft per day, actor and act, denials as claims;
drafts.py: quotes, ids, dates never after publication, registry ids or proposed actor files;
dedupe.py: against the chronology and the batch; and the validator). Reading here goes:
sentences (sentences.py, furniture.py) → parse (nlp.py, in batches) → clauses (clauses.py) →
speaker versus doer (attribution.py) → which clauses are news of their own (selection.py) → who
(subjects.py) → when (dating.py) → the type from the verb classes (verbs.yaml) → a headline from
the clause's parts (headlines.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import (
    attribution,
    clean,
    dating,
    doerless,
    effective,
    furniture,
    headlines,
    institutions,
    names,
    nlp,
    nouns,
    recalled,
    samebody,
    selection,
    sentences,
    sequence,
    standing,
    subjects,
    temporal,
    verbs,
    world,
)
from .actors import ActorRef, Mention, NameIndex
from .attach import attach
from .clauses import Clause, clauses
from .events import DISPUTABLE, HOSTILE, JOINT_TYPES, VERBAL, Candidate, Dropped, Registry, dedupe
from .read import Article
from .sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: What an extractor is: an article and the registry in, candidate events out.
Extractor = Callable[[Article, Registry], list[Candidate]]
#: How a sentence ends: a full stop, a question or exclamation mark, or a colon before a list, maybe
#: inside closing quotation marks or brackets.
_ENDED = re.compile(r"[.!?:…][\"”’')\]]*\s*$")
@dataclass
class Reading:
    """What the extractor carries from one sentence to the next of an article."""

    passage: dating.Passage
    context: subjects.Context = field(default_factory=subjects.Context)
    source: ActorRef | None = None  # the last speaker: the reporter of a toll told without one
    dropped: list[Dropped] = field(default_factory=list)  # why a clause that tells an act gave no candidate
    sayings: recalled.Sayings = field(default_factory=recalled.Sayings)  # each speaker's last dated saying
    agreed: list[ActorRef] = field(default_factory=list)  # the parties of the last agreement told
    effective: list[temporal.TimeRef] = field(default_factory=list)  # "a truce from 8 p.m. on 14 September"
    long_before: bool = False  # the sentence's acts are dated only by a year or month long before


def extract(article: Article, registry: Registry, dropped: list[Dropped] | None = None) -> list[Candidate]:
    """Every candidate event of an article, in reading order (the parser extractor)."""
    return extract_many([article], registry, [dropped])[0]


def extract_many(
    articles: list[Article], registry: Registry, dropped: list[list[Dropped] | None] | None = None
) -> list[list[Candidate]]:
    """The candidates of several articles, their sentences parsed in one stream: the parser's
    matrix work is faster on full batches than on one short article's dozen sentences (about a
    third more articles a second). `dropped`, one list (or None) per article, collects why."""
    split = [_split(article) for article in articles]
    docs = iter(nlp.parse_many(text for found in split for _, text in found[1] if text))
    out: list[list[Candidate]] = []
    for n, (article, (found, prepared)) in enumerate(zip(articles, split, strict=True)):
        with world.reading(article.text):  # "Congolese" is the Congo the report names
            out.append(_extract(article, found, prepared, docs, registry, dropped[n] if dropped else None))
    return out


def _split(article: Article) -> tuple[list[Sentence], list[tuple[str, str]]]:
    """An article's sentences, and for each its dateline and the words to parse ('' for furniture)."""
    found = sentences.split(clean.clean(article.text))
    sizes = Counter(s.paragraph for s in found)
    stamped = furniture.after_stamps([s.text for s in found])
    return found, [_prepare(s, sizes[s.paragraph] == 1, on) for s, on in zip(found, stamped, strict=True)]


def _extract(
    article: Article,
    found: list[Sentence],
    prepared: list[tuple[str, str]],
    docs: Iterator[Doc],
    registry: Registry,
    dropped: list[Dropped] | None,
) -> list[Candidate]:
    reading = Reading(dating.Passage(article.published))
    reading.context.issuer = institutions.issuer(article.meta.outlet)  # "Estonian MFA": its press release
    out: list[Candidate] = []
    for sentence, (dateline, text) in zip(found, prepared, strict=True):
        doc = next(docs) if text else None
        out.extend(_read(sentence, dateline, text, doc, registry, reading))
    effective.took_effect(out, reading.effective)
    samebody.merge(out, registry.actors)  # "The Ministry of Defence said …. Estonia's Defence Ministry"
    if dropped is not None:
        dropped.extend(reading.dropped)
    return out


def _prepare(sentence: Sentence, alone: bool, after_stamp: bool = False) -> tuple[str, str]:
    """The sentence's wire dateline and its own words ('' for furniture: stamps, headlines, captions,
    and a line of its own with no full stop, which news copy uses only for headlines and decks:
    'Kyrgyzstan, Tajikistan agree on cease-fire', unless it is a live blog's entry)."""
    text = sentence.text.lstrip("-•* ").strip()
    if furniture.ENTRY_STAMP.match(text) or furniture.is_headline(text) or furniture.is_caption(text):
        return text, ""
    if alone and not _ENDED.search(text) and not furniture.is_entry(text, after_stamp):
        return text, ""
    dateline, rest = furniture.strip_dateline(text)
    return dateline, rest


def _read(
    sentence: Sentence, dateline: str, text: str, doc: Doc | None, registry: Registry, reading: Reading
) -> list[Candidate]:
    passage = reading.passage
    if doc is None:
        reading.dropped.append(Dropped(sentence.index, furniture.why_unread(dateline)))
        dating.stamp(dateline, passage)
        if furniture.strip_dateline(dateline)[0]:
            dating.filed(dateline, passage)  # "BAKU, May 15. /TASS/." on a line of its own
        return []
    dating.filed(dateline, passage)  # "Tbilisi, Sep 27 (EFE).-": the report's day until told otherwise
    recalled.new_paragraph(passage, sentence.paragraph)  # a flashback's day ends with its paragraph
    published = passage.today or passage.published
    masked = furniture.mask_asides(text)
    refs = temporal.find(masked, published, passage.context, passage.mentioned)
    reading.effective += effective.effective_days(text, refs)
    named = [r for r in refs if r.date.precision == "day" and r.anchors_event]
    if named:  # "… on 19 September. Fighting stopped when they surrendered the following day."
        passage.mentioned = named[-1].date.first_day
    if text.rstrip().endswith(":"):  # "Key events from yesterday:" dates the list below it
        day = next((r for r in refs if r.date.precision == "day"), None)
        if day is not None:
            passage.move(day.date.first_day)
            passage.listed = True
        reading.dropped.append(Dropped(sentence.index, "a list header: dates the items below it"))
        return []
    found_clauses = clauses(doc)
    attached = dating.speakers_now(masked, found_clauses, attach(doc, found_clauses, refs), passage)
    root = next((c for c in found_clauses if c.kind == "ROOT"), None)
    root_ref = dating.own_ref(root, attached) if root is not None else None
    on = root_ref.date.first_day if root_ref is not None else (passage.context or published)
    found = subjects.mentions(furniture.mask_asides(text), on, registry.actors, reading.context)
    reading.context.persons_in(doc)
    places = dedupe([m.id for m in registry.places.find(text, on)])
    according = attribution.according_to(doc)
    for teller in [according, *(c.subject for c in found_clauses if verbs.is_speech(c.pred))]:
        named = subjects.actor_of(teller, found, registry.actors, reading.context) if teller else None
        if named is not None:  # "according to the X Ombudsman": who "the Ombudsman" is later
            reading.context.mentioned(named)
            reading.context.voice = named  # whose "statement" a later "the statement said" is
    saying = dating.continue_passage(passage, found_clauses, attached)
    if saying is not None:  # "…, his office said Friday": the day its speaker spoke
        passage.teller = subjects.actor_of(saying.subject, found, registry.actors, reading.context)
    unreal = {c.pred.i for c in found_clauses if c.irrealis is not None}  # "would be held in April"
    reading.long_before = dating.told_long_before(
        {i: refs for i, refs in attached.items() if i not in unreal}, passage.published)
    out: list[Candidate] = []
    made: dict[int, list[Candidate]] = {}
    for clause in found_clauses:
        children = [c for c in found_clauses if c.parent is clause]
        made[clause.pred.i] = _candidates(clause, children, sentence, found, attached, according, places,
                                          registry, reading)
        out.extend(made[clause.pred.i])
    selection.unsupported_sayings(found_clauses, made)
    selection.one_position(out)
    dating.lead(passage, out)
    # Who a later 'it' or 'he' stands for, most likely last: the doers of acts the sentence reports,
    # then its main subject ("The Kremlin did not confirm this. It said …"), then the doers of the
    # acts it tells itself ("… shortly after Pashinian accused Azerbaijan. He again charged …").
    topic = subjects.actor_of(root.subject, found, registry.actors, reading.context) if root else None
    about = names.person_subject(doc)
    if topic is None and about is not None:  # "President X was defiant. …, he said": whom it is about
        topic = subjects.actor_of(about, found, registry.actors, reading.context)
    others = [o for c in out for o in c.others]  # the other parties first: 'the two countries'
    if out:  # 'they' after a call or a meeting: its parties
        joint = next((c for c in reversed(out) if c.type in JOINT_TYPES), None)
        reading.context.joint = [joint.principal, *joint.partners] if joint is not None else []
    reported = [c.principal for c in out if c.asserted]
    for actor in (*others, *reported, topic, *[c.principal for c in out if not c.asserted]):
        if actor is not None:
            reading.context.noted(actor, registry.actors.kinds)
    return out


def _candidates(
    clause: Clause,
    children: list[Clause],
    sentence: Sentence,
    found: list[Mention],
    attached: dict[int, list[temporal.TimeRef]],
    according: Token | None,
    places: list[str],
    registry: Registry,
    reading: Reading,
) -> list[Candidate]:
    """The candidate events one clause tells (none, one, or an act and its teller's accusation)."""
    if clause.type is None:
        return []

    def drop(reason: str) -> list[Candidate]:
        reading.dropped.append(Dropped(sentence.index, reason, clause.pred.text, clause.type or ""))
        return []

    if clause.irrealis is not None:
        return drop(f"not an act that happened ({clause.irrealis})")
    if attribution.charged(clause) or attribution.denied_by(clause) is not None:
        return drop("what an accusation charges, a demand asks for or a denial denies")
    if attribution.unsaid(clause):
        return drop("what a speaker did not say ('did not say that …') is told by no one")
    if clause.quoted and not (attribution.first_person(clause.subject) and (
            dating.own_ref(clause, attached) or _just_done(clause))):
        return drop("quoted words are what was said (only the speaker's own dated act is news)")
    if dating.background(clause, attached):
        return drop("background (dated by a year only)")
    if selection.describes(clause, attached):
        return drop("describes a noun (a relative clause or participle with no day of its own)")
    if (why := standing.why_not_news(clause, children, attached)) is not None:
        return drop(why)
    ref = dating.own_ref(clause, attached)
    if ref is None and dating.inherited_ref(clause, attached) is None and reading.long_before:
        return drop("background (the sentence is dated only by a year or a month long before the report)")
    nation = clause.nationality if clause.type in HOSTILE else None
    if clause.kind == "noun" and (clause.subject is None and nation is None or ref is None):
        return drop("an act told as a noun needs its doer and its day")
    actors = registry.actors
    context = reading.context
    said = attribution.telling(clause)
    teller_token = said.speaker if said is not None else according
    speaker = subjects.actor_of(teller_token, found, actors, context) if teller_token is not None else None
    if clause.negated:
        doer = subjects.actor_of(clause.subject, found, actors, context, False)
        own = doer is None or not selection.sides_differ(speaker, doer, actors)
        if clause.type in DISPUTABLE and speaker is not None and said is not None and own:
            return [_denial(clause, sentence, (speaker, actors), ref, attached, said, places, reading)]
        return drop("negated (a side denies only its own side's acts)" if not own else "negated")
    pair = subjects.pair(clause.subject, context, actors)
    if attribution.first_person(clause.subject) and speaker is not None:
        principal: ActorRef | None = speaker  # "'Yesterday I called the president', he said"
    elif pair:
        principal = pair[0]
    elif nation is not None and (clause.subject is None or nouns.weapon_nation(clause.subject) is not None):
        # "heavy Azerbaijani fire on Goris", "Togolese missiles hit two towns": the nation's forces
        principal = institutions.armed_forces(nation.text, actors.institutions, context.bodies.proposed)
    else:
        principal = subjects.actor_of(clause.subject, found, actors, context)
    alongside = subjects.conjoined(clause.subject, found, actors, context)
    partners = [*pair[1:], *alongside]
    partners += [
        a for a in (subjects.actor_of(p, found, actors, context, names.is_named_person(p))
                    for p in clause.partners) if a  # "talks with Angolan President Joao Lourenco": him
    ]
    low: list[str] = []
    if principal is None:
        principal, low = doerless.doer(clause, speaker, partners, found, registry, reading)
    if principal is None:
        return drop("no actor named as its doer")
    if attribution.instead_of_a_denial(clause) and (speaker is None or not selection.sides_differ(
            speaker, principal, actors)):
        return drop("what a side says it did instead of the act it denies: part of the denial")
    partners = [p for p in dedupe(partners) if p != principal]
    targets = [a for a in (subjects.actor_of(t, found, actors, context, False) for t in clause.targets) if a]
    if clause.patient is not None and not clause.passive:
        named = clause.type in JOINT_TYPES and names.is_named_person(clause.patient)  # "met King Salman"
        patient = subjects.actor_of(clause.patient, found, actors, context, named)
        targets += [patient] if patient is not None and clause.type not in JOINT_TYPES else []
        partners += [patient] if patient is not None and clause.type in JOINT_TYPES else []
    targets = [t for t in dedupe(targets) if t != principal]
    reported_on = dating.own_ref(said.verb, attached) if said is not None else None
    measured = sequence.dated_from_head(clause, attached, reading.passage) if ref is None else None
    ref = ref or dating.inherited_ref(clause, attached) or sequence.caused_by(clause, children, attached)
    present = dating.is_present(clause.pred)
    scene = reading.passage.dates(principal, said.verb if said is not None else None)
    reported = dating.report_day(said.verb, reported_on, present) if said is not None else None
    when = measured or dating.when(clause, ref, reading.passage, present, reported, scene)
    when = recalled.before_passage(when, clause.pred, said is not None or clause.quoted)
    if when.date.precision == "year":  # "a year after Y captured …": background, not news
        return drop("background (dated by a year only)")
    saying = verbs.is_speech(clause.pred)
    verbal = said is None and not saying and clause.type in VERBAL  # "X also called for dialogue"
    teller = speaker if said is not None else principal if saying or verbal else None
    last = reading.sayings.last(teller, verbal, reading.passage)
    if not when.own and when.basis != "reported" and teller is not None and last is not None:
        # "…, he added.": the day of the speaker's last dated saying
        when = dating.said_before(headlines.short_name(teller, actors), last)
    elif saying and when.own and when.date.precision == "day":
        reading.sayings.read(principal, when.date, reading.passage)
    when = recalled.answering(when, clause.pred, clause.patient, reading.sayings)  # "rejected the demand"
    when = dating.local_day(when, furniture.strip_dateline(sentence.text)[1], reading.passage)
    asserted = said is not None and speaker is not None and speaker != principal
    mentions = [m.id for m in found if m.id not in (principal, *partners, *targets)]
    held = clause.passive and clause.subject is None and clause.type in JOINT_TYPES  # "talks were held"
    headline = headlines.of_clause(clause, principal, actors, speaker if asserted else None,
                                   tuple(pair[1:] or (partners if held else [])))
    kind = selection.speech_type(clause, children)
    if kind == "statement" and verbs.is_speech(clause.pred) and any(
        selection.announced(c, principal, found, actors, context) for c in children
    ):
        kind = "announcement"  # "Lecornu said France will send a delegation": his side's plan
    elif kind == "statement" and verbs.is_speech(clause.pred) and any(
        selection.accuses(c, principal, found, actors, context) for c in children
    ):
        kind = "accusation"  # "X said Y's forces had exposed villages to shelling"
    cand = Candidate(
        sentence,
        when.date,
        when.note,
        kind,
        principal,
        dedupe(partners + mentions),
        targets,
        places,
        speaker if speaker != principal else None,
        low + when.low,
        weak=selection.weak(clause, children),
        asserted=asserted,
        inherited=not when.own,
        headline=headline,
        published_news=when.basis == "published",
        partners=partners,
        relayed=asserted and kind in VERBAL and selection.speaks_for(speaker, principal, actors),
    )
    if verbs.lemma(clause.pred) in attribution.DENYING:
        cand.denies = selection.denied_type(clause)
    if speaker is not None and speaker != principal:
        reading.source = speaker
    if kind == "agreement":
        reading.agreed = [principal, *partners]
    both = [*pair[1:], *alongside]  # "the two leaders condemned": each of them
    out = [cand, *selection.each_says(cand, both, clause.negated, clause.mutual())]
    charge = dating.charge_day(reported_on, when, reading.passage)
    if asserted and clause.type in HOSTILE and selection.sides_differ(speaker, principal, actors) and charge:
        accusation = Candidate(
            sentence,
            charge.date,
            charge.note,
            "accusation",
            speaker,
            [],
            [principal],
            places,
            None,
            list(cand.low),
            inherited=cand.inherited,
            headline=headline,
        )
        out.append(accusation)
    return out


def _just_done(clause: Clause) -> bool:
    """'"We have closed our airspace," he said': a speaker's own act in the present perfect is news of
    the day of the saying (not 'we have always respected', a habit; not 'have been', a state)."""
    pred = clause.pred
    auxes = [c.lower_ for c in pred.children if c.dep_ == "aux"]
    habit = any(c.lower_ in ("always", "never", "repeatedly", "long", "often") for c in pred.children)
    return pred.tag_ == "VBN" and any(a in ("have", "'ve", "has") for a in auxes) and not habit


def _denial(
    clause: Clause,
    sentence: Sentence,
    teller: tuple[ActorRef, NameIndex],
    ref: temporal.TimeRef | None,
    attached: dict[int, list[temporal.TimeRef]],
    said: attribution.Telling,
    places: list[str],
    reading: Reading,
) -> Candidate:
    """'X said its troops did not cross': X's denial of a crossing, titled by its words ('X denies that
    its troops crossed')."""
    speaker, actors = teller
    day = ref or dating.own_ref(said.verb, attached)
    when = dating.when(said.verb, day, reading.passage, dating.is_present(said.verb.pred))
    return Candidate(
        sentence,
        when.date,
        when.note,
        "denial",
        speaker,
        [],
        [],
        places,
        None,
        when.low,
        inherited=not when.own,
        headline=headlines.of_clause(said.verb, speaker, actors),
        denies=clause.type,
    )


