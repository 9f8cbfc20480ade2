"""Acts dated by their distance from another act the report names: 'the day after the coup', 'hours
after the vote', 'on the eve of Saturday's summit', 'a week into the offensive', 'within hours of the
truce', 'days after the incursion began'.

The act so measured is dated from the other act's day, never from the passage's: the passage is
often that other act's day or the report's, and either is the wrong day. That day is, first, one the
words themselves give ('Saturday's summit', 'the April 22 attack', 'after Y crossed on Aug. 6'),
else the day the report gave an earlier act of the same word ('the strikes' after 'India struck …
early on May 7') or of the same type when the report gave that type only one day. A measure that
says no day ('days after', 'a week into') gives only the month its days fall in; hours after an act
told late in the evening may be the next day, so only that month. When the other act's day is not
known the act gets only a year (no draft): a coarser date or none beats a wrong day. Time words
inside the measure ('Saturday' in 'the eve of Saturday's vote') never date the measured act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..dates import PartialDate
from . import counting, dating, temporal, verbs
from .clauses import Clause
from .events import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The measure before 'after', 'before', 'into' or 'of': 'the day', 'two days', 'hours', 'a week',
#: 'within hours', 'on the eve'; never a time of its own ('postponed the trip last week after …').
_MEASURE = re.compile(
    r"(?:(?P<the>\bthe\s+)|(?P<n>\b(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten))\s+|"
    r"(?P<few>\b(?:a\s+few|several|some|a\s+couple\s+of|just|only|barely|less\s+than|more\s+than))\s+)?"
    r"(?<!\b(?:last|this|past|next)\s)(?P<unit>\b(?:day|night|hour|week|month|minute)s?)\s+(?P<way>after|before|into)\s$"
    r"|\bwithin\s+(?:(?:a\s+few|several|\d{1,2}|two|three|24|48)\s+)?(?P<within>hours|minutes|a\s+day)\s+of\s$"
    r"|\bthe\s+(?P<eve>eve)\s+of\s$",
    re.I,
)
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
#: Anchor words told late in a day: hours after them may be the next day.
_LATE = re.compile(r"\b(?:late|night|evening|midnight|tonight)\b", re.I)


@dataclass(frozen=True)
class Told:
    """An act the report dated to the day: its word, its type and that day."""

    word: str
    type: str | None
    day: date
    expression: str  # the words that dated it ('late on Tuesday')


@dataclass(frozen=True)
class Measure:
    """A time measured from another act: the words, how far, and the tokens naming that act."""

    words: str
    start: int
    count: int | None  # None: 'days after', not told how many
    unit: str  # day, week, month, hour (also 'eve' and 'within')
    way: int  # +1 after, -1 before, 0 into
    anchor: list[Token]
    owner: int  # the predicate of the clause it dates
    clause: bool  # the other act is a clause ('after Y crossed'), not a noun ('after the coup')


def measures(doc: Doc, clauses: list[Clause]) -> list[Measure]:
    """Each measure of time from another act in the sentence, with the clause it dates."""
    heads = {c.pred.i for c in clauses}
    by_pred = {c.pred.i: c for c in clauses}
    out: list[Measure] = []
    for token in doc:
        same = _day_it_happened(token, heads)
        if same is not None:
            out.append(same)
            continue
        if token.lower_ not in ("after", "before", "into", "of"):
            continue
        start = max(0, token.idx - 40)
        match = _MEASURE.search(doc.text[start : token.idx + len(token.text)] + " ")
        if match is None:
            continue
        anchor, owner = _anchor(token, heads, by_pred)
        if not anchor or owner is None:
            continue
        count, unit = _count(match)
        way = {"after": 1, "before": -1}.get(token.lower_, 0)
        out.append(Measure(match.group(0).strip(), start + match.start(), count, unit, way, anchor, owner,
                           token.dep_ == "mark"))
    return out


def _day_it_happened(token: Token, heads: set[int]) -> Measure | None:
    """'France condemned the coup on the day it happened': the day of the act the clause's object
    names ('the coup'), which 'it' stands for; not the passage's day (no draft when the report never
    gave that act a day, as for 'the day after the coup')."""
    if token.lower_ != "day" or token.head.lower_ != "on" or token.dep_ != "pobj":
        return None
    happened = next((c for c in token.children if c.dep_ == "relcl" and c.lemma_ in _HAPPENED), None)
    if happened is None or not any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "this")
                                   for c in happened.children):
        return None
    owner = token.head.head
    objects = [c for c in owner.children if c.dep_ == "dobj" and c.i < token.i]
    if owner.i not in heads or not objects:
        return None
    words = token.doc[token.head.i : happened.i + 1]
    return Measure(words.text, words.start_char, 0, "day", 1, list(objects[0].subtree), owner.i, False)


#: Verbs that say an act took place ('on the day it happened').
_HAPPENED = {"happen", "occur", "take", "begin", "start", "unfold"}


def _count(match: re.Match[str]) -> tuple[int | None, str]:
    """How many units, and which ('the day' is one day; 'the eve' one day before; 'within hours' the
    same day)."""
    if match.group("eve"):
        return 1, "eve"
    if match.group("within"):
        return 0, "hour" if "day" not in match.group("within").lower() else "day"
    unit = match.group("unit").lower().rstrip("s")
    if match.group("few"):
        return (None if unit not in ("hour", "minute") else 0), unit
    number = (match.group("n") or "").lower()
    if match.group("the") and unit == "week":
        return None, "the week"  # 'the week after the vote': some day of it, not a week to the day
    if match.group("the") or number:
        return (int(number) if number.isdigit() else _WORDS.get(number, 1)), unit
    return (None if unit not in ("hour", "minute") else 0), unit


def _anchor(token: Token, heads: set[int], by_pred: dict[int, Clause]) -> tuple[list[Token], int | None]:
    """The tokens naming the other act, and the clause the measure dates: 'after the coup' (a phrase of
    the clause it hangs on) or 'after the incursion began' (a clause opened by 'after': its head)."""
    if token.dep_ == "mark" and token.head.i in by_pred:
        clause = by_pred[token.head.i]
        owner = clause.parent.pred.i if clause.parent is not None else None
        return [t for t in token.head.subtree if t.i != token.i], owner
    objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return [], None
    current = token
    while current.i not in heads and current.head.i != current.i:
        current = current.head
    return list(objects[0].subtree), current.i if current.i in heads else None


def resolve(
    doc: Doc, clauses: list[Clause], attached: dict[int, list[temporal.TimeRef]], passage: dating.Passage
) -> dict[int, list[temporal.TimeRef]]:
    """The sentence's time expressions by clause, with each measured act dated from the other act (a
    year alone when that act's day is unknown), and the time words of the measure taken from it."""
    published = passage.today or passage.published
    out = {pred: list(refs) for pred, refs in attached.items()}
    for measure in measures(doc, clauses):
        first, last = measure.anchor[0].idx, measure.anchor[-1].idx + len(measure.anchor[-1].text)
        inside = [r for refs in attached.values() for r in refs  # a match may start with its space
                  if first - 1 <= r.start < last and r.anchors_event and r.date.precision == "day"]
        own = [r for r in out.get(measure.owner, []) if not first - 1 <= r.start < last]
        if any(r.anchors_event and r.date.precision == "day" for r in own):
            out[measure.owner] = own
            continue  # 'On Monday, days after the coup, …': its own day
        if own != out.get(measure.owner, []):
            out[measure.owner] = own  # 'Saturday' in 'the eve of Saturday's vote' is not its day
        day, how, expression = _anchor_day(measure, inside, passage)
        dated = _apart(day, measure, expression) if day else None
        if dated is not None and dated.first_day > published:
            dated = None
        if dated is None and measure.clause:  # 'X did it hours after Y decided …': as before (sequence.py)
            continue
        if dated is None:
            dated = PartialDate(published.year)
            note = f'"{measure.words}" an act whose day the report does not give: no day is recorded.'
        else:
            told = f'"{expression}"' if inside else how
            coarse = "" if dated.precision == "day" else "; the day is not given, so only the month"
            note = f'"{measure.words}" {" ".join(t.text for t in measure.anchor)}, dated by {told}{coarse}.'
        ref = temporal.TimeRef(measure.words, measure.start, dated, "anchored", told=note)
        out[measure.owner] = [ref, *own]
        for clause in _sharing(clauses, measure, out):  # "Hours after the coup, X appeared, calling …"
            out[clause.pred.i] = [ref]
        if dated.precision == "day":
            passage.mentioned = dated.first_day  # "India said Pakistan had shelled … the same night"
    return out


def _sharing(clauses: list[Clause], measure: Measure,
             attached: dict[int, list[temporal.TimeRef]]) -> list[Clause]:
    """The clauses with no time of their own that take the measured clause's date (a participle or a
    coordinated verb of it), not those of the other act."""
    out = []
    owner, other = measure.owner, {t.i for t in measure.anchor}
    for clause in (c for c in clauses if c.pred.i not in other):
        current = clause
        while current.pred.i not in attached and current.kind in ("conj", "xcomp", "advcl") and (
                current.parent is not None):
            current = current.parent
        if current is not clause and current.pred.i == owner:
            out.append(clause)
    return out


def _anchor_day(measure: Measure, inside: list[temporal.TimeRef], passage: dating.Passage) -> tuple[
        date | None, str, str]:
    """The other act's day: the one its words give, else the one the report gave an act of its word, or
    of its type when the report gave that type a single day."""
    if inside:
        return inside[0].date.first_day, "", inside[0].expression
    words = {verbs.lemma(t) for t in measure.anchor if t.pos_ in ("NOUN", "VERB")}
    types = {verbs.noun_type(t) if t.pos_ == "NOUN" else verbs.verb_type(t) for t in measure.anchor
             if t.pos_ in ("NOUN", "VERB")} - {None}
    same = [t for t in reversed(passage.told) if any(_same_word(t.word, w) for w in words)]
    if same:
        told = same[0]
        return told.day, f'"{told.expression}", the day the report gave that act', told.expression
    kind = [t for t in reversed(passage.told) if t.type in types]
    if kind and len({t.day for t in kind}) == 1:
        told = kind[0]
        how = f"{told.day.isoformat()}, the report's only day for an act of that type"
        return told.day, how, told.expression
    return None, "", ""


def _apart(day: date, measure: Measure, anchor_words: str) -> PartialDate | None:
    """The date so far from the other act's day."""
    unit, count = measure.unit, measure.count
    if unit == "eve":
        return PartialDate.from_date(day - timedelta(days=1))
    if unit == "hour" and count is not None and count >= 12:  # '48 hours after': two days; '36 hours' a month
        if count % 24 == 0:
            return PartialDate.from_date(day + timedelta(days=measure.way * count // 24))
        return counting.span(*sorted((day, day + timedelta(days=measure.way * (count // 24 + 1)))))
    if unit in ("hour", "minute"):
        if measure.way > 0 and _LATE.search(anchor_words):  # late on Tuesday, hours after: maybe Wednesday
            return counting.span(day, day + timedelta(days=1))
        return PartialDate.from_date(day)
    if unit == "the week":
        near, far = (day + timedelta(days=measure.way * n) for n in (4, 10))
        return counting.span(min(near, far), max(near, far))
    days = {"day": 1, "night": 1, "week": 7}.get(unit)
    if measure.way == 0:  # 'four days into the fighting': about then, only its month
        if count is None or days is None:
            return counting.span(day, day + timedelta(days=60))
        return counting.span(day + timedelta(days=count * days - 2), day + timedelta(days=count * days + 1))
    if days is not None and count is not None:
        return PartialDate.from_date(day + timedelta(days=measure.way * count * days))
    if days is not None:  # 'days after', 'weeks after'
        near, far = (day + timedelta(days=measure.way * n * days) for n in (2, 6))
        return counting.span(min(near, far), max(near, far))
    if count is not None:
        return counting.months_from(day, measure.way * count)
    return PartialDate(day.year)


def _same_word(one: str, other: str) -> bool:
    """One word, as verb or noun: 'strike' and 'strikes', 'close' and 'closure', 'declare' and
    'declaration' (the shorter without its final e begins the longer)."""
    short, long = sorted((one, other), key=len)
    stem = short[:-1] if short.endswith("e") else short
    return len(stem) >= 4 and long.startswith(stem)


def record(clauses: list[Clause], attached: dict[int, list[temporal.TimeRef]], passage: dating.Passage,
           drafted: list[Candidate]) -> None:
    """Keep the acts this sentence dated to the day, by their words, and its candidates' days by type,
    for a later 'the day after the strikes', 'within hours of the truce'."""
    for clause in clauses:
        ref = dating.own_ref(clause, attached)
        if ref is not None and ref.date.precision == "day":
            day = ref.date.first_day
            passage.told.append(Told(verbs.lemma(clause.pred), clause.type, day, ref.expression))
    passage.told += [Told("", c.type, c.date.first_day, c.date.iso()) for c in drafted
                     if c.date.precision == "day"]
