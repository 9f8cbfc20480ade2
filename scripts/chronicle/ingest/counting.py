"""Dates counted from another day: so many days, weeks, months or years before or after the day the
text named ('the previous week', 'two months earlier') or the day of publication ('two months ago', 'in
recent weeks', 'last week'). A count that says no day gives only its month, or only its year when the
days it may mean fall in two months (a year alone is background, never news).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..dates import PartialDate, weekday_on_or_before

_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}


def from_named(kind: str, groups: dict[str, str | None], anchor: date | None) -> PartialDate | None:
    """Days counted from the day the text named: 'the next day', 'two days earlier', 'that night'."""
    if anchor is None:
        return None
    count = _NUMBERS.get((groups.get("n") or "").lower()) or int(groups.get("n") or 1)
    way = (groups.get("way") or groups.get("way2") or groups.get("way3") or "later").lower()
    back = 1 if way in ("later", "following", "next", "after") else -1
    if kind == "week-apart":  # "the previous week": some day of it, only its month when it is one
        return span(anchor + timedelta(days=7 * back - 3), anchor + timedelta(days=7 * back + 3))
    if kind == "months-apart":
        return months_from(anchor, count * back)
    if kind == "years-apart":  # "a year earlier": background, never a day
        return PartialDate(anchor.year + count * back)
    if kind == "hours-apart":  # "48 hours later" two days on; "36 hours later" only the month
        hours = int(groups.get("n") or 0)
        if hours % 24 == 0:
            return PartialDate.from_date(anchor + timedelta(days=back * hours // 24))
        return span(*sorted((anchor, anchor + timedelta(days=back * (hours // 24 + 1)))))
    if kind == "in-week":  # "earlier in the week", "midweek": some day of the week of the day told
        monday = anchor - timedelta(days=anchor.weekday())
        later = (groups.get("way") or groups.get("part") or "").lower() in ("later", "end")
        first, last = (anchor, monday + timedelta(days=6)) if later else (monday, anchor)
        return span(first, last if groups.get("way") or groups.get("part") else monday + timedelta(days=6))
    if kind == "weekday-after":
        return _weekday_from(groups, anchor)
    if kind == "few-days-apart":  # "days later": some days from it, only the month they fell in
        day = anchor + timedelta(days=4 * back)
        return PartialDate(day.year, day.month)
    shift = {"next-day": 1, "days-later": count, "day-before": -1, "days-earlier": -count,
             "weeks-apart": 7 * count * back}.get(kind, 0)
    return PartialDate.from_date(anchor + timedelta(days=shift))


def week_of(words: str, published: date) -> PartialDate:
    """'this week' (its Monday to publication), 'last week' (the week before), 'the past week' (the
    seven days before): their month, or only the year when they fall in two ('earlier this week' told
    on Wednesday 2 June may be May or June)."""
    monday = published - timedelta(days=published.weekday())
    if "past" in words:
        return span(published - timedelta(days=7), published - timedelta(days=1))
    if "last" in words:
        return span(monday - timedelta(days=7), monday - timedelta(days=1))
    return span(monday, published)


def month_back(kind: str, words: str, published: date) -> date | None:
    """A day in the month an expression that gives no day means: 'over the weekend' (the last
    Saturday), 'this month', 'last month'."""
    if kind == "weekend":
        return weekday_on_or_before(published - timedelta(days=1), 5)
    if kind == "this-month":
        return published
    if kind == "previous-month":
        return published.replace(day=1) - timedelta(days=1)
    return None


def back_from(kind: str, groups: dict[str, str | None], published: date) -> PartialDate:
    """'3 days ago' a day; 'two weeks ago', 'a few days ago' only their month; 'two months ago' that
    month; 'in recent weeks' the month they span, else only the year; months and years of them back
    ('months ago', 'a year ago') only the year, which is background, not news."""
    unit = (groups.get("unit") or "").lower().rstrip("s")
    if kind == "ago":
        count = _NUMBERS.get((groups.get("n") or "").lower()) or int(groups.get("n") or 1)
        if unit == "day":
            return PartialDate.from_date(published - timedelta(days=count))
        if unit == "week":
            day = published - timedelta(days=7 * count)
            return PartialDate(day.year, day.month)
        if unit == "month":
            return months_from(published, -count)
        return PartialDate(published.year - count)
    if kind == "few-ago" and unit in ("day", "week"):
        day = published - timedelta(days=4 if unit == "day" else 21)
        return PartialDate(day.year, day.month)
    length = {"day": 6, "week": 28, "month": 90}.get(unit, 730)
    return span(published - timedelta(days=length), published)


def span(first: date, last: date) -> PartialDate:
    """Some day between two: their month when they share it, else only the year of the first."""
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    return PartialDate(first.year)


def months_from(day: date, months: int) -> PartialDate:
    """The month `months` before or after a day's ('two months ago', 'a month later')."""
    index = day.year * 12 + day.month - 1 + months
    return PartialDate(index // 12, index % 12 + 1)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_from(groups: dict[str, str | None], anchor: date) -> PartialDate | None:
    """'the following Monday' (the first after the day named), 'the previous Friday' (the last before
    it), 'that Friday' (the one of the days told, on or after it, within the week)."""
    weekday = _WEEKDAYS.index((groups.get("weekday") or "").lower())
    way = (groups.get("way") or "").lower()
    if way in ("previous", "preceding"):
        return PartialDate.from_date(weekday_on_or_before(anchor - timedelta(days=1), weekday))
    ahead = (weekday - anchor.weekday()) % 7
    if way and ahead == 0:
        ahead = 7  # "the following Monday" told of a Monday: a week on
    return PartialDate.from_date(anchor + timedelta(days=ahead))


def weekday_of_week(weekday: int, published: date, kind: str) -> PartialDate:
    """'Friday last week' (the Friday of the week before publication's), 'next Friday' or 'Friday next
    week' (after publication: the caller drops it)."""
    monday = published - timedelta(days=published.weekday())
    if kind == "weekday-last-week":
        return PartialDate.from_date(monday - timedelta(days=7 - weekday))
    ahead = (weekday - published.weekday()) % 7 or 7
    return PartialDate.from_date(published + timedelta(days=ahead))


#: The month each season ends in (the northern seasons news copy means: 'last autumn', 'last winter').
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def last_season(season: str, published: date) -> int:
    """The year the last such season before publication ended in ('last autumn' in May 2021: 2020): a
    season names no month or day, so only its year dates what it tells (background, as 'last year')."""
    ends = _SEASON_ENDS[season]
    return published.year if published.month > ends else published.year - 1
