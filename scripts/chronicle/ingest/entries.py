"""A live blog's entries: the day each one is the news of.

A day header ('Wednesday, 15 May 2024') or a stamp with a day ('15 May, 09:40') makes its day the
entries' 'today' until the next one. A stamp with no day ('14:05 GMT', on a line of its own or
opening the entry's sentence, where furniture.strip_dateline cuts it off) opens a new entry of that
same day: an entry of background before it ('Some background: on Friday Ankara summoned …') no
longer dates what the new entry tells.
"""

from __future__ import annotations

from . import furniture, temporal
from .dating import Passage


def stamp(text: str, passage: Passage) -> None:
    """A live blog's entry stamp ('15 May, 09:40') or day header ('Wednesday, 15 May 2024'): its day is
    the entries' 'today' until the next one."""
    stamp = furniture.ENTRY_STAMP.match(text)
    day = stamp.group("day") if stamp is not None else text if furniture.DAY_HEADER.match(text) else None
    if stamp is not None and not day:
        entry(passage)  # "14:05 GMT": a new entry of the day the blog is on
        return
    if not day:
        return
    days = [r for r in temporal.find(day, passage.published) if r.date.precision == "day"]
    if days:
        passage.today = days[0].date.first_day
        passage.move(passage.today)
        passage.listed = False


def entry(passage: Passage) -> None:
    """A live blog's new entry under a stamp with no day ('14:05 GMT'): it is the news of the entry's
    day (the day header's, else the day of publication), not of a day an entry before recalled ('Some
    background: on Friday Ankara summoned …')."""
    passage.listed = False
    passage.move(passage.today or passage.published)
