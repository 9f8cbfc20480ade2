"""The report's own day when its page gives the time it was published on one clock and its dateline
puts the report on another.

A fact of the world: a page stamped 'Updated 23:10 GMT' on 7 June is already the morning of 8 June in
Seoul, and one stamped '01:30 GMT' on 8 June is still the evening of 7 June in Washington. A wire
report filed there tells its 'today', 'tonight', 'this morning' and 'on Friday' on the clock of the
dateline's place, so they count from that place's day, not from the page's date. Only a stamp that
says it is the page's own ('Updated', 'Published', 'Posted', 'Last updated') and names its clock is
read, and only a dateline whose place has a clock the time-zone database knows moves the day; a day
after the page's date is never given (dating.local_day keeps only its month).

The other way round, a report on an American clock ('WASHINGTON (AP) —') that tells an act at night
in a place outside the Americas ('in Iraq on Tuesday night') may give the day before the one where it
happened: the day stays, flagged for a reviewer (`abroad`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from . import clocks, temporal
from .dating import Passage, When

#: The page's own stamp with its clock: "Updated 23:10 GMT", "Published: 8 June 2024, 01:30 GMT",
#: "Last updated 9.40pm BST". A live blog's bare entry stamps ('14:05 GMT') are entries.py's.
_STAMP = re.compile(
    r"^\s*(?:Last\s+)?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|UPDATED|PUBLISHED|POSTED)\b[:\s]*(?:on\s+)?"
    r"(?P<date>[^|]{0,40}?)[,\s]*(?P<h>\d{1,2})[:.](?P<m>\d\d)\s*(?P<half>[AaPp])?\.?(?:[Mm]\.?)?\s*"
    r"(?P<zone>GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT)\b"
)
#: Hours each clock a stamp names is ahead of GMT.
_OFFSETS = {"GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "EST": -5,
            "EDT": -4}
#: Capitals and cities whose clock the time-zone database files under another city's name.
_CLOCKS = {"Washington": "America/New_York", "Beijing": "Asia/Shanghai", "New Delhi": "Asia/Kolkata",
           "Delhi": "Asia/Kolkata", "Mumbai": "Asia/Kolkata", "Ottawa": "America/Toronto",
           "Islamabad": "Asia/Karachi", "Ankara": "Europe/Istanbul", "Geneva": "Europe/Zurich",
           "The Hague": "Europe/Amsterdam", "Canberra": "Australia/Sydney", "Kiev": "Europe/Kyiv",
           "Hanoi": "Asia/Ho_Chi_Minh", "Abu Dhabi": "Asia/Dubai", "Doha": "Asia/Qatar",
           "Brasilia": "America/Sao_Paulo", "United Nations": "America/New_York"}


def stamp(line: str, passage: Passage) -> None:
    """Record the page's own stamp ('Updated 23:10 GMT') when it comes before the report's lead."""
    if passage.stamp is not None or passage.opened:
        return
    match = _STAMP.match(line)
    if match is None:
        return
    days = [r for r in temporal.find(match.group("date"), passage.published + timedelta(days=1))
            if r.date.precision == "day"]
    day = days[0].date.first_day if days else passage.published
    hour, half = int(match.group("h")), (match.group("half") or "").lower()
    hour = hour % 12 + (12 if half == "p" else 0) if half else hour  # "9.40pm BST"
    if hour > 23 or int(match.group("m")) > 59:
        return
    clock = timezone(timedelta(hours=_OFFSETS[match.group("zone")]))
    passage.stamp = datetime(day.year, day.month, day.day, hour, int(match.group("m")), tzinfo=clock)


def filed(dateline: str, passage: Passage) -> None:
    """A dateline with no day of its own ('SEOUL (Reuters) -', 'WASHINGTON (AP) —') on a page stamped
    on another clock: the report's day is the place's day at the stamp's time."""
    if passage.stamp is None or not dateline or passage.today is not None:
        return
    if any(r.date.precision == "day" for r in temporal.find(dateline, passage.published + timedelta(days=1))):
        return  # "SEOUL, June 8 (Reuters) -": the dateline says its day (scene.filed)
    place = clocks.dateline_name(dateline)
    zone = _zone(place) if place else None
    if zone is None:
        return
    local = passage.stamp.astimezone(zone).date()
    if local != passage.published and abs((local - passage.published).days) == 1:
        passage.today = local
        passage.move(local)


@cache
def _zone(place: str) -> ZoneInfo | None:
    """The clock of a place: a city the time-zone database names ('Seoul', 'Kyiv', 'New York'), or a
    capital it files under another name ('Washington', 'Beijing')."""
    key = _CLOCKS.get(place) or _CITIES().get(place.replace(" ", "_"))
    return ZoneInfo(key) if key else None


@cache
def _CITIES() -> dict[str, str]:  # noqa: N802 - a table, built once
    """City → zone name, from the zones the database names after a city ('Asia/Seoul')."""
    return {name.rsplit("/", 1)[1]: name for name in available_timezones()
            if "/" in name and name.split("/", 1)[0] in _REGIONS}


_REGIONS = {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}


def abroad(when: When, text: str, passage: Passage) -> When:
    """An act with a day of its own told at night in a place outside the Americas, in a report on an
    American clock (its dateline: 'WASHINGTON (AP) —'): where it happened it may already have been the
    next day. The day stays, flagged for a reviewer."""
    if not when.own or when.date.precision != "day" or passage.american is not True:
        return when
    if not clocks.abroad_at_night(text):
        return when
    flag = "told at night on an American clock: it may have been the next day where it happened"
    return replace(when, low=[*when.low, flag])
