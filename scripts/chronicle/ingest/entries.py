"""A live blog's entries: the day each one is the news of.

A day header ('Wednesday, 15 May 2024') or a stamp with a day ('15 May, 09:40') makes its day the
entries' 'today' until the next one. A stamp with no day ('14:05 GMT', on a line of its own or
opening the entry's sentence, where furniture.strip_dateline cuts it off) opens a new entry of that
same day: an entry of background before it ('Some background: on Friday Ankara summoned …') no
longer dates what the new entry tells.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from . import communique, furniture, temporal
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


def heading_day(line: str, published: date) -> date | None:
    """The one day a line of its own names ('Catch up on the key events of Friday', 'What happened on
    Thursday'): the day of a list of items that follows it (`listed`), as for a header with a colon."""
    days = [r for r in temporal.find(line, published) if r.date.precision == "day" and r.anchors_event]
    return days[0].date.first_day if len(days) == 1 else None


def listed(text: str, heading: date | None, passage: Passage) -> Passage | None:
    """A sentence that opens a list under a line that named its day (`heading_day`): its items are that
    day's, not the entry's ('- Freedonia denied the attack' under 'The key events of Thursday' in
    Saturday's entry). The passage as it was before the list, for `unlist`; None for any other."""
    if heading is None or passage.listed or not communique.is_item(text):
        return None
    before = replace(passage)
    passage.move(heading)
    passage.listed = True
    return before


def unlist(passage: Passage, before: Passage | None) -> None:
    """After a list under a line that named its day, the story goes on from where it was before it: a
    paragraph after the list is not that day's."""
    if before is not None:
        passage.context, passage.saying, passage.teller = before.context, before.saying, before.teller


def entry(passage: Passage) -> None:
    """A live blog's new entry under a stamp with no day ('14:05 GMT'): it is the news of the entry's
    day (the day header's, else the day of publication), not of a day an entry before recalled ('Some
    background: on Friday Ankara summoned …')."""
    passage.listed = False
    passage.move(passage.today or passage.published)
