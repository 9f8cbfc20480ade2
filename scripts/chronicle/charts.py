"""Charts drawn at build time as inline SVG: no script, no request, readable in any scheme.

This module only lays the chart out; templates/chart.html.j2 draws it. Bars and labels
use `currentColor`, so the chart takes the text colour of the page in light and dark
mode. Each chart carries a <title> and <desc> for screen readers and is followed by a
data table holding the same numbers as text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .group import MonthKey
from .model import Event


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    count: int

    @property
    def label(self) -> str:
        return MonthKey(self.year, self.month).label


def monthly_counts(events: Iterable[Event]) -> tuple[list[MonthCount], int]:
    """Count events per month over the whole span (empty months included).

    Returns the counts and the number of events known only to the year, which no
    month bar can honestly hold.
    """
    counts: Counter[tuple[int, int]] = Counter()
    year_only = 0
    for event in events:
        if event.date.month is None:
            year_only += 1
        else:
            counts[(event.date.year, event.date.month)] += 1
    if not counts:
        return [], year_only
    (y0, m0), (y1, m1) = min(counts), max(counts)
    months = []
    year, month = y0, m0
    while (year, month) <= (y1, m1):
        months.append(MonthCount(year, month, counts[(year, month)]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months, year_only


def _count(number: int, subject: str) -> str:
    """Say "1 event", "2 events", "1 more"; subjects name events in the plural."""
    if number == 1 and subject.startswith("events"):
        subject = "event" + subject[len("events") :]
    elif number == 1 and " events" in subject:
        subject = subject.replace(" events", " event", 1)
    return f"{number} {subject}"


@dataclass(frozen=True)
class Bar:
    x: int
    y: float
    width: int
    height: float
    label: str
    count: int


@dataclass(frozen=True)
class Chart:
    """The geometry and text of a bar chart, drawn by the template chart.html.j2."""

    chart_id: str
    title: str
    description: str
    width: int
    height: int
    baseline: float
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[int, str], ...]
    rows: tuple[MonthCount, ...]


def events_per_month(
    events: Iterable[Event], chart_id: str, subject: str, height: int = 120
) -> Chart | None:
    """Lay out a bar chart of events per month; None when no event has a known month.

    `chart_id` makes the element ids unique on the page; `subject` names what is counted
    ("events", "events involving Nikol Pashinyan").
    """
    months, year_only = monthly_counts(events)
    if not months:
        return None
    peak = max(m.count for m in months)
    step = 10
    plot = height - 18
    bars = tuple(
        Bar(
            i * step + 1,
            round(plot - m.count / peak * (plot - 4), 1),
            step - 2,
            round(m.count / peak * (plot - 4), 1),
            m.label,
            m.count,
        )
        for i, m in enumerate(months)
        if m.count
    )
    ticks = _spaced([(i * step, str(m.year)) for i, m in enumerate(months) if m.month == 1 or i == 0])
    busiest = max(months, key=lambda m: m.count)
    description = (
        f"{_count(sum(m.count for m in months), subject)} from {months[0].label} to {months[-1].label}; "
        f"the busiest month was {busiest.label} with {busiest.count}."
    )
    if year_only:
        description += f" {_count(year_only, 'more')} dated only to the year, not shown."
    return Chart(
        chart_id=chart_id,
        title=f"{subject[:1].upper()}{subject[1:]} per month",
        description=description,
        width=max(len(months) * step, 120),
        height=height,
        baseline=plot + 0.5,
        bars=bars,
        ticks=ticks,
        rows=tuple(m for m in months if m.count),
    )


#: Year labels closer than this (in chart units) would print over each other.
MIN_TICK_GAP = 40


def _spaced(ticks: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """Drop the first year's label when the next January follows too closely to read both."""
    if len(ticks) > 1 and ticks[1][0] - ticks[0][0] < MIN_TICK_GAP:
        ticks = ticks[1:]
    return tuple(ticks)
