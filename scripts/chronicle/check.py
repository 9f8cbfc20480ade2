"""Read and validate a project in one call: what `chronicle validate` and the build use."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import Problem
from .load import RawChronology, read_chronology, read_documents, yaml_files
from .project import Project
from .validate import validate

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def check_project(project: Project, paths: list[Path] | None = None) -> tuple[list[Problem], int]:
    """Validate the whole chronology, or only the given files (events, actors, places).

    Returns the problems and the number of files checked.
    """
    raw = read_raw(project, paths)
    return validate(raw), len(raw.events) + len(raw.actors) + len(raw.places) + len(raw.tags)


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
        files += yaml_files(path) if path.is_dir() else [path]
    registry = {project.actors_dir.resolve(), project.places_dir.resolve(), project.tags_dir.resolve()}
    articles = project.articles_dir.resolve()
    # A stored article among the paths is checked (its front matter) but is not an event.
    given_articles = {f.resolve() for f in files if articles in f.resolve().parents}
    events = [f for f in files if not any(p in registry | {articles} for p in f.resolve().parents)]
    raw = read_chronology(project, events)
    raw.others = read_documents(project, _neighbours(project, raw))
    for article in raw.articles.articles:
        if article.path.resolve() not in given_articles:
            article.problems = []  # only the given files' problems are reported
    return raw


def _neighbours(project: Project, raw: RawChronology) -> list[Path]:
    """The other event files a given event could clash with, to check it against them.

    A duplicate has the same date, and an event's id (its file name) starts with its date
    as first known; an id used twice is a file of the same name. So the files whose names
    start with a given event's date or id date, and files of its name in any year, are
    enough: `validate PATH` stays fast on a large chronology. (A duplicate whose date was
    corrected after its id was given is found by the full `chronicle validate`.)
    """
    given = {Path(project.root, doc.display).resolve() for doc in raw.events}
    found: set[Path] = set()
    for doc in raw.events:
        data = doc.data if isinstance(doc.data, dict) else {}
        stem = Path(doc.display).stem
        names = {v for v in (data.get("id"), stem) if isinstance(v, str) and v}
        dates = {m.group(0) for v in (data.get("date"), *names)
                 if isinstance(v, str) and (m := _DATE.match(v))}
        found |= {p for d in dates for p in yaml_files(project.events_dir, f"{d[:4]}/{d}*")}
        found |= {p for name in names for p in yaml_files(project.events_dir, f"*/{name}.*")}
    return sorted(p for p in found if p.resolve() not in given)
