"""A truce's or an order's hour of taking effect ('a ceasefire from 8:00 p.m. on September 14') dates an
agreement the report tells with no day of its own: it was reached by then."""

from __future__ import annotations

import re

from . import temporal
from .events import Candidate

#: A clock time a truce or an order takes effect at, before its day: "from 8:00 p.m. on", "starting at
#: 13:00 on", "effective 4 p.m. local time on".
_EFFECTIVE = re.compile(
    r"\b(?:from|starting(?:\s+(?:at|from))?|effective(?:\s+from)?|as\s+of)\s+\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:[ap]\.?\s?m\.?|hours|h)?(?:\s+local\s+time)?\s+on\s+(?:the\s+)?$",
    re.I,
)


def effective_days(text: str, refs: list[temporal.TimeRef]) -> list[temporal.TimeRef]:
    """The days a sentence says something took effect at a clock time ('a ceasefire from 8:00 p.m.
    on September 14')."""
    return [r for r in refs
            if r.date.precision == "day" and _EFFECTIVE.search(text[max(0, r.start - 60) : r.start])]


def took_effect(candidates: list[Candidate], effective: list[temporal.TimeRef]) -> None:
    """An agreement the report dates by no words of its own ('have agreed on a ceasefire', told on
    the 15th) was reached by the day the article says it took effect ('from 8 p.m. on 14
    September'): that day, when it is one or two days earlier, flagged for the reviewer."""
    for cand in candidates:
        if cand.type != "agreement" or not cand.inherited or cand.date.precision != "day":
            continue
        day = cand.date.first_day
        earlier = [r for r in effective if 0 < (day - r.date.first_day).days <= 2]
        if earlier:
            ref = max(earlier, key=lambda r: r.date.first_day)
            cand.date = ref.date
            cand.date_note = (f'No date of its own; the report says it took effect at a set hour on '
                              f'"{ref.expression}", so it was agreed by that day.')
            cand.low = [r for r in cand.low if not r.startswith("date taken")] + [
                "date taken from when the agreement took effect"]
