"""The page plan: which pages the site has, what each one shows, and where each entry lives.

Planning is pure. From the groups (`group.Groups`) and the length of each entry and report
once rendered (`Sizes`), it decides every page's path, template and context, the pagination,
each entry's canonical page (its page on the timeline) and the pages each entry appears on.
Nothing is rendered here: pages.py renders the plan. The split follows Material's tags
plugin (a mapping of groups, a listing plan, a renderer), so where a page goes never
depends on the order pages are rendered in.

Each month, actor, type, place, tag and outlet is planned from its own entries alone, so
`chronicle serve` keeps each group's share of the last plan (a `Memo`, pagecache.py) and
plans again only the groups whose inputs changed: at 10,000 entries, the few groups an
edited entry was and is in, instead of some 900.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from typing import Any, Protocol, TypeVar

from . import parallel
from .charts import Chart, events_per_month
from .countries import country_name
from .errors import ChronicleError
from .group import (
    Groups,
    MonthKey,
    Outlet,
    Report,
    by_day,
    by_month,
    page_name,
    paginate,
    participants,
    span,
    year_path,
)
from .labels import KINDS, type_info, type_label
from .model import Actor, Chronology, Event, Place

#: Markdown budget of one page. Entries and lines are finished HTML, so the page's HTML is
#: about as long, plus some 30 KB of theme: under 300 KB (`python -m chronicle.bench`
#: measures the largest page). Fewer, larger pages spend less on the engine's per-page work.
PAGE_BUDGET = 200_000
#: How many entries the home page lists as the latest.
LATEST = 10
#: The families of listing pages: a folder of content/ each, with a page per actor, type, …
FAMILIES = ("actors", "types", "places", "tags")
#: The fewest entries on listing pages worth splitting into pages by several processes.
SPLIT_LEAST = 10_000

V = TypeVar("V")
#: A group of entries with pages of its own: (family, key), or ("sources", an outlet's slug).
Group = tuple[str, str]


class PageSet(dict[str, V]):
    """Pages by path: a path given twice is an error, never a page silently replaced
    (an actor id `index` would otherwise replace the actors' index page)."""

    def __setitem__(self, path: str, page: V) -> None:
        if path in self:
            raise ChronicleError(f"two generated pages would be written to {path}; nothing was built")
        super().__setitem__(path, page)

    def update(self, other: Any = (), **more: V) -> None:  # type: ignore[override]
        for path, page in dict(other, **more).items():
            self[path] = page


@dataclass(frozen=True)
class Page:
    """One page to render: its path in content/, its template, and what the template is given."""

    path: str
    template: str
    context: Mapping[str, Any]
    #: The entries whose text the page holds, shown in full or linked by their title: when
    #: one of them changes, the page changes. Index pages hold only counts (none).
    events: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pager:
    """Links between the pages of one paginated listing."""

    paths: tuple[str, ...]
    number: int

    @property
    def total(self) -> int:
        return len(self.paths)

    @property
    def previous(self) -> str:
        return self.paths[self.number - 2] if self.number > 1 else ""

    @property
    def next(self) -> str:
        return self.paths[self.number] if self.number < self.total else ""


@dataclass(frozen=True)
class Plan:
    """Every page of the site, each entry's canonical page and the pages each entry is on."""

    pages: tuple[Page, ...]
    #: Each entry's canonical page (its page on the timeline), by event id.
    locations: Mapping[str, str]
    #: The pages holding each entry's text (see `Page.events`), by event id.
    appearances: Mapping[str, tuple[str, ...]]

    def pages_of(self, event_id: str) -> tuple[str, ...]:
        """Return the paths of the pages an entry appears on (what to rebuild when it changes)."""
        return self.appearances.get(event_id, ())


class Sizes(Protocol):
    """The length of an entry or a report as a page in the folder of `here` prints it, its
    links to entries' pages taken from `locations`."""

    def entry_size(self, event: Event, here: str, listing: bool, locations: Mapping[str, str]) -> int: ...

    def report_size(self, report: Report, here: str, locations: Mapping[str, str]) -> int: ...


class Memo(Protocol):
    """What keeps a group's share of the plan from one plan to the next (the preview's).

    Called with the group's key, its inputs (a function: they are found only when kept) and
    the function planning it; returns what `make` returned under that key last time when the
    inputs are equal to that time's, else `make()`.
    """

    def __call__(self, key: Hashable, inputs: Callable[[], object], make: Callable[[], V]) -> V: ...


def fresh(key: Hashable, inputs: Callable[[], object], make: Callable[[], V]) -> V:
    """The memo of a single plan (`chronicle build`): plan every group."""
    return make()


class Linked:
    """What a group's plan reads of each of its entries besides the entry itself, as a memo's inputs.

    The printed length of an entry, a line or a report (`Sizes`) depends on the entry, on the
    entries it links to, which render.py draws from the entry and its related entries only,
    and on the pages those are on (`locations`); whether a related entry is on the site also
    decides which entries a page shows (`shown`).
    """

    def __init__(self, events: Sequence[Event], locations: Mapping[str, str]) -> None:
        self.events, self.locations = events, locations

    @cached_property
    def _found(self) -> dict[str, tuple[object, ...]]:
        """Each entry's inputs by id, found once for every group that reads them."""
        site = {e.id: e for e in self.events}
        locations = self.locations
        return {
            e.id: (e, *[site.get(r.id) for r in e.related], locations.get(e.id),
                   *[locations.get(r.id) for r in e.related])
            for e in self.events
        }

    def of(self, events: Iterable[Event]) -> tuple[tuple[object, ...], ...]:
        """The inputs of these entries: each with its related entries and their pages."""
        found = self._found
        return tuple([found[e.id] for e in events])


def plan_site(
    chronology: Chronology, groups: Groups, sizes: Sizes, budget: int = PAGE_BUDGET, memo: Memo = fresh,
    placed: Callable[[Mapping[str, str]], object] | None = None,
) -> Plan:
    """Plan every page of the site: timeline, listings, indexes, sources, data and home.

    `memo` may keep the plan of each month, actor, type, place, tag and outlet whose inputs
    did not change since the last plan (the preview's); the plan is the same either way.
    `placed` is told each entry's canonical page as soon as the timeline is split, before
    the rest is planned: a build starts its data files there, beside the planning.
    """
    months = paginate_months(groups, sizes, budget, memo)
    locations = canonical_locations(months)
    if placed is not None:
        placed(locations)
    linked = Linked(groups.events, locations)
    # Every group planned (a build, or a kept plan's first): their lists split on all cores at once.
    every = memo is fresh or getattr(memo, "empty", False)
    found = presplit(groups, sizes, budget, locations) if every else {}
    pages: PageSet[Page] = PageSet()
    for page in (
        *month_pages(chronology, months, locations, memo, linked),
        *year_pages(groups),
        *listings(chronology, groups, sizes, budget, locations, memo, linked, found),
        *index_pages(chronology, groups),
        *source_pages(groups, sizes, budget, locations, memo, linked, found),
        Page("data/index.md", "data.md.j2", {}),
        home_page(groups),
    ):
        pages[page.path] = page
    return Plan(tuple(pages.values()), locations, appearances(pages.values()))


# --- the timeline: where each entry lives ------------------------------------------------


def paginate_months(
    groups: Groups, sizes: Sizes, budget: int, memo: Memo = fresh
) -> dict[MonthKey, list[list[Event]]]:
    """Split each month's entries into pages of at most `budget` characters.

    An entry's links to other entries on the timeline are sized as if those entries were on
    the last page their month could have (`longest_locations`): the split cannot depend on
    where they land, and a page never prints more than was planned.
    """
    longest = longest_locations(groups)
    linked = Linked(groups.events, longest)
    months = {}
    for month, events in groups.months.items():
        size = partial(sizes.entry_size, here=month.path, listing=False, locations=longest)
        months[month] = memo(("paginate", month), partial(linked.of, events),
                             partial(paginate, events, size, budget))
    return months


def longest_locations(groups: Groups) -> dict[str, str]:
    """Return, for each entry, the longest path its timeline page could have: page N of its
    month, where N is the month's number of entries (a page holds at least one)."""
    return {e.id: month.page(len(events)) for month, events in groups.months.items() for e in events}


def canonical_locations(months: Mapping[MonthKey, Sequence[Sequence[Event]]]) -> dict[str, str]:
    """Return each entry's canonical page: the page of its month that holds it."""
    return {
        event.id: month.page(number)
        for month, pages in months.items()
        for number, chunk in enumerate(pages, start=1)
        for event in chunk
    }


def month_pages(
    chronology: Chronology,
    months: Mapping[MonthKey, list[list[Event]]],
    locations: Mapping[str, str],
    memo: Memo = fresh,
    linked: Linked | None = None,
) -> list[Page]:
    """The pages of each month, entries by day, linked to the months before and after."""
    keys = list(months)
    linked = linked or Linked([e for chunks in months.values() for c in chunks for e in c], locations)
    pages = []
    for index, (month, chunks) in enumerate(months.items()):
        previous = keys[index - 1].path if index else ""
        following = keys[index + 1].path if index + 1 < len(keys) else ""
        inputs = partial(_month_inputs, linked, chunks, previous, following)
        pages += memo(("month", month), inputs,
                      partial(_month, chronology, month, chunks, locations, previous, following))
    return pages


def _month_inputs(linked: Linked, chunks: list[list[Event]], previous: str, following: str) -> object:
    return chunks, previous, following, tuple(linked.of(e for chunk in chunks for e in chunk))


def _month(
    chronology: Chronology, month: MonthKey, chunks: list[list[Event]], locations: Mapping[str, str],
    previous: str, following: str,
) -> list[Page]:
    """The pages of one month."""
    paths = tuple(month.page(n) for n in range(1, len(chunks) + 1))
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        context = {
            "month": month,
            "days": by_day(chunk),
            "listing": False,
            "pager": Pager(paths, number),
            "filters": filters(chronology, chunk),
            "previous_month": previous,
            "next_month": following,
        }
        pages.append(Page(paths[number - 1], "month.md.j2", context, shown(chunk, locations)))
    return pages


def year_pages(groups: Groups) -> list[Page]:
    """A page per year (its months and a chart), and the timeline's index of years."""
    pages = [
        Page(
            year_path(year),
            "year.md.j2",
            {
                "year": year,
                "months": months_of_year,
                "total": len(groups.years[year]),
                "chart": chart(groups.years[year], "chart-year", "events"),
            },
        )
        for year, months_of_year in groups.year_months.items()
    ]
    pages.append(
        Page(
            "timeline/index.md",
            "timeline-index.md.j2",
            {"years": groups.year_months, "chart": chart(groups.events, "chart-timeline", "events")},
        )
    )
    return pages


# --- actor, type, place and tag pages -------------------------------------------------------


def listings(
    chronology: Chronology, groups: Groups, sizes: Sizes, budget: int, locations: Mapping[str, str],
    memo: Memo = fresh, linked: Linked | None = None, found: Mapping[Group, list[int]] | None = None,
) -> list[Page]:
    """The pages of every actor, type, place and tag with entries (`found`: split already).

    Kept in two steps (`memo`): the split into pages, which the entries' sizes decide (their
    pages' addresses among them), and the pages themselves, which only the split and the
    introduction decide: an entry moved to another timeline page, as every later entry of its
    month is when one is removed, has its lists split again, not planned again.
    """
    linked = linked or Linked(groups.events, locations)
    pages = []
    for family in FAMILIES:
        for key, events in groups.family(family).items():
            size = partial(sizes.entry_size, here=f"{family}/{key}.md", listing=True, locations=locations)
            split = (partial(_cut, events, found[family, key]) if found
                     else partial(paginate, events, size, budget))
            chunks = memo(("split", family, key), partial(linked.of, events), split)
            parent = parent_has_page(chronology, groups, family, key)
            make = partial(_listing, chronology, groups, family, key, events, chunks)
            pages += memo((family, key), partial(_values, chunks, parent), make)
    return pages


def presplit(
    groups: Groups, sizes: Sizes, budget: int, locations: Mapping[str, str]
) -> dict[Group, list[int]]:
    """How many entries each page of every actor, type, place and tag holds, found by the
    machine's cores together (parallel.py) when a build plans every group at once: sizing
    the lines is most of planning them. The same split as `paginate`'s, one process or several.
    """
    keys = [(family, key) for family in FAMILIES for key in groups.family(family)]
    keys += [("sources", outlet.slug) for outlet in groups.outlets]
    entries = sum(len(events) for family in FAMILIES for events in groups.family(family).values())
    if parallel.jobs_for(entries, parallel.least_for(len(groups.events), SPLIT_LEAST)) == 1:
        return {}
    mixed = keys[0::2] + keys[1::2]  # neighbours (alike in size) go to different processes
    step = partial(_split_lengths, groups, sizes, budget, locations)
    return dict(zip(mixed, parallel.map_in_order(step, mixed, least=2), strict=True))


def _split_lengths(
    groups: Groups, sizes: Sizes, budget: int, locations: Mapping[str, str], group: Group
) -> list[int]:
    family, key = group
    if family == "sources":
        outlet = next(o for o in groups.outlets if o.slug == key)
        report_size = partial(sizes.report_size, here=f"sources/{key}.md", locations=locations)
        return [len(chunk) for chunk in paginate(outlet.reports, report_size, budget)]
    size = partial(sizes.entry_size, here=f"{family}/{key}.md", listing=True, locations=locations)
    return [len(chunk) for chunk in paginate(groups.family(family)[key], size, budget)]


def _cut(items: Sequence[V], lengths: Sequence[int]) -> list[list[V]]:
    """Entries or reports cut into pages of these lengths (`presplit`)."""
    chunks, start = [], 0
    for length in lengths:
        chunks.append(list(items[start:start + length]))
        start += length
    return chunks


def _values(*values: object) -> tuple[object, ...]:
    return values


def _listing(
    chronology: Chronology, groups: Groups, family: str, key: str, events: Sequence[Event],
    chunks: Sequence[Sequence[Event]],
) -> list[Page]:
    intro = introduction(chronology, groups, family, key, events)
    return listing_pages(chronology, family, key, events, intro, chunks)


def listing_pages(
    chronology: Chronology,
    family: str,
    key: str,
    events: Sequence[Event],
    intro: Mapping[str, Any],
    chunks: Sequence[Sequence[Event]],
) -> list[Page]:
    """The pages of one actor, type, place or tag: an introduction, then its entries by month."""
    paths = tuple(f"{family}/{page_name(key, n)}" for n in range(1, len(chunks) + 1))
    return [
        Page(
            paths[number - 1],
            "listing.md.j2",
            {
                "family": family,
                "key": key,
                "intro": intro,
                "total": len(events),
                "months": by_month(chunk),
                "listing": True,
                "pager": Pager(paths, number),
                "filters": filters(chronology, chunk, skip_actor=key),
            },
            tuple(e.id for e in chunk),
        )
        for number, chunk in enumerate(chunks, start=1)
    ]


def introduction(
    chronology: Chronology, groups: Groups, family: str, key: str, events: Sequence[Event]
) -> dict[str, Any]:
    """What the first page of an actor, type, place or tag says before its entries.

    An actor or a place is introduced with the body or place it belongs to (`parent`: an
    actor's parent, a place's `within`), linked when that one has a page, and its country.
    """
    if family in ("actors", "places"):
        actors = family == "actors"
        registry: Mapping[str, Actor | Place] = chronology.actors if actors else chronology.places
        record = registry[key]
        parent_id = record.parent if isinstance(record, Actor) else record.within
        parent = registry.get(parent_id) if parent_id else None
        has_page = parent_has_page(chronology, groups, family, key)
        subject = f"events involving {record.name}" if actors else f"events at {record.name}"
        return {
            "title": record.name,
            family[:-1]: record,
            "parent": parent,
            "parent_page": f"{family}/{parent_id}.md" if has_page else "",
            "country": country_name(record.country),
            "chart": chart(events, f"chart-{family[:-1]}", subject),
        }
    if family == "types":
        return {
            "title": type_label(key),
            "type": type_info(key),
            "chart": chart(events, "chart-type", f"{type_label(key).lower()} events"),
        }
    label = chronology.tag_label(key)
    return {
        "title": label,
        "tag": chronology.tags.get(key),
        "span": span(events),
        "chart": chart(events, "chart-tag", f"events tagged {label}"),
    }


def parent_has_page(chronology: Chronology, groups: Groups, family: str, key: str) -> bool:
    """Whether the actor's parent body or the place's `within` is in the registry and has a page."""
    if family not in ("actors", "places"):
        return False
    registry: Mapping[str, Actor | Place] = chronology.actors if family == "actors" else chronology.places
    record = registry[key]
    parent_id = record.parent if isinstance(record, Actor) else record.within
    return bool(parent_id) and parent_id in registry and parent_id in groups.family(family)


def filters(
    chronology: Chronology, events: Sequence[Event], skip_actor: str = ""
) -> dict[str, list[tuple[str, str, int]]]:
    """Options of a page's actor and type filters: (value, label, count), most frequent first."""
    actors: Counter[str] = Counter()
    for event in events:
        actors.update(participants(event))
    actors.pop(skip_actor, None)
    types = Counter([e.type for e in events])

    def name(actor_id: str) -> str:
        return chronology.actors[actor_id].name

    return {
        "actors": [(a, name(a), n) for a, n in sorted(actors.items(), key=lambda i: (-i[1], name(i[0])))],
        "types": [
            (t, type_label(t), n) for t, n in sorted(types.items(), key=lambda i: (-i[1], type_label(i[0])))
        ],
    }


# --- indexes, sources, home ---------------------------------------------------------------


def index_pages(chronology: Chronology, groups: Groups) -> list[Page]:
    """The index page of each family: actors by country and kind, types, places, tags."""
    by_start = lambda item: (item[1][0].sort_key(), chronology.tag_label(item[0]).casefold())  # noqa: E731
    tags = sorted(groups.tags.items(), key=by_start)
    return [
        Page("actors/index.md", "actors-index.md.j2", {"groups": actor_index(chronology, groups)}),
        Page("types/index.md", "types-index.md.j2", {"groups": groups.types}),
        Page(
            "places/index.md",
            "places-index.md.j2",
            {"places": [(chronology.places[key], events) for key, events in groups.places.items()]},
        ),
        Page(
            "tags/index.md",
            "tags-index.md.j2",
            {
                "tags": [
                    (key, chronology.tag_label(key), chronology.tags.get(key), events, span(events))
                    for key, events in tags
                ]
            },
        ),
    ]


def actor_index(
    chronology: Chronology, groups: Groups
) -> list[tuple[str, list[tuple[str, list[tuple[Actor, int]]]]]]:
    """Actors with entries, grouped by country (international last) and then by kind."""
    tree: dict[str, dict[str, list[tuple[Actor, int]]]] = defaultdict(dict)
    for actor_id, events in groups.actors.items():
        actor = chronology.actors[actor_id]
        country = country_name(actor.country) if actor.country else ""
        tree[country].setdefault(KINDS.get(actor.kind, actor.kind), []).append((actor, len(events)))
    return [
        (
            country or "International and other",
            [
                (kind, sorted(items, key=lambda i: i[0].name.casefold()))
                for kind, items in sorted(tree[country].items())
            ],
        )
        for country in sorted(tree, key=lambda c: (c == "", c))
    ]


def source_pages(
    groups: Groups, sizes: Sizes, budget: int, locations: Mapping[str, str], memo: Memo = fresh,
    linked: Linked | None = None, found: Mapping[Group, list[int]] | None = None,
) -> list[Page]:
    """A page (paginated) per outlet listing its reports, newest first, and the outlets' index
    (`found`: split already)."""
    linked = linked or Linked(groups.events, locations)
    pages = []
    for outlet in groups.outlets:
        inputs = partial(_outlet_inputs, linked, outlet)
        split = found.get(("sources", outlet.slug)) if found else None
        make = partial(_outlet, outlet, sizes, budget, locations, split)
        pages += memo(("sources", outlet.slug), inputs, make)
    pages.append(Page("sources/index.md", "sources-index.md.j2", {"outlets": groups.outlets}))
    return pages


def _outlet_inputs(linked: Linked, outlet: Outlet) -> object:
    return outlet, linked.of(e for r in outlet.reports for e in r.events)


def _outlet(
    outlet: Outlet, sizes: Sizes, budget: int, locations: Mapping[str, str],
    split: Sequence[int] | None = None,
) -> list[Page]:
    """The pages of one outlet (`split`: how many reports each holds, found already)."""
    first = f"sources/{outlet.slug}.md"
    size = partial(sizes.report_size, here=first, locations=locations)
    chunks = _cut(outlet.reports, split) if split is not None else paginate(outlet.reports, size, budget)
    paths = tuple(f"sources/{page_name(outlet.slug, n)}" for n in range(1, len(chunks) + 1))
    return [
        Page(
            paths[number - 1],
            "outlet.md.j2",
            {"outlet": outlet, "reports": chunk, "pager": Pager(paths, number)},
            tuple(dict.fromkeys(e.id for r in chunk for e in r.events)),
        )
        for number, chunk in enumerate(chunks, start=1)
    ]


def home_page(groups: Groups) -> Page:
    """The home page: counts, a chart and the latest entries."""
    events = groups.events
    latest = sorted(events, key=lambda e: e.sort_key(), reverse=True)[:LATEST]
    context = {
        "events": events,
        "latest": latest,
        "first": events[0].date if events else None,
        "last": events[-1].date if events else None,
        "actors": len(groups.actors),
        "places": len(groups.places),
        "outlets": len(groups.outlets),
        "contested": sum(e.contested for e in events),
        "chart": chart(events, "chart-home", "events"),
    }
    return Page("index.md", "home.md.j2", context, tuple(e.id for e in latest))


# --- small pieces -----------------------------------------------------------------------


def chart(events: Sequence[Event], chart_id: str, subject: str) -> Chart | None:
    """Lay out the chart of entries per month a page shows (None when no month is known)."""
    return events_per_month(events, chart_id, subject)


def shown(events: Iterable[Event], locations: Mapping[str, str]) -> tuple[str, ...]:
    """Return the ids of entries shown in full and of the entries they link to by title."""
    return tuple(
        dict.fromkeys(
            i for e in events for i in (e.id, *(r.id for r in e.related if r.id in locations))
        )
    )


def appearances(pages: Iterable[Page]) -> dict[str, tuple[str, ...]]:
    """Invert `Page.events`: the pages each entry appears on, in plan order."""
    found: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        for event_id in page.events:
            found[event_id].append(page.path)
    return {event_id: tuple(paths) for event_id, paths in found.items()}
