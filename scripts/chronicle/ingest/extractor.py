"""The parser extractor: an article and the registry → candidate events, one per clause that
tells an act.

This is the boundary other extractors share (`Extractor`): whatever produces the candidates,
the guards run after it (grouping.py: one draft per day, actor and act, denials as claims;
drafts.py: quotes, ids, dates never after publication, registry ids or proposed actor files;
dedupe.py: against the chronology and the batch; and the validator). Reading here goes:
sentences (sentences.py, furniture.py) → parse (nlp.py, in batches) → clauses (clauses.py) →
each clause's candidates (candidates.py: speaker versus doer in attribution.py, which clauses are
news of their own in selection.py, who in subjects.py, when in dating.py, the type from the verb
classes in verbs.yaml, a headline from the clause's parts in headlines.py). What one sentence
leaves for the next (the passage's day, scene.py; who 'he' is; whose 'I' a speech's or transcript's
bare words are, remarks.py) is a `Reading` (reading.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from . import (
    anchored,
    attribution,
    candidates,
    clean,
    communique,
    dating,
    effective,
    entries,
    furniture,
    institutions,
    names,
    nlp,
    outlets,
    pageclock,
    pairs,
    recalled,
    remarks,
    samebody,
    scene,
    selection,
    sentences,
    shortnames,
    subjects,
    temporal,
    verbs,
    world,
)
from .attach import attach
from .clauses import clauses
from .events import JOINT_TYPES, Candidate, Dropped, Registry, dedupe
from .read import Article
from .reading import Reading
from .sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: What an extractor is: an article and the registry in, candidate events out.
Extractor = Callable[[Article, Registry], list[Candidate]]
#: How a sentence ends: a full stop, a question or exclamation mark, or a colon before a list, maybe
#: inside closing quotation marks or brackets.
_ENDED = re.compile(r"[.!?:…][\"”’')\]]*\s*$")


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
    prepared = [_prepare(s, sizes[s.paragraph] == 1, on) for s, on in zip(found, stamped, strict=True)]
    return found, communique.with_doer(prepared)  # "The Council, …: 1. Condemns …": the Council condemns


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
    reading.passage.official = institutions.official(article.meta.outlet, registry.actors)  # a readout
    reading.context.report = article.text  # "the breakaway region": the territory the report names
    # "…, APA reports": a news outlet is the report's teller, no actor; an official publisher (the
    # European Council, a ministry) is the doer of what its own release tells
    reading.outlet = "" if reading.passage.official else article.meta.outlet
    reading.remarks = remarks.from_title(article.meta.title, registry.actors)  # "Remarks by President X"
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
    text = furniture.strip_rubric(sentence.text.lstrip("-•* ").strip())  # "Analysis: experts say …"
    if furniture.ENTRY_STAMP.match(text) or furniture.is_headline(text) or furniture.is_caption(text) or (
            furniture.is_published_note(text)):
        return text, ""
    if alone and not _ENDED.search(text) and not furniture.is_entry(text, after_stamp):
        return text, ""
    day, rest = furniture.day_lead(text)  # "Sunday 1 March: The Greek government suspends …"
    if day:
        return day, rest
    dateline, rest = furniture.strip_dateline(text)
    return dateline, rest


def _read(
    sentence: Sentence, dateline: str, text: str, doc: Doc | None, registry: Registry, reading: Reading
) -> list[Candidate]:
    passage = reading.passage
    label = remarks.label(text or sentence.text)
    if label is not None:  # "SECRETARY Y: Good afternoon.": a transcript's turn, Y's words until the next
        reading.remarks = remarks.speaker(label, registry.actors)
    pageclock.stamp(sentence.text, passage)  # "Updated 23:10 GMT": the page's time, on its clock
    if doc is None:
        reading.dropped.append(Dropped(sentence.index, furniture.why_unread(dateline)))
        reading.heading = entries.heading_day(dateline, passage.today or passage.published)
        entries.stamp(dateline, passage)
        if furniture.strip_dateline(dateline)[0]:
            scene.filed(dateline, passage)  # "BAKU, May 15. /TASS/." on a line of its own
        return []
    if furniture.DAY_HEADER.match(dateline) or furniture.ENTRY_STAMP.match(dateline):
        entries.stamp(dateline, passage)  # "Sunday 1 March: …", "09:50 GMT Turkish jets …": an entry's day
    else:
        scene.filed(dateline, passage)  # "Tbilisi, Sep 27 (EFE).-": the report's day until told otherwise
        pageclock.filed(dateline, passage)  # "SEOUL (Reuters) -" on a page stamped 23:10 GMT: 8 June there
    recalled.new_paragraph(passage, sentence.paragraph)  # a flashback's day ends with its paragraph
    unlisted = entries.listed(sentence.text, reading.heading, passage)  # "The key events of Friday" "- …"
    if unlisted is not None:
        reading.item, reading.unlisted = sentence.paragraph, unlisted
    reading.heading = None
    published = passage.today or passage.published
    masked = furniture.mask_asides(text)
    refs = temporal.find(masked, published, passage.context, passage.mentioned, passage.year)
    passage.year = next((r.date.year for r in reversed(refs) if r.year_named), passage.year)
    reading.effective += effective.effective_days(text, refs)
    named = [r for r in refs if r.date.precision == "day" and r.anchors_event]
    if named:  # "… on 19 September. Fighting stopped when they surrendered the following day."
        passage.mentioned, passage.named_in = named[-1].date.first_day, sentence.paragraph
    if passage.listed and not text.rstrip().endswith(":"):  # the list's items, until a paragraph that is none
        if communique.is_item(sentence.text) or sentence.paragraph == reading.item:
            reading.item = sentence.paragraph
        else:
            passage.listed = False
            entries.unlist(passage, reading.unlisted)
            reading.unlisted = None
    if text.rstrip().endswith(":"):  # "Key events from yesterday:" dates the list below it
        pairs.note_sides(doc, subjects.mentions(masked, published, registry.actors, reading.context),
                         registry.actors, reading.context)  # "A and B agreed on the following:"
        day = next((r for r in refs if r.date.precision == "day"), None)
        if day is not None:
            passage.move(day.date.first_day)
            passage.listed = True
        reading.dropped.append(Dropped(sentence.index, "a list header: dates the items below it"))
        return []
    found_clauses = clauses(doc)
    attached = dating.speakers_now(masked, found_clauses, attach(doc, found_clauses, refs), passage)
    attached = anchored.resolve(doc, found_clauses, attached, passage)  # "the day after the coup"
    root = next((c for c in found_clauses if c.kind == "ROOT"), None)
    root_ref = dating.own_ref(root, attached) if root is not None else None
    on = root_ref.date.first_day if root_ref is not None else (passage.context or published)
    found = subjects.mentions(furniture.mask_asides(text), on, registry.actors, reading.context)
    pairs.note_sides(doc, found, registry.actors, reading.context)  # "A and B …": 'both sides' later
    reading.context.persons_in(doc)
    shortnames.note(doc, lambda t: subjects.actor_of(t, found, registry.actors, reading.context),
                    reading.context)  # "the Rapid Support Forces (RSF)": who "the RSF" is later
    places = dedupe([m.id for m in registry.places.find(text, on)])
    according = attribution.according_to(doc)
    for teller in [according, *(c.subject for c in found_clauses if verbs.is_speech(c.pred))]:
        named = subjects.actor_of(teller, found, registry.actors, reading.context) if teller else None
        if named is not None and not outlets.is_outlet(named, reading.outlet):
            # "according to the X Ombudsman": who "the Ombudsman" is later
            reading.context.mentioned(named)
            reading.context.voice = named  # whose "statement" a later "the statement said" is
    state = scene.state_day(doc, found_clauses, attached, refs)  # "On Monday, the border was quiet"
    saying = scene.continue_passage(passage, found_clauses, attached, state)
    if saying is not None:  # "…, his office said Friday": the day its speaker spoke
        passage.teller = subjects.actor_of(saying.subject, found, registry.actors, reading.context)
    unreal = {c.pred.i for c in found_clauses if c.irrealis is not None}  # "would be held in April"
    reading.long_before = dating.told_long_before(
        {i: refs for i, refs in attached.items() if i not in unreal}, passage.published)
    out: list[Candidate] = []
    made: dict[int, list[Candidate]] = {}
    for clause in found_clauses:
        children = [c for c in found_clauses if c.parent is clause]
        made[clause.pred.i] = candidates.of_clause(clause, children, sentence, found, attached, according,
                                                   places, registry, reading)
        out.extend(made[clause.pred.i])
    selection.unsupported_sayings(found_clauses, made)
    anchored.record(found_clauses, attached, passage, out)
    selection.one_position(out)
    told = [r.date.first_day for c in found_clauses if verbs.is_speech(c.pred) and not c.quoted
            and (r := dating.own_ref(c, attached)) is not None and r.date.precision == "day"]
    scene.lead(passage, out, max(told) if told else None)  # "…, the army said on Tuesday": its news day
    # Who a later 'it' or 'he' stands for, most likely last: the doers of acts the sentence reports,
    # then its main subject ("The Kremlin did not confirm this. It said …"), then the doers of the
    # acts it tells itself ("… shortly after Pashinian accused Azerbaijan. He again charged …").
    topic = subjects.actor_of(root.subject, found, registry.actors, reading.context) if root else None
    about = names.person_subject(doc)
    if topic is None and about is not None:  # "President X was defiant. …, he said": whom it is about
        topic = subjects.actor_of(about, found, registry.actors, reading.context)
    reading.context.about(root.subject if root else None, topic)  # "The staff left. They crossed …"
    others = [o for c in out for o in c.others]  # the other parties first: 'the two countries'
    if out:  # 'they' after a call or a meeting: its parties
        joint = next((c for c in reversed(out) if c.type in JOINT_TYPES), None)
        reading.context.joint = [joint.principal, *joint.partners] if joint is not None else []
    reported = [c.principal for c in out if c.asserted]
    for actor in (*others, *reported, topic, *[c.principal for c in out if not c.asserted]):
        if actor is not None:
            reading.context.noted(actor, registry.actors.kinds)
    return out
