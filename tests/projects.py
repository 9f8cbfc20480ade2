"""Copies of projects for tests: the repository's site files with a chosen chronology (never the live one)."""

from __future__ import annotations

import shutil
from pathlib import Path

from chronicle.writer import GENERATED_FILES

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


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


def reference_chronology(folder: Path, events: int = 120) -> Path:
    """Write a synthetic chronology (chronicle.bench) for tests that check every event.

    Tests of the code never read the live chronology/: its size, years and entries are the
    contributors' to change. The synthetic one has partial dates, claims, many actors,
    places and months, and is the same on every run.
    """
    from chronicle.bench import write_synthetic

    write_synthetic(folder, events)
    return folder / "chronology"
