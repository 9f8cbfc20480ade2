"""Acts dated by their distance from another: 'X struck on Thursday, two days after Y launched …'.

A clause opened by 'after' or 'before' with a measure of time in front of it ('two days after',
'a day before', 'hours after') tells an act that many days from the act of the clause it hangs on:
'two days after Iran launched attacks' is two days before the strikes of early Thursday. Without
such a measure ('after Y launched …') the distance is not told, and the clause keeps the dating
rules of dating.py. The head's own day comes from its words, else from the passage (dating.when);
a day after publication is never given.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from ..dates import PartialDate
from . import dating, temporal
from .clauses import Clause

if TYPE_CHECKING:
    from spacy.tokens import Token

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
#: Units of the measure, in days; 'hours after' is the same day.
_UNITS = {"day": 1, "week": 7, "hour": 0, "minute": 0}


def distance(clause: Clause) -> tuple[int, str] | None:
    """How many days the clause's act lies after (+) or before (-) its head's, and the words that say
    so ('two days after'); None when the clause does not measure it."""
    pred = clause.pred
    if clause.kind != "advcl" or clause.parent is None:
        return None
    mark = next((c for c in pred.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    # the measure right before 'after', on either verb ('came a day after the army launched …')
    unit = next((c for c in (*pred.children, *clause.parent.pred.children) if c.dep_ == "npadvmod"
                 and c.lemma_.lower() in _UNITS and c.right_edge.i + 1 == mark.i), None)
    if unit is None:
        return None
    count = _count(unit)
    if count is None:
        return None
    days = count * _UNITS[unit.lemma_.lower()]
    words = pred.doc[unit.left_edge.i : mark.i + 1].text
    return (-days if mark.lower_ == "after" else days), words


def _count(unit: Token) -> int | None:
    """The number before a unit ('two days', 'a day', '3 weeks'); 1 for 'hours' without one."""
    number = next((c for c in unit.children if c.dep_ in ("nummod", "det") and c.i < unit.i), None)
    if number is None:
        return 1 if unit.lemma_.lower() in ("hour", "minute") else None
    if number.lower_.isdigit():
        return int(number.lower_)
    return _NUMBERS.get(number.lower_)


def dated_from_head(
    clause: Clause, attached: dict[int, list[temporal.TimeRef]], passage: dating.Passage
) -> dating.When | None:
    """The date of an act told as so many days from its head's ('two days after Y launched …'), when
    the head's day is known to the day; None otherwise."""
    apart = distance(clause)
    head = clause.parent
    if apart is None or head is None:
        return None
    shift, words = apart
    ref = dating.own_ref(head, attached) or dating.inherited_ref(head, attached)
    base = dating.when(head, ref, passage, dating.is_present(head.pred))
    if base.date.precision != "day":
        return None
    day = base.date.first_day + timedelta(days=shift)
    if day > (passage.today or passage.published):
        return None
    told = f'"{ref.expression}"' if ref is not None else f"the passage's day ({base.date.iso()})"
    return dating.When(PartialDate.from_date(day), f'"{words}" the act dated by {told}.', True)


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
