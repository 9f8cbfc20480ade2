"""Shared fixtures: a copy of a small project to break, and of the bundled chronology."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from chronicle.cli import main
from chronicle.writer import GENERATED_FILES

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI_EVENT = "chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/mini: a valid project with 3 actors, 1 place, 2 events."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def copy_project(target: Path, chronology: Path) -> Path:
    """Copy the repository's site files (mkdocs.yml, overrides/, hand-written content/) and a chronology."""
    target.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", target / "overrides")
    shutil.copytree(chronology, target / "chronology")
    (target / "content").mkdir()
    for page in (REPO / "content").glob("*.md"):
        if page.name not in GENERATED_FILES:
            shutil.copy(page, target / "content" / page.name)
    return target


def has_bundled() -> bool:
    """Return True once the bundled chronology (chronology/events/) is in the repository."""
    return any((REPO / "chronology" / "events").rglob("*.yaml"))


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A copy of the repository's project files with the bundled chronology."""
    return copy_project(tmp_path / "bundled", REPO / "chronology")


@pytest.fixture
def site_project(tmp_path: Path) -> Path:
    """A copy of the repository's site files with tests/fixtures/site's chronology.

    Its 6 events cover every feature a page shows: partial dates, a contested event with
    casualties, aliases (Pashinian, Black Lake), related entries and a draft.
    """
    return copy_project(tmp_path / "site", FIXTURES / "site" / "chronology")


@pytest.fixture
def reference_project(tmp_path: Path) -> Path:
    """The bundled chronology once it exists, else the site fixture's.

    Tests that assert on every event (each on its date page and on its actors' pages,
    valid links, parseable exports) use it, so they run on the real chronology.
    """
    source = REPO / "chronology" if has_bundled() else FIXTURES / "site" / "chronology"
    return copy_project(tmp_path / "reference", source)


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
