"""`chronicle serve`'s MkDocs server: the site built once, then only the pages each save wrote.

    python -m chronicle.mkdocs_preview CONFIG HOST:PORT   (started by engine.MkDocs.serve)

`mkdocs serve --dirtyreload` spent about a second on every rebuild before any page (at
10,000 events: the config read again, the theme's templates listed and compiled again,
404 and sitemap rebuilt), noticed a save by polling the docs folder every half second, and
showed nothing until every page the save wrote was rebuilt; its search index then held the
rebuilt pages only. This server keeps one MkDocs build alive instead: the config, the
theme's templates, the files and the navigation of a full build at start-up. The preview
tells it on stdin, one JSON line per save, which files it wrote (`first`: the pages of the
entries edited and the problems' script; `rest`: the other pages, the data files, and the
files it removed). It rebuilds the `first` files at once and reloads the browsers, then the
rest one page at a time, so a later save's pages go before an earlier save's remainder.
The search index keeps every page's entries, a rebuilt page's replaced. MkDocs runs with
Chronicle's hook (mkdocs_hook.py), as for `chronicle build`.

It drives MkDocs 1.6 through the functions `mkdocs build` itself calls for each page
(`_populate_page`, `_build_page`) and the live-reload server of `mkdocs serve`; the pinned
MkDocs version is the one it was written against (tests/test_serve.py runs it).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.commands.build import _build_page, _populate_page, build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer, _serve_url, _timestamp
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from .engine import MkDocs, configured_hooks

#: How many of the `rest` pages one rebuild takes (with the static files before them): a
#: later save's first pages wait for at most these.
REST_PAGES = 1

log = logging.getLogger("mkdocs.chronicle")


class Kept(BasePlugin):  # type: ignore[type-arg,no-untyped-call]  # MkDocs is partly typed
    """A plugin that keeps what a full build made: the files, the navigation, the templates."""

    files: Files
    nav: Navigation
    env: Any

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.files = files
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.env = env
        return env


class _Later:
    """Stands for the search plugin's index while pages are rebuilt first: notes each page and
    the content the plugin was given, for `Site.index_later`."""

    def __init__(self, later: dict[str, tuple[Page, str]]) -> None:
        self.later = later

    def add_entry_from_context(self, page: Page) -> None:
        self.later[page.file.src_uri] = (page, page.content or "")


class Queue:
    """The files waiting to be rebuilt: the first ones of the latest saves, then the rest."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.first: dict[str, None] = {}
        self.rest: dict[str, None] = {}

    def add(self, first: Iterable[str], rest: Iterable[str]) -> None:
        with self.lock:
            for path in first:
                self.rest.pop(path, None)
                self.first[path] = None
            for path in rest:
                if path not in self.first:
                    self.rest[path] = None

    def take(self) -> tuple[bool, list[str]]:
        """The next files to rebuild: every first file waiting (True), else a few of the rest."""
        with self.lock:
            if self.first:
                taken, self.first = list(self.first), {}
                return True, taken
            taken, pages = [], 0
            for path in self.rest:
                if pages == REST_PAGES:
                    break
                taken.append(path)
                pages += path.endswith(".md")
            for path in taken:
                del self.rest[path]
            return False, taken

    def __bool__(self) -> bool:
        with self.lock:
            return bool(self.first or self.rest)


class Site:
    """The preview's site: built once in full, then rebuilt file by file."""

    def __init__(self, config_file: str, addr: str) -> None:
        # The served address as `mkdocs serve --dev-addr` sets it: the theme leaves the
        # Content-Security-Policy out of pages served there (live reload is an inline script).
        # With Chronicle's hook, as `chronicle build` runs MkDocs (engine.MkDocs.build).
        hooks: dict[str, Any] = {} if os.environ.get("CHRONICLE_MKDOCS_HOOK", "1") == "0" else {
            "hooks": [*configured_hooks(Path(config_file)), str(MkDocs.HOOK)]}
        self.config = load_config(config_file=config_file, dev_addr=addr, **hooks)
        host, port = self.config.dev_addr
        serve_url = _serve_url(host, port, "/")
        self.config.site_url = serve_url
        self.config.plugins.on_startup(command="serve", dirty=False)
        self.kept = Kept()
        self.config.plugins["chronicle-preview"] = self.kept
        self.serve_url = serve_url
        #: The search index's entries of each page, by the page's source path.
        self.search: dict[str, list[dict[str, Any]]] = {}
        #: Pages rebuilt but not yet indexed, with the content the search plugin was given.
        self.later: dict[str, tuple[Page, str]] = {}

    def build_all(self) -> None:
        """The full build of start-up, each page's search entries noted."""
        started = time.perf_counter()
        build(self.config, serve_url=self.serve_url)
        index = getattr(self._search_plugin(), "search_index", None)
        if index is not None:
            pages = {f.url: f.src_uri for f in self.kept.files.documentation_pages()}
            for entry in index.entries:
                url = entry["location"].partition("#")[0]
                self.search.setdefault(pages.get(url, url), []).append(entry)
            index.entries = []
        log.info(f"Built the preview in {time.perf_counter() - started:.1f} s")

    def rebuild(self, paths: Sequence[str], index: bool = True) -> None:
        """Rebuild these files of the docs folder (pages, static files, files removed).

        `index`: add the pages to the search index now (else later, `index_later`: reading a
        large page for the index takes about a third of its rebuild).
        """
        started = time.perf_counter()
        config, files = self.config, self.kept.files
        pages: list[Page] = []
        for path in paths:
            file = files.get_file_from_path(path)
            if not os.path.isfile(os.path.join(config.docs_dir, path)):
                if file is not None:
                    self._remove(file)
                continue
            if file is None:
                file = self._add(path)
            if file.page is not None:
                pages.append(file.page)
            elif file.inclusion.is_in_serve():  # type: ignore[no-untyped-call]
                file.copy_file()
        for page in pages:
            _populate_page(page, config, files)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        plugin = self._search_plugin()
        real = getattr(plugin, "search_index", None)
        if real is not None and not index:
            plugin.search_index = _Later(self.later)  # type: ignore[union-attr]
        try:
            for page in pages:
                before = len(real.entries) if real is not None else 0
                _build_page(page, config, doc_files, self.kept.nav, self.kept.env,
                            excluded=page.file.inclusion.is_excluded())  # type: ignore[no-untyped-call]
                if real is not None and index:
                    self.search[page.file.src_uri] = real.entries[before:]
                    self.later.pop(page.file.src_uri, None)
        finally:
            if real is not None:
                plugin.search_index = real  # type: ignore[union-attr]
        log.info(f"Rebuilt {len(paths)} file(s) in {time.perf_counter() - started:.2f} s")

    def index_later(self) -> None:
        """Add the pages rebuilt without indexing to the search index; write the index."""
        index = getattr(self._search_plugin(), "search_index", None)
        if index is None:
            return
        for src, (page, content) in self.later.items():
            shown, page.content = page.content, content
            before = len(index.entries)
            try:
                index.add_entry_from_context(page)
            finally:
                page.content = shown
            self.search[src] = index.entries[before:]
        self.later.clear()
        index.entries = [entry for entries in self.search.values() for entry in entries]
        data = index.generate_search_index(None)
        index.entries = []
        path = Path(self.config.site_dir, "search", "search_index.json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data, encoding="utf-8")

    def _add(self, path: str) -> File:
        config = self.config
        file = File(path, config.docs_dir, config.site_dir, config.use_directory_urls)
        set_exclusions([file], config)
        self.kept.files.append(file)
        if file.is_documentation_page():
            Page(None, file, config)
        return file

    def _remove(self, file: File) -> None:
        self.kept.files.remove(file)
        self.search.pop(file.src_uri, None)
        with contextlib.suppress(OSError):
            os.remove(file.abs_dest_path)

    def _search_plugin(self) -> BasePlugin | None:  # type: ignore[type-arg]
        return self.config.plugins.get("material/search") or self.config.plugins.get("search")


class Server(LiveReloadServer):
    """`mkdocs serve`'s live-reload server, its build loop rebuilding what the preview wrote.

    A page requested while its save's first files are rebuilt waits for them, as with `mkdocs
    serve`; while the rest is rebuilt, pages are served at once. Browsers reload when the
    first files are rebuilt and when the rest is.
    """

    def __init__(self, site: Site, queue: Queue, host: str, port: int) -> None:
        super().__init__(builder=lambda: None, host=host, port=port, root=site.config.site_dir,
                         mount_path=urlsplit(site.serve_url).path)
        self.site, self.queue = site, queue
        # The server puts its live-reload script into pages only while it watches a path: the
        # config, as `mkdocs serve` does (a change to it rebuilds nothing the queue does not hold).
        if site.config.config_file_path:
            self.watch(site.config.config_file_path)
        missing = Path(site.config.site_dir, "404.html")
        self.error_handler = lambda code: missing.read_bytes() if code == 404 and missing.is_file() else None

    def wake(self) -> None:
        """Rebuild what the queue holds (what the server's own file watcher does on a change)."""
        with self._rebuild_cond:
            self._want_rebuild = True
            self._rebuild_cond.notify_all()

    def _build_loop(self) -> None:  # MkDocs 1.6's loop, its conditions and epochs, for the queue
        while True:
            with self._rebuild_cond:
                while not self._rebuild_cond.wait_for(lambda: self._want_rebuild or self._shutdown,
                                                      timeout=self.shutdown_delay):
                    pass
                if self._shutdown:
                    break
                self._want_rebuild = False
            while self.queue and not self._shutdown:
                self._rebuild()

    def _rebuild(self) -> None:
        first, paths = self.queue.take()
        if first:
            self._wanted_epoch = _timestamp()  # pages requested now wait for these
        try:
            self.site.rebuild(paths, index=False)
            if not self.queue:
                self.site.index_later()
        except Exception:
            traceback.print_exc()
            log.error("The preview could not rebuild " + ", ".join(paths))
        if first or not self.queue:
            with self._epoch_cond:
                self._wanted_epoch = self._visible_epoch = _timestamp()
                self._epoch_cond.notify_all()


def _read_saves(queue: Queue, server: Server) -> None:
    """Read the preview's messages from stdin; each wakes the server's build loop."""
    for line in sys.stdin:
        try:
            message = json.loads(line)
        except ValueError:
            continue
        queue.add(message.get("first", ()), message.get("rest", ()))
        server.wake()
    # The preview is gone (stdin closed): stop serving.
    os.kill(os.getpid(), signal.SIGTERM)


def _stop(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # once: the shutdown is not interrupted
    raise KeyboardInterrupt


def serve(config_file: str, addr: str) -> None:
    """Build the preview, serve it with live reload, rebuild what the preview says it wrote."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s", stream=sys.stderr)
    site = Site(config_file, addr)
    site.build_all()
    queue = Queue()
    host, port = site.config.dev_addr
    server = Server(site, queue, host, port)
    threading.Thread(target=_read_saves, args=(queue, server), daemon=True).start()
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve()  # type: ignore[no-untyped-call]
    except KeyboardInterrupt:
        log.info("Shutting down...")
    finally:
        server.shutdown()
        site.config.plugins.on_shutdown()


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2])
