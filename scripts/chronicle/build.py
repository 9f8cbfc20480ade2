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
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources

from . import engine as site_engine
from .apart import run_apart
from .check import Policy, load_project
from .errors import ChronicleError
from .history import build_time, entry_changes, last_change
from .model import Chronology
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
        pages, least = self.plan.pages, least_for(len(self.shown.events), PAGE_BATCH // 2)
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


def page_files(
    renderer: Renderer, pages: Sequence[Page], locations: Mapping[str, str], least: int = PAGE_BATCH // 2
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
    project: Project, shown: Chronology, info: SiteInfo, locations: Mapping[str, str]
) -> dict[str, bytes]:
    """The data exports (entries linked at their pages, `locations`) and the package's assets."""
    from .export import export_all

    config = info.config
    urls = {e.id: config.absolute(config.page_url(locations[e.id]) + f"#{e.id}") for e in shown.events}
    changed = entry_changes(project.root, shown, build_time())
    files = dict(export_all(shown, config, urls, info.updated, changed))
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
    for_engine: bool = False,
) -> WriteReport:
    """Validate, generate and write content/ (`whole`: as one swap); print what changed.

    `for_engine`: the pages are for the site engine, so mkdocs.yml is checked first.
    """
    chronology = load_project(project, Policy.STRICT, echo).chronology
    rendering = render_site(project, chronology, include_drafts, config)
    if for_engine:
        check_engine_config(project, rendering.pages)
    if whole:
        report = swap_generated(project.content_dir, rendering.files())
    else:
        report = write_generated(project.content_dir, dict(rendering.files()))
    pages, events = len(rendering.plan.pages), len(rendering.shown.events)
    drafts = " (drafts included)" if include_drafts else ""
    files = report.written + report.unchanged
    echo(
        f"Generated {pages} pages and {files - pages} data and "
        f"asset files for {events} entries{drafts} in {project.rel(project.content_dir)}/: "
        f"{report.written} written, {report.unchanged} unchanged, {report.removed} removed"
    )
    return report

def build_project(
    project: Project, include_drafts: bool = False, engine: str | None = "mkdocs", echo: Echo = print,
    addresses: Addresses | None = None, publish: bool = False,
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
        write_content(project, include_drafts, echo, whole=True, config=config)
        return
    # Apart: what reading and rendering held is given back before the engine runs beside it.
    run_apart(lambda out: write_content(project, include_drafts, out, whole=True, config=config,
                                        for_engine=True), echo)
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
