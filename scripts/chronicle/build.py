"""`chronicle build`: the named stages from YAML to site/ (`chronicle serve` is preview.py).

    read, validate and build the model (check.py's loader, STRICT) → pages (group.py → plan.py → pages.py)
    → data (export.py) → write content/ (writer.py) → site engine (engine.py)

Everything is read, checked and planned before anything is written. A chronology with errors
stops the build with every problem printed and writes nothing. `chronicle build` then
renders the pages a batch at a time into a new content/ beside the old one, swapped in whole
once every file is there (writer.py): a page that fails to render still leaves the old
content/ as it was, and no more than a batch of pages is held in memory at a time.

A large chronology's work is shared by the machine's cores (parallel.py): its entries are
rendered before the plan sizes them, its data files are made in another process as soon as
each entry's page is known, and each batch of pages is rendered by several processes; the
files are the same, byte for byte, as one process writes (CHRONICLE_JOBS=1).

What a build read, checked and rendered is kept for the next one (buildcache.py,
`.chronicle-cache/`): it reads, checks and renders again only what changed since, and
writes the same files a build from scratch writes (`--no-cache`).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources

from . import engine as site_engine
from .apart import run_apart
from .buildcache import (
    BuildState,
    Inputs,
    fingerprint,
    forget_inputs,
    forget_state,
    generated_keys,
    open_state,
    read_inputs,
    refresh_entries,
    save_inputs,
    save_state,
    state_stamp,
    too_large_to_keep,
    unchanged_build,
)
from .check import Policy, load_project, refuse_errors
from .errors import ChronicleError
from .export import Pieces, each
from .history import build_time, entry_changes, last_change
from .model import Chronology
from .pagecache import PageUpdate
from .pages import Renderer, SiteInfo, plan_pages
from .parallel import MIN_ITEMS, Apart, apart, least_for, map_in_order
from .plan import Page, Plan
from .project import Project
from .publish import (
    Addresses,
    describe,
    engine_settings,
    refuse_placeholder_site,
    refuse_placeholders,
    site_config,
    write_engine_config,
)
from .siteconfig import SiteConfig, engine_config_problems, placeholder_warnings, read_site_config
from .swap import clean_leftovers
from .writer import WriteReport, swap_generated, write_generated

Echo = Callable[[str], None]
#: What a build run apart keeps alive until its process ends (`write_cached`).
_LIVE: list[object] = []

#: Package files copied into content/ (the page filter and its styles).
ASSETS = ("chronicle.js", "chronicle.css", "theme-scope.js", "theme-palette.js", "search-on-demand.js")
ASSETS_DIR = "assets/chronicle"
#: Hand-written pages the home page links to when they exist.
HAND_WRITTEN = ("about.md", "methodology.md")
#: Pages rendered at a time, shared by the machine's cores (parallel.py): some 20-60 MB of
#: pages held at once, and a fork per batch and core. A fork costs its copies of the memory
#: both sides then touch: at 10,000 entries, batches of 64 spent 2.0 s of system time, of 256
#: 1.2-1.6 s (0.6 s in one process).
PAGE_BATCH = 256

@dataclass(frozen=True)
class Generated:
    """The generated content/ files of one chronology, and counts for the summary line."""

    files: dict[str, bytes]
    events: int
    pages: int


@dataclass(frozen=True)
class Rendering:
    """A site planned, its files rendered one at a time as `files()` is read.

    `chronicle build` writes each page as soon as it is rendered: at 50,000 entries holding
    every page at once (as text, then as bytes) was most of the build's memory.
    """

    project: Project
    shown: Chronology
    info: SiteInfo
    renderer: Renderer
    plan: Plan
    #: The data files and assets, started beside the planning once each entry's page was known.
    data: Apart[dict[str, bytes]]

    @property
    def pages(self) -> tuple[str, ...]:
        """The pages' paths in content/, known before any is rendered."""
        return tuple(page.path for page in self.plan.pages)

    def files(self) -> Iterator[tuple[str, bytes]]:
        """Every page, then every data file and asset, by path inside content/."""
        pages, least = self.plan.pages, page_least(len(self.shown.events))
        for start in range(0, len(pages), PAGE_BATCH):
            batch = pages[start:start + PAGE_BATCH]
            rendered = page_files(self.renderer, batch, self.plan.locations, least)
            yield from zip([page.path for page in batch], rendered, strict=True)
        yield from data_files_done(self.data).items()


def render_site(
    project: Project, chronology: Chronology, include_drafts: bool = False, config: SiteConfig | None = None
) -> Rendering:
    """Plan the site (config: default mkdocs.yml's); its files are rendered when read."""
    config = config or read_site_config(project.mkdocs_yml)
    shown = chronology.published(include_drafts)
    info = site_info(project, shown, include_drafts, config)
    data: list[Apart[dict[str, bytes]]] = []

    def placed(locations: Mapping[str, str]) -> None:  # in another process when large (parallel.py)
        make = partial(data_files, project, shown, info, dict(locations))
        data.append(apart(make, len(shown.events), least_for(len(shown.events), MIN_ITEMS)))

    try:
        renderer, plan = plan_pages(shown, info, placed)
    except BaseException:
        for started in data:
            started.stop()
        raise
    return Rendering(project, shown, info, renderer, plan, data[0])


def page_file(renderer: Renderer, page: Page, locations: Mapping[str, str]) -> bytes:
    """Render one planned page as the bytes of its file."""
    return renderer.page(page, locations).encode("utf-8")


def page_least(entries: int) -> int:
    """The fewest pages of a batch shared by the cores, for a chronology of `entries` (none
    shared beyond parallel.MOST_ENTRIES: each child's copy of memory adds to the peak)."""
    return least_for(entries, PAGE_BATCH // 2)


def page_files(
    renderer: Renderer, pages: Sequence[Page], locations: Mapping[str, str], least: int
) -> list[bytes]:
    """Render a run of planned pages, shared by the machine's cores when it has `least` pages."""
    return map_in_order(partial(page_file, renderer, locations=locations), pages, least)


def generate(
    project: Project, chronology: Chronology, include_drafts: bool = False, config: SiteConfig | None = None
) -> Generated:
    """Render every page, data file and asset of the site, in memory (config: default mkdocs.yml's)."""
    rendering = render_site(project, chronology, include_drafts, config)
    return Generated(dict(rendering.files()), len(rendering.shown.events), len(rendering.plan.pages))

def site_info(project: Project, shown: Chronology, include_drafts: bool, config: SiteConfig) -> SiteInfo:
    """What every page may say about the site: its settings, the last change, drafts or not."""
    updated = last_change(project.root, shown)
    hand_written = frozenset(p for p in HAND_WRITTEN if (project.content_dir / p).is_file())
    return SiteInfo(config, updated, drafts=include_drafts, hand_written=hand_written)

def data_files(
    project: Project, shown: Chronology, info: SiteInfo, locations: Mapping[str, str], pieces: Pieces = each
) -> dict[str, bytes]:
    """The data exports (entries linked at their pages, `locations`) and the package's assets
    (`pieces`: each entry's share of the exports, kept between builds)."""
    from .export import export_all

    config = info.config
    urls = {e.id: config.absolute(config.page_url(locations[e.id]) + f"#{e.id}") for e in shown.events}
    changed = entry_changes(project.root, shown, build_time())
    files = dict(export_all(shown, config, urls, info.updated, changed, pieces))
    for name in ASSETS:
        files[f"{ASSETS_DIR}/{name}"] = (
            resources.files("chronicle").joinpath(f"assets/{name}").read_bytes()
        )
    return files

def data_files_done(data: Apart[dict[str, bytes]]) -> dict[str, bytes]:
    """The data files started beside the planning (`render_site`), once they are done."""
    return data.result()


def check_engine_config(project: Project, pages: Iterable[str]) -> None:
    """Refuse to build when mkdocs.yml lacks what the generated pages need (before writing them)."""
    problems = engine_config_problems(project.mkdocs_yml, pages)
    if problems:
        raise ChronicleError("the site engine's configuration cannot build these pages; nothing was "
                             "built:\n  " + "\n  ".join(problems))


def write_content(
    project: Project, include_drafts: bool, echo: Echo, whole: bool = False, config: SiteConfig | None = None,
    for_engine: bool = False, cache: bool = False,
) -> WriteReport:
    """Validate, generate and write content/ (`whole`: as one swap); print what changed.

    `for_engine`: the pages are for the site engine, so mkdocs.yml is checked first.
    `cache`: keep what was read and rendered for the next build, and use what the last one
    kept (buildcache.py; always as one swap).
    """
    if cache:
        report, pages, events = write_cached(project, include_drafts, echo, config, for_engine)
    else:
        report, paths, events = write_afresh(project, include_drafts, echo, whole, config, for_engine)
        pages = len(paths)
    _summary(project, include_drafts, echo, report, pages, events)
    return report


def write_afresh(
    project: Project, include_drafts: bool, echo: Echo, whole: bool, config: SiteConfig | None,
    for_engine: bool,
) -> tuple[WriteReport, tuple[str, ...], int]:
    """`write_content` from scratch; return what was written, the pages' paths and the entries' count."""
    chronology = load_project(project, Policy.STRICT, echo).chronology
    rendering = render_site(project, chronology, include_drafts, config)
    if for_engine:
        check_engine_config(project, rendering.pages)
    if whole:
        report = swap_generated(project.content_dir, rendering.files())
    else:
        report = write_generated(project.content_dir, dict(rendering.files()))
    return report, tuple(page.path for page in rendering.plan.pages), len(rendering.shown.events)


def _summary(project: Project, include_drafts: bool, echo: Echo, report: WriteReport, pages: int, events: int
             ) -> None:
    """Say what the build generated and what it changed in content/."""
    drafts = " (drafts included)" if include_drafts else ""
    files = report.written + report.unchanged
    echo(
        f"Generated {pages} pages and {files - pages} data and "
        f"asset files for {events} entries{drafts} in {project.rel(project.content_dir)}/: "
        f"{report.written} written, {report.unchanged} unchanged, {report.removed} removed"
    )


def write_cached(
    project: Project, include_drafts: bool, echo: Echo, config: SiteConfig | None, for_engine: bool
) -> tuple[WriteReport, int, int]:
    """`write_content` with the build cache: read, check, plan, render and write only what
    changed since the last build; return what was written, and the pages' and entries' counts."""
    config = config or read_site_config(project.mkdocs_yml)
    made_from = fingerprint(project, include_drafts, config, time.time_ns())
    last = read_inputs(project)
    if last is not None and unchanged_build(project, made_from, last):
        for line in last.lines:
            echo(line)
        if for_engine:
            check_engine_config(project, last.pages)
        echo("Build cache: nothing changed since the last build")
        return WriteReport(0, len(last.written), 0), len(last.pages), last.events
    forget_inputs(project)  # content/ is about to change: the claim above no longer holds
    unkept = too_large_to_keep(project)
    if unkept is not None:
        echo(unkept)
        return write_unkept(project, include_drafts, echo, config, for_engine, made_from)
    state = open_state(project, include_drafts, echo)  # frozen out of the collector's sight
    try:
        return _write_state(project, state, include_drafts, echo, config, for_engine, made_from)
    finally:
        if for_engine:
            # Run apart, the own steps end with their process, which leaves without freeing
            # its memory: freeing a million objects here would take a second for nothing.
            _LIVE.append(state)
        else:
            gc.unfreeze()


def write_unkept(
    project: Project, include_drafts: bool, echo: Echo, config: SiteConfig, for_engine: bool,
    made_from: str | None,
) -> tuple[WriteReport, int, int]:
    """A chronology too large for its state to be kept (buildcache.MOST_ENTRIES): build from
    scratch, and keep only what lets a next build with nothing changed write nothing."""
    forget_state(project)
    lines: list[str] = []

    def said(line: str) -> None:
        lines.append(line)
        echo(line)

    report, pages, events = write_afresh(project, include_drafts, said, True, config, for_engine)
    if made_from is not None:
        save_inputs(project, Inputs(state_stamp(project), made_from, tuple(lines),
                                    generated_keys(project.content_dir), pages, events))
    return report, len(pages), events


def _write_state(
    project: Project, state: BuildState, include_drafts: bool, echo: Echo, config: SiteConfig,
    for_engine: bool, made_from: str | None,
) -> tuple[WriteReport, int, int]:
    """Bring the state to the files on disk and content/ to the state."""
    refresh = refresh_entries(state)
    lines = [problem.as_text() for problem in refresh.problems]
    for line in lines:
        echo(line)
    if any(p.severity == "error" for p in refresh.problems):
        save_state(project, state)  # the files read and checked stay read for the next build
        refuse_errors(refresh.problems)
    shown = refresh.chronology.published(include_drafts)
    info = site_info(project, shown, include_drafts, config)
    update = plan_changed(state, shown, info)
    if for_engine:
        check_engine_config(project, (page.path for page in update.plan.pages))
    content = project.content_dir
    stale = {page.path for page in update.later}
    setting = (shown.actors, shown.places, shown.tags, info)
    pieces = state.data.use(setting)

    paths: list[str] = []
    rendered = 0

    def files() -> Iterator[tuple[str, bytes | None]]:
        nonlocal rendered
        pages, least = update.plan.pages, page_least(len(shown.events))
        for start in range(0, len(pages), PAGE_BATCH):  # the pages to render, a batch on all cores
            batch = pages[start:start + PAGE_BATCH]
            render = [p for p in batch if p.path in stale or not state.unchanged(content, p.path)]
            made = dict(zip([p.path for p in render], page_files(state.pages.renderer, render,
                                                                  update.plan.locations, least), strict=True))
            rendered += len(render)
            for page in batch:
                paths.append(page.path)
                yield page.path, made.get(page.path)
        data = data_files(project, shown, info, update.plan.locations, pieces)
        paths.extend(data)
        yield from data.items()

    report = swap_generated(content, files())
    state.data.done()
    state.record(content, paths)
    # Written while the engine builds the site: a state is kept for at most
    # buildcache.MOST_ENTRIES entries, so the writing process's copy stays small beside MkDocs.
    save_state(project, state, background=for_engine)
    if made_from is not None:
        pages = tuple(page.path for page in update.plan.pages)
        save_inputs(project, Inputs(state_stamp(project), made_from, tuple(lines), state.written, pages,
                                    len(shown.events)))
    if state.reused:
        echo(f"Build cache: {refresh.read} of {len(refresh.chronology.events)} entry files read again, "
             f"{rendered} of {len(update.plan.pages)} pages rendered again")
    return report, len(update.plan.pages), len(shown.events)


def plan_changed(state: BuildState, shown: Chronology, info: SiteInfo) -> PageUpdate:
    """Plan the site again where the entries changed; say which pages differ from the last build's."""
    return state.pages.update(shown, info, lazy=True)

def build_project(
    project: Project, include_drafts: bool = False, engine: str | None = "mkdocs", echo: Echo = print,
    addresses: Addresses | None = None, publish: bool = False, cache: bool = False,
) -> None:
    """Validate, write content/, then build site/ with the engine (None: content/ only).

    `addresses` override mkdocs.yml's site_url and repo_url for this build (publish.py);
    `publish` refuses Chronicle's placeholder addresses instead of warning about them.
    What a stopped build left beside content/ and site/ is cleaned up first; interrupted
    (KeyboardInterrupt: the command turns SIGTERM and SIGHUP into it), the build stops its
    engine and leaves no staging folder.
    """
    addresses = addresses or Addresses()
    config = site_config(project, addresses)
    if addresses != Addresses():
        echo(describe(config, addresses))
    if publish:
        refuse_placeholders(config, echo)
    cleaned = clean_leftovers(project.root, content=project.rel(project.content_dir))
    if cleaned:
        echo(f"Cleaned up after a stopped build: {', '.join(cleaned)}")
    if engine is None:
        write_content(project, include_drafts, echo, whole=True, config=config, cache=cache)
        return
    # Apart: what reading and rendering held is given back before the engine runs beside it.
    run_apart(lambda out: write_content(project, include_drafts, out, whole=True, config=config,
                                        for_engine=True, cache=cache), echo)
    started = time.perf_counter()
    settings = engine_settings(project, config)
    config_file = write_engine_config(project, settings) if settings else None
    try:
        site_engine.build_site(project, engine, config_file=config_file,
                               check=refuse_placeholder_site if publish else None)
    finally:
        if config_file is not None:
            config_file.unlink(missing_ok=True)
    echo(
        f"Built the site with {engine} into {project.rel(project.site_dir)}/ "
        f"in {time.perf_counter() - started:.1f} s"
    )
    for warning in placeholder_warnings(config):
        echo(warning)
