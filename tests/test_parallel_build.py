"""A build shared by several processes writes the same files as one process, and fails as one does.

`chronicle build` renders the entries, the pages and the data files of a large chronology in
forked processes (parallel.py); CHRONICLE_JOBS forces the split on a small project here, so
every generated file can be compared byte for byte with a build in one process.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from chronicle import build, pages, parallel
from chronicle.errors import ChronicleError
from projects import copy_project, reference_chronology


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages rendered 64 at a time, so that this small project's pages come in three batches."""
    monkeypatch.setattr(build, "PAGE_BATCH", 64)


@pytest.fixture(scope="module")
def chronology(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic chronology of 150 entries: about 160 pages, so three batches of pages."""
    return reference_chronology(tmp_path_factory.mktemp("synthetic"), events=150)


def _content(root: Path) -> dict[str, bytes]:
    folder = root / "content"
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(root: Path, run, monkeypatch: pytest.MonkeyPatch, jobs: str, *options: str):
    monkeypatch.setenv("CHRONICLE_JOBS", jobs)
    return run("--root", root, "build", "--no-site", *options)


@pytest.mark.parametrize("options", [(), ("--drafts",)])
def test_a_build_in_several_processes_writes_every_file_as_one_process_does(
    tmp_path: Path, chronology: Path, run, monkeypatch: pytest.MonkeyPatch, forks: list[int],
    options: tuple[str, ...],
) -> None:
    alone = copy_project(tmp_path / "alone", chronology)
    shared = copy_project(tmp_path / "shared", chronology)
    first = _build(alone, run, monkeypatch, "1", *options)
    assert first.exit_code == 0, first.output
    assert forks == []
    second = _build(shared, run, monkeypatch, "3", *options)
    assert second.exit_code == 0, second.output
    assert second.output == first.output
    # reading and checking 2 each, entries 2, data files 1, pages 2 for each of 3 batches
    assert len(forks) >= 13, len(forks)
    written, expected = _content(shared), _content(alone)
    assert len(expected) > 2 * build.PAGE_BATCH
    assert written.keys() == expected.keys()
    assert [path for path in expected if written[path] != expected[path]] == []


def test_an_error_in_a_page_rendered_by_a_child_stops_the_build_with_its_message(
    tmp_path: Path, chronology: Path, run, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    """The index of sources falls in a child's share of the last batch: its error is raised
    here, neither lost nor waited on."""
    root = copy_project(tmp_path / "p", chronology)
    before = _content(root)
    page = pages.Renderer.page

    def failing(self: pages.Renderer, planned, locations):  # type: ignore[no-untyped-def]
        if planned.path == "sources/index.md":
            raise ChronicleError(f"cannot render {planned.path}")
        return page(self, planned, locations)

    monkeypatch.setattr(pages.Renderer, "page", failing)
    result = _build(root, run, monkeypatch, "2")
    assert result.exit_code == 1
    assert "cannot render sources/index.md" in result.output
    assert _content(root) == before  # nothing written
    assert len(forks) >= 4


def test_data_files_of_a_child_that_died_are_made_here(
    tmp_path: Path, chronology: Path, run, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    """A child killed (out of memory, a signal) costs time only: its work is done again here."""
    alone = copy_project(tmp_path / "alone", chronology)
    shared = copy_project(tmp_path / "shared", chronology)
    assert _build(alone, run, monkeypatch, "1").exit_code == 0
    here, make = os.getpid(), build.data_files

    def dying(*args, **kwargs):  # type: ignore[no-untyped-def]
        if os.getpid() != here:
            os._exit(9)
        return make(*args, **kwargs)

    monkeypatch.setattr(build, "data_files", dying)
    result = _build(shared, run, monkeypatch, "2")
    assert result.exit_code == 0, result.output
    assert _content(shared) == _content(alone)


def test_an_error_in_the_data_files_stops_the_build_with_its_message(
    tmp_path: Path, chronology: Path, run, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    root = copy_project(tmp_path / "p", chronology)
    before = _content(root)

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ChronicleError("events.json cannot be written")

    monkeypatch.setattr(build, "data_files", failing)
    result = _build(root, run, monkeypatch, "2")
    assert result.exit_code == 1
    assert "events.json cannot be written" in result.output
    assert _content(root) == before


def test_work_apart_gives_its_result_or_is_done_here(
    monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    monkeypatch.setenv("CHRONICLE_JOBS", "2")
    assert parallel.apart(lambda: {"a": b"1"}, 10).result() == {"a": b"1"}
    assert len(forks) == 1
    with pytest.raises(ZeroDivisionError):
        parallel.apart(lambda: 1 // 0, 10).result()
    stopped = parallel.apart(lambda: b"x" * 1_000_000, 10)  # more than a pipe holds: the child waits
    stopped.stop()  # ended and reaped, never waited on
    monkeypatch.setenv("CHRONICLE_JOBS", "1")
    done: list[int] = []
    later = parallel.apart(lambda: done.append(1) or len(done), 10)
    assert done == []  # in this process, the work waits until its result is asked for
    assert later.result() == 1
    assert len(forks) == 3


def _two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine of two cores and no CHRONICLE_JOBS: the default sharing, whatever runs the tests."""
    monkeypatch.delenv("CHRONICLE_JOBS", raising=False)
    monkeypatch.setattr(parallel, "_cores", lambda: 2)


def test_a_small_site_is_rendered_in_this_process(
    tmp_path: Path, chronology: Path, run, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    _two_cores(monkeypatch)
    root = copy_project(tmp_path / "p", chronology)
    shutil.rmtree(root / "content" / "timeline", ignore_errors=True)
    result = run("--root", root, "build", "--no-site")
    assert result.exit_code == 0, result.output
    # 150 entries: reading, checking, entries and data files stay here; only the page batches fork
    assert len(forks) == 2


def test_a_build_beyond_the_most_entries_stays_in_one_process(
    tmp_path: Path, chronology: Path, run, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    """Each child's copies of memory add up: a very large chronology is generated in one process."""
    _two_cores(monkeypatch)
    monkeypatch.setattr(parallel, "MOST_ENTRIES", 100)  # this project's 150 entries are "too many"
    result = run("--root", copy_project(tmp_path / "p", chronology), "build", "--no-site")
    assert result.exit_code == 0, result.output
    assert forks == []
