"""Acts dated by their distance from another: 'X struck on Thursday, two days after Y launched …'.

A clause opened by 'after' or 'before' with a measure of time in front of it ('two days after',
'a day before', 'hours after') tells an act that many days from the act of the clause it hangs on:
'two days after Iran launched attacks' is two days before the strikes of early Thursday. Without
such a measure ('after Y launched …') the distance is not told, and the clause keeps the dating
rules of dating.py. A measure that says no day ('two months after', 'weeks after', 'a year after')
gives only a month or a year, never the head's day. The head's own day comes from its words, else
from the passage (dating.when); a day after publication is never given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..dates import PartialDate
from . import counting, dating, doers, temporal, verbs
from .clauses import Clause

if TYPE_CHECKING:
    from spacy.tokens import Token

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
#: Units of the measure, in days; 'hours after' is the same day. Months and years are counted in months.
_UNITS = {"day": 1, "week": 7, "hour": 0, "minute": 0, "month": 0, "year": 0}


@dataclass(frozen=True)
class Apart:
    """How far the clause's act lies from its head's: `count` units (None: 'weeks after', not told how
    many), before (-1) or after (+1) it, and the words that say so."""

    count: int | None
    unit: str
    way: int
    words: str


def distance(clause: Clause) -> Apart | None:
    """How far the clause's act lies after or before its head's ('two days after', 'a year after',
    'weeks after'); None when the clause does not measure it."""
    pred = clause.pred
    if clause.kind != "advcl" or clause.parent is None:
        return None
    mark = next((c for c in pred.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    misread = doers.after_whom(pred)  # "three days after Kim Yo Jong, the leader's sister, warned"
    if mark is None and misread is not None and misread.head.lower_ in ("after", "before"):
        mark = misread.head
    if mark is None:
        return None
    # the measure right before 'after', on either verb ('came a day after the army launched …')
    near = (*pred.children, *clause.parent.pred.children, *mark.children)
    unit = next((c for c in near if c.dep_ == "npadvmod"
                 and c.lemma_.lower() in _UNITS and c.right_edge.i + 1 == mark.i), None)
    if unit is None:
        return None
    words = pred.doc[unit.left_edge.i : mark.i + 1].text
    return Apart(_count(unit), unit.lemma_.lower(), -1 if mark.lower_ == "after" else 1, words)


def _count(unit: Token) -> int | None:
    """The number before a unit ('two days', 'a day', '3 weeks'); 1 for 'hours' without one; None for
    'days', 'weeks', 'months' without one."""
    number = next((c for c in unit.children if c.dep_ in ("nummod", "det") and c.i < unit.i), None)
    if number is None:
        return 1 if unit.lemma_.lower() in ("hour", "minute") else None
    if number.lower_.isdigit():
        return int(number.lower_)
    return _NUMBERS.get(number.lower_)


def dated_from_head(
    clause: Clause, attached: dict[int, list[temporal.TimeRef]], passage: dating.Passage
) -> dating.When | None:
    """The date of an act told as so far from its head's ('two days after Y launched …'), when the
    head's day is known to the day: that day; a month for 'two months after', for 'weeks after' the
    month the weeks fall in, or only a year ('a year after', 'months after': background, no draft);
    None otherwise."""
    apart = distance(clause)
    head = clause.parent
    if apart is None or head is None:
        return None
    ref = dating.own_ref(head, attached) or dating.inherited_ref(head, attached)
    base = dating.when(head, ref, passage, dating.is_present(head.pred))
    if base.date.precision != "day":
        return None
    date = _moved(base.date.first_day, apart)
    if date.first_day > (passage.today or passage.published):
        return None
    told = f'"{ref.expression}"' if ref is not None else f"the passage's day ({base.date.iso()})"
    coarse = "" if date.precision == "day" else "; the day is not given, so only the " + date.precision
    return dating.When(date, f'"{apart.words}" the act dated by {told}{coarse}.', True)


def _moved(day: date, apart: Apart) -> PartialDate:
    """The date so far from a day: a day for days and weeks counted, else a month or a year."""
    if apart.count is not None and apart.unit in ("day", "week", "hour", "minute"):
        return PartialDate.from_date(day + timedelta(days=apart.way * apart.count * _UNITS[apart.unit]))
    if apart.count is not None and apart.unit == "month":
        return counting.months_from(day, apart.way * apart.count)
    if apart.unit == "year":
        return PartialDate(day.year + apart.way * (apart.count or 1))
    weeks = {"day": (2, 6), "week": (14, 56)}.get(apart.unit, (30, 330))  # 'days after', 'weeks after'
    near, far = (day + timedelta(days=apart.way * n) for n in weeks)
    return counting.span(min(near, far), max(near, far))


#: Tolls, and the acts whose day a toll told with them takes ('killed in Tuesday's strike').
_TOLLS = {"casualties", "displacement"}
_CAUSES = {"attack", "incursion"}
_DURING = {"in", "during", "by", "from"}


def caused_by(clause: Clause, children: list[Clause],
              attached: dict[int, list[temporal.TimeRef]]) -> temporal.TimeRef | None:
    """'Two children were killed in Tuesday's Iranian strike': a toll with no day of its own, told with
    the act that caused it, happened on that act's day (not on the day it was reported)."""
    if clause.type not in _TOLLS:
        return None
    for child in children:
        noun = child.pred
        if child.kind == "noun" and child.type in _CAUSES and noun.dep_ == "pobj" and (
                noun.head.lower_ in _DURING and noun.head.head.i == clause.pred.i):
            ref = dating.own_ref(child, attached)
            if ref is not None:
                return ref
    return None


#: Verbs by which an act brings a toll about ("the shelling forced thousands to flee", "left three dead").
_BRINGING = {"force", "drive", "cause", "leave"}


def causes_toll(clause: Clause) -> bool:
    """'Turkey's shelling of X forced thousands to flee', 'killed in the shelling of X by Y's forces': an
    act told as a noun that caused a toll told with it happened when the toll did, so it takes the
    toll's day (its own or its passage's) though it names none itself."""
    toll, noun = clause.parent, clause.pred
    if clause.kind != "noun" or clause.type not in _CAUSES or toll is None:
        return False
    if toll.irrealis is not None or toll.negated:
        return False
    if toll.quoted or not (toll.type in _TOLLS or verbs.lemma(toll.pred) in _BRINGING and any(
            c.dep_ in ("xcomp", "ccomp", "oprd") for c in toll.pred.children)):
        return False
    cause = noun.dep_ == "pobj" and noun.head.lower_ in _DURING and noun.head.head.i == toll.pred.i
    return cause or noun.dep_ == "nsubj" and noun.head.i == toll.pred.i
