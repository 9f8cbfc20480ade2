"""Shared fixtures: a copy of a small project to break, and of the bundled chronology."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from chronicle.cli import main

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI_EVENT = "chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/mini: a valid project with 3 actors, 1 place, 2 events."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A copy of the repository's project files with the bundled chronology."""
    target = tmp_path / "bundled"
    target.mkdir()
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "chronology", target / "chronology")
    shutil.copytree(
        REPO / "content", target / "content",
        ignore=shutil.ignore_patterns("timeline", "actors", "types", "places", "tags", "sources", "data"),
    )
    return target


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
