"""Shared fixtures: a copy of a small project to break, and of the bundled chronology."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from chronicle.cli import main
from projects import FIXTURES, REPO, copy_project, reference_chronology

__all__ = ["FIXTURES", "REPO", "copy_project", "edit", "reference_chronology"]

MINI_EVENT = "chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current output instead of comparing (then review and commit it)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to accept the current output as the new golden output."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/mini: a valid project with 3 actors, 1 place, 2 events."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


@pytest.fixture
def site_project(tmp_path: Path) -> Path:
    """A copy of the repository's site files with tests/fixtures/site's chronology.

    Its 6 events cover every feature a page shows: partial dates, a contested event with
    casualties, aliases (Pashinian, Black Lake), related entries and a draft.
    """
    return copy_project(tmp_path / "site", FIXTURES / "site" / "chronology")


@pytest.fixture(scope="session")
def built_site_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site fixture's project built once with MkDocs, for tests that only read it."""
    from sitetools import build

    root = copy_project(tmp_path_factory.mktemp("built") / "site", FIXTURES / "site" / "chronology")
    build(root)
    return root


@pytest.fixture
def reference_project(tmp_path: Path) -> Path:
    """The repository's site files with a synthetic chronology of 120 events.

    Tests that assert on every event (each on its date page and on its actors' pages,
    valid links, parseable exports) use it: a realistic size, never the live data.
    """
    return copy_project(tmp_path / "reference", reference_chronology(tmp_path / "synthetic"))


@pytest.fixture
def run() -> Callable[..., Result]:
    """Run the chronicle command in-process and return its result."""

    def invoke(*args: str | Path) -> Result:
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


def edit(path: Path, old: str, new: str) -> None:
    """Replace text in a fixture file, failing loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the processes forked (parallel.py); the runner's other threads do not keep the split away."""
    started: list[int] = []
    fork = os.fork

    def counted() -> int:
        pid = fork()
        if pid:
            started.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    return started
