"""`chronicle serve`: the site is served with drafts, and a saved YAML edit reaches the page."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import edit

MACRON = "chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, text: str, deadline: float) -> str:
    """Fetch url until its body holds text (or the deadline passes); return the last body."""
    body = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body = response.read().decode("utf-8")
            if text in body:
                return body
        except OSError:
            pass
        time.sleep(0.3)
    return body


def test_serve_shows_drafts_and_follows_yaml_edits(site_project: Path) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "chronicle.cli",
            "--root",
            str(site_project),
            "serve",
            "--addr",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = _wait_for(f"{base}/timeline/2022/09/", "Draft, not yet reviewed", time.monotonic() + 60)
        assert "Pashinyan addresses parliament on the fighting" in body
        edit(
            site_project / MACRON,
            "title: Macron and Pashinian speak",
            "title: Macron and Pashinian talk",
        )
        body = _wait_for(
            f"{base}/timeline/2021/05/", "Macron and Pashinian talk by phone", time.monotonic() + 60
        )
        assert "Macron and Pashinian talk by phone about the border standoff" in body
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0].decode("utf-8", "replace")
    runs = re.findall(
        r"^Generated 36 pages and 8 data and asset files for 6 entries \(drafts included\) "
        r"in content/: (\d+) written, (\d+) unchanged, 0 removed$",
        output,
        re.M,
    )
    assert runs[0] == ("44", "0"), output
    # The edit rewrote only the pages showing the changed title, not all 42 files.
    written, unchanged = map(int, runs[1])
    assert 0 < written < 44 and written + unchanged == 44, output
