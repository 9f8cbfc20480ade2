"""Read, validate and build a project in one call: the one loader every command uses.

`chronicle validate` asks for the problems only (`check_project`); every other command asks
for the model (`load_project`) and says, by its `Policy`, what a file with errors does:

| policy       | commands                       | a file with errors                                  |
|--------------|--------------------------------|-----------------------------------------------------|
| STRICT       | build, publish                 | stops the command: nothing is built                 |
| USABLE       | show, list, serve              | is left out and named; the rest is shown            |
| REGISTRIES   | new, new-actor, new-place      | as USABLE, reading the registries only (no events)  |
| UNCHECKED    | ingest                         | is not looked for: nothing is validated             |

UNCHECKED builds the actors and places that have the fields a name lookup needs (an id, a
name and a kind), and leaves the events as read (ingest compares drafts with them):
validating the whole chronology (its duplicate check) before every ingest run would cost
more than the run on a large chronology, and `chronicle validate` reports those files anyway.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any

from .errors import ChronicleError, Problem
from .load import RawChronology, build_chronology, read_chronology, read_documents, yaml_files
from .model import Chronology
from .project import Project
from .validate import validate

Echo = Callable[[str], None]


class Policy(Enum):
    """What loading does with a file that has errors (see the table above)."""

    STRICT = "strict"
    USABLE = "usable"
    REGISTRIES = "registries"
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class Loaded:
    """The model built from the files a policy keeps, with what validation said."""

    chronology: Chronology
    #: Every problem found (none with UNCHECKED), errors and warnings.
    problems: tuple[Problem, ...]
    #: The entry files left out because they have errors (USABLE, REGISTRIES).
    left_out: tuple[str, ...]
    #: The files as read, for a caller that also needs what the model does not hold.
    raw: RawChronology


#: The fields a registry entry needs to be built without validation (UNCHECKED).
_NEEDED = ("id", "name", "kind")


def load_project(project: Project, policy: Policy, echo: Echo | None = None) -> Loaded:
    """Read the chronology, validate it and build the model as `policy` says.

    Every problem is printed through `echo` when given. With STRICT, any error raises a
    ChronicleError after the problems are printed.
    """
    raw = read_chronology(project, [] if policy is Policy.REGISTRIES else None)
    if policy is Policy.UNCHECKED:
        actors, places = ([d for d in docs if _has(d.data, _NEEDED)] for docs in (raw.actors, raw.places))
        registries = replace(raw, events=[], actors=actors, places=places, tags=[])
        return Loaded(build_chronology(registries), (), (), raw)
    problems = validate(raw)
    if echo is not None:
        for problem in problems:
            echo(problem.as_text())
    if policy is Policy.STRICT:
        refuse_errors(problems)
    broken = {p.path for p in problems if p.severity == "error"}
    events, actors, places, tags = ([d for d in docs if d.display not in broken]
                                    for docs in (raw.events, raw.actors, raw.places, raw.tags))
    usable = replace(raw, events=events, actors=actors, places=places, tags=tags)
    left_out = sorted(d.display for docs in (raw.events, raw.actors, raw.places, raw.tags)
                      for d in docs if d.display in broken)
    return Loaded(build_chronology(usable), tuple(problems), tuple(left_out), raw)


def refuse_errors(problems: list[Problem] | tuple[Problem, ...]) -> None:
    """Stop a command that builds nothing from a chronology with errors (STRICT)."""
    errors = sum(p.severity == "error" for p in problems)
    if errors:
        raise ChronicleError(
            f"the chronology has {errors} error(s); nothing was built. "
            "Fix them (file:line:column above), then build again"
        )


def _has(data: Any, needed: tuple[str, ...]) -> bool:
    return isinstance(data, dict) and all(isinstance(data.get(key), str) for key in needed)

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
        found |= {p for name in names for p in yaml_files(project.events_dir, f"*/{name}")}
    return sorted(p for p in found if p.resolve() not in given)
