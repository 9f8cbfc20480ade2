"""Read and validate a project in one call: what `chronicle validate` and the build use."""

from __future__ import annotations

from pathlib import Path

from .errors import Problem
from .load import RawChronology, read_chronology
from .project import Project
from .validate import validate


def check_project(project: Project, paths: list[Path] | None = None) -> tuple[list[Problem], int]:
    """Validate the whole chronology, or only the given files (events, actors, places).

    Returns the problems and the number of files checked.
    """
    raw = read_raw(project, paths)
    return validate(raw), len(raw.events) + len(raw.actors) + len(raw.places)


def read_raw(project: Project, paths: list[Path] | None = None) -> RawChronology:
    """Read the chronology; with paths, expand folders and read only those event files.

    The registries are always read: events are checked against them, and a registry file
    among the paths is checked with its whole registry, since spellings must be unique
    across it. Registries are small, so this keeps `validate PATH` fast.
    """
    if paths is None:
        return read_chronology(project)
    files: list[Path] = []
    for path in paths:
        files += sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    registry = {project.actors_dir.resolve(), project.places_dir.resolve()}
    events = [f for f in files if not any(p in registry for p in f.resolve().parents)]
    return read_chronology(project, events)
