"""`chronicle serve`: a preview with drafts that follows edits, apart from the public build.

Each test starts the real command on a copy of the site fixture, on a free port, and reads
what it serves over HTTP.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import REPO, edit

MACRON = "chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml"
DRAFT_PAGE = "/timeline/2022/09/"
DRAFT_MARK = "Draft, not yet reviewed"
BANNER = "/assets/chronicle/preview-problems.js"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fetch(url: str) -> str:
    """The body of url ("" while nothing answers, or while the file is being rewritten: the
    server then sends fewer bytes than it announced)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (OSError, http.client.IncompleteRead):
        return ""


def _status(url: str) -> int:
    """The HTTP status of url (0 while nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def _wait_for(url: str, text: str, deadline: float, present: bool = True) -> str:
    """Fetch url until its body holds text (or no longer does); return the last body."""
    body = ""
    while time.monotonic() < deadline:
        body = _fetch(url)
        if body and (text in body) == present:
            return body
        time.sleep(0.3)
    return body


class Served:
    """A running `chronicle serve`: its base address, and its output as it comes.

    The output is read line by line while the command runs (unbuffered), so a test can wait
    for a line the preview prints after it has served a page: the edited entry's page is
    written, and served, before the preview's line about that save.
    """

    def __init__(self, process: subprocess.Popen[bytes], base: str) -> None:
        self.process, self.base = process, base
        self._lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            self._lines.append(raw.decode("utf-8", "replace"))

    @property
    def output(self) -> str:
        return "".join(self._lines)

    def wait_for_output(self, pattern: str, count: int, deadline: float) -> None:
        """Wait until `pattern` matches `count` lines of the output (or the deadline passes)."""
        while time.monotonic() < deadline and len(re.findall(pattern, self.output, re.M)) < count:
            time.sleep(0.2)

    def stop(self) -> None:
        """Stop the command (its process group) and read the rest of its output."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)


@contextmanager
def serving(root: Path, *command: str) -> Iterator[Served]:
    """Run a serve command (default `chronicle serve` on a free port) in its own process group."""
    port = _free_port()
    command = command or (sys.executable, "-m", "chronicle.cli", "--root", str(root), "serve",
                          "--addr", f"127.0.0.1:{port}")
    command = tuple(c.replace("{port}", str(port)) for c in command)
    process = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    served = Served(process, f"http://127.0.0.1:{port}")
    try:
        yield served
    finally:
        served.stop()


PREVIEW_LINE = (r"^Preview: 36 pages for 6 entries \(drafts included\) in \.chronicle-preview/docs/: "
                r"(\d+) written, (\d+) unchanged, 0 removed \(\d+\.\d s\)$")


def test_serve_shows_drafts_and_follows_yaml_edits(site_project: Path) -> None:
    with serving(site_project) as served:
        body = _wait_for(served.base + DRAFT_PAGE, DRAFT_MARK, time.monotonic() + 60)
        assert "Pashinyan addresses parliament on the fighting" in body
        edit(site_project / MACRON, "title: Macron and Pashinian speak", "title: Macron and Pashinian talk")
        body = _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian talk by phone",
                         time.monotonic() + 60)
        assert "Macron and Pashinian talk by phone about the border standoff" in body
        served.wait_for_output(PREVIEW_LINE, 2, time.monotonic() + 60)
    runs = re.findall(PREVIEW_LINE, served.output, re.M)
    assert runs[0] == ("48", "0"), served.output
    # The edit rewrote only the pages showing the changed title, not all 48 files.
    written, unchanged = map(int, runs[1])
    assert 0 < written < 48 and written + unchanged == 48, served.output
    # The preview never wrote into content/ or site/: those are the public build's.
    assert not (site_project / "site").exists()
    assert sorted(p.name for p in (site_project / "content").iterdir()) == ["about.md", "methodology.md"]


def test_a_busy_port_is_one_line_naming_the_port_and_the_option(site_project: Path) -> None:
    """Measured before: a 30-line traceback after a 7-second build."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "chronicle.cli", "--root", str(site_project), "serve",
             "--addr", f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"Error: port {port} on 127.0.0.1 is already in use (another `chronicle serve`?) — choose "
        f"another with --addr 127.0.0.1:{port + 1} (make serve PORT={port + 1})"
    ]
    assert result.stdout == ""  # refused before building anything
    assert time.monotonic() - started < 20
    assert not (site_project / ".chronicle-preview").exists()


def test_make_serve_port_serves_on_that_port(site_project: Path) -> None:
    """`make serve PORT=…` as the README says, with the Makefile of the repository."""
    for path in (REPO / "Makefile", REPO / "pyproject.toml", *REPO.glob("requirements*.txt")):
        shutil.copy(path, site_project / path.name)
    bin_dir = site_project / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "chronicle").symlink_to(Path(sys.executable).parent / "chronicle")
    (site_project / ".venv" / ".installed").touch()  # installed: make goes straight to serve
    with serving(site_project, "make", "--no-print-directory", "serve", "PORT={port}") as served:
        body = _wait_for(served.base + DRAFT_PAGE, DRAFT_MARK, time.monotonic() + 60)
        assert DRAFT_MARK in body, served.base
    assert f"serve --addr 127.0.0.1:{served.base.rsplit(':', 1)[1]}" in served.output


def test_a_public_build_while_serving_keeps_the_previews_drafts(site_project: Path) -> None:
    """Measured before: `chronicle build` during serve stripped the drafts until the next edit."""
    with serving(site_project) as served:
        assert DRAFT_MARK in _wait_for(served.base + DRAFT_PAGE, DRAFT_MARK, time.monotonic() + 60)
        build = subprocess.run([sys.executable, "-m", "chronicle.cli", "--root", str(site_project), "build"],
                               capture_output=True, text=True, timeout=300, check=False)
        assert build.returncode == 0, build.stdout + build.stderr
        public = (site_project / "site" / "timeline" / "2022" / "09" / "index.html").read_text("utf-8")
        assert DRAFT_MARK not in public  # the public build has no drafts…
        time.sleep(3)  # …and the preview, which a shared content/ used to rebuild from, keeps them
        assert DRAFT_MARK in _fetch(served.base + DRAFT_PAGE)
        edit(site_project / MACRON, "title: Macron and Pashinian speak", "title: Macron and Pashinian talk")
        _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian talk", time.monotonic() + 60)
        assert DRAFT_MARK in _fetch(served.base + DRAFT_PAGE)
    assert not list((site_project / "content").rglob("*2022-09-14-pashinyan-draft*"))


def test_an_entry_with_errors_shows_on_every_page_until_fixed(site_project: Path) -> None:
    with serving(site_project) as served:
        page = _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian", time.monotonic() + 60)
        assert 'src="../../../assets/chronicle/preview-problems.js"' in page
        assert "var problems = [];" in _fetch(served.base + BANNER)
        edit(site_project / MACRON, "type: phone-call", "type: phonecall")
        script = _wait_for(served.base + BANNER, "phonecall", time.monotonic() + 60)
        # As JSON in the script (non-ASCII escaped): the place and the problem, as the terminal says.
        assert f"{MACRON}:11:7: type 'phonecall' is not allowed \\u2014 did you mean 'phone-call'?" in script
        # Left out once the pages are rebuilt: the banner script is written before the pages (so the
        # engine shows it while they render), so on a loaded machine the old page is served a while.
        page = _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian", time.monotonic() + 60,
                         present=False)
        assert "Macron and Pashinian" not in page
        edit(site_project / MACRON, "type: phonecall", "type: phone-call")
        assert "var problems = [];" in _wait_for(served.base + BANNER, "var problems = [];",
                                                 time.monotonic() + 60)
        assert "Macron and Pashinian" in _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian",
                                                   time.monotonic() + 60)
    assert "Error: the chronology has 1 error(s): the preview shows the files without errors" in served.output


def _mtimes(docs: Path) -> dict[str, int]:
    return {p.relative_to(docs).as_posix(): p.stat().st_mtime_ns for p in docs.rglob("*.md")}


def test_added_deleted_and_registry_edits_are_served_and_untouched_pages_keep_their_files(
    site_project: Path,
) -> None:
    docs = site_project / ".chronicle-preview" / "docs"
    added = site_project / "chronology/events/2021/2021-05-13-macron-calls-aliyev.yaml"
    with serving(site_project) as served:
        _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian", time.monotonic() + 60)
        before = _mtimes(docs)
        edit(site_project / MACRON, "title: Macron and Pashinian speak", "title: Macron and Pashinian talk")
        _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian talk", time.monotonic() + 60)
        after = _mtimes(docs)
        # The pages not showing the entry were not written again: the engine rebuilds only the others.
        assert after["timeline/2022/09.md"] == before["timeline/2022/09.md"]
        assert after["timeline/2021/05.md"] != before["timeline/2021/05.md"]
        assert sum(after[p] == before[p] for p in before) > len(before) // 2

        text = (site_project / MACRON).read_text("utf-8")
        added.write_text(text.replace("2021-05-13-macron-calls-pashinian\n", f"{added.stem}\n")
                         .replace("title: Macron and Pashinian talk", "title: Macron calls Aliyev"), "utf-8")
        assert "Macron calls Aliyev" in _wait_for(served.base + "/timeline/2021/05/", "Macron calls Aliyev",
                                                  time.monotonic() + 60)
        added.unlink()
        month = _wait_for(served.base + "/timeline/2021/05/", "Macron calls Aliyev", time.monotonic() + 60,
                          present=False)
        assert "Macron calls Aliyev" not in month

        # A registry edit: every page naming the actor follows (the caches start again).
        actor = site_project / "chronology/actors/macron.yaml"
        edit(actor, "name: Emmanuel Macron", "name: Président Macron")
        assert "Président Macron" in _wait_for(served.base + "/actors/macron/", "Président Macron",
                                               time.monotonic() + 60)
        assert "Président Macron" in _fetch(served.base + "/timeline/2021/05/")


def test_after_edits_the_search_finds_every_page_and_a_new_month_is_served_until_deleted(
    site_project: Path,
) -> None:
    """The preview's engine rebuilds only the files an edit wrote (mkdocs_preview.py): its
    search index still holds the pages not rebuilt, a page of a month that had none is
    served, and a page deleted is gone."""
    added = site_project / "chronology/events/2021/2021-04-02-macron-calls-aliyev.yaml"
    index = "/search/search_index.json"
    with serving(site_project) as served:
        _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian", time.monotonic() + 60)
        before = _fetch(served.base + index)
        assert "Pashinyan addresses parliament on the fighting" in before
        edit(site_project / MACRON, "title: Macron and Pashinian speak", "title: Macron and Pashinian talk")
        # The edited entry under its new title, as often as before (its page, the home page), once
        # every page the edit wrote is rebuilt; the pages the edit did not touch still found.
        search = _wait_for(served.base + index, "Macron and Pashinian speak", time.monotonic() + 60,
                           present=False)
        assert search.count("Macron and Pashinian talk") == before.count("Macron and Pashinian speak")
        assert "Pashinyan addresses parliament on the fighting" in search

        text = (site_project / MACRON).read_text("utf-8")
        added.write_text(text.replace("2021-05-13-macron-calls-pashinian\n", f"{added.stem}\n")
                         .replace('date: "2021-05-13"', 'date: "2021-04-02"')
                         .replace("title: Macron and Pashinian talk", "title: Macron calls Aliyev in April"),
                         "utf-8")
        title, april = "Macron calls Aliyev in April", served.base + "/timeline/2021/04/"
        assert title in _wait_for(april, title, time.monotonic() + 60)
        assert title in _wait_for(served.base + index, title, time.monotonic() + 60)
        added.unlink()
        deadline = time.monotonic() + 60
        while _status(april) != 404 and time.monotonic() < deadline:
            time.sleep(0.3)
        assert _status(april) == 404
        assert title not in _wait_for(served.base + index, title, time.monotonic() + 60, present=False)
    assert "Traceback" not in served.output
