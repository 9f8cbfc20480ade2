"""Pure grouping of events: by month, day, actor, type, place, tag and source outlet.

Every function returns groups in a fixed order (keys sorted, events in chronology order)
so the pages built from them are the same on every run. `Groups` holds every grouping the
site needs, computed once; `MonthKey` is the one place that names a month and its page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .dates import MONTHS, PartialDate
from .ids import page_slug
from .model import Event, Source

T = TypeVar("T")
K = TypeVar("K")


@dataclass(frozen=True, order=True)
class MonthKey:
    """A month of the timeline: its name, its label and its page.

    Month 0 holds the events known only to the year; its page is `timeline/YYYY/year.md`.
    Keys sort by year, then month (month 0 first, as the chronology orders coarse dates).
    """

    year: int
    month: int = 0

    @classmethod
    def of(cls, date: PartialDate) -> MonthKey:
        """Return the month an event dated `date` is listed under."""
        return cls(date.year, date.month or 0)

    @property
    def name(self) -> str:
        """The month within its year: "May", or "month not known"."""
        return MONTHS[self.month] if self.month else "month not known"

    @property
    def label(self) -> str:
        """The month with its year: "May 2021", or "2021, month not known"."""
        return f"{MONTHS[self.month]} {self.year}" if self.month else f"{self.year}, month not known"

    @property
    def anchor(self) -> str:
        """The id of the month's heading on actor, type, place and tag pages."""
        return f"m-{self.year}-{self.month:02d}"

    @property
    def path(self) -> str:
        """The month's (first) page inside content/: `timeline/2021/05.md`."""
        return self.page(1)

    def page(self, number: int) -> str:
        """The path of page `number` (1-based) of the month: `timeline/2021/05--2.md`, …"""
        return f"timeline/{self.year}/{page_name(f'{self.month:02d}' if self.month else 'year', number)}"

    @property
    def year_path(self) -> str:
        """The page of the month's year: `timeline/2021/index.md`."""
        return year_path(self.year)


def year_path(year: int) -> str:
    """Return the page of a year on the timeline."""
    return f"timeline/{year}/index.md"


def by_month(events: Iterable[Event]) -> dict[MonthKey, list[Event]]:
    """Group events by year and month; events known only to the year go under month 0."""
    groups: dict[MonthKey, list[Event]] = defaultdict(list)
    for event in events:
        groups[MonthKey.of(event.date)].append(event)
    return dict(sorted(groups.items()))


def by_year(events: Iterable[Event]) -> dict[int, list[Event]]:
    """Group events by year."""
    groups: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        groups[event.date.year].append(event)
    return dict(sorted(groups.items()))


def by_day(events: Iterable[Event]) -> list[tuple[PartialDate, list[Event]]]:
    """Group events by their date as written: a day, or a month or year when no day is known.

    Coarse dates come before the days they contain, as the chronology orders them.
    """
    groups: dict[PartialDate, list[Event]] = {}
    for event in events:
        groups.setdefault(event.date, []).append(event)
    return sorted(groups.items(), key=lambda item: item[0])


def _by_keys(events: Iterable[Event], keys: Callable[[Event], Iterable[str]]) -> dict[str, list[Event]]:
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        for key in dict.fromkeys(keys(event)):
            groups[key].append(event)
    return dict(sorted(groups.items()))


def participants(event: Event) -> tuple[str, ...]:
    """Return the actors an event belongs to on actor pages: actors, targets, then claimants
    and the sides giving casualty figures (what they said is part of the event)."""
    return tuple(dict.fromkeys(
        (*event.actors, *event.targets, *[c.by for c in event.claims], *[c.by for c in event.casualties])
    ))  # `all_actors` then the sides speaking, in one pass: the plan asks this of each entry of each page


def named(event: Event) -> tuple[str, ...]:
    """Return every actor an event names: its participants, then the actors it only mentions."""
    return tuple(dict.fromkeys((*participants(event), *event.mentions)))


def by_actor(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Group events under every actor they name (see `named`), once each, so that every
    actor named on an entry has a page to link to."""
    return _by_keys(events, named)


def by_type(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Group events by their type."""
    return _by_keys(events, lambda e: (e.type,))


def by_place(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Group events under each of their places."""
    return _by_keys(events, lambda e: e.places)


def span(events: Sequence[Event]) -> tuple[PartialDate, PartialDate] | None:
    """Return the first and last date of events in chronology order (None when there are none)."""
    return (events[0].date, events[-1].date) if events else None


def span_text(dates: tuple[PartialDate, PartialDate]) -> str:
    """Say a span of dates as a reader would: one date when the first holds the last
    ("September 2022" for September 2022 … 28 September 2022), else "A to B"."""
    first, last = dates
    if first.first_day <= last.first_day and last.last_day <= first.last_day:
        return first.display()
    return f"{first.display()} to {last.display()}"


def by_tag(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Group events under each of their tags."""
    return _by_keys(events, lambda e: e.tags)


@dataclass(frozen=True)
class Report:
    """One report of an outlet, with the events that cite it."""

    source: Source
    events: tuple[Event, ...]


@dataclass(frozen=True)
class Outlet:
    """An outlet, the slug of its page, and its reports, newest first."""

    name: str
    slug: str
    reports: tuple[Report, ...]


def by_outlet(events: Iterable[Event]) -> list[Outlet]:
    """Group the cited reports by outlet; a report cited by several events is listed once."""
    reports: dict[str, dict[str, tuple[Source, list[Event]]]] = defaultdict(dict)
    for event in events:
        for source in event.sources:
            entry = reports[source.outlet].setdefault(source.report_key, (source, []))
            if not entry[1] or entry[1][-1].id != event.id:
                entry[1].append(event)
    outlets = []
    taken: set[str] = set()
    for name in sorted(reports, key=lambda n: (n.casefold(), n)):
        items = sorted(
            (Report(source, tuple(evs)) for source, evs in reports[name].values()),
            key=lambda r: (r.source.published, r.source.report_key),
            reverse=True,
        )
        outlets.append(Outlet(name, unique_slug(name, taken), tuple(items)))
    return outlets


#: Slugs that name a folder's own pages (index.md), never an outlet's.
RESERVED_SLUGS = frozenset({"index"})


def unique_slug(name: str, taken: set[str]) -> str:
    """Slugify a name, numbering it when another name (or a reserved page name) gave the same slug."""
    base = page_slug(name)
    slug, number = base, 2
    while slug in taken or slug in RESERVED_SLUGS:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


@dataclass(frozen=True)
class Groups:
    """Every grouping of the events shown that the site needs, computed once.

    Built by `Groups.of`; the page planner and the pages read it and never group again.
    """

    events: tuple[Event, ...]
    months: Mapping[MonthKey, tuple[Event, ...]]
    years: Mapping[int, tuple[Event, ...]]
    #: Months of each year, for year pages and the timeline's index.
    year_months: Mapping[int, Mapping[MonthKey, tuple[Event, ...]]]
    actors: Mapping[str, tuple[Event, ...]]
    types: Mapping[str, tuple[Event, ...]]
    places: Mapping[str, tuple[Event, ...]]
    tags: Mapping[str, tuple[Event, ...]]
    outlets: tuple[Outlet, ...]

    @classmethod
    def of(cls, events: Sequence[Event]) -> Groups:
        """Group events (in chronology order) every way the site shows them."""
        months = _frozen(by_month(events))
        year_months: dict[int, dict[MonthKey, tuple[Event, ...]]] = defaultdict(dict)
        for key, grouped in months.items():
            year_months[key.year][key] = grouped
        return cls(
            events=tuple(events),
            months=months,
            years=_frozen(by_year(events)),
            year_months=dict(year_months),
            actors=_frozen(by_actor(events)),
            types=_frozen(by_type(events)),
            places=_frozen(by_place(events)),
            tags=_frozen(by_tag(events)),
            outlets=tuple(by_outlet(events)),
        )

    def family(self, name: str) -> Mapping[str, tuple[Event, ...]]:
        """Return the groups of one family of listing pages: actors, types, places or tags."""
        families = {"actors": self.actors, "types": self.types, "places": self.places, "tags": self.tags}
        return families[name]


def _frozen(groups: Mapping[K, list[Event]]) -> dict[K, tuple[Event, ...]]:
    return {key: tuple(events) for key, events in groups.items()}


def paginate(items: Sequence[T], size: Callable[[T], int], budget: int) -> list[list[T]]:
    """Split items into consecutive pages whose sizes add up to at most `budget` each.

    An item larger than the budget gets a page of its own; there is always one page.
    """
    pages: list[list[T]] = [[]]
    used = 0
    for item in items:
        cost = size(item)
        if pages[-1] and used + cost > budget:
            pages.append([])
            used = 0
        pages[-1].append(item)
        used += cost
    return pages


def page_name(stem: str, number: int) -> str:
    """Return the file name of page `number` (1-based): `stem.md`, then `stem--2.md`, …

    Ids never hold a double hyphen, so a page name never collides with another id.
    """
    return f"{stem}.md" if number == 1 else f"{stem}--{number}.md"
