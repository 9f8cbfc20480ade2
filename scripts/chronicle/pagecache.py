"""The preview's pages between saves: render again only the pages an edit changed.

`chronicle serve` plans the site again after every save, keeping the plan of each month,
actor, type, place, tag and outlet whose inputs did not change (`PlanMemo`: at 10,000
entries a title edit plans some ten groups of 900 again), then renders only the pages whose
plan changed (`Page`s are values: the entries, the pagination, the filters and the charts
they show) or that show an entry whose text or canonical page changed (`Page.events`).
Rendered entries, reports and their sizes are kept between saves, each with what it was
rendered from: an entry is rendered again when it, or an entry it links to, changed.

Everything is rendered afresh when the registries (actors, places, tags), the site's
settings or the chronology's last change differ: every page may name them.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from .group import Groups, Report
from .model import Actor, Chronology, Event, Place, Tag
from .pages import Lookups, Renderer, SiteInfo
from .plan import Page, Plan, plan_site
from .render import Safe, linked_entries, resolve_links

V = TypeVar("V")


@dataclass(frozen=True)
class _Kept:
    """A rendered entry or report, what it was rendered from, and the entries it links to."""

    key: tuple[object, ...]
    source: object
    text: Safe
    links: tuple[str, ...]


class CachingRenderer(Renderer):
    """A renderer whose entries, reports and sizes outlive one plan of the site."""

    def __init__(self, chronology: Chronology, info: SiteInfo) -> None:
        super().__init__(chronology, info)
        self._kept: dict[tuple[object, ...], _Kept] = {}
        self._sizes: dict[tuple[object, ...], tuple[Safe, tuple[str | None, ...], int]] = {}

    def follow(self, chronology: Chronology) -> None:
        """Look entries up in this chronology from now on (its registries are the same)."""
        self.site = Lookups(chronology, self.info.config)

    def entry(self, event: Event, listing: bool) -> Safe:
        """An entry's block, rendered again only when it or an entry it links to changed."""
        return self._entry(event, listing).text

    def report(self, report: Report) -> Safe:
        """A report's item, rendered again only when the report (its entries) changed."""
        return self._report(report).text

    def _entry(self, event: Event, listing: bool) -> _Kept:
        key = ("entry", event.id, listing)
        source = (event, *(self.site.events.get(r.id) for r in event.related))
        kept = self._kept.get(key)
        if kept is None or kept.source != source:
            self._entries.pop((event.id, listing), None)
            text = super().entry(event, listing)
            kept = self._kept[key] = _Kept(key, source, text, linked_entries(text))
        return kept

    def _report(self, report: Report) -> _Kept:
        key = ("report", report.source.outlet, report.source.report_key)
        kept = self._kept.get(key)
        if kept is None or kept.source != report:
            self._reports.pop(key[1:], None)
            text = super().report(report)
            kept = self._kept[key] = _Kept(key, report, text, linked_entries(text))
        return kept

    def entry_size(self, event: Event, here: str, listing: bool, locations: Mapping[str, str]) -> int:
        return self._size(self._entry(event, listing), here, locations)

    def report_size(self, report: Report, here: str, locations: Mapping[str, str]) -> int:
        return self._size(self._report(report), here, locations)

    def _size(self, kept: _Kept, here: str, locations: Mapping[str, str]) -> int:
        """The printed length of a text on a page in `here`'s folder, measured again only when
        the text or the pages of the entries it links to changed."""
        key = (*kept.key, posixpath.dirname(here))
        targets = tuple(locations.get(i) for i in kept.links)
        size = self._sizes.get(key)
        if size is None or size[0] is not kept.text or size[1] != targets:
            size = self._sizes[key] = (kept.text, targets, len(resolve_links(kept.text, here, locations)))
        return size[2]


class PlanMemo:
    """Each group's share of the last plan and its inputs (plan.Memo), kept for the next plan.

    Only the groups of the last plan are kept: a month or an actor left without entries is
    forgotten.
    """

    def __init__(self) -> None:
        self._kept: dict[Hashable, tuple[object, object]] = {}
        self._used: dict[Hashable, tuple[object, object]] = {}
        self.planned = 0

    def __call__(self, key: Hashable, inputs: Callable[[], object], make: Callable[[], V]) -> V:
        found = inputs()
        kept = self._kept.get(key)
        if kept is not None and kept[0] == found:
            value: V = kept[1]  # type: ignore[assignment]  # what make() returned for these inputs
        else:
            value = make()
            self.planned += 1
        self._used[key] = (found, value)
        return value

    def done(self) -> int:
        """End a plan: keep what it used, for the next one; return how many groups it planned."""
        planned, self.planned = self.planned, 0
        self._kept, self._used = self._used, {}
        return planned


#: What every page may show besides its own context: rendered afresh when it changes.
Setting = tuple[dict[str, Actor], dict[str, Place], dict[str, Tag], SiteInfo]


@dataclass(frozen=True)
class PageUpdate:
    """The pages rendered by one update (the others are as they were), and the plan."""

    rendered: dict[str, str]
    plan: Plan
    #: How many months, actors, types, places, tags and outlets were planned again.
    planned: int = 0
    #: The timeline pages of the entries edited, added or removed, before and after: the
    #: pages to show first (an entry only moved to another page is not among them).
    first: frozenset[str] = frozenset()
    #: The other pages to render again, when the update rendered the first ones only.
    later: tuple[Page, ...] = ()


class PageCache:
    """The last plan of the site and a renderer kept between saves."""

    def __init__(self) -> None:
        self._renderer: CachingRenderer | None = None
        self._setting: Setting | None = None
        self._plan: Plan | None = None
        self._memo = PlanMemo()
        self._events: dict[str, Event] = {}

    def update(self, chronology: Chronology, info: SiteInfo, first_only: bool = False) -> PageUpdate:
        """Plan the site and render the pages that differ from the last update's.

        `first_only`: render only those among the `first` pages and leave the others in
        `later`, for `render` (the preview writes the edited entries' pages first).
        """
        setting = (chronology.actors, chronology.places, chronology.tags, info)
        if self._renderer is None or setting != self._setting:
            self._renderer, self._setting, self._plan = CachingRenderer(chronology, info), setting, None
            self._memo = PlanMemo()
        else:
            self._renderer.follow(chronology)
        renderer = self._renderer
        plan = plan_site(chronology, Groups.of(chronology.events), renderer, memo=self._memo)
        planned = self._memo.done()
        events = {e.id: e for e in chronology.events}
        before: dict[str, Page] = {p.path: p for p in self._plan.pages} if self._plan else {}
        changed = self._changed(events, plan)
        stale = [p for p in plan.pages if before.get(p.path) != p or changed.intersection(p.events)]
        first = self._first(events, plan)
        self._plan, self._events = plan, events
        if not first_only:
            return PageUpdate(self.render(stale), plan, planned, first)
        later = tuple(p for p in stale if p.path not in first)
        return PageUpdate(self.render(p for p in stale if p.path in first), plan, planned, first, later)

    def render(self, pages: Iterable[Page]) -> dict[str, str]:
        """Render pages of the last update's plan."""
        assert self._renderer is not None and self._plan is not None, "render follows an update"
        return {page.path: self._renderer.page(page, self._plan.locations) for page in pages}

    def _first(self, events: dict[str, Event], plan: Plan) -> frozenset[str]:
        """The timeline pages of the entries edited, added or removed since the last plan."""
        if self._plan is None:
            return frozenset()
        edited = {i for i, e in events.items() if self._events.get(i) is not e}
        edited |= set(self._events) - set(events)
        places = (plan.locations, self._plan.locations)
        return frozenset(where[i] for i in edited for where in places if i in where)

    def _changed(self, events: dict[str, Event], plan: Plan) -> set[str]:
        """Ids of entries added, removed, edited or moved to another page since the last plan."""
        if self._plan is None:
            return set(events)
        old = self._plan.locations
        found = {i for i, e in events.items() if self._events.get(i) is not e}
        found |= set(self._events) - set(events)
        found |= {i for i, path in plan.locations.items() if old.get(i) != path}
        return found
