"""What a report tells in the present perfect as going on since a day ('Sylvania has suspended flights
since Friday', 'troops have held the village since Tuesday'): the act that began it was on that day.

'since' bounds a span, so it dates no act in the rest of the rules (temporal.py), and the present
perfect would otherwise make it news of the day of publication: a wrong day for the suspension, the
closure or the seizure, which happened on the day named. A month ('since May') stays a bound: the
act's day is not told, and what a report says has gone on for a month is rarely its news. Nor is a
toll counted since a day ('thousands have fled since Monday'): it grew over the span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import temporal
from .clauses import Clause
from .dating import When

if TYPE_CHECKING:
    from spacy.tokens import Token


def since_day(when: When, clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> When:
    """The day named after 'since', for an act with no day of its own told in the present perfect."""
    if when.own or clause.type in _TALLIES or not perfect(clause.pred):
        return when
    text = clause.pred.doc.text
    start = next((r for r in attached.get(clause.pred.i, []) if not r.anchors_event
                  and r.date.precision == "day" and after_since(r, text)), None)
    if start is None:
        return when
    return When(
        start.date,
        f'"{start.expression}": told in the present perfect as going on since that day '
        f"({start.date.iso()}), the day it began.",
        True,
        ["the day it began: told as going on since then"],
        "since",
    )


#: A toll counted since a day ('thousands have fled since Monday', 'have been killed since') grew over
#: the span: it is the count of the day it was told, not an act of the first day.
_TALLIES = {"casualties", "displacement"}


def after_since(ref: temporal.TimeRef, text: str) -> bool:
    """'since Friday': the expression opens with 'since', or follows it."""
    words = ref.expression.lower().split()
    before = text[max(0, ref.start - 7) : ref.start].lower().rstrip()
    return words[:1] == ["since"] or before.endswith("since")


def perfect(pred: Token) -> bool:
    """'has suspended', 'have held', 'has been closed', 'has been holding'."""
    while pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj") for c in pred.children):
        pred = pred.head  # "has closed … and suspended": one auxiliary for both
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in pred.children)
