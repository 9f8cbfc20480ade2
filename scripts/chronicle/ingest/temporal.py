"""Time expressions in a sentence → calendar dates, relative to the day of publication.

Pure functions: given the text and the publication day (and the date of the passage the
sentence continues, for "the next day"), return every expression with its date and
precision. Rules, each chosen so that a reviewer can check them from the quote:

- a weekday ("on Thursday", "late on Friday", "Thursday night") is the most recent such
  day on or before publication; "last Monday" is strictly before it;
- "today", "earlier today", "this morning", a sentence-initial "Now," and "currently" are the
  publication day; "yesterday",
  "last night", "overnight" and a bare "shortly before midnight" the day before;
- "this week" / "last week" give only the month of its days, or only the year when they fall in
  two months (the day is not knowable);
- "Sept. 13", "May 12", "13 September 2022", "September 13, 2022", "the 4th of June", "June 4th":
  an explicit day; without a year, the latest such day on or before publication; "on the night of
  12 to 13 June" is the 12th (the night began then);
- "November 2020", "last November", "in mid-June", "at the end of May": a month; "this month",
  "earlier this month" the month of publication, "last month" the one before; "over the weekend"
  and "a few days ago" only their month; "in 2021", "last year": a year;
- "the next day", "the following morning", "a day later": the day after the last day the text named;
  "a week later" seven days after it, "days later" only the month some days after it;
  "the day before", "the previous day", "two days earlier" the days before it; "that night", "late
  that evening" that day (a day named earlier in the same sentence first);
- "two months ago", "the previous month", "two months earlier": only that month; "the week before",
  "the following week", "in recent days": only their month, or only the year when their days fall
  in two months; "a year ago", "earlier this year", "a year earlier", "months ago": only a year,
  which is background (counting.py);
- "overnight on Thursday" is that Thursday (the night began then), "overnight into Friday" the
  Thursday; "3 days ago" a day, "two weeks ago" only its month; "earlier in the day", "later that
  day", "the same day" and "within hours" the day the passage is telling about ("the same night" that
  of the last day named);
- "the following Monday", "the previous Friday", "that Friday": counted from the last day named;
  "Friday last week" that week's; "next Friday" is after publication; "48 hours later" two days on;
  "earlier in the week", "midweek" and "in the past 24 hours" only their month; "12-13 April" and
  "between 12 and 14 April" the first day; "14.04.2024" and "2024-04-14" that day;
- a weekday told in the local time of a place ahead of the report's clock ("early Friday local
  time" in a report dated Thursday) is the day after publication: only its month is given;
- nothing resolves to a day after publication: such dates (deadlines, plans) are dropped.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import PartialDate, weekday_on_or_before
from . import counting
from .timewords import PATTERNS

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
#: Kinds counted from a day the text named before ("the day before", "that night"): a day named
#: earlier in the same sentence first, else the one the caller gives.
_FROM_NAMED = {"same-day", "that-night", "next-day", "days-later", "day-before", "days-earlier",
               "weeks-apart", "few-days-apart", "week-apart", "months-apart", "years-apart", "hours-apart",
               "weekday-after", "in-week"}
#: Kinds that give only a month although they name a time (the day is not knowable from them).
_MONTH_ONLY = {"week", "in-week", "past-hours",
               "last-month", "this-month", "previous-month", "month-part", "weekend", "few-ago",
               "few-days-apart", "week-apart", "months-apart", "recent"}
#: "early Friday local time", "Friday (Tehran time)": a weekday on the clock of the place of the act.
_LOCAL_CLOCK = re.compile(r"\s*,?\s*\(?(?:local|[A-Z][a-z]+)\s+time\b")
#: "the same day", "later that day": the day the text last named, even when only a saying was on it
#: ('The cabinet declared war on Sunday. X said the same day …'), not the passage's day before it.
_NAMES_A_DAY = re.compile(r"\b(?:same|that)\b", re.I)
#: Words before an expression that make it a deadline, a plan or a span start, not the event's day.
_NOT_EVENT_DAY = re.compile(
    r"(?:\bby|\buntil|\btill|\bbefore|\bfrom|\bsince|\bscheduled for|\bexpected on|\bresume on|"
    r"\bcontinue on|\bstart\w* on|\bdue on|\(issued|\bends? on|\bfor|\bafter)\s+(?:the\s+)?$",
    re.I,
)


#: "28 November that year", "on 3 May of the same year": the year the text named last.
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)


#: "By Saturday, X had agreed": a past day that opens the sentence tells when the act was known done,
#: the day a report puts it on (a "by" anywhere else is a deadline).
_BY_THEN = re.compile(r"\s*By\s+[^,;]{3,30},", re.S)


#: A clause about the future: a weekday in it is the coming one, never a past day.
_FUTURE = re.compile(
    r"\b(?:will|scheduled|due to|set to|expected to|plans? to|is to|are to)\b(?![^,;]*[,;])", re.I
)


@dataclass(frozen=True)
class TimeRef:
    """One time expression: its words, where it is, the date it means and how it was found."""

    expression: str
    start: int
    date: PartialDate
    kind: str
    anchors_event: bool = True  # False for deadlines, spans ("since May") and plans
    said_on: date | None = None  # in words said on that day: counted from it, not from publication
    told: str = ""  # the note, when the date was found from another act ('the day after the coup')
    year_named: bool = False  # its year is in its words ('in 2019', '28 November 2019')

    @property
    def is_background(self) -> bool:
        """A year alone is background ("in 2021"), never a day to put an event on."""
        return self.date.precision == "year"


def find(
    text: str, published: date, context: date | None = None, mentioned: date | None = None,
    year: int | None = None,
) -> list[TimeRef]:
    """Return the time expressions of a sentence in reading order, resolved; never after `published`.
    `context` is the day the passage is telling about ('earlier in the day'); `mentioned` the last day
    the text named ('the following day' is the day after it), the passage's day when not given. A day
    named earlier in the same sentence comes first for both ('X shelled the town on Friday, and Y
    condemned it within hours'). `year` is the year the text named last: 'on 28 November that year'
    is in it, not in the last 28 November before publication."""
    taken: list[tuple[int, int]] = []
    matches: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            if kind not in _FROM_NAMED and _resolve(kind, match, published, context) is None:
                continue  # not a date after all ("31 June"): the span is left to the next pattern
            taken.append(span)
            matches.append((kind, match))
    found: list[TimeRef] = []
    in_sentence: date | None = None  # the last day this sentence named
    named_year = year  # the last year the text named, this sentence included
    ordered = sorted(matches, key=lambda item: item[1].start())
    for n, (kind, match) in enumerate(ordered):
        span = match.span()
        if kind == "weekday" and n + 1 < len(ordered) and _apposed(text, span[1], ordered[n + 1]):
            continue  # "on Tuesday, August 11": the date says which Tuesday
        if kind in ("same-day", "in-week") and not _NAMES_A_DAY.search(match.group(0)):
            anchor = in_sentence or context or mentioned or published  # "earlier in the day": the passage's
        elif kind in ("same-day", "that-night", "weekday-after"):  # "the same day", "later that day"
            anchor = in_sentence or mentioned or context or published
        else:
            anchor = in_sentence or mentioned or context if kind in _FROM_NAMED else context
        resolved = _resolve(kind, match, published, anchor)
        that_year = _THAT_YEAR.match(text, span[1]) if kind in ("day-month", "month-day") else None
        if that_year is not None:  # "on 28 November that year": the year the text named last
            if named_year is None:
                continue  # no year named before it: no date to give it
            resolved = _resolve(kind, match, date(named_year, 12, 31), anchor)
        if resolved is None:
            continue
        if kind == "weekday" and _LOCAL_CLOCK.match(text, span[1]):
            resolved = _local_clock(resolved, published)
        told = ""
        if resolved.first_day > published and kind in _FROM_NAMED and resolved.precision == "day":
            resolved, told = _past_the_report(match.group(0), resolved, published)
        if resolved.last_day > published and resolved.first_day > published:
            continue
        lead = len(match.group(0)) - len(match.group(0).lstrip())  # a match may begin at a space
        before = text[max(0, span[0] - 25) : span[0] + lead]  # "until Tuesday": up to the weekday
        if kind == "weekday" and _FUTURE.search(text[max(0, span[0] - 70) : span[0]]):
            continue  # "exercises scheduled to start on Sunday": a day after publication
        opening = match.group(0).split()[0].lower()
        anchors = not _NOT_EVENT_DAY.search(before) and opening not in ("since", "by") and (
            match.groupdict().get("mod") or ""
        ).lower() not in ("since", "by") or _BY_THEN.fullmatch(text[: span[1] + 1]) is not None
        words = text[span[0] : that_year.end()] if that_year is not None else match.group(0)
        own_year = bool(match.groupdict().get("year"))
        found.append(TimeRef(_words(words), span[0], resolved, kind, anchors, told=told, year_named=own_year))
        named_year = resolved.year if own_year else named_year
        if anchors and resolved.precision == "day":
            in_sentence = resolved.first_day
    return found


def _past_the_report(words: str, resolved: PartialDate, published: date) -> tuple[PartialDate, str]:
    """A day counted from the day the text named ('two days later') that falls after publication: the
    day it counts from was not the one the text meant, or the act is not past. Not a day to drop (the
    act would take the passage's day, a wrong one), but only its month when that is not after
    publication, with a note saying so."""
    month = PartialDate(resolved.first_day.year, resolved.first_day.month)
    note = (f'"{_words(words)}" counted from the day the report named last falls on '
            f"{resolved.iso()}, after it was published ({published.isoformat()}); only the month is "
            "recorded.")
    return month, note


def _apposed(text: str, end: int, after: tuple[str, re.Match[str]]) -> bool:
    """Whether a calendar date follows a weekday as its apposition ('Tuesday, August 11', 'Friday 14
    August'): that weekday is the one of the date, not the last one before publication."""
    kind, match = after
    return kind in _EXPLICIT and match.groupdict().get("day") is not None and re.fullmatch(
        r",?\s*(?:the\s+)?", text[end : match.start()]) is not None


def _words(expression: str) -> str:
    """The expression as a note quotes it: without the sentence's full stop ('on 5 June.'), keeping a
    month's abbreviation ('Sept.')."""
    words = expression.strip()
    return words[:-1] if words.endswith(".") and not _ABBREVIATED.search(words) else words


_ABBREVIATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


def _local_clock(resolved: PartialDate, published: date) -> PartialDate:
    """A weekday on the clock of the place of the act ('early Friday local time'), six days before the
    report's date: it is the day after it where the act was, east of the report's clock. That day is
    after publication, so only its month is given (dropped when that month too is later)."""
    if (published - resolved.first_day).days != 6:
        return resolved
    ahead = published + timedelta(days=1)
    return PartialDate(ahead.year, ahead.month)


def _resolve(kind: str, match: re.Match[str], published: date, anchor: date | None) -> PartialDate | None:
    """The date one expression means; `anchor` is the day a relative one counts from."""
    groups = match.groupdict()
    if kind in _EXPLICIT:
        return _explicit(kind, groups, published, match.group(0))
    if kind in _FROM_NAMED:
        return counting.from_named(kind, groups, anchor)
    return _from_publication(kind, match, published)


#: Kinds that name a calendar date, with or without its year.
_EXPLICIT = {"night-of", "day-range", "numeric",
             "day-month-year", "month-day-year", "day-month", "month-day", "day-of-month",
             "month-part", "month-year", "last-month"}


def _explicit(
    kind: str, groups: dict[str, str | None], published: date, words: str = ""
) -> PartialDate | None:
    """'4 June', 'June 4th, 2024', 'the night of 4 to 5 June', 'on the 4th', 'mid-June', 'May 2021'.
    A month named alone is the latest one not after publication: "in June" or "since June" told in
    June is this June; only "last June" told in June is a year back."""
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "numeric":  # "2024-04-14", "14.04.2024" (never the American 4/14)
        return _day(year, int(groups["mon"] or 0), int(groups["day"] or 0), published)
    if kind == "day-of-month":  # "on the 4th": this month's, or last month's when that is later
        day = int(groups["day"] or 0)
        month = published if day <= published.day else published.replace(day=1) - timedelta(days=1)
        return _day(month.year, month.month, day, published)
    month = _MONTHS[(groups["month"] or "").lower().rstrip(".")]
    if groups.get("day"):
        return _day(year, month, int(groups["day"] or 0), published)
    if year is not None:
        return PartialDate(year, month)
    if kind == "last-month" and month == published.month and words.lower().startswith("last"):
        return PartialDate(published.year - 1, month)
    return PartialDate(published.year if month <= published.month else published.year - 1, month)


def _from_publication(kind: str, match: re.Match[str], published: date) -> PartialDate | None:
    """Days and months counted back from the day of publication: 'on Friday', 'yesterday', 'last week'."""
    groups = match.groupdict()
    words = match.group(0).lower()
    if kind == "weekday":
        return _weekday(groups, published)
    if kind in ("weekday-next", "weekday-last-week"):  # "next Friday" is after publication: dropped
        return counting.weekday_of_week(_WEEKDAYS[(groups["weekday"] or "").lower()], published, kind)
    if kind == "overnight":  # "overnight on Thursday": that Thursday night; "into Friday": Thursday's
        day = weekday_on_or_before(published, _WEEKDAYS[(groups["weekday"] or "").lower()])
        return PartialDate.from_date(day - timedelta(days=1) if "into" in words else day)
    if kind == "week":
        return counting.week_of(words, published)
    back = {"today": 0, "yesterday": 1, "midnight": 1, "day-before-yesterday": 2}.get(kind)
    if back is not None:
        return PartialDate.from_date(published - timedelta(days=back))
    if kind == "past-hours":  # "in the past 24 hours": the day before publication or its day
        return counting.span(published - timedelta(days=int(groups["n"] or 24) // 24), published)
    if kind in ("ago", "few-ago", "recent"):
        return counting.back_from(kind, groups, published)
    if kind == "this-year":
        return PartialDate(published.year - 1 if "last" in words else published.year)
    if kind == "last-season":  # "last autumn": a season is no month or day; only its year is known
        return PartialDate(counting.last_season(groups["season"].lower(), published))
    if kind in ("year", "last-year"):
        return PartialDate(int(groups["year"]) if groups.get("year") else published.year - 1)
    month = counting.month_back(kind, words, published)
    return PartialDate(month.year, month.month) if month is not None else None


def _day(year: int | None, month: int, day: int, published: date) -> PartialDate | None:
    try:
        if year is not None:
            return PartialDate.from_date(date(year, month, day))
        candidate = date(published.year, month, day)
        if candidate > published:
            candidate = date(published.year - 1, month, day)
        return PartialDate.from_date(candidate)
    except ValueError:
        return None


def _weekday(groups: dict[str, str | None], published: date) -> PartialDate:
    weekday = _WEEKDAYS[(groups["weekday"] or "").lower()]
    day = weekday_on_or_before(published, weekday)
    if (groups.get("mod") or "").lower() == "last" and day == published:
        day -= timedelta(days=7)
    return PartialDate.from_date(day)


def note(ref: TimeRef, published: date) -> str:
    """Say how the date was found, quoting the expression (the `date_note` of a draft)."""
    weekday = calendar.day_name[published.weekday()]
    if ref.told:
        return ref.told
    if ref.said_on is not None:
        return (f'"{ref.expression}" in words said on {calendar.day_name[ref.said_on.weekday()]} '
                f"{ref.said_on.isoformat()}, counted from that day.")
    if ref.kind == "weekday" and ref.date.precision == "month":
        return (f'"{ref.expression}" in the local time of the place of the act is the day after the report '
                f"published {weekday} {published.isoformat()}; only the month is recorded.")
    if ref.kind in ("day-month-year", "month-day-year", "month-year"):
        return f'"{ref.expression}" in the report.'
    if ref.date.precision == "month" and ref.kind in _MONTH_ONLY | {"ago"}:
        return (
            f'"{ref.expression}" in the report published {weekday} {published.isoformat()}; '
            "the day is not given, so only the month is recorded."
        )
    return f'"{ref.expression}" in the report published {weekday} {published.isoformat()}.'
