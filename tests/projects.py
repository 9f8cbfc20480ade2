"""Copies of projects for tests: the repository's site files with a chosen chronology (never the live one)."""

from __future__ import annotations

import fcntl
import shutil
from pathlib import Path

from chronicle.buildcache import CACHE_DIR, CACHE_FILE, INPUTS_FILE
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


def build_leftovers(root: Path) -> list[str]:
    """What a finished build left behind that it should not have: its temporary configs and
    staging folders (`.chronicle-*.yml`, `.chronicle-<pid>-…`, `.site-…`) in the project; in
    the build cache (`.chronicle-cache/`, kept on purpose: git-ignored, outside site/) anything
    but its own files once its lock is free (a half-written file); and any of the cache's
    files in site/, the folder that is published.
    """
    left = [p.name for p in sorted(root.iterdir())
            if p.name.startswith((".site-", ".chronicle-")) and p.name != CACHE_DIR]
    cache = root / CACHE_DIR
    if cache.is_dir():
        with (cache / "lock").open("ab") as lock:
            fcntl.flock(lock, fcntl.LOCK_SH)  # the last build's cache written (maybe beside the engine)
            left += [f"{CACHE_DIR}/{p.name}" for p in sorted(cache.iterdir())
                     if p.name not in (CACHE_FILE, INPUTS_FILE, "lock")]
    site = root / "site"
    if site.is_dir():
        left += [p.relative_to(root).as_posix() for p in sorted(site.rglob("*"))
                 if p.name in (CACHE_DIR, CACHE_FILE, INPUTS_FILE)]
    return left
