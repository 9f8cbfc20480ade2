"""The local day of an act told in an evening in the Americas, in a report on another clock.

A fact of the world: the clocks of the Americas run 3 to 10 hours behind those of Europe, Africa,
Asia and Oceania. An act in the evening in Washington is already past midnight in London, Kyiv or
Seoul, so a report filed there on its next day tells it as news of that day, with no day of its own
('In Washington, the State Department condemned the launch in the evening'). Its day is the one
before the report's, where it happened.

Only such an act is moved, and only when the report's clock is known to be the other one: its wire
dateline is a place outside the Americas ('SEOUL, March 6 (Reuters) -'), or the sentence gives the
time on an American clock ('at 9 p.m. Washington time', '10 p.m. ET'), which a report on that clock
would not need to say. A day the sentence names itself ('late on Tuesday in Washington') is the
place's own and is never moved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .world import CAPITALS, NAMES

#: The states of the Americas (ISO 3166-1 codes): their clocks are behind all others'.
_AMERICAS = frozenset({
    "AG", "AR", "BB", "BO", "BR", "BS", "BZ", "CA", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "GD", "GT",
    "GY", "HN", "HT", "JM", "KN", "LC", "MX", "NI", "PA", "PE", "PY", "SR", "SV", "TT", "US", "UY", "VC",
    "VE"})
#: Cities of the Americas that news names as the place of an act and that are not capitals.
_CITIES = frozenset({"New York", "Los Angeles", "Chicago", "San Francisco", "Miami", "Houston", "Boston",
                     "Toronto", "Montreal", "Sao Paulo", "São Paulo", "Rio de Janeiro"})
#: A time told on an American clock: "Washington time", "US time", "Eastern time", "9 p.m. ET".
_AMERICAN_CLOCK = re.compile(
    r"\b(?:(?:US|U\.S\.|Eastern|Pacific|(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+time\b|"
    r"\d\s*[ap]\.?m\.?\s+\(?(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT)\b)"
)
#: "in Washington", "at the White House": the place of the act.
_IN_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+(?P<place>[A-Z][a-z]+(?:\s+(?:de\s+)?[A-Z][a-z]+)?)|\bthe White House\b")
#: The evening or the night: "in the evening", "on Tuesday night", "at 9 p.m.", "at 21:30".
_EVENING = re.compile(
    r"\b(?:evening|night|tonight)\b|\b(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?m\b|\b(?:1[89]|2[0-3])[:.]?\d\d\b",
    re.I,
)


def american(place: str) -> bool | None:
    """Whether a place is in the Americas: True or False for a state or a capital the world table
    knows, or a city of `_CITIES`; None for a place it does not know."""
    if place in _CITIES:
        return True
    code = NAMES.get(place) or CAPITALS.get(place)
    return None if code is None else code in _AMERICAS


def dateline_place(dateline: str) -> bool | None:
    """Whether a wire dateline's place ('SEOUL, March 6 (Reuters) -', 'WASHINGTON (AP) —') is in the
    Americas; None when the dateline names no place the table knows."""
    place = dateline_name(dateline)
    return None if place is None else american(place)


def dateline_name(dateline: str) -> str | None:
    """The place a wire dateline names, as a name is written ('SEOUL, …' → 'Seoul'), or None."""
    match = re.match(r"\s*([A-Za-z][A-Za-z .'-]*?)\s*[,(/]", dateline)
    return match.group(1).strip().title() if match is not None else None


def _told_in_the_americas(text: str) -> tuple[bool, bool]:
    """(the act is placed in the Americas, its time is told on an American clock)."""
    clock = _AMERICAN_CLOCK.search(text)
    if clock is not None and (clock.group("place") is None or american(clock.group("place"))):
        return True, True
    placed = any(m.group("place") is None or american(m.group("place")) for m in _IN_PLACE.finditer(text))
    return placed, False


def local_day(text: str, day: date, report_american: bool | None) -> date | None:
    """The day before `day` (the report's own day, which the act took for want of one of its own) when
    the sentence tells the act in an evening in the Americas and the report's clock is another; None
    when nothing says so."""
    placed, on_their_clock = _told_in_the_americas(text)
    if not placed or not _EVENING.search(text) or report_american is True:
        return None
    if report_american is None and not on_their_clock:
        return None
    return day - timedelta(days=1)


def abroad_at_night(text: str) -> bool:
    """Whether a sentence tells an act in the evening or at night in a place outside the Americas
    ('Iran fired missiles at bases in Iraq on Tuesday night'): told on an American clock, it was
    already the next day there."""
    if not _EVENING.search(text):
        return False
    return any(m.group("place") is not None and american(m.group("place")) is False
               for m in _IN_PLACE.finditer(text))
