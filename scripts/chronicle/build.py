"""`chronicle build` and `chronicle serve`: the named stages from YAML to site/.

    validate (check.py) → build the model (load.py) → pages (pages.py, render.py)
    → data (export.py) → write content/ (writer.py) → site engine (engine.py)

Everything is read and rendered before anything is written. A chronology with errors
stops the build with every problem printed and writes nothing.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from . import engine as site_engine
from .check import read_raw
from .errors import ChronicleError
from .history import build_time, entry_changes, last_change
from .load import build_chronology
from .model import Chronology
from .pages import SiteInfo, site_pages
from .project import Project
from .siteconfig import read_site_config
from .validate import validate
from .writer import WriteReport, write_generated

Echo = Callable[[str], None]

#: Package files copied into content/ (the page filter and its styles).
ASSETS = ("chronicle.js", "chronicle.css")
ASSETS_DIR = "assets/chronicle"
#: Hand-written pages the home page links to when they exist.
HAND_WRITTEN = ("about.md", "methodology.md")


@dataclass(frozen=True)
class Generated:
    """The generated content/ files of one chronology, and counts for the summary line."""

    files: dict[str, bytes]
    events: int
    pages: int


def load_valid(project: Project, echo: Echo) -> Chronology:
    """Read and validate the chronology; print problems; raise if any is an error."""
    raw = read_raw(project)
    problems = validate(raw)
    for problem in problems:
        echo(problem.as_text())
    errors = sum(p.severity == "error" for p in problems)
    if errors:
        raise ChronicleError(
            f"the chronology has {errors} error(s); nothing was built. "
            "Fix them (file:line:column above), then build again"
        )
    return build_chronology(raw)


def generate(project: Project, chronology: Chronology, include_drafts: bool = False) -> Generated:
    """Render every page, data file and asset of the site, in memory."""
    from .export import export_all

    config = read_site_config(project.mkdocs_yml)
    shown = chronology.published(include_drafts)
    updated = last_change(project.root, shown)
    hand_written = frozenset(p for p in HAND_WRITTEN if (project.content_dir / p).is_file())
    info = SiteInfo(config, updated, drafts=include_drafts, hand_written=hand_written)
    pages, locations = site_pages(shown, info)
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    urls = {e.id: config.absolute(config.page_url(locations[e.id]) + f"#{e.id}") for e in shown.events}
    changed = entry_changes(project.root, shown, build_time())
    files.update(export_all(shown, config, urls, updated, changed))
    for name in ASSETS:
        files[f"{ASSETS_DIR}/{name}"] = (
            resources.files("chronicle").joinpath(f"assets/{name}").read_bytes()
        )
    return Generated(files, len(shown.events), len(pages))


def write_content(project: Project, include_drafts: bool, echo: Echo) -> WriteReport:
    """Validate, generate and write content/; print what changed."""
    chronology = load_valid(project, echo)
    generated = generate(project, chronology, include_drafts)
    report = write_generated(project.content_dir, generated.files)
    drafts = " (drafts included)" if include_drafts else ""
    echo(
        f"Generated {generated.pages} pages and {len(generated.files) - generated.pages} data and "
        f"asset files for {generated.events} entries{drafts} in {project.rel(project.content_dir)}/: "
        f"{report.written} written, {report.unchanged} unchanged, {report.removed} removed"
    )
    return report


def build_project(
    project: Project, include_drafts: bool = False, engine: str | None = "mkdocs", echo: Echo = print
) -> None:
    """Validate, write content/, then build site/ with the engine (None: content/ only)."""
    write_content(project, include_drafts, echo)
    if engine is None:
        return
    started = time.perf_counter()
    site_engine.build_site(project, engine)
    echo(
        f"Built the site with {engine} into {project.rel(project.site_dir)}/ "
        f"in {time.perf_counter() - started:.1f} s"
    )


def chronology_state(project: Project) -> tuple[tuple[str, int, int], ...]:
    """Return a fingerprint of chronology/ (path, modification time, size of every file)."""
    state = []
    for path in sorted(project.chronology.rglob("*")):
        if path.is_file():
            stat = path.stat()
            state.append((path.as_posix(), stat.st_mtime_ns, stat.st_size))
    return tuple(state)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve_project(
    project: Project,
    addr: str = "127.0.0.1:8000",
    include_drafts: bool = True,
    echo: Echo = print,
    poll: float = 0.5,
) -> None:
    """Write content/, start the engine's live-reloading server and regenerate on YAML edits.

    The server watches content/; this loop watches chronology/ and rewrites only the
    pages whose bytes changed, so the browser reloads after each saved edit. An edit
    with errors prints them and keeps the last good pages.
    """
    write_content(project, include_drafts, echo)
    # Stopped with SIGTERM (a process manager, a test), stop the engine's server too.
    signal.signal(signal.SIGTERM, _interrupt)
    server = site_engine.start_server(project, addr)
    echo(f"Serving on http://{addr}/ — edit files in chronology/ and the pages follow. Ctrl+C stops.")
    state = chronology_state(project)
    try:
        while server.poll() is None:
            time.sleep(poll)
            current = chronology_state(project)
            if current == state:
                continue
            state = current
            try:
                write_content(project, include_drafts, echo)
            except ChronicleError as exc:
                echo(f"Error: {exc}")
    except KeyboardInterrupt:
        pass
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
    if server.returncode not in (0, None, -15):
        raise ChronicleError(f"the site server stopped with exit status {server.returncode}")
