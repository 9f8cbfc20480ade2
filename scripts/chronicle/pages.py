"""Rendering the site's pages: the events grouped once, the pages planned, then rendered.

    group.Groups.of (every grouping, once) → plan.plan_site (paths, pagination, canonical
    places; pure) → Renderer (each entry rendered once, each page from its template)

The canonical place of an event is its date page on the timeline, the only page showing it
in full (and the only one indexed for search); actor, type, place and tag pages list it as
one line linking there, so a site's size grows with its entries, not with entries times the
pages they belong to. An entry is rendered once in full and once as a line, its links left
as markers (render.py) that each page resolves: the text pagination measures is the text
the page prints, and no rendering is thrown away.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from . import group, parallel
from .blocks import Blocks
from .dates import PartialDate
from .group import Groups, Report
from .labels import RELATIONS
from .model import Actor, Chronology, Claim, Event, Place
from .plan import Page, Plan, plan_site
from .render import Marked, PageLinks, Safe, marked, render_text
from .siteconfig import SiteConfig

#: The most words of a summary the search index keeps (`Lookups.lede`).
LEDE_WORDS = 20
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: The fewest entries and reports worth rendering in several processes before planning.
PRIME_LEAST = 3000


@dataclass(frozen=True)
class SiteInfo:
    """What every page may say about the site: its settings, last change and mode."""

    config: SiteConfig
    updated: PartialDate | None = None
    drafts: bool = False
    #: Hand-written pages present in content/ that generated pages may link to.
    hand_written: frozenset[str] = frozenset()


class Lookups:
    """What templates ask of the chronology (`site` in templates): records by id, every
    spelling of an entry's names, claims by claimant, related entries, edit links."""

    def __init__(self, chronology: Chronology, config: SiteConfig) -> None:
        self.chronology = chronology
        self.config = config
        self.events = {e.id: e for e in chronology.events}

    def actor(self, actor_id: str) -> Actor:
        return self.chronology.actors[actor_id]

    def actors(self, actor_ids: tuple[str, ...] | list[str]) -> list[Actor]:
        return [self.chronology.actors[a] for a in actor_ids]

    def places(self, place_ids: tuple[str, ...]) -> list[Place]:
        return [self.chronology.places[p] for p in place_ids]

    def tag_label(self, tag_id: str) -> str:
        return self.chronology.tag_label(tag_id)

    def participants(self, event: Event) -> tuple[str, ...]:
        return group.participants(event)

    def search_terms(self, event: Event) -> list[str]:
        """Every other spelling of the event's actors and places, for the search index only.

        Readers find the spellings on the actor's and the place's page; the entry carries
        them in a hidden paragraph so that a search for "Pashinian" still finds it.
        """
        terms: list[str] = []
        for actor_id in group.named(event):
            terms += self.chronology.actors[actor_id].aliases
        for place_id in event.places:
            terms += self.chronology.places[place_id].aliases
        return list(dict.fromkeys(terms))

    def lede(self, event: Event) -> str:
        """Return what the search index keeps of a long summary: its first sentence, at most
        `LEDE_WORDS` words ("" when the summary is that short already, and indexed whole).

        Each entry's share of the index is what keeps it under 1 MB gzipped at 10,000
        entries: its title, its names under every spelling, and the summary's lede.
        """
        words = event.summary.split()
        if len(words) <= LEDE_WORDS:
            return ""
        first = _SENTENCE_END.split(event.summary.strip(), maxsplit=1)[0].split()
        return " ".join(first[:LEDE_WORDS])

    def claim_columns(self, event: Event) -> list[tuple[Actor, list[Claim]]]:
        """Claims grouped by claimant, in the order claimants first speak: one column each."""
        columns: dict[str, list[Claim]] = {}
        for claim in event.claims:
            columns.setdefault(claim.by, []).append(claim)
        return [(self.actor(by), claims) for by, claims in columns.items()]

    def related(self, event: Event) -> list[tuple[str, Event]]:
        """Related events that are on the site (a draft left out is not linked)."""
        return [
            (RELATIONS.get(r.relation, r.relation), self.events[r.id])
            for r in event.related
            if r.id in self.events
        ]

    def edit_url(self, event: Event) -> str:
        return self.config.edit_url(event.path) if event.path else ""


class Renderer:
    """Renders the entries, reports and pages of one chronology (and sizes them for the plan)."""

    def __init__(self, chronology: Chronology, info: SiteInfo) -> None:
        self.site = Lookups(chronology, info.config)
        self.info = info
        self._blocks = Blocks(self.site)
        self._entries: dict[tuple[str, bool], Safe] = {}
        self._reports: dict[tuple[str, str], Safe] = {}
        #: Each text's markers (by its key), kept with the text they were found in.
        self._marked: dict[tuple[object, ...], tuple[Safe, Marked]] = {}
        self._markers: dict[tuple[str, str], tuple[str, str]] = {}
        self._sizing: PageLinks | None = None

    def entry(self, event: Event, listing: bool) -> Safe:
        """Return an entry in full (timeline) or as a one-line link (`listing`: actor, type,
        place and tag pages), links as markers: rendered once, for every page of its kind."""
        key = (event.id, listing)
        if key not in self._entries:
            self._entries[key] = self.blocks.line(event) if listing else self.blocks.entry(event)
        return self._entries[key]

    def report(self, report: Report) -> Safe:
        """Return a report's item on its outlet's page, links as markers (rendered once)."""
        key = (report.source.outlet, report.source.report_key)
        if key not in self._reports:
            self._reports[key] = self.blocks.report(report)
        return self._reports[key]

    @property
    def blocks(self) -> Blocks:
        """The entries' and reports' renderer, for the chronology looked up now (`site`)."""
        if self._blocks.site is not self.site:
            self._blocks = Blocks(self.site)
        return self._blocks

    def prime(self, groups: Groups) -> None:
        """Render every entry, line and report before the plan sizes them, shared by the
        machine's cores (parallel.py) when there are enough: each process renders a run of
        them and finds their markers; the texts are the same as rendered here one by one.
        A single process renders them as the plan asks, as before."""
        reports = [report for outlet in groups.outlets for report in outlet.reports]
        items = _interleaved(groups.events, reports)
        least = parallel.least_for(len(groups.events), PRIME_LEAST)
        if parallel.jobs_for(len(items), least) == 1:
            return
        rendered = parallel.map_in_order(self._prerender, items, least)
        for item, texts in zip(items, rendered, strict=True):
            if isinstance(item, Report):
                source = item.source
                keys: tuple[tuple[object, ...], ...] = (("report", source.outlet, source.report_key),)
            else:
                keys = (("entry", item.id, False), ("entry", item.id, True))
            for key, (plain, fixed, markers) in zip(keys, texts, strict=True):
                text = Safe(plain)
                self._marked[key] = (text, Marked(fixed, markers))
                if key[0] == "report":
                    self._reports[key[1], key[2]] = text  # type: ignore[index]
                else:
                    self._entries[key[1], key[2]] = text  # type: ignore[index]

    def _prerender(self, item: Event | Report) -> tuple[tuple[str, int, tuple[tuple[str, str], ...]], ...]:
        """An entry in full and as a line, or a report, each with its markers (`prime`), as
        plain values: a str and a tuple pickle several times faster than a Safe and a Marked."""
        texts = (self.blocks.report(item),) if isinstance(item, Report) else (
            self.blocks.entry(item), self.blocks.line(item))
        return tuple((str(text), *marked(text, self._markers)) for text in texts)

    def entry_size(self, event: Event, here: str, listing: bool, locations: Mapping[str, str]) -> int:
        text = self.entry(event, listing)
        return self._links(here, locations).length(self._marks(("entry", event.id, listing), text))

    def report_size(self, report: Report, here: str, locations: Mapping[str, str]) -> int:
        text = self.report(report)
        key = ("report", report.source.outlet, report.source.report_key)
        return self._links(here, locations).length(self._marks(key, text))

    def _marks(self, key: tuple[object, ...], text: Safe) -> Marked:
        """The markers of a text, found once (again when the text under `key` is another)."""
        found = self._marked.get(key)
        if found is None or found[0] is not text:
            found = self._marked[key] = (text, marked(text, self._markers))
        return found[1]

    def _links(self, here: str, locations: Mapping[str, str]) -> PageLinks:
        """The links of the page being sized: the plan sizes a page's entries one after another."""
        links = self._sizing
        if links is None or links.here != here or links.locations is not locations:
            links = self._sizing = PageLinks(here, locations, self.info.config.page_url)
        return links

    def page(self, page: Page, locations: Mapping[str, str]) -> str:
        """Render one planned page, its links made relative to it (each link resolved once)."""
        listing = bool(page.context.get("listing"))
        links = PageLinks(page.path, locations, self.info.config.page_url)
        text = render_text(
            page.template,
            here=page.path,
            site=self.site,
            info=self.info,
            entry_blocks=lambda events, end="": Safe("".join([links.resolve(self.entry(e, listing)) + end
                                                              for e in events])),
            report_blocks=lambda reports: Safe("".join([links.resolve(self.report(r)) for r in reports])),
            **page.context,
        )
        return links.resolve(text)


def plan_pages(
    chronology: Chronology, info: SiteInfo, placed: Callable[[Mapping[str, str]], object] | None = None
) -> tuple[Renderer, Plan]:
    """Plan every page (rendering each entry once, to size the pages) and return the renderer
    that renders them: a build renders and writes them one at a time. `placed`: told each
    entry's page as soon as it is known (`plan_site`)."""
    renderer = Renderer(chronology, info)
    groups = Groups.of(chronology.events)
    renderer.prime(groups)
    return renderer, plan_site(chronology, groups, renderer, placed=placed)


def _interleaved(events: Sequence[Event], reports: Sequence[Report]) -> list[Event | Report]:
    """Entries and reports mixed evenly, each in its order, so that every process's run of
    them (`Renderer.prime`) holds a like share of both: an entry costs several reports."""
    ranked = sorted([(n / len(events), 0, n) for n in range(len(events))]
                    + [(n / len(reports), 1, n) for n in range(len(reports))])
    return [reports[n] if kind else events[n] for _, kind, n in ranked]


def site_pages(chronology: Chronology, info: SiteInfo) -> tuple[dict[str, str], dict[str, str]]:
    """Return every generated Markdown page by its path inside content/, and each event's
    canonical page (its timeline page), by event id."""
    renderer, plan = plan_pages(chronology, info)
    return {page.path: renderer.page(page, plan.locations) for page in plan.pages}, dict(plan.locations)
