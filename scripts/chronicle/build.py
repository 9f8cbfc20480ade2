"""`chronicle build`: the named stages from YAML to site/ (`chronicle serve` is preview.py).

    read, validate and build the model (check.py's loader, STRICT) → pages (group.py → plan.py → pages.py)
    → data (export.py) → write content/ (writer.py) → site engine (engine.py)

Everything is read and rendered before anything is written. A chronology with errors
stops the build with every problem printed and writes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

from . import engine as site_engine
from .check import Policy, load_project
from .errors import ChronicleError
from .history import build_time, entry_changes, last_change
from .model import Chronology
from .pages import SiteInfo, site_pages
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

@dataclass(frozen=True)
class Generated:
    """The generated content/ files of one chronology, and counts for the summary line."""

    files: dict[str, bytes]
    events: int
    pages: int

def generate(
    project: Project, chronology: Chronology, include_drafts: bool = False, config: SiteConfig | None = None
) -> Generated:
    """Render every page, data file and asset of the site, in memory (config: default mkdocs.yml's)."""
    config = config or read_site_config(project.mkdocs_yml)
    shown = chronology.published(include_drafts)
    info = site_info(project, shown, include_drafts, config)
    pages, locations = site_pages(shown, info)
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files.update(data_files(project, shown, info, locations))
    return Generated(files, len(shown.events), len(pages))

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
    generated = generate(project, chronology, include_drafts, config)
    if for_engine:
        check_engine_config(project, generated.files)
    write = swap_generated if whole else write_generated
    report = write(project.content_dir, generated.files)
    drafts = " (drafts included)" if include_drafts else ""
    echo(
        f"Generated {generated.pages} pages and {len(generated.files) - generated.pages} data and "
        f"asset files for {generated.events} entries{drafts} in {project.rel(project.content_dir)}/: "
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
    write_content(project, include_drafts, echo, whole=True, config=config, for_engine=engine is not None)
    if engine is None:
        return
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
