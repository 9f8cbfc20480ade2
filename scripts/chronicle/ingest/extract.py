"""Sentences → candidate events → one draft event per (date, principal actor, action).

For each sentence: blank out quotations, find its time expressions (temporal.py), its
verb cues (cues.py) and its actors (actors.py). The event is the strongest cue that is
not a plan, a negation or a state; its principal actor is the grammatical subject of
that cue (the nearest name before it that is not the object of a preposition), else the
speaker of the sentence ("…, the ministry said"), else the subject of the sentence
before ("He also said…"). A sentence without a time expression of its own takes the
date of the passage it continues; at the start of a report, the publication day.

Candidates with the same date, principal and type are one event; a bare statement by an
actor on a day when that actor did something more specific joins that event. A denial
of a crossing or an attack becomes a `denies` claim on the event it disputes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..dates import PartialDate
from . import cues as cue_words
from . import furniture, temporal
from .actors import Mention, NameIndex, unknown_names
from .sentences import Sentence

_QUOTE = re.compile(r"“[^”]*”?|\"[^\"]*\"|‘[^’]{12,}’")
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:with|to|of|from|for|against|into|between|counterpart|towards|toward|on|at|by|about|than|"
    r"over|and)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2})$",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"(?:according to|,\s*(?:the\s+)?)(?P<who>[^,]{2,80}?)\s+(?:said|says|reported|added|told|stated|wrote)"
    r"(?:\s+in\s+a\s+statement)?\s*\.?$|according to (?P<who2>[^,.]{2,80})",
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
_DISPUTABLE = {"incursion", "attack", "military-movement"}
_JOINT_TYPES = {"phone-call", "meeting", "negotiation", "agreement"}


@dataclass
class Candidate:
    """One sentence read as one event."""

    sentence: Sentence
    date: PartialDate
    date_note: str
    type: str
    principal: str  # registry id, or "?Name" for a name not in the registry
    others: list[str]
    targets: list[str]
    places: list[str]
    speaker: str | None
    low: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """A draft event: the first sentence of its group and the others as support."""

    date: PartialDate
    date_note: str
    type: str
    principal: str
    actors: list[str]
    targets: list[str]
    mentions: list[str]
    places: list[str]
    sentences: list[Sentence]
    speakers: list[str]
    claims: list[dict[str, str]] = field(default_factory=list)
    low: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.date.iso(), self.principal, self.type)


def mask_quotes(text: str) -> str:
    """Blank out quotations, keeping offsets: what is quoted was said, not done."""
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), text)


def extract(
    sentences: list[Sentence],
    published: date,
    actors: NameIndex,
    places: NameIndex,
    countries: dict[str, str],
) -> list[Draft]:
    """Read every sentence and group the events found into drafts, in order of first mention."""
    candidates: list[Candidate] = []
    context = published
    previous_principal: str | None = None
    for sentence in sentences:
        candidate, context, previous_principal = read_sentence(
            sentence, published, context, previous_principal, actors, places
        )
        if candidate is not None:
            candidates.append(candidate)
    return group(candidates, countries)


def read_sentence(
    sentence: Sentence,
    published: date,
    context: date,
    previous: str | None,
    actors: NameIndex,
    places: NameIndex,
) -> tuple[Candidate | None, date, str | None]:
    """Read one sentence: return its candidate event (or None) and the updated passage state."""
    text = re.sub(r"^[-•*]\s+", "", sentence.text)
    if furniture.is_headline(text) or furniture.is_caption(text):
        return None, context, previous  # its date is the picture's or the story's, not the passage's
    _, text = furniture.strip_dateline(text)
    masked = mask_quotes(text)
    every = temporal.find(masked, published, context)
    refs = [r for r in every if r.anchors_event]
    own = next((r for r in refs if not r.is_background), None)
    day_ref = next((r for r in refs if r.date.precision == "day"), None) or next(
        (r for r in every if r.date.precision == "day"), None
    )
    new_context = day_ref.date.first_day if day_ref else context
    if len(text.split()) < 5 or _CAPTION.match(text) or not re.search(r"[.!\"”’']$", text):
        return None, new_context, previous
    if refs and own is None:  # only a year: background ("In 2021, clashes…")
        return None, new_context, previous
    found = cue_words.find(masked)
    if not found:
        return None, new_context, previous
    on = (own.date if own else PartialDate.from_date(context)).first_day
    mentions = _unique(actors.find(masked, on))
    speaker = _speaker(masked, mentions)
    cue = _main_cue(found, mentions, speaker)
    principal, low = _principal(masked, cue, mentions, speaker, previous)
    if principal is None:
        return None, new_context, previous
    kind = cue.type
    if cue.is_speech:
        quoted = " ".join(m.group(0) for m in _QUOTE.finditer(text)) + " " + masked[cue.end :]
        kind = cue_words.quoted_type(quoted) or kind
    if own is not None:
        when, note = own.date, temporal.note(own, published)
    else:
        when = PartialDate.from_date(context)
        basis = "publication day" if context == published else "date of the passage it continues"
        note = f"No date of its own in the report; the {basis} ({context.isoformat()})."
        low.append("date taken from the passage, not from the sentence")
    if kind == "statement":
        low.append("type read from a speech verb only")
    others = [m.id for m in mentions if m.id != principal]
    after = [m.id for m in mentions if m.start > cue.start and m.id != principal]
    place_ids = _unique_ids(places.find(masked, on))
    candidate = Candidate(
        sentence,
        when,
        note,
        kind,
        principal,
        _dedupe(others),
        _dedupe(after),
        place_ids,
        speaker if speaker != principal else None,
        low,
    )
    return candidate, new_context, principal


def _unique(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: m.start)


def _unique_ids(mentions: list[Mention]) -> list[str]:
    return _dedupe([m.id for m in mentions])


def _dedupe(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _speaker(masked: str, mentions: list[Mention]) -> str | None:
    """Who the sentence attributes its content to: '…, the ministry said' or 'according to X'."""
    lead = _LEAD_ATTRIBUTION.match(masked)
    if lead and lead.group(0).lower().startswith("according to"):
        inside = [m for m in mentions if m.end <= lead.end()]
        if inside:
            return inside[0].id
    match = _ATTRIBUTION.search(masked)
    if not match:
        return None
    start = match.start("who") if match.group("who") else match.start("who2")
    inside = [m for m in mentions if m.start >= start]
    return inside[0].id if inside else None


def _main_cue(found: list[cue_words.Cue], mentions: list[Mention], speaker: str | None) -> cue_words.Cue:
    """The event of the sentence: the highest-ranked cue that has an actor before it, else the first."""
    ranked = sorted(found, key=lambda c: (cue_words.RANK[c.type], c.start))
    for cue in ranked:
        if any(m.end <= cue.start for m in mentions) or (speaker and cue.type in _ACTION_TYPES):
            return cue
    return ranked[0]


def _principal(
    masked: str, cue: cue_words.Cue, mentions: list[Mention], speaker: str | None, previous: str | None
) -> tuple[str | None, list[str]]:
    """The grammatical subject of the cue verb: nearest name before it not governed by a preposition."""
    low: list[str] = []
    lead = _LEAD_ATTRIBUTION.match(masked)
    subject_from = lead.end() if lead else 0
    if lead and re.match(r"\s*(?:he|she|it|they)\b", masked[subject_from:], re.I) and previous:
        low.append("principal actor taken from the sentence before (a pronoun)")
        return previous, low
    for mention in reversed([m for m in mentions if subject_from <= m.start and m.end <= cue.start]):
        if not _OBJECT_BEFORE.search(masked[max(0, mention.start - 40) : mention.start]):
            return mention.id, low
    names = unknown_names(masked[: cue.start], mentions)
    subject = next((n for s, n in names if not _OBJECT_BEFORE.search(masked[max(0, s - 40) : s])), None)
    if subject:
        low.append(f"'{subject}' is not in the actor registry")
        return "?" + subject, low
    if speaker:
        return speaker, low
    if _PRONOUN_START.match(masked) and previous:
        low.append("principal actor taken from the sentence before (a pronoun)")
        return previous, low
    after = [m for m in mentions if m.start >= cue.end]
    if after and cue.type in _ACTION_TYPES:
        low.append("principal actor is not the subject of the sentence")
        return after[0].id, low
    return None, low


def group(candidates: list[Candidate], countries: dict[str, str]) -> list[Draft]:
    """One draft per (date, principal, type); statements join the same actor's event that day; denials
    of a crossing or an attack become claims on it."""
    drafts: dict[tuple[str, str, str], Draft] = {}
    denials: list[Candidate] = []
    for cand in candidates:
        if cand.type == "denial" and _denies_an_action(cand):
            denials.append(cand)
            continue
        key = (cand.date.iso(), cand.principal, cand.type)
        if cand.type == "statement":
            same = [d for d in drafts.values() if d.date == cand.date and d.principal == cand.principal]
            if same:
                _support(same[0], cand)
                continue
        if key in drafts:
            _support(drafts[key], cand)
            continue
        joint = list(cand.others) if cand.type in _JOINT_TYPES else []
        actors = _dedupe([cand.principal, *joint])
        targets = [t for t in cand.targets if t not in actors]
        drafts[key] = Draft(
            cand.date,
            cand.date_note,
            cand.type,
            cand.principal,
            actors,
            targets,
            [o for o in cand.others if o not in actors and o not in targets],
            cand.places,
            [cand.sentence],
            [cand.speaker] if cand.speaker else [],
            [],
            list(cand.low),
        )
    # a statement first seen before the same actor's specific event that day joins it
    for key, draft in list(drafts.items()):
        if draft.type != "statement":
            continue
        same = [
            d
            for d in drafts.values()
            if d is not draft and d.date == draft.date and d.principal == draft.principal
        ]
        if same:
            for sentence in draft.sentences:
                same[0].sentences.append(sentence)
            del drafts[key]
    result = _merge_joint(list(drafts.values()))
    for cand in denials:
        target = _disputed(cand, result, countries)
        if target is None:
            result.append(
                Draft(
                    cand.date,
                    cand.date_note,
                    "denial",
                    cand.principal,
                    [cand.principal],
                    cand.targets,
                    [o for o in cand.others if o not in cand.targets],
                    cand.places,
                    [cand.sentence],
                    [],
                    [],
                    list(cand.low),
                )
            )
        else:
            _claim(target, cand)
    return _absorb_statements_of_deniers(result)


def _merge_joint(drafts: list[Draft]) -> list[Draft]:
    """A call or a meeting reported from each side is one event: same day, type and a shared party."""
    kept: list[Draft] = []
    for draft in drafts:
        same = next(
            (
                k
                for k in kept
                if k.type == draft.type
                and k.type in _JOINT_TYPES
                and k.date == draft.date
                and (draft.principal in k.actors or k.principal in draft.actors)
            ),
            None,
        )
        if same is None:
            kept.append(draft)
            continue
        same.sentences.extend(draft.sentences)
        same.actors.extend(a for a in draft.actors if a not in same.actors)
    return kept


def _absorb_statements_of_deniers(drafts: list[Draft]) -> list[Draft]:
    """ "Baku also said…" after Baku's denial belongs to the denial, not to an event of its own."""
    deniers = {(d.date, c["by"]): d for d in drafts for c in d.claims if c["stance"] == "denies"}
    kept = []
    for draft in drafts:
        host = deniers.get((draft.date, draft.principal)) if draft.type == "statement" else None
        if host is None:
            kept.append(draft)
        else:
            host.sentences.extend(draft.sentences)
    return kept


def _support(draft: Draft, cand: Candidate) -> None:
    draft.sentences.append(cand.sentence)
    for ids, extra in ((draft.mentions, cand.others), (draft.places, cand.places)):
        for item in extra:
            if item not in ids and item not in draft.actors and item not in draft.targets:
                ids.append(item)
    if cand.speaker and cand.speaker not in draft.speakers:
        draft.speakers.append(cand.speaker)
    if not cand.low and draft.low:
        draft.low = [r for r in draft.low if not r.startswith("date taken")]


def _denies_an_action(cand: Candidate) -> bool:
    rest = mask_quotes(cand.sentence.text)
    return bool(
        re.search(
            r"\b(?:cross|crossed|crossing|invad\w*|sending troops|troops|attack\w*|shell\w*)\b", rest, re.I
        )
    )


def _disputed(cand: Candidate, drafts: list[Draft], countries: dict[str, str]) -> Draft | None:
    """The crossing or attack a denial disputes: by the denier's side, most recent first."""
    side = countries.get(cand.principal, "")
    actions = [d for d in drafts if d.type in _DISPUTABLE and d.sentences[0].index < cand.sentence.index]
    actions = actions or [d for d in drafts if d.type in _DISPUTABLE]
    if side:
        actions = [d for d in actions if countries.get(d.principal, "") == side] or actions
    return actions[-1] if actions else None


def _claim(draft: Draft, cand: Candidate) -> None:
    if not any(c["stance"] == "asserts" for c in draft.claims):
        asserter = next((s for s in draft.speakers if s != draft.principal), None)
        if asserter is None:
            asserter = next((t for t in (*draft.targets, *draft.mentions) if t != cand.principal), None)
        if asserter is not None and not asserter.startswith("?"):
            draft.claims.append({"by": asserter, "stance": "asserts", "sentence": draft.sentences[0].text})
    if not cand.principal.startswith("?"):
        draft.claims.append({"by": cand.principal, "stance": "denies", "sentence": cand.sentence.text})
    draft.sentences.append(cand.sentence)
