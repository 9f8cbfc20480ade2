"""Read and validate a project in one call: what `chronicle validate` and the build use."""

from __future__ import annotations

from pathlib import Path

from .errors import Problem
from .load import RawChronology, read_chronology
from .project import Project
from .validate import validate


def check_project(project: Project, event_paths: list[Path] | None = None) -> tuple[list[Problem], int]:
    """Validate the whole chronology, or only the given event files against the registries.

    Returns the problems and the number of files checked.
    """
    raw = read_raw(project, event_paths)
    return validate(raw), len(raw.events) + len(raw.actors) + len(raw.places)


def read_raw(project: Project, event_paths: list[Path] | None = None) -> RawChronology:
    """Read the chronology; with paths, expand folders and read only those event files."""
    if event_paths is None:
        return read_chronology(project)
    files: list[Path] = []
    for path in event_paths:
        files += sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    registry = {project.actors_dir.resolve(), project.places_dir.resolve()}
    events = [f for f in files if not any(p in registry for p in f.resolve().parents)]
    return read_chronology(project, events)
