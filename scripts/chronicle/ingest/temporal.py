"""Time expressions in a sentence → calendar dates, relative to the day of publication.

Pure functions: given the text and the publication day (and the date of the passage the
sentence continues, for "the next day"), return every expression with its date and
precision. Rules, each chosen so that a reviewer can check them from the quote:

- a weekday ("on Thursday", "late on Friday", "Thursday night") is the most recent such
  day on or before publication; "last Monday" is strictly before it;
- "today", "earlier today", "this morning", a sentence-initial "Now," and "currently" are the
  publication day; "yesterday",
  "last night", "overnight" and a bare "shortly before midnight" the day before;
- "this week" / "last week" give only the month (the day is not knowable), as do "this month",
  "earlier this month" and "last month" (the month before publication);
- "Sept. 13", "May 12", "13 September 2022", "September 13, 2022": an explicit day; without
  a year, the latest such day on or before publication;
- "November 2020", "last November": a month; "in 2021", "last year": a year;
- "the next day", "the following day", "a day later": the day after the last day the text named;
- "overnight on Thursday" is that Thursday (the night began then), "overnight into Friday" the
  Thursday; "3 days ago" a day, "two weeks ago" only its month; "earlier in the day", "later that
  day", "the same day" and "within hours" the day the passage is telling about;
- nothing resolves to a day after publication: such dates (deadlines, plans) are dropped.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import PartialDate, weekday_on_or_before

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?P<part>night|morning|afternoon|evening))?"

# Order matters: the first pattern that matches a span claims it.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day-month-year", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>\d{{4}})\b")),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b")),
    ("day-month", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}(?!\w)")),
    ("month-day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?!\d|:|\s*(?:km|kilomet|mile|per|%))\b")),
    ("month-year", re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b")),
    ("last-month", re.compile(rf"\b(?:last|in|since)\s+{_MONTH}(?!\s+\d)\b")),
    ("overnight", re.compile(rf"\bovernight\s+(?P<mod>on|into)\s+{_WEEKDAY}\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?P<unit>days?|weeks?)\s+ago\b", re.I)),
    ("same-day", re.compile(r"\b(?:(?:earlier|later)\s+in\s+the\s+day|(?:earlier|later)\s+that\s+day|"
                            r"the\s+same\s+day|within\s+hours)\b", re.I)),
    (
        "weekday",
        re.compile(
            rf"\b(?P<mod>late on|early on|later on|earlier on|late|early|on|this|last|since|by)?\s*"
            rf"(?:the\s+(?:morning|night|afternoon|evening)\s+of\s+)?{_WEEKDAY}{_PART}\b",
            re.I,
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:earlier |later )?(?:today|this (?:morning|afternoon|evening)|tonight)\b|"
            r"^\s*(?:now|at present|at the moment)(?=,|\s)|\bcurrently\b",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\b(?:yesterday|last night|overnight)\b", re.I)),
    ("midnight", re.compile(r"\bshortly (?:before|after) midnight\b", re.I)),
    ("next-day", re.compile(r"\b(?:the (?:next|following) day|a day later)\b", re.I)),
    ("days-later", re.compile(r"\b(?P<n>\d|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+later\b",
                              re.I)),
    ("week", re.compile(r"\b(?:(?:earlier|later) )?(?:this|last|past) week\b", re.I)),
    ("month", re.compile(r"\b(?:(?:earlier|later) )?(?:this|last) month\b", re.I)),
    ("year", re.compile(r"\b(?:[Ii]n|[Ss]ince|[Oo]f) (?P<year>(?:19|20)\d{2})\b")),
    ("last-year", re.compile(r"\blast year\b", re.I)),
]
#: Words before an expression that make it a deadline, a plan or a span start, not the event's day.
_NOT_EVENT_DAY = re.compile(
    r"(?:\bby|\buntil|\btill|\bbefore|\bfrom|\bsince|\bscheduled for|\bexpected on|\bresume on|"
    r"\bcontinue on|\bstart\w* on|\bdue on|\bissued|\bends? on|\bfor|\bafter)\s+(?:the\s+)?$",
    re.I,
)


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

    @property
    def is_background(self) -> bool:
        """A year alone is background ("in 2021"), never a day to put an event on."""
        return self.date.precision == "year"


def find(
    text: str, published: date, context: date | None = None, mentioned: date | None = None
) -> list[TimeRef]:
    """Return the time expressions of a sentence in reading order, resolved; never after `published`.
    `context` is the day the passage is telling about ('earlier in the day'); `mentioned` the last day
    the text named ('the following day' is the day after it), the passage's day when not given."""
    taken: list[tuple[int, int]] = []
    found: list[TimeRef] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            anchor = mentioned if kind in ("next-day", "days-later") and mentioned else context
            resolved = _resolve(kind, match, published, anchor)
            if resolved is None:
                continue
            taken.append(span)
            if resolved.last_day > published and resolved.first_day > published:
                continue
            before = text[max(0, span[0] - 25) : span[0]]
            if kind == "weekday" and _FUTURE.search(text[max(0, span[0] - 70) : span[0]]):
                continue  # "exercises scheduled to start on Sunday": a day after publication
            anchors = not _NOT_EVENT_DAY.search(before) and (
                match.groupdict().get("mod") or ""
            ).lower() not in ("since", "by") or _BY_THEN.fullmatch(text[: span[1] + 1]) is not None
            found.append(TimeRef(match.group(0).strip(), span[0], resolved, kind, anchors))
    return sorted(found, key=lambda ref: ref.start)


def _resolve(kind: str, match: re.Match[str], published: date, context: date | None) -> PartialDate | None:
    groups = match.groupdict()
    if kind in ("day-month-year", "month-day-year", "day-month", "month-day"):
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else None
        return _day(year, month, day, published)
    if kind == "month-year":
        return PartialDate(int(groups["year"]), _MONTHS[groups["month"].lower().rstrip(".")])
    if kind == "last-month":
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        year = published.year if month < published.month else published.year - 1
        return PartialDate(year, month)
    if kind == "weekday":
        return _weekday(groups, published)
    if kind == "overnight":  # "overnight on Thursday": that Thursday night; "into Friday": Thursday's
        day = weekday_on_or_before(published, _WEEKDAYS[(groups["weekday"] or "").lower()])
        into = (groups["mod"] or "").lower() == "into"
        return PartialDate.from_date(day - timedelta(days=1) if into else day)
    if kind == "ago":
        count = _NUMBERS.get((groups["n"] or "").lower()) or int(groups["n"] or 1)
        weeks = (groups["unit"] or "").lower().startswith("week")
        back = published - timedelta(days=count * (7 if weeks else 1))
        return PartialDate(back.year, back.month) if weeks else PartialDate.from_date(back)
    if kind == "same-day":  # "earlier in the day": the day the passage is telling about
        return PartialDate.from_date(context or published)
    if kind == "today":
        return PartialDate.from_date(published)
    if kind in ("yesterday", "midnight"):
        return PartialDate.from_date(published - timedelta(days=1))
    if kind == "next-day":
        return PartialDate.from_date(context + timedelta(days=1)) if context else None
    if kind == "days-later":  # "two days later": counted from the day the text named last
        count = _NUMBERS.get(groups["n"].lower()) or int(groups["n"])
        return PartialDate.from_date(context + timedelta(days=count)) if context else None
    if kind == "week":
        reference = (
            published - timedelta(days=7)
            if "last" in match.group(0).lower() or "past" in match.group(0).lower()
            else published
        )
        return PartialDate(reference.year, reference.month)
    if kind == "month":  # "last month": the calendar month before publication's
        this = "this" in match.group(0).lower()
        reference = published if this else published.replace(day=1) - timedelta(days=1)
        return PartialDate(reference.year, reference.month)
    if kind == "year":
        return PartialDate(int(groups["year"]))
    if kind == "last-year":
        return PartialDate(published.year - 1)
    return None


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
    if ref.kind in ("day-month-year", "month-day-year", "month-year"):
        return f'"{ref.expression}" in the report.'
    if ref.kind in ("week", "month", "last-month") or (ref.kind == "ago" and ref.date.precision == "month"):
        return (
            f'"{ref.expression}" in the report published {weekday} {published.isoformat()}; '
            "the day is not given, so only the month is recorded."
        )
    return f'"{ref.expression}" in the report published {weekday} {published.isoformat()}.'
