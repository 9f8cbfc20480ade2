"""axe-core in Chromium: which pages of a built site to scan, and how to scan one.

Used by the accessibility tests (test_accessibility.py) and, run as a script, to measure a
built site and print the violations per rule and per kind of page:

    .venv/bin/python tests/browser/axe.py site/            # the site `make site` built

axe-core is the npm package pinned in tests/browser/package.json; `make test` installs it
into tests/browser/node_modules (`npm ci`). It is added to every page of a browser context as
an init script, which the page's Content-Security-Policy does not apply to.
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
#: The rules checked: WCAG 2.0, 2.1 and 2.2, levels A and AA (axe's own tag names).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCHEMES = ("light", "dark")
#: Desktop and phone widths (CSS pixels) and the height used with each.
WIDTHS = {1280: 800, 390: 844}
#: What to type in the search box for "search with results open".
SEARCH_QUERY = "Armenia"

NOT_INSTALLED = (
    f"axe-core is not installed at {AXE_JS}: run `make test` (it runs `npm ci` in tests/browser/; "
    "needs Node.js and npm, e.g. `apt-get install npm`)"
)


def page_kinds(site: Path) -> dict[str, str]:
    """The address of one page of every kind the site generates, picked from the built site.

    Each kind's largest page is taken (the most entries, so the most links to check). The
    404 page is opened at its own address: the test server answers a missing page with its
    own error page, not the site's.
    """
    kinds = {"home": "/", "search": "/", "data": "/data/", "404": "/404.html"}
    folders = {
        "year": "timeline/[0-9]*",
        "month": "timeline/[0-9]*/[0-9][0-9]",
        "actor": "actors/*",
        "type": "types/*",
        "place": "places/*",
        "tag": "tags/*",
        "outlet": "sources/*",
    }
    for kind, pattern in folders.items():
        pages = [p for p in site.glob(f"{pattern}/index.html")]
        if pages:
            largest = max(pages, key=lambda p: (p.stat().st_size, str(p)))
            kinds[kind] = "/" + largest.parent.relative_to(site).as_posix() + "/"
    return kinds


def new_context(browser: Any, scheme: str, width: int) -> Any:
    """A browser context in this colour scheme and width, with axe-core in every page."""
    context = browser.new_context(
        viewport={"width": width, "height": WIDTHS.get(width, 800)},
        color_scheme=scheme,
        is_mobile=width < 600,
        has_touch=width < 600,
        reduced_motion="reduce",
    )
    context.add_init_script(path=str(AXE_JS))
    return context


def open_page(page: Any, base_url: str, kind: str, path: str) -> None:
    """Go to the page; for "search", type a query and wait for the results to show."""
    page.goto(base_url + path, wait_until="networkidle" if kind == "search" else "load")
    if kind == "search" and page.locator("input.md-search__input").count():
        toggle = page.locator("label.md-header__button[for=__search]")
        if toggle.is_visible():  # phones: the search box opens from the header button
            toggle.click()
        box = page.locator("input.md-search__input")
        box.click()
        box.fill(SEARCH_QUERY)
        box.press("End")  # fill() alone does not wake Material's search
        page.locator(".md-search-result__list li").first.wait_for(state="visible", timeout=10_000)
        page.wait_for_timeout(300)  # the result list fades in
    elif kind == "search":  # Zensical: a button (on phones, the header's icon) opens its dialog
        button = page.locator(".md-search__button").first
        (button if button.is_visible() else page.locator("label.md-header__button[for=__search]")).click()
        page.wait_for_timeout(500)
        page.keyboard.type(SEARCH_QUERY)
        page.wait_for_timeout(1500)


def scan(page: Any) -> list[dict[str, Any]]:
    """Run axe on the page with the WCAG A/AA rules; return its violations, simplified."""
    results = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: "tag", values: tags},
                                        resultTypes: ["violations"]})""",
        WCAG_TAGS,
    )
    return [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [
                {"target": n["target"], "html": n["html"][:160], "why": n["failureSummary"]}
                for n in v["nodes"]
            ],
        }
        for v in results["violations"]
    ]


def describe(violations: list[dict[str, Any]], limit: int = 5) -> str:
    """Violations as readable lines for a test failure: rule, count, the first few nodes."""
    lines = []
    for v in violations:
        lines.append(f"{v['rule']} ({v['impact']}, {len(v['nodes'])} nodes): {v['help']}")
        for n in v["nodes"][:limit]:
            why = " ".join(n["why"].split())[:300]
            lines.append(f"    {' '.join(map(str, n['target']))}: {why}")
    return "\n".join(lines)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve a built site on a free port of 127.0.0.1; yield its address."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def measure(site: Path) -> dict[str, Any]:
    """Scan every kind of page in both schemes at both widths; count nodes per rule and kind."""
    from playwright.sync_api import sync_playwright

    from browser.conftest import CHROMIUM, CHROMIUM_ARGS

    by_rule: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_rule_kind: Counter[tuple[str, str]] = Counter()
    by_mode: Counter[str] = Counter()
    impacts: Counter[str] = Counter()
    scans = 0
    kinds = page_kinds(site)
    with serve(site) as base_url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        for scheme in SCHEMES:
            for width in WIDTHS:
                context = new_context(browser, scheme, width)
                page = context.new_page()
                for kind, path in kinds.items():
                    open_page(page, base_url, kind, path)
                    scans += 1
                    for v in scan(page):
                        n = len(v["nodes"])
                        by_rule[v["rule"]] += n
                        by_kind[kind] += n
                        by_rule_kind[v["rule"], kind] += n
                        by_mode[f"{scheme} {width}px"] += n
                        impacts[v["impact"]] += n
                context.close()
        browser.close()
    return {
        "pages": kinds,
        "scans": scans,
        "total": sum(by_rule.values()),
        "impacts": dict(impacts),
        "by_rule": dict(by_rule),
        "by_kind": {k: by_kind.get(k, 0) for k in kinds},
        "by_mode": dict(by_mode),
        "by_rule_and_kind": {f"{r} / {k}": n for (r, k), n in sorted(by_rule_kind.items())},
    }


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    if not AXE_JS.exists():
        sys.exit(NOT_INSTALLED)
    print(json.dumps(measure(Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()), indent=2))
