"""Edit → page in `chronicle serve`, measured as a contributor lives it.

Starts the real command on a free port and times: start-up (until the event's page is
served), a saved edit of the event's title (until the page shows the new title), a saved
edit with an error (until the page, or a script it loads, names the file:line of the
problem: the preview's error banner), and the error fixed (until the page shows the entry
again: the pages the error moved may still be rebuilding then). The file is restored
afterwards and the server stopped (its process group, which this module started).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from .sitestats import page_of

#: Where `chronicle serve` builds its site with MkDocs (the preview's config says so).
PREVIEW_SITE = ".chronicle-preview/site"
SCRIPT = re.compile(r'<script[^>]+src="([^"]+)"')
TITLE = re.compile(r"^title: .*$", re.M)
STATUS = re.compile(r"^status: reviewed$", re.M)


def free_port() -> int:
    """A local port nothing listens on now (the server is started on it right after)."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> str:
    """The body of url, or '' while it cannot be served."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            body: bytes = response.read()
            return body.decode("utf-8", "replace")
    except OSError:
        return ""


def with_scripts(url: str) -> str:
    """A page and the local scripts it loads, as the browser would run them."""
    page = fetch(url)
    scripts = [fetch(urljoin(url, src)) for src in SCRIPT.findall(page) if "://" not in src]
    return "\n".join([page, *scripts])


def wait_until(read: Callable[[], str], found: Callable[[str], bool], timeout: float,
               every: float = 0.1) -> float | None:
    """Seconds until found(read()) holds, or None after timeout."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if found(read()):
            return round(time.perf_counter() - started, 2)
        time.sleep(every)
    return None


def measure_serve(
    root: Path, page: str | None, event_file: Path, log: Path, timeout: float
) -> dict[str, Any]:
    """Start-up, edit → page, error → banner and fix → page times of `chronicle serve` on one event.

    `page`: the event's page in the site (None: found in the preview's site once it is served,
    when no site was built before).
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}/{page or ''}"
    original = event_file.read_text(encoding="utf-8")
    new_title = "Benchmark edit renamed this entry"
    edited, titles = TITLE.subn(f"title: {new_title}", original, count=1)
    broken, statuses = STATUS.subn("status: published", original, count=1)
    if not (titles and statuses):
        raise ValueError(f"{event_file} has no `title:` or `status: reviewed` line to edit")
    problem = re.compile(re.escape(event_file.name) + r":\d+")
    result: dict[str, Any] = {"page": "/" + (page or "?"), "file": event_file.name}
    command = [sys.executable, "-m", "chronicle.cli", "--root", str(root), "serve", "--addr",
               f"127.0.0.1:{port}"]
    started = time.perf_counter()
    with log.open("ab") as out:
        server = subprocess.Popen(command, cwd=root, stdout=out, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    try:
        served = wait_until(lambda: fetch(url), bool, timeout, every=0.5)
        if served is None:
            return {**result, "startup_s": None, "edit_s": None, "error_s": None,
                    "note": f"the page was not served within {timeout:.0f} s"}
        result["startup_s"] = round(time.perf_counter() - started, 2)
        if page is None:
            page = page_of(root / PREVIEW_SITE, event_file.stem)
            url, result["page"] = url + page, "/" + page
        event_file.write_text(edited, encoding="utf-8")
        result["edit_s"] = wait_until(lambda: fetch(url), lambda body: new_title in body, timeout)
        event_file.write_text(broken, encoding="utf-8")
        result["error_s"] = wait_until(lambda: with_scripts(url), lambda text: bool(problem.search(text)),
                                       timeout)
        event_file.write_text(edited, encoding="utf-8")
        result["fix_s"] = wait_until(lambda: with_scripts(url),
                                     lambda text: new_title in text and not problem.search(text), timeout)
    finally:
        event_file.write_text(original, encoding="utf-8")
        _stop(server)
    return result


def _stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the server's process group (SIGTERM, then SIGKILL after 30 s)."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
