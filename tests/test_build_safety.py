"""A stopped build loses nothing: content/ and site/ are swapped whole, the engine never
outlives the build, leftovers are cleaned on the next run; builds are reproducible."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from chronicle.buildcache import CACHE_DIR, CACHE_FILE, INPUTS_FILE
from chronicle.errors import ChronicleError
from chronicle.swap import clean_leftovers, swap_in
from chronicle.writer import swap_generated
from projects import build_leftovers


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_content_is_swapped_whole_keeping_hand_written_pages(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "timeline").mkdir(parents=True)
    (content / "about.md").write_text("About\n", encoding="utf-8")
    (content / "timeline" / "old.md").write_text("old\n", encoding="utf-8")
    (content / "timeline" / "same.md").write_text("same\n", encoding="utf-8")
    about, same = (content / "about.md").stat(), (content / "timeline" / "same.md").stat()
    report = swap_generated(content, {"timeline/same.md": b"same\n", "timeline/new.md": b"new\n"})
    assert (report.written, report.unchanged, report.removed) == (1, 1, 1)
    assert sorted(_tree(content)) == ["about.md", "timeline/new.md", "timeline/same.md"]
    assert (content / "about.md").stat().st_ino == about.st_ino  # the contributor's file itself
    assert (content / "timeline" / "same.md").stat().st_mtime_ns == same.st_mtime_ns
    assert [p.name for p in tmp_path.iterdir()] == ["content"]


def test_a_write_that_fails_midway_leaves_content_as_it_was(tmp_path: Path, monkeypatch) -> None:
    content = tmp_path / "content"
    (content / "timeline").mkdir(parents=True)
    (content / "timeline" / "a.md").write_text("old a\n", encoding="utf-8")
    (content / "timeline" / "b.md").write_text("old b\n", encoding="utf-8")
    before = _tree(content)
    written: list[Path] = []

    def dying_write(self: Path, data: bytes) -> int:
        if written:
            raise KeyboardInterrupt  # stopped while writing the second file
        written.append(self)
        return original(self, data)

    original = Path.write_bytes
    monkeypatch.setattr(Path, "write_bytes", dying_write)
    with pytest.raises(KeyboardInterrupt):
        swap_generated(content, {"timeline/a.md": b"new a\n", "timeline/b.md": b"new b\n"})
    assert _tree(content) == before
    assert [p.name for p in tmp_path.iterdir()] == ["content"]


def test_files_written_as_they_are_rendered_replace_content_only_once_all_are_there(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "timeline").mkdir(parents=True)
    (content / "timeline" / "a.md").write_text("old a\n", encoding="utf-8")
    (content / "timeline" / "b.md").write_text("old b\n", encoding="utf-8")
    before = _tree(content)

    def failing_render() -> Iterator[tuple[str, bytes]]:
        yield "timeline/a.md", b"new a\n"
        raise ChronicleError("the second page cannot be rendered")

    with pytest.raises(ChronicleError, match="second page"):
        swap_generated(content, failing_render())
    assert _tree(content) == before
    assert [p.name for p in tmp_path.iterdir()] == ["content"]
    with pytest.raises(ChronicleError, match="not inside a generated folder"):
        swap_generated(content, iter([("timeline/a.md", b"new a\n"), ("../outside.md", b"x\n")]))
    assert _tree(content) == before and [p.name for p in tmp_path.iterdir()] == ["content"]

    report = swap_generated(content, iter([("timeline/a.md", b"new a\n"), ("timeline/c.md", b"c\n")]))
    assert (report.written, report.unchanged, report.removed) == (2, 0, 1)
    assert (content / "timeline" / "c.md").read_text(encoding="utf-8") == "c\n"
    assert sorted(_tree(content)) == ["timeline/a.md", "timeline/c.md"]


def test_leftovers_of_stopped_runs_are_cleaned_and_a_missing_folder_put_back(tmp_path: Path) -> None:
    dead = 999_999_999
    (tmp_path / "site").mkdir()
    for name in (f".chronicle-{dead}-abc", f".site-{dead}-x1", ".chronicle-k2j3h4g5", ".site-ab_cd_ef"):
        (tmp_path / name / "timeline").mkdir(parents=True)
    (tmp_path / f".chronicle-{dead}-zz-old" / "timeline").mkdir(parents=True)  # stopped between renames
    mine = tmp_path / f".chronicle-{os.getpid()}-live"
    mine.mkdir()
    (tmp_path / ".chronicle-zensical.yml").write_text("x", encoding="utf-8")
    cleaned = clean_leftovers(tmp_path)
    assert len(cleaned) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        mine.name, ".chronicle-zensical.yml", "content", "site"
    ]
    assert (tmp_path / "content" / "timeline").is_dir()


def test_the_swap_never_leaves_the_folder_missing(tmp_path: Path) -> None:
    target, new = tmp_path / "site", tmp_path / "new"
    target.mkdir()
    (target / "old.html").write_text("old", encoding="utf-8")
    new.mkdir()
    (new / "new.html").write_text("new", encoding="utf-8")
    old = swap_in(new, target)
    assert [p.name for p in target.iterdir()] == ["new.html"]
    assert old is not None and [p.name for p in old.iterdir()] == ["old.html"]


def _engines(marker: str) -> list[int]:
    """Process ids of engine processes whose command line names this staging folder."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if marker in (proc / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(proc.name))
            except OSError:
                continue
    return found


def _start_build(project: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """Start `chronicle build` and wait until its engine runs (its staging folder exists)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "chronicle.cli", "--root", str(project), "build"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        staging = [p for p in project.iterdir() if p.name.startswith(f".site-{process.pid}-")]
        if staging and _engines(staging[0].name):
            return process, staging[0]
        time.sleep(0.05)
    process.kill()
    raise AssertionError("the engine never started")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["terminated", "killed"])
def test_a_stopped_build_stops_its_engine_and_the_next_build_cleans_up(site_project: Path, run,
                                                                        sig: signal.Signals) -> None:
    assert run("--root", site_project, "build").exit_code == 0
    site_before = _tree(site_project / "site")
    process, staging = _start_build(site_project)
    process.send_signal(sig)
    process.wait(timeout=30)
    deadline = time.monotonic() + 15
    while _engines(staging.name) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _engines(staging.name) == []
    assert _tree(site_project / "site") == site_before
    if sig == signal.SIGTERM:
        assert not staging.exists()
    result = run("--root", site_project, "build")
    assert result.exit_code == 0
    assert build_leftovers(site_project) == []
    assert sorted(p.name for p in (site_project / CACHE_DIR).iterdir()) == [CACHE_FILE, INPUTS_FILE, "lock"]


def test_builds_are_byte_identical_with_source_date_epoch(site_project: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "copy"
    shutil.copytree(site_project, other)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    for project in (site_project, other):
        result = subprocess.run([sys.executable, "-m", "chronicle.cli", "--root", str(project), "build"],
                                env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    first, second = _tree(site_project / "site"), _tree(other / "site")
    assert first == second
    assert "sitemap.xml" in first and "search/search_index.json" in first


def test_the_own_steps_run_apart_report_their_messages_errors_and_crashes() -> None:
    from chronicle.apart import run_apart

    said: list[str] = []

    def step(echo: Callable[[str], None]) -> dict[str, int]:
        echo("first")
        echo("second")
        return {"pid": os.getpid()}

    result = run_apart(step, said.append)
    assert said == ["first", "second"]
    assert result["pid"] != os.getpid()  # run in a child, whose memory ends with it

    def refusing(echo: Callable[[str], None]) -> None:
        echo("problem: chronology/events/x.yaml:1:1")
        raise ChronicleError("the chronology has 1 error(s); nothing was built")

    with pytest.raises(ChronicleError, match="nothing was built"):
        run_apart(refusing, said.append)
    assert said[-1] == "problem: chronology/events/x.yaml:1:1"

    def crashing(echo: Callable[[str], None]) -> None:
        raise ValueError("a bug")

    with pytest.raises(RuntimeError, match="ValueError: a bug"):
        run_apart(crashing, said.append)
