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

`chronicle build` keeps a PageCache between runs on disk (buildcache.py): pickled, it
keeps the last plan, each group's share of it and the rendered entries and reports, with
the entries they were made from (the renderer itself is made again).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, NamedTuple, TypeVar

from .group import Groups, Report
from .model import Actor, Chronology, Event, Place, Tag
from .pages import Lookups, Renderer, SiteInfo
from .plan import Page, Plan, plan_site
from .render import Safe

V = TypeVar("V")


class _Kept(NamedTuple):
    """A rendered entry or report and what it was rendered from (a tuple: 35,000 of them are made
    again from the build cache, three times faster than frozen dataclasses)."""

    key: tuple[object, ...]
    source: object
    text: Safe


class CachingRenderer(Renderer):
    """A renderer whose entries and reports outlive one plan of the site (their sizes are
    measured from their links' markers, found again only when the text is another)."""

    def __init__(
        self, chronology: Chronology, info: SiteInfo, kept: dict[tuple[object, ...], _Kept] | None = None
    ) -> None:
        super().__init__(chronology, info)
        self._kept: dict[tuple[object, ...], _Kept] = kept if kept is not None else {}

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
            if kept is not None:  # else a text rendered for this chronology (`prime`) is kept
                self._entries.pop((event.id, listing), None)
            text = super().entry(event, listing)
            kept = self._kept[key] = _Kept(key, source, text)
        return kept

    def _report(self, report: Report) -> _Kept:
        key = ("report", report.source.outlet, report.source.report_key)
        kept = self._kept.get(key)
        if kept is None or kept.source != report:
            if kept is not None:
                self._reports.pop(key[1:], None)
            text = super().report(report)
            kept = self._kept[key] = _Kept(key, report, text)
        return kept


def join_texts(texts: list[str]) -> tuple[str, list[int]]:
    """Texts as one, and where each ends: one string pickles far faster than 50,000."""
    return "".join(texts), list(accumulate(len(text) for text in texts))


def split_texts(text: str, bounds: list[int]) -> list[str]:
    """The texts `join_texts` joined."""
    return [text[start:end] for start, end in zip([0, *bounds], bounds, strict=False)]


class PlanMemo:
    """Each group's share of the last plan and its inputs (plan.Memo), kept for the next plan.

    Only the groups of the last plan are kept: a month or an actor left without entries is
    forgotten.
    """

    def __init__(self) -> None:
        self._kept: dict[Hashable, tuple[object, object]] = {}
        self._used: dict[Hashable, tuple[object, object]] = {}
        self.planned = 0

    @property
    def empty(self) -> bool:
        """Nothing kept: every group is planned (plan_site then splits the lists on all cores)."""
        return not self._kept

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
        #: The rendered entries and reports of a cache read from disk, for the next renderer.
        self._restored: dict[tuple[object, ...], _Kept] | None = None

    def update(self, chronology: Chronology, info: SiteInfo, first_only: bool = False, lazy: bool = False
               ) -> PageUpdate:
        """Plan the site and render the pages that differ from the last update's.

        `first_only`: render only those among the `first` pages and leave the others in
        `later`, for `render` (the preview writes the edited entries' pages first).
        `lazy`: render none of them, all in `later` (`chronicle build` renders each as it writes it).
        """
        setting = (chronology.actors, chronology.places, chronology.tags, info)
        groups = Groups.of(chronology.events)
        if setting != self._setting:
            self._renderer, self._setting, self._plan = CachingRenderer(chronology, info), setting, None
            self._memo, self._restored = PlanMemo(), None
            self._renderer.prime(groups)  # every entry to render: on every core when there are many
        elif self._renderer is None:
            self._renderer, self._restored = CachingRenderer(chronology, info, self._restored), None
        else:
            self._renderer.follow(chronology)
        renderer = self._renderer
        plan = plan_site(chronology, groups, renderer, memo=self._memo)
        planned = self._memo.done()
        events = {e.id: e for e in chronology.events}
        before: dict[str, Page] = {p.path: p for p in self._plan.pages} if self._plan else {}
        changed = self._changed(events, plan)
        stale = [p for p in plan.pages if before.get(p.path) != p or changed.intersection(p.events)]
        first = self._first(events, plan)
        self._plan, self._events = plan, events
        if lazy:
            return PageUpdate({}, plan, planned, first, tuple(stale))
        if not first_only:
            return PageUpdate(self.render(stale), plan, planned, first)
        later = tuple(p for p in stale if p.path not in first)
        return PageUpdate(self.render(p for p in stale if p.path in first), plan, planned, first, later)

    def __getstate__(self) -> dict[str, Any]:
        """What the cache on disk keeps: the last plan, its groups' shares and inputs, the
        entries and reports rendered (not the renderer: made again for the next update)."""
        kept = self._renderer._kept if self._renderer is not None else self._restored or {}
        made = [(k.key, k.source) for k in kept.values()]
        texts = join_texts([k.text for k in kept.values()])
        return {**self.__dict__, "_renderer": None, "_restored": (made, *texts)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        made, text, bounds = state.pop("_restored")
        self.__dict__.update(state)
        self._restored = {key: _Kept(key, source, Safe(piece))
                          for (key, source), piece in zip(made, split_texts(text, bounds), strict=True)}

    @property
    def renderer(self) -> CachingRenderer:
        """The renderer of the last update (its pages are rendered with the plan's locations)."""
        assert self._renderer is not None, "render follows an update"
        return self._renderer

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
