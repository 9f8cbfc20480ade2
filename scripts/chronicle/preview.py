"""`chronicle serve`: a live preview with drafts, kept apart from the public build.

The preview never shares generated files with `chronicle build`: it writes its pages into
`.chronicle-preview/docs/` (a copy of content/'s hand-written pages plus the generated
ones) and serves them with `.chronicle-preview.yml`, a config inheriting mkdocs.yml. So
`chronicle build` or `make site` while the preview runs cannot strip its drafts, and the
preview cannot leave drafts in content/.

An edit with errors does not stop the preview: the pages are built from the files without
errors, and every page shows a banner naming each problem's file:line:column until it is
fixed (a small script, written only into the preview, that the browser reloads with it).
"""

from __future__ import annotations

import errno
import json
import shutil
import socket
import time
from collections.abc import Callable
from pathlib import Path

from . import engine as site_engine
from .build import check_engine_config, generate
from .check import Policy, load_project
from .errors import ChronicleError, Problem
from .project import Project
from .siteconfig import read_setting
from .writer import is_generated, write_generated

Echo = Callable[[str], None]

PREVIEW_DIR = ".chronicle-preview"
PREVIEW_CONFIG = ".chronicle-preview.yml"
#: The script that shows the problems of the last edit (in the preview's docs folder only).
BANNER_SCRIPT = "assets/chronicle/preview-problems.js"


def docs_dir(project: Project) -> Path:
    """The preview's own docs folder (git-ignored, like every `.chronicle-*` path)."""
    return project.root / PREVIEW_DIR / "docs"


def check_address(addr: str) -> tuple[str, int]:
    """Split HOST:PORT and make sure the port is free, before the build takes its seconds.

    A busy port is one line naming the port and the option that chooses another, instead of
    the engine's traceback after the build.
    """
    host, _, port_text = addr.rpartition(":")
    if not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ChronicleError(f"--addr '{addr}' is not HOST:PORT — e.g. --addr 127.0.0.1:8000")
    port = int(port_text)
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host.strip("[]"), port))
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise ChronicleError(f"cannot serve on {addr}: {exc.strerror}") from exc
            other = port + 1 if port < 65535 else 8000
            raise ChronicleError(
                f"port {port} on {host} is already in use (another `chronicle serve`?) — choose "
                f"another with --addr {host}:{other} (make serve PORT={other})"
            ) from None
    return host, port


def write_config(project: Project) -> Path:
    """Write the preview's config: mkdocs.yml with the preview's folders and banner script."""
    scripts = read_setting(project.mkdocs_yml, "extra_javascript") or []
    scripts = [*scripts, BANNER_SCRIPT] if isinstance(scripts, list) else [BANNER_SCRIPT]
    lines = [
        "# Written by `chronicle serve` for its preview; never edit, never commit.",
        "INHERIT: mkdocs.yml",
        f"docs_dir: {PREVIEW_DIR}/docs",
        f"site_dir: {PREVIEW_DIR}/site",
        f"extra_javascript: {json.dumps(scripts)}",
    ]
    path = project.root / PREVIEW_CONFIG
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sync_hand_written(project: Project, docs: Path) -> None:
    """Copy content/'s hand-written files into the preview (and drop ones deleted there)."""
    docs.mkdir(parents=True, exist_ok=True)
    wanted = set()
    if project.content_dir.is_dir():
        for path in project.content_dir.rglob("*"):
            rel = path.relative_to(project.content_dir).as_posix()
            if path.is_file() and not is_generated(rel):
                wanted.add(rel)
                target = docs / rel
                if not target.is_file() or target.read_bytes() != path.read_bytes():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(path, target)
    for path in sorted(docs.rglob("*"), reverse=True):
        rel = path.relative_to(docs).as_posix()
        if path.is_file() and not is_generated(rel) and rel not in wanted:
            path.unlink()


def banner_script(problems: list[Problem]) -> bytes:
    """A script putting a banner with the problems at the top of the page (none: no banner)."""
    items = [p.as_text() for p in problems]
    return (
        "// Written by `chronicle serve`: the problems of the last edit (preview only).\n"
        f"(function () {{\n  var problems = {json.dumps(items)};\n" + _BANNER_BODY
    ).encode("utf-8")


_BANNER_BODY = """  if (!problems.length) return;
  var box = document.createElement("div");
  box.className = "chronicle-preview-problems";
  box.setAttribute("role", "alert");
  box.style.cssText = "background:#b00020;color:#fff;padding:.8rem 1rem;font:0.8rem/1.4 monospace;" +
    "position:relative;z-index:10";
  var head = document.createElement("strong");
  head.textContent = "The chronology has " + problems.length + " problem(s); pages show the files " +
    "without errors. Fix them and the page reloads:";
  box.appendChild(head);
  var list = document.createElement("ul");
  list.style.margin = ".4rem 0 0";
  problems.forEach(function (text) {
    var item = document.createElement("li");
    item.textContent = text;
    list.appendChild(item);
  });
  box.appendChild(list);
  document.body.insertBefore(box, document.body.firstChild);
})();
"""


def write_preview(project: Project, include_drafts: bool, echo: Echo) -> list[Problem]:
    """Regenerate the preview's pages; with errors, from the files without them, plus the banner."""
    docs = docs_dir(project)
    sync_hand_written(project, docs)
    loaded = load_project(project, Policy.USABLE, echo)
    errors = [p for p in loaded.problems if p.severity == "error"]
    if errors:
        echo(f"Error: the chronology has {len(errors)} error(s): the preview shows the files without "
             "errors, and these problems on every page")
    chronology = loaded.chronology
    banner = banner_script(errors)
    try:
        generated = generate(project, chronology, include_drafts)
    except (ChronicleError, KeyError, ValueError) as exc:
        # The files without errors may still not make a whole site (a registry file broken):
        # keep the last pages and show the problems on them.
        (docs / BANNER_SCRIPT).parent.mkdir(parents=True, exist_ok=True)
        (docs / BANNER_SCRIPT).write_bytes(banner)
        echo(f"Preview: kept the last pages ({exc.__class__.__name__}: {exc}); problems shown on every page")
        return errors
    report = write_generated(docs, {**generated.files, BANNER_SCRIPT: banner})
    drafts = " (drafts included)" if include_drafts else ""
    shown = f"; {len(errors)} problem(s) shown on every page" if errors else ""
    echo(
        f"Preview: {generated.pages} pages for {generated.events} entries{drafts} in "
        f"{project.rel(docs)}/: {report.written} written, {report.unchanged} unchanged, "
        f"{report.removed} removed{shown}"
    )
    return errors


def watched_state(project: Project) -> tuple[tuple[str, int, int], ...]:
    """A fingerprint (path, modification time, size) of chronology/ and content/'s own pages."""
    state = []
    for folder in (project.chronology, project.content_dir):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            rel = path.relative_to(folder).as_posix()
            if path.is_file() and (folder == project.chronology or not is_generated(rel)):
                stat = path.stat()
                state.append((path.as_posix(), stat.st_mtime_ns, stat.st_size))
    return tuple(state)


def serve_preview(
    project: Project, addr: str = "127.0.0.1:8000", include_drafts: bool = True, echo: Echo = print,
    poll: float = 0.5, engine: str = "mkdocs",
) -> None:
    """Write the preview, start the engine's live-reloading server, follow every saved edit.

    Interrupted (KeyboardInterrupt: the command turns SIGTERM into it), it stops the server.
    """
    check_address(addr)
    write_preview(project, include_drafts, echo)
    docs = docs_dir(project)
    check_engine_config(project, (p.relative_to(docs).as_posix() for p in docs.rglob("*.md")
                                  if is_generated(p.relative_to(docs).as_posix())))
    config = write_config(project)
    server = site_engine.start_server(project, addr, config, engine)
    echo(f"Serving on http://{addr}/ — edit files in chronology/ and the pages follow. Ctrl+C stops.")
    state = watched_state(project)
    try:
        while server.poll() is None:
            time.sleep(poll)
            current = watched_state(project)
            if current != state:
                state = current
                write_preview(project, include_drafts, echo)
    except KeyboardInterrupt:
        pass
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
        config.unlink(missing_ok=True)
    if server.returncode not in (0, None, -15):
        raise ChronicleError(f"the site server stopped with exit status {server.returncode}")
