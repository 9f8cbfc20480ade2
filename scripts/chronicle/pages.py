"""Which pages the site has, where each event is shown, and what each page holds.

Pages are decided here (paths, pagination, cross-links) and written by templates
through render.py. The canonical place of an event is its date page on the timeline;
actor, type, place and tag pages show it again with a link back, and keep those copies
out of the search index so that a search leads to the timeline.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import group
from .charts import Chart, events_per_month
from .dates import MONTHS, PartialDate
from .errors import ChronicleError
from .model import Actor, Chronology, Claim, Event, Place, Source
from .render import Safe, http_url, md, render
from .schema import event_types
from .siteconfig import SiteConfig

#: Markdown budget of one page. Rendered HTML (with the theme around it) stays well
#: under 300 KB at this size; `python -m chronicle.bench` measures it.
PAGE_BUDGET = 120_000
#: How many entries the home page lists as the latest.
LATEST = 10

COUNTRIES = {
    "AM": "Armenia",
    "AZ": "Azerbaijan",
    "RU": "Russia",
    "TR": "Turkey",
    "IR": "Iran",
    "FR": "France",
    "US": "United States",
    "GB": "United Kingdom",
    "DE": "Germany",
    "GE": "Georgia",
    "IT": "Italy",
    "ES": "Spain",
    "NL": "Netherlands",
    "BE": "Belgium",
    "CA": "Canada",
    "CN": "China",
    "IN": "India",
    "IL": "Israel",
    "KZ": "Kazakhstan",
    "BY": "Belarus",
    "UA": "Ukraine",
    "GR": "Greece",
    "CY": "Cyprus",
    "PK": "Pakistan",
    "VA": "Holy See",
    "CH": "Switzerland",
    "SE": "Sweden",
    "PL": "Poland",
    "LT": "Lithuania",
    "HU": "Hungary",
    "AT": "Austria",
    "JP": "Japan",
    "UZ": "Uzbekistan",
    "TM": "Turkmenistan",
    "KG": "Kyrgyzstan",
    "TJ": "Tajikistan",
    "EU": "European Union",
    "QA": "Qatar",
    "AE": "United Arab Emirates",
    "SA": "Saudi Arabia",
    "EG": "Egypt",
    "LU": "Luxembourg",
    "IE": "Ireland",
    "CZ": "Czechia",
    "RO": "Romania",
    "BG": "Bulgaria",
    "NO": "Norway",
}
KINDS = {
    "state": "States",
    "government": "Governments",
    "ministry": "Ministries",
    "armed-force": "Armed forces",
    "office": "Offices",
    "person": "People",
    "organisation": "Organisations",
    "international-organisation": "International organisations",
    "media": "Media",
    "armed-group": "Armed groups",
}
RELATIONS = {
    "follows": "Follows",
    "responds_to": "Responds to",
    "part_of": "Part of",
    "see_also": "See also",
}
STANCES = {
    "asserts": "asserts",
    "denies": "denies",
    "disputes": "disputes",
    "confirms": "confirms",
    "retracts": "retracts",
}


class PageSet(dict[str, str]):
    """Pages by path: a path produced twice is an error, never a page silently replaced
    (an actor id `index` would otherwise replace the actors' index page)."""

    def __setitem__(self, path: str, text: str) -> None:
        if path in self:
            raise ChronicleError(f"two generated pages would be written to {path}; nothing was built")
        super().__setitem__(path, text)

    def update(self, other: Any = (), **more: str) -> None:  # type: ignore[override]
        for path, text in dict(other, **more).items():
            self[path] = text


@dataclass(frozen=True)
class SiteInfo:
    """What every page may say about the site: its settings, last change and mode."""

    config: SiteConfig
    updated: PartialDate | None = None
    drafts: bool = False
    #: Hand-written pages present in content/ that generated pages may link to.
    hand_written: frozenset[str] = frozenset()


@dataclass
class Pager:
    """Links between the pages of one paginated listing."""

    paths: list[str]
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


@dataclass
class Site:
    """Builds every page of one chronology; `pages()` returns them by path in content/."""

    chronology: Chronology
    info: SiteInfo
    locations: dict[str, str] = field(default_factory=dict)
    _blocks: dict[tuple[str, str, bool], Safe] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.types = event_types()
        self.events = {e.id: e for e in self.chronology.events}
        events = self.chronology.events
        #: Actors and places with a page (those with at least one event).
        self.actor_pages = set(group.by_actor(events))
        self.place_pages = set(group.by_place(events))

    # --- helpers the templates call ---------------------------------------------------

    def actor(self, actor_id: str) -> Actor:
        return self.chronology.actors[actor_id]

    def place(self, place_id: str) -> Place:
        return self.chronology.places[place_id]

    def type_label(self, type_id: str) -> str:
        return self.types.get(type_id, {}).get("label", type_id)

    def search_terms(self, event: Event) -> list[str]:
        """Every other spelling of the event's actors and places, for the search index only.

        Readers find the spellings on the actor's and the place's page; the entry carries
        them in a hidden paragraph so that a search for "Pashinian" still finds it.
        """
        terms: list[str] = []
        for actor_id in group.named(event):
            actor = self.actor(actor_id)
            terms += actor.aliases
        for place_id in event.places:
            terms += self.place(place_id).aliases
        return list(dict.fromkeys(terms))

    def named_actors(self, event: Event) -> tuple[str, ...]:
        return group.named(event)

    def tag_label(self, tag_id: str) -> str:
        return self.chronology.tag_label(tag_id)

    def span_text(self, dates: tuple[PartialDate, PartialDate]) -> str:
        return group.span_text(dates)

    def participants(self, event: Event) -> tuple[str, ...]:
        return group.participants(event)

    def claim_columns(self, event: Event) -> list[tuple[Actor, list[Claim]]]:
        """Claims grouped by claimant, in the order claimants first speak: one column each."""
        columns: dict[str, list[Claim]] = {}
        for claim in event.claims:
            columns.setdefault(claim.by, []).append(claim)
        return [(self.actor(by), claims) for by, claims in columns.items()]

    def source(self, event: Event, ref: str) -> Source | None:
        return event.source_for(ref)

    def outlet_link(self, source: Source | None, ref: str) -> Safe:
        """Return the outlet of a cited source, linked to the report when its address is known."""
        if source is None:
            return Safe(md(ref))
        url = http_url(source.url)
        return Safe(f'<a href="{url}" rel="noopener">{md(source.outlet)}</a>' if url else md(source.outlet))

    def related(self, event: Event) -> list[tuple[str, Event]]:
        """Related events that are on the site (a draft left out is not linked)."""
        return [
            (RELATIONS.get(r.relation, r.relation), self.events[r.id])
            for r in event.related
            if r.id in self.events
        ]

    def location(self, event_id: str) -> str:
        """Return the timeline page of an event (a stand-in while pages are being sized)."""
        return self.locations.get(event_id, "timeline/0000/00.md")

    def edit_url(self, event: Event) -> str:
        return self.info.config.edit_url(event.path) if event.path else ""

    # --- event blocks -----------------------------------------------------------------

    def block(self, event: Event, here: str, listing: bool) -> Safe:
        """Render one event for a page in the folder of `here` (cached per folder)."""
        key = (event.id, posixpath.dirname(here), listing)
        if key not in self._blocks:
            self._blocks[key] = Safe(
                render(
                    "event.md.j2",
                    here,
                    site=self,
                    e=event,
                    listing=listing,
                    canonical=self.location(event.id),
                    STANCES=STANCES,
                )
            )
        return self._blocks[key]

    def _paginate(self, events: Sequence[Event], here: str, listing: bool) -> list[list[Event]]:
        return group.paginate(events, lambda e: len(self.block(e, here, listing)), PAGE_BUDGET)

    # --- pages ------------------------------------------------------------------------

    def pages(self) -> dict[str, str]:
        """Return every generated page, keyed by its path inside content/."""
        out: dict[str, str] = PageSet()
        out.update(self.timeline_pages())  # first: it decides every event's canonical place
        for family, groups, title in (
            ("actors", group.by_actor(self.chronology.events), self._actor_intro),
            ("types", group.by_type(self.chronology.events), self._type_intro),
            ("places", group.by_place(self.chronology.events), self._place_intro),
            ("tags", group.by_tag(self.chronology.events), self._tag_intro),
        ):
            for key, events in groups.items():
                out.update(self.listing_pages(family, key, events, title(key, events)))
        out["actors/index.md"] = self.render_page(
            "actors-index.md.j2", "actors/index.md", groups=self._actor_index()
        )
        out["types/index.md"] = self.render_page(
            "types-index.md.j2", "types/index.md", groups=group.by_type(self.chronology.events)
        )
        out["places/index.md"] = self.render_page(
            "places-index.md.j2", "places/index.md", groups=group.by_place(self.chronology.events)
        )
        out["tags/index.md"] = self.render_page(
            "tags-index.md.j2",
            "tags/index.md",
            tags=[
                (key, self.chronology.tags.get(key), events, group.span(events))
                for key, events in sorted(
                    group.by_tag(self.chronology.events).items(),
                    key=lambda item: (item[1][0].sort_key(), self.tag_label(item[0]).casefold()),
                )
            ],
        )
        out.update(self.source_pages())
        out["data/index.md"] = self.render_page("data.md.j2", "data/index.md")
        out["index.md"] = self.home()
        return out

    def render_page(self, template: str, here: str, **context: Any) -> str:
        return render(template, here, site=self, info=self.info, **context)

    def timeline_pages(self) -> dict[str, str]:
        """Month pages (paginated), a page per year and the timeline's index."""
        out: dict[str, str] = {}
        months = group.by_month(self.chronology.events)
        plans: list[tuple[str, str, list[list[Event]], tuple[int, int]]] = []
        for (year, month), events in months.items():
            stem = f"timeline/{year}/{month:02d}" if month else f"timeline/{year}/year"
            title = f"{MONTHS[month]} {year}" if month else f"{year}, month not known"
            pages = self._paginate(events, f"{stem}.md", listing=False)
            paths = [
                f"timeline/{year}/{group.page_name(stem.rsplit('/', 1)[1], n)}"
                for n in range(1, len(pages) + 1)
            ]
            for path, chunk in zip(paths, pages, strict=True):
                for event in chunk:
                    self.locations[event.id] = path
            plans.append((title, stem, pages, (year, month)))
        self._blocks.clear()  # sized with stand-in links; render again with real ones
        month_paths = [f"{stem}.md" for _, stem, _, _ in plans]
        for index, (title, stem, pages, _key) in enumerate(plans):
            folder = stem.rsplit("/", 1)[0]
            paths = [
                f"{folder}/{group.page_name(stem.rsplit('/', 1)[1], n)}"
                for n in range(1, len(pages) + 1)
            ]
            for number, (path, chunk) in enumerate(zip(paths, pages, strict=True), start=1):
                out[path] = self.render_page(
                    "month.md.j2",
                    path,
                    title=title,
                    days=group.by_day(chunk),
                    blocks={e.id: self.block(e, path, False) for e in chunk},
                    pager=Pager(paths, number),
                    filters=self._filters(chunk),
                    previous_month=month_paths[index - 1] if index else "",
                    next_month=month_paths[index + 1] if index + 1 < len(month_paths) else "",
                )
        years = group.by_year(self.chronology.events)
        for year, events in years.items():
            here = f"timeline/{year}/index.md"
            out[here] = self.render_page(
                "year.md.j2",
                here,
                year=year,
                months=group.by_month(events),
                total=len(events),
                chart=self._chart(events, "chart-year", "events"),
                MONTHS=MONTHS,
            )
        out["timeline/index.md"] = self.render_page(
            "timeline-index.md.j2",
            "timeline/index.md",
            years={y: group.by_month(evs) for y, evs in years.items()},
            chart=self._chart(self.chronology.events, "chart-timeline", "events"),
            MONTHS=MONTHS,
        )
        return out

    def listing_pages(
        self, family: str, key: str, events: list[Event], intro: dict[str, Any]
    ) -> dict[str, str]:
        """The pages of one actor, type, place or tag: an introduction, then its events by month."""
        first = f"{family}/{key}.md"
        pages = self._paginate(events, first, listing=True)
        paths = [f"{family}/{group.page_name(key, n)}" for n in range(1, len(pages) + 1)]
        out = {}
        for number, (path, chunk) in enumerate(zip(paths, pages, strict=True), start=1):
            out[path] = self.render_page(
                "listing.md.j2",
                path,
                family=family,
                key=key,
                intro=intro,
                total=len(events),
                months=group.by_month(chunk),
                blocks={e.id: self.block(e, path, True) for e in chunk},
                pager=Pager(paths, number),
                filters=self._filters(chunk, skip_actor=key),
                MONTHS=MONTHS,
            )
        return out

    def _chart(self, events: Sequence[Event], chart_id: str, subject: str) -> Safe:
        chart: Chart | None = events_per_month(events, chart_id, subject)
        return Safe(render("chart.html.j2", "", c=chart)) if chart else Safe("")

    def _filters(
        self, events: Sequence[Event], skip_actor: str = ""
    ) -> dict[str, list[tuple[str, str, int]]]:
        """Options of the page's actor and type filters: (value, label, count), by count."""
        actors = Counter(a for e in events for a in group.participants(e) if a != skip_actor)
        types = Counter(e.type for e in events)
        return {
            "actors": [
                (a, self.actor(a).name, n)
                for a, n in sorted(actors.items(), key=lambda i: (-i[1], self.actor(i[0]).name))
            ],
            "types": [
                (t, self.type_label(t), n)
                for t, n in sorted(types.items(), key=lambda i: (-i[1], self.type_label(i[0])))
            ],
        }

    # --- introductions of listing pages -------------------------------------------------

    def _actor_intro(self, key: str, events: Sequence[Event]) -> dict[str, Any]:
        actor = self.actor(key)
        return {
            "title": actor.name,
            "actor": actor,
            "parent": self.actor(actor.parent) if actor.parent in self.chronology.actors else None,
            "country": COUNTRIES.get(actor.country, actor.country),
            "chart": self._chart(events, "chart-actor", f"events involving {actor.name}"),
        }

    def _type_intro(self, key: str, events: Sequence[Event]) -> dict[str, Any]:
        return {
            "title": self.type_label(key),
            "type": self.types.get(key, {}),
            "chart": self._chart(events, "chart-type", f"{self.type_label(key).lower()} events"),
        }

    def _place_intro(self, key: str, events: Sequence[Event]) -> dict[str, Any]:
        place = self.place(key)
        within = self.chronology.places.get(place.within) if place.within else None
        return {
            "title": place.name,
            "place": place,
            "within": within,
            "country": COUNTRIES.get(place.country, place.country),
            "chart": self._chart(events, "chart-place", f"events at {place.name}"),
        }

    def _tag_intro(self, key: str, events: Sequence[Event]) -> dict[str, Any]:
        label = self.tag_label(key)
        return {
            "title": label,
            "tag": self.chronology.tags.get(key),
            "span": group.span(events),
            "chart": self._chart(events, "chart-tag", f"events tagged {label}"),
        }

    def _actor_index(self) -> list[tuple[str, list[tuple[str, list[tuple[Actor, int]]]]]]:
        """Actors with events, grouped by country (international last) and then by kind."""
        counts = {a: len(evs) for a, evs in group.by_actor(self.chronology.events).items()}
        tree: dict[str, dict[str, list[tuple[Actor, int]]]] = {}
        for actor_id, count in counts.items():
            actor = self.actor(actor_id)
            country = COUNTRIES.get(actor.country, actor.country) if actor.country else ""
            tree.setdefault(country, {}).setdefault(KINDS.get(actor.kind, actor.kind), []).append(
                (actor, count)
            )
        order: Callable[[str], tuple[bool, str]] = lambda c: (c == "", c)  # noqa: E731
        return [
            (
                country or "International and other",
                [
                    (kind, sorted(items, key=lambda i: i[0].name.casefold()))
                    for kind, items in sorted(tree[country].items())
                ],
            )
            for country in sorted(tree, key=order)
        ]

    # --- sources and home ---------------------------------------------------------------

    def source_pages(self) -> dict[str, str]:
        """An index of outlets and a page (paginated) per outlet listing its reports."""
        outlets = group.by_outlet(self.chronology.events)
        out: dict[str, str] = PageSet()
        for outlet in outlets:
            first = f"sources/{outlet.slug}.md"
            sizes = {
                r.source.report_key: len(render("report.md.j2", first, site=self, r=r))
                for r in outlet.reports
            }
            pages = group.paginate(
                outlet.reports, lambda r, sizes=sizes: sizes[r.source.report_key], PAGE_BUDGET
            )
            paths = [f"sources/{group.page_name(outlet.slug, n)}" for n in range(1, len(pages) + 1)]
            for number, (path, chunk) in enumerate(zip(paths, pages, strict=True), start=1):
                out[path] = self.render_page(
                    "outlet.md.j2", path, outlet=outlet, reports=chunk, pager=Pager(paths, number)
                )
        out["sources/index.md"] = self.render_page(
            "sources-index.md.j2", "sources/index.md", outlets=outlets
        )
        return out

    def home(self) -> str:
        events = self.chronology.events
        latest = sorted(events, key=lambda e: e.sort_key(), reverse=True)[:LATEST]
        return self.render_page(
            "home.md.j2",
            "index.md",
            events=events,
            latest=latest,
            first=events[0].date if events else None,
            last=events[-1].date if events else None,
            actors=len(group.by_actor(events)),
            places=len(group.by_place(events)),
            outlets=len(group.by_outlet(events)),
            contested=sum(e.contested for e in events),
            chart=self._chart(events, "chart-home", "events"),
        )


def site_pages(chronology: Chronology, info: SiteInfo) -> tuple[dict[str, str], dict[str, str]]:
    """Return every generated Markdown page by its path inside content/, and each event's
    canonical page (its timeline page), by event id."""
    site = Site(chronology, info)
    pages = site.pages()
    return pages, dict(site.locations)
