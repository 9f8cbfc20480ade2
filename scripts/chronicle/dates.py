"""Partial calendar dates: a year, a month or a day, and nothing invented.

The form of a date string is its precision: "2021" is a year, "2021-05" a month and
"2021-05-13" a day. A month-precision date is never shown or exported as a made-up day;
comparisons use the first and last day the date can mean.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import total_ordering
from typing import Literal

Precision = Literal["year", "month", "day"]

_FORM = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
MONTHS = tuple(calendar.month_name)  # ("", "January", …)


class DateError(ValueError):
    """A date string that is not a real calendar date; its message says why."""


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or only the year.

    Dates sort the way the chronology lists them: by year, month and day, a coarse date
    before the days it contains (2021 before May 2021 before 1 May 2021), so `sorted`,
    `min` and `max` take them as they are.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD"; raise DateError for anything else."""
        match = _FORM.match(text or "")
        if not match:
            raise DateError(f"'{text}' is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY")
        year_text, month_text, day_text = match.groups()
        year = int(year_text)
        month, day = (int(part) if part else None for part in (month_text, day_text))
        if year < 1:  # the calendar has no year 0 (1 BC is followed by AD 1)
            raise DateError(f"'{text}' is not a real date: there is no year 0000")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"'{text}' has no month {month:02d}")
        if day is not None:
            last = calendar.monthrange(year, month)[1]  # type: ignore[arg-type]
            if not 1 <= day <= last:
                raise DateError(
                    f"'{text}' is not a real date: {MONTHS[month]} {year} has {last} days"  # type: ignore[index]
                )
        return cls(year, month, day)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        """Make a day-precision date."""
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        """Return 'year', 'month' or 'day'."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def first_day(self) -> date:
        """Return the earliest day this date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> date:
        """Return the latest day this date can mean."""
        if self.day is not None:
            return date(self.year, self.month, self.day)  # type: ignore[arg-type]
        if self.month is not None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    def is_after(self, other: PartialDate) -> bool:
        """Return True when this date must be later than `other` (no overlap at all)."""
        return self.first_day > other.last_day

    def iso(self) -> str:
        """Return the canonical string: the form says the precision."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """Return the date as readers see it: "13 May 2021", "May 2021" or "2021"."""
        if self.day is not None:
            return f"{self.day} {MONTHS[self.month]} {self.year}"  # type: ignore[index]
        if self.month is not None:
            return f"{MONTHS[self.month]} {self.year}"
        return str(self.year)

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __str__(self) -> str:
        return self.iso()


def weekday_on_or_before(reference: date, weekday: int) -> date:
    """Return the latest date on or before `reference` falling on `weekday` (Monday = 0)."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)
