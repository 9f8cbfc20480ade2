"""What a built site weighs: pages, the largest page, size, search index, page weight on load.

Everything is read from the built site/ folder, not from Chronicle's internals, so the
figures stay comparable whatever the generator or the engine does inside.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")


def nav_entries(site: Path) -> int:
    """Count the links in the primary navigation of the home page."""
    text = (site / "index.html").read_text(encoding="utf-8")
    start = text.find('<nav class="md-nav md-nav--primary')
    end = text.find("</nav>", start)
    depth_end = end
    # The primary nav nests <nav> elements; count links up to the matching close.
    opened = text.count("<nav", start, end) - 1
    while opened > 0:
        depth_end = text.find("</nav>", depth_end + 1)
        opened -= 1
    return text.count('class="md-nav__link', start, depth_end)


def search_files(site: Path) -> list[Path]:
    """The search index: MkDocs' search/search_index.json, Zensical's search.json, or split parts."""
    return sorted(p for p in site.rglob("*.json") if "search" in p.relative_to(site).as_posix())


def _entries(path: Path) -> int:
    """Entries of one index file: its `docs` (Lunr-style, as Material writes it) or its items."""
    data = json.loads(path.read_bytes())
    if isinstance(data, dict):
        data = data.get("docs", data.get("items", data))
    return len(data)


def site_stats(site: Path) -> dict[str, Any]:
    """Pages, largest page, site size, search index size and entries, navigation."""
    files = [p for p in site.rglob("*") if p.is_file()]
    htmls = [p for p in files if p.suffix == ".html"]
    largest = max(htmls, key=lambda p: p.stat().st_size)
    index = search_files(site)
    index_bytes = sum(p.stat().st_size for p in index)
    return {
        "pages": len(htmls),
        "largest_page_kb": round(largest.stat().st_size / 1e3, 1),
        "largest_page": largest.relative_to(site).as_posix(),
        "html_mb": round(sum(p.stat().st_size for p in htmls) / 1e6, 1),
        "site_mb": round(sum(p.stat().st_size for p in files) / 1e6, 1),
        "search_index": [p.relative_to(site).as_posix() for p in index],
        "search_index_mb": round(index_bytes / 1e6, 2),
        "search_index_gzip_mb": round(sum(len(gzip.compress(p.read_bytes(), 6)) for p in index) / 1e6, 2),
        "search_entries": sum(_entries(p) for p in index),
        "nav_entries": nav_entries(site) if (site / "index.html").is_file() else None,
    }


def page_of(site: Path, event_id: str) -> str:
    """The address (relative to the site) of the event's own page: the `url` the open data
    (data/events.json) gives it, else the first timeline page holding its anchor."""
    data = site / "data" / "events.json"
    if data.is_file():
        for event in json.loads(data.read_bytes()).get("events", ()):
            if event.get("id") == event_id and event.get("url"):
                return urlsplit(str(event["url"])).path.lstrip("/")
    needle = f'id="{event_id}"'
    for path in sorted(site.rglob("*.html"), key=lambda p: not p.is_relative_to(site / "timeline")):
        if needle in path.read_text(encoding="utf-8", errors="replace"):
            return path.relative_to(site).as_posix().removesuffix("index.html")
    raise LookupError(f"no page of {site} has {needle}")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        pass


@contextmanager
def static_server(folder: Path) -> Iterator[str]:
    """Serve a folder over HTTP on a free local port; yield its base address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def page_weights(site: Path, pages: list[str]) -> dict[str, dict[str, Any]]:
    """What a browser downloads on opening each page (HTML, styles, scripts, images, data it
    fetches, the search index when the page loads it), before the reader does anything.

    Measured in Chromium when it and Playwright are installed; otherwise estimated from the
    HTML (its stylesheets, scripts, images and, for Material, the search index its search
    worker loads on every page).
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {page: _static_weight(site, page) for page in pages}
    if not CHROMIUM.exists():
        return {page: _static_weight(site, page) for page in pages}
    weights = {}
    with static_server(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            for page in pages:
                weights[page] = _browser_weight(browser, base + page)
        finally:
            browser.close()
    return weights


def _browser_weight(browser: Any, url: str) -> dict[str, Any]:
    context = browser.new_context(service_workers="block")
    responses: list[Any] = []
    context.on("response", lambda response: responses.append(response))
    tab = context.new_page()
    tab.goto(url, wait_until="networkidle")
    tab.wait_for_timeout(500)  # a script may start a fetch after the network went idle
    sizes = {}
    for response in responses:
        try:
            sizes[urlsplit(response.url).path] = len(response.body())
        except Exception:  # a redirect or an aborted request has no body
            continue
    context.close()
    return _weight(sizes, "chromium")


def _weight(sizes: dict[str, int], method: str) -> dict[str, Any]:
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:3]
    return {
        "bytes": sum(sizes.values()),
        "requests": len(sizes),
        "largest": [f"{path} {size / 1e3:.0f} KB" for path, size in largest],
        "method": method,
    }


def _static_weight(site: Path, page: str) -> dict[str, Any]:
    html_path = site / page / "index.html" if not page.endswith(".html") else site / page
    html = html_path.read_text(encoding="utf-8")
    folder = html_path.parent
    sizes = {"/" + page: len(html.encode("utf-8"))}
    links = re.findall(
        r'<(?:link[^>]+rel="(?:stylesheet|icon)"[^>]*href|script[^>]+src|img[^>]+src)="([^"]+)"', html
    )
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
    if config:
        settings = json.loads(config.group(1))
        if settings.get("search"):
            links += [settings["search"], f"{settings.get('base', '.')}/search/search_index.json"]
    for link in links:
        target = (folder / link.split("?")[0].split("#")[0]).resolve()
        if "://" not in link and target.is_file():
            sizes["/" + target.relative_to(site.resolve()).as_posix()] = target.stat().st_size
    return _weight(sizes, "estimated from the HTML (no Chromium/Playwright)")
