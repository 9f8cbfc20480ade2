"""Real-browser fixtures: the site fixture built once, served on 127.0.0.1, Debian's Chromium.

Playwright never downloads a browser here: it drives /usr/bin/chromium. Without it the
tests are skipped with the reason below (and `make test` says so at the end), unless
CHRONICLE_REQUIRE_BROWSER=1 (set by .ci/run), which makes them fail instead.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

#: Debian's Chromium (CHRONICLE_CHROMIUM overrides it, e.g. to check the message below).
CHROMIUM = Path(os.environ.get("CHRONICLE_CHROMIUM", "/usr/bin/chromium"))
NOT_RUN = (
    f"browser tests did not run: Chromium not found at {CHROMIUM}; install it with "
    "`apt-get install chromium` (or run .ci/run)"
)
_skipped: list[str] = []
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    # No DNS at all: only the local server can be reached, so an external request fails loudly.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip (or, when required, fail) the browser tests when Chromium is missing."""
    if CHROMIUM.exists():
        return
    required = os.environ.get("CHRONICLE_REQUIRE_BROWSER") == "1"
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            if required:
                item.add_marker(pytest.mark.usefixtures("_require_browser"))
            else:
                item.add_marker(pytest.mark.skip(reason=NOT_RUN))
                _skipped.append(item.nodeid)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly, as the last line, that the browser tests were skipped and how to run them."""
    if _skipped:
        terminalreporter.write_line(f"NOTE: {len(_skipped)} {NOT_RUN}", yellow=True, bold=True)


@pytest.fixture
def _require_browser() -> None:
    pytest.fail(
        NOT_RUN.replace("did not run", "are required (CHRONICLE_REQUIRE_BROWSER=1) but cannot run")
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site fixture's chronology built with `chronicle build`; returns site/."""
    from chronicle.cli import main
    from projects import FIXTURES, copy_project

    root = copy_project(tmp_path_factory.mktemp("browser") / "site", FIXTURES / "site" / "chronology")
    result = CliRunner().invoke(main, ["--root", str(root), "build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root / "site"


@pytest.fixture(scope="session")
def base_url(built_site: Path) -> Iterator[str]:
    """Serve site/ over http on a free port (search does not work from file://)."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base signature
        pass


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


class PageErrors(list):
    """Console errors, page errors and failed requests seen by one page."""


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[object]:
    """A fresh page recording console errors, uncaught exceptions and failed requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    errors = PageErrors()
    page.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    # A request cancelled by the test's own navigation is not an error of the site.
    page.on(
        "requestfailed",
        lambda r: (
            errors.append(f"requestfailed: {r.url} {r.failure}")
            if "ERR_ABORTED" not in (r.failure or "")
            else None
        ),
    )
    page.errors = errors
    yield page
    context.close()
