"""`chronicle serve`: a live preview with drafts, kept apart from the public build.

The preview never shares generated files with `chronicle build`: it writes its pages into
`.chronicle-preview/docs/` (a copy of content/'s hand-written pages plus the generated
ones) and serves them with `.chronicle-preview.yml`, a config inheriting mkdocs.yml. So
`chronicle build` or `make site` while the preview runs cannot strip its drafts, and the
preview cannot leave drafts in content/.

A save is followed by doing again only what it changed (class Preview): the files saved are
read and checked again (entrycache.py), the pages they touch planned and rendered again
(pagecache.py), only the files whose bytes changed written, and the engine told which (the
edited entries' pages first), so MkDocs rebuilds only those (mkdocs_preview.py); the data
files are made in a child process meanwhile.

An edit with errors does not stop the preview: the pages are built from the files without
errors, and every page shows a banner naming each problem's file:line:column until it is
fixed (a small script, written only into the preview, that the browser reloads with it).
"""

from __future__ import annotations

import errno
import gc
import json
import multiprocessing
import os
import shutil
import signal
import socket
import time
from collections.abc import Callable, Collection, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from . import engine as site_engine
from .build import check_engine_config, data_files, site_info
from .entrycache import EntryCache
from .errors import ChronicleError, Problem
from .pagecache import PageCache
from .project import GENERATED_DIRS, Project
from .siteconfig import read_setting, read_site_config
from .writer import GENERATED_FILES, WriteReport, is_generated, update_generated, write_generated

Echo = Callable[[str], None]
#: Tells the engine's server which files of the docs folder were written or removed: the
#: ones to show first, and the rest.
Tell = Callable[[Sequence[str], Sequence[str]], None]

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
        # Not strict: MkDocs warns that a dirty rebuild (only the changed pages) is being
        # done, and a strict preview would stop on that warning. `chronicle build` stays strict.
        "strict: false",
        f"extra_javascript: {json.dumps(scripts)}",
    ]
    path = project.root / PREVIEW_CONFIG
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sync_hand_written(project: Project, docs: Path) -> list[str]:
    """Copy content/'s hand-written files into the preview (and drop ones deleted there);
    return the files copied or dropped."""
    docs.mkdir(parents=True, exist_ok=True)
    wanted, changed = set(), []
    if project.content_dir.is_dir():
        for path in project.content_dir.rglob("*"):
            rel = path.relative_to(project.content_dir).as_posix()
            if path.is_file() and not is_generated(rel):
                wanted.add(rel)
                target = docs / rel
                if not target.is_file() or target.read_bytes() != path.read_bytes():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(path, target)
                    changed.append(rel)
    for path in sorted(docs.rglob("*"), reverse=True):
        rel = path.relative_to(docs).as_posix()
        if path.is_file() and not is_generated(rel) and rel not in wanted:
            path.unlink()
            changed.append(rel)
    return changed


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


class DataJob:
    """The data files (exports) of the preview, made in a child process after each edit.

    At 10,000 entries they take seconds, and the page just edited does not need them: the
    pages are written first, the data files follow from a child process (forked, so it
    shares the chronology without copying), and an edit saved meanwhile stops that child
    and starts another. Without fork (not Linux or macOS), they are made at once.
    """

    def __init__(self) -> None:
        self._process: multiprocessing.process.BaseProcess | None = None
        self._pipe: Connection | None = None

    def start(self, make: Callable[[], dict[str, bytes]]) -> dict[str, bytes] | None:
        """Start making the files (stopping the previous job); return them if made at once."""
        self.stop()
        if "fork" not in multiprocessing.get_all_start_methods():
            return make()
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_send, args=(make, sender), daemon=True)
        self._process.start()
        sender.close()
        self._pipe = receiver
        return None

    def ready(self) -> dict[str, bytes] | None:
        """The files, once the child has made them (None while it works or when it failed)."""
        if self._pipe is None or not self._pipe.poll():
            return None
        try:
            files: dict[str, bytes] | None = self._pipe.recv()
        except EOFError:
            files = None  # the child failed; its traceback is on the terminal
        self.stop()
        return files

    def stop(self) -> None:
        """Stop the child, if one is working."""
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join()
        if self._pipe is not None:
            self._pipe.close()
        self._process = self._pipe = None


def _send(make: Callable[[], dict[str, bytes]], pipe: Connection) -> None:
    # Stopped by the next save (SIGTERM) or with the preview (Ctrl+C): end without a traceback.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Behind the engine, which is rebuilding the pages just written on the same cores.
    os.nice(10)
    pipe.send(make())
    pipe.close()


class Preview:
    """What the preview keeps between saves: the entries read and checked, the pages planned
    and the files written, so that a save re-reads, re-checks and re-renders what it changed.

    (entrycache.py and pagecache.py say what is done again for which change.)
    """

    def __init__(self, project: Project, include_drafts: bool, echo: Echo) -> None:
        self.project, self.include_drafts, self.echo = project, include_drafts, echo
        self.docs = docs_dir(project)
        self.entries = EntryCache(project)
        self.pages = PageCache()
        self.data = DataJob()
        self.config = read_site_config(project.mkdocs_yml)
        #: The files the preview's generated folders hold (pages, data, banner), once written.
        self.files: set[str] = set()
        self.page_paths: set[str] = set()
        #: Set once the engine serves (the first refresh writes everything before it starts).
        self.tell: Tell = lambda first, rest: None

    def refresh(self, changed: Collection[Path] | None = None) -> list[Problem]:
        """Bring the preview's pages up to date with the files saved (None: look at all of them)."""
        started = time.perf_counter()
        chronology = self.project.chronology
        if changed is None or any(chronology not in p.parents for p in changed):
            self.tell(sync_hand_written(self.project, self.docs), ())
        saved = None if changed is None else [p for p in changed if chronology in p.parents]
        state = self.entries.refresh(saved)
        for problem in state.problems:
            self.echo(problem.as_text())
        errors = [p for p in state.problems if p.severity == "error"]
        if errors:
            self.echo(f"Error: the chronology has {len(errors)} error(s): the preview shows the files "
                      "without errors, and these problems on every page")
        banner = banner_script(errors)
        if self.files:
            # The problems first: the engine shows the banner while the pages are rendered.
            self.tell(update_generated(self.docs, {BANNER_SCRIPT: banner}), ())
        shown = state.chronology.published(self.include_drafts)
        try:
            info = site_info(self.project, shown, self.include_drafts, self.config)
            # After the first time: the edited entries' pages written (and the engine told)
            # before the other pages are rendered.
            update = self.pages.update(shown, info, first_only=bool(self.files))
            first = self._write_first(update.rendered, banner) if self.files else []
            later = self.pages.render(update.later)
        except (ChronicleError, KeyError, ValueError) as exc:
            # The files without errors may still not make a whole site (a registry file broken):
            # keep the last pages and show the problems on them.
            self.pages = PageCache()
            self.tell(update_generated(self.docs, {BANNER_SCRIPT: banner}), ())
            self.echo(f"Preview: kept the last pages ({exc.__class__.__name__}: {exc}); problems shown "
                      "on every page")
            return errors
        pages = {path: text.encode("utf-8") for path, text in {**update.rendered, **later}.items()}
        paths = {page.path for page in update.plan.pages}
        locations = update.plan.locations

        def make_data() -> dict[str, bytes]:
            return data_files(self.project, shown, info, locations)

        if not self.files:  # the first time: every file, at once
            files = {**pages, **make_data(), BANNER_SCRIPT: banner}
            report = write_generated(self.docs, files)
            self.files = set(files)
        else:
            removed = self.page_paths - paths
            rest = update_generated(self.docs, {p: pages[p] for p in later}, removed)
            self.tell((), [*rest, *sorted(removed)])
            written = first + rest
            self.files = (self.files - removed) | set(pages)
            report = WriteReport(len(written), len(self.files) - len(written), len(removed))
            self._write_data(self.data.start(make_data))
        self.page_paths = paths
        # What is kept lives until the next save: out of the garbage collector's sight, its
        # full collections stop walking the whole chronology after every save.
        gc.freeze()
        drafts = " (drafts included)" if self.include_drafts else ""
        problems = f"; {len(errors)} problem(s) shown on every page" if errors else ""
        self.echo(
            f"Preview: {len(paths)} pages for {len(shown.events)} entries{drafts} in "
            f"{self.project.rel(self.docs)}/: {report.written} written, {report.unchanged} unchanged, "
            f"{report.removed} removed{problems} ({time.perf_counter() - started:.1f} s)"
        )
        return errors

    def _write_first(self, rendered: dict[str, str], banner: bytes) -> list[str]:
        """Write the edited entries' pages (and the banner) and tell the engine; return those written."""
        files = {path: text.encode("utf-8") for path, text in rendered.items()}
        written = update_generated(self.docs, {**files, BANNER_SCRIPT: banner})
        self.tell(written, ())
        return written

    def follow_data(self) -> None:
        """Write the data files once the child making them is done."""
        self._write_data(self.data.ready())

    def _write_data(self, files: dict[str, bytes] | None) -> None:
        if files is None:
            return
        written = update_generated(self.docs, files)
        self.tell((), written)
        self.files |= set(files)
        if written:
            self.echo(f"Preview: data files updated ({len(written)} written)")


def write_preview(project: Project, include_drafts: bool, echo: Echo) -> list[Problem]:
    """Write the whole preview once (what `chronicle serve` does before serving)."""
    return Preview(project, include_drafts, echo).refresh()


def watched_state(project: Project) -> dict[str, tuple[int, int]]:
    """A fingerprint of chronology/ and content/'s own pages: (modification time, size) by path.

    Taken twice a second, so it walks the folders with os.scandir (no Path objects): about
    20 ms for 10,000 files.
    """
    state: dict[str, tuple[int, int]] = {}
    _scan(str(project.chronology), state, lambda name: True)
    content = str(project.content_dir)
    skipped = {os.path.join(content, *folder.split("/")) for folder in GENERATED_DIRS}
    skipped |= {os.path.join(content, name) for name in GENERATED_FILES}
    _scan(content, state, lambda path: path not in skipped)
    return state


def _scan(folder: str, state: dict[str, tuple[int, int]], keep: Callable[[str], bool]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not keep(entry.path):
            continue
        try:
            if entry.is_dir():
                _scan(entry.path, state, keep)
            elif entry.is_file():
                info = entry.stat()
                state[entry.path] = (info.st_mtime_ns, info.st_size)
        except OSError:
            continue


def changed_files(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> set[Path]:
    """The files added, deleted or changed between two fingerprints."""
    return {Path(p) for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


def serve_preview(
    project: Project, addr: str = "127.0.0.1:8000", include_drafts: bool = True, echo: Echo = print,
    poll: float = 0.5, engine: str = "mkdocs",
) -> None:
    """Write the preview, start the engine's live-reloading server, follow every saved edit.

    Interrupted (KeyboardInterrupt: the command turns SIGTERM into it), it stops the server.
    """
    check_address(addr)
    state = watched_state(project)
    preview = Preview(project, include_drafts, echo)
    preview.refresh()
    docs = docs_dir(project)
    check_engine_config(project, (p.relative_to(docs).as_posix() for p in docs.rglob("*.md")
                                  if is_generated(p.relative_to(docs).as_posix())))
    config = write_config(project)
    server = site_engine.start_server(project, addr, config, engine)
    preview.tell = lambda first, rest: site_engine.get_engine(engine).tell(server, first, rest)
    echo(f"Serving on http://{addr}/ — edit files in chronology/ and the pages follow. Ctrl+C stops.")
    try:
        while server.poll() is None:
            time.sleep(poll)
            current = watched_state(project)
            if current != state:
                changed = changed_files(state, current)
                state = current
                preview.refresh(changed)
            preview.follow_data()
    except KeyboardInterrupt:
        pass
    finally:
        preview.data.stop()
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
        config.unlink(missing_ok=True)
    if server.returncode not in (0, None, -15):
        raise ChronicleError(f"the site server stopped with exit status {server.returncode}")
