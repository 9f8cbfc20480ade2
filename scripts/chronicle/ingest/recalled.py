"""Acts a report recalls from before the day it is telling about, which must not take that day, and
sayings that date what follows them.

Two shapes of news writing put an earlier act beside today's news with no day of its own:
- a flashback paragraph ('Members of the guard detained Bazoum on July 26, 2023, and …'): its day
  dates its own paragraph; the next paragraph is back to the news ('Tiani, speaking at the rally,
  accused France …'), not still in the flashback;
- the past perfect in the report's own voice ('Moscow had threatened to quit the deal several
  times'): the act was before the passage's day, on a day the report does not give, so only the
  month is kept, with a note. What someone said had happened ('the army said it had repelled …') is
  the speaker's tense, moved back by the saying, and keeps the rules of dating.py.

The other way round, a new paragraph after one that told an earlier day goes back to the news: what
is said there ('Akar said Turkey would protect its rights') is the lead's day's, not the recalled day's.

A speaker's last dated saying dates their next undated words, but not across a flashback, and an
answer to what was said ('Sengoku rejected the demand') is never before it was said.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..dates import PartialDate
from . import verbs
from .clauses import Clause
from .dating import Passage, When
from .events import HOSTILE, JOINT_TYPES, VERBAL
from .refs import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


def new_paragraph(passage: Passage, number: int) -> None:
    """At a new paragraph, a passage's day recalled from long before gives way to the last day of the
    news (or to none, when the report has not named one yet)."""
    if number == passage.paragraph:
        return
    passage.paragraph = number
    if passage.context is not None and passage.recalls(passage.context):
        passage.context, passage.saying, passage.teller = passage.news, None, None
    # the lead's day, or a live blog's entry day when it is earlier
    lede = min(d for d in (passage.lede, passage.today) if d) if passage.lede else None
    earlier = passage.context is not None and lede is not None and passage.context < lede
    passage.back = lede if earlier and not passage.listed else None


def before_passage(when: When, pred: Token, reported: bool) -> When:
    """An act told in the past perfect in the report's own voice, dated only by the passage it
    continues: before that day, so only its month."""
    if when.basis != "passage" or reported or not is_past_perfect(pred):
        return when
    day = when.date.first_day
    return _month_only(when, f"No date of its own; told in the past perfect, so before the day of the "
                       f"passage it continues ({day.isoformat()}); the day is not given, so only the month "
                       "is recorded.", "told in the past perfect: only the month")


def _month_only(when: When, note: str, flag: str) -> When:
    """The month of a date a reviewer cannot trust to the day, with the note that says why."""
    day = when.date.first_day
    return When(PartialDate(day.year, day.month), note, False, [*when.low, flag], when.basis)


def is_past_perfect(pred: Token) -> bool:
    """'had seized', 'had been expelled', and a verb coordinated with one under the same 'had'
    ('had seized … and shelled')."""
    while pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj") for c in pred.children
    ):
        pred = pred.head
    auxes = [c.lower_ for c in pred.children if c.dep_ == "aux"]
    return pred.tag_ == "VBN" and ("had" in auxes or "'d" in auxes)



@dataclass
class Sayings:
    """Each speaker's last dated saying, which dates their next undated words ('… X said on Saturday.
    X added …'), and the passage's day when it was read."""

    on: dict[ActorRef, PartialDate] = field(default_factory=dict)
    during: dict[ActorRef, date | None] = field(default_factory=dict)
    latest: PartialDate | None = None  # anyone's last dated saying

    def read(self, speaker: ActorRef, day: PartialDate, passage: Passage) -> None:
        self.on[speaker], self.during[speaker], self.latest = day, passage.context, day

    def last(self, teller: ActorRef | None, verbal: bool, passage: Passage) -> PartialDate | None:
        """The day of the teller's last dated saying, if it may date their undated words: not one
        recalled from long before when the passage is back to the news ('… declared himself head of
        state two days later' / 'Tiani, speaking at the rally, accused France …'); for a verbal act
        told as an act ('X also called for dialogue'), only while the passage has not moved since."""
        if teller is None:
            return None
        last = self.on.get(teller)
        if last is None or verbal and self.during.get(teller) != passage.context:
            return None
        if passage.recalls(last.last_day) and not (passage.context and passage.recalls(passage.context)):
            return None
        return last


#: Verbs that answer what someone said ('rejected the demand'), and what they answer.
_ANSWERING = {"reject", "dismiss", "deny", "refuse", "rebuff", "answer", "brush", "spurn"}
_SAID = {"demand", "demands", "accusation", "accusations", "claim", "claims", "charge", "charges",
         "allegation", "allegations", "call", "calls", "request", "proposal", "offer", "ultimatum",
         "statement", "remarks", "comments", "appeal", "warning", "threat", "threats"}


def answering(when: When, pred: Token, patient: Token | None, sayings: Sayings) -> When:
    """'China's foreign ministry said on Saturday that Japan must apologise. Sengoku rejected the
    demand.': an answer to what was said is not before it was said; with no day of its own, it takes the
    day of the last dated saying, not an earlier passage's day."""
    latest = sayings.latest
    if when.own or when.basis != "passage" or latest is None or latest.first_day <= when.date.last_day:
        return when
    if pred.lemma_.lower() not in _ANSWERING or patient is None or patient.lower_ not in _SAID or not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in patient.children):
        return when
    return When(
        latest,
        f"No date of its own; it answers what was said on {latest.iso()} (the report's last dated saying), "
        "so it is not before that day.",
        False,
        [*when.low, "date taken from the saying it answers"],
        when.basis,
    )


def news_again(when: When, clause: Clause, passage: Passage) -> When:
    """What is said in a new paragraph after one that told an earlier day than the lead's ('Turkey sent
    the ship on Monday. …' / 'Akar said Turkey would protect its rights'): a reaction, a statement, a
    call is the report's news, told on the lead's day, not on the day the paragraph before recalled.
    An act of force keeps the passage's day (a narrative of that day goes on across paragraphs), and
    so does a saying tied to the passage by 'for his part', 'then' or 'later'."""
    back = passage.back
    if back is None or when.basis != "passage" or when.own or when.date.first_day >= back:
        return when
    said = verbs.is_speech(clause.pred) or clause.type in VERBAL or clause.type in JOINT_TYPES
    if not said or _continues(clause.pred):
        return when
    return When(
        PartialDate.from_date(back),
        f"No date of its own; said in a new paragraph after one that told an earlier day "
        f"({when.date.iso()}): the report's news, dated by the day of its lead ({back.isoformat()}).",
        False,
        [*when.low, "date taken from the lead, not from the paragraph before"],
        when.basis,
    )


def interrupted(when: When, clause: Clause, passage: Passage) -> When:
    """An act with no day of its own in a paragraph after the one that gave the passage its day, when
    an earlier paragraph has named another day since ('Gunmen stormed the town on Saturday.' / 'The
    cabinet declared war on Sunday.' / 'Warplanes struck 500 targets.'): the Saturday narrative may go
    on, or the report may be on to another day's news. The day is not knowable: only the month, flagged
    (the passage's day, flagged, when the two days are in different months). Sayings: news_again."""
    named, day = passage.mentioned, when.date.first_day
    going_on = passage.paragraph in (passage.since, passage.named_in)  # the paragraph that told a day
    if when.own or when.basis != "passage" or named is None or going_on:
        return when
    said = verbs.is_speech(clause.pred) or clause.type in VERBAL or clause.type in JOINT_TYPES
    if named == day or day == (passage.today or passage.published) or said or _continues(clause.pred):
        return when  # the report's own day (a live blog's entry, a dateline's day): its news goes on
    month = (day.year, day.month) == (named.year, named.month)
    return When(
        PartialDate(day.year, day.month) if month else when.date,
        f"No date of its own, in a paragraph after the one that told {day.isoformat()}, and the report "
        f"has named {named.isoformat()} since: it may go on with either day"
        + ("; only the month is recorded." if month else "; the passage's day is kept: check it."),
        False,
        [*when.low, "no day of its own after the report named another day: check the day"],
        when.basis,
    )


def after_a_saying(when: When, clause: Clause, passage: Passage) -> When:
    """An act of force with no day of its own told after a saying whose later day opens its sentence
    ('X shelled the village on Monday. On Tuesday, Y said … . The shelling destroyed a school and X
    fired on a clinic.'): it may be more of Monday's act or Tuesday's news; only the month, flagged."""
    before, day = passage.ahead_of, when.date.first_day
    if before is None or when.own or when.basis != "passage" or clause.type not in HOSTILE:
        return when
    if (before.year, before.month) != (day.year, day.month) or _continues(clause.pred):
        return when
    return _month_only(when, f"No date of its own, told after a saying of {day.isoformat()} that followed "
                       f"an act of {before.isoformat()}: it may belong to either day; only the month is "
                       "recorded.", "no day of its own after a later day's saying: check the day")


#: Words that tie a sentence to the passage before it: the same day goes on.
_CONTINUING = {"then", "later", "afterwards", "afterward", "subsequently", "thereafter"}


def _continues(pred: Token) -> bool:
    """'Aliyev, for his part, said …', 'They then smashed …', 'X later said …'."""
    sentence = pred.sent
    words = [t.lower_ for t in sentence]
    if any(w in _CONTINUING for w in words):
        return True
    return any(w == "for" and i + 2 < len(words) and words[i + 2] == "part" for i, w in enumerate(words))
