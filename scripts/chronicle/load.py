"""Read `chronology/` from disk: strict YAML documents first, then typed records.

Reading is split from checking (validate.py) and from building the model (build_*),
so that the validator can report problems in files the model could never hold.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .articles import ArticleIndex, read_articles
from .dates import PartialDate
from .errors import Problem
from .model import (
    Actor,
    Casualty,
    Chronology,
    Claim,
    Event,
    Note,
    Period,
    Place,
    Related,
    Role,
    Source,
    Tag,
)
from .parallel import map_in_order
from .project import Project
from .yamlio import Document, load_document


@dataclass
class RawChronology:
    """The chronology's files read strictly, not yet checked."""

    project: Project
    events: list[Document] = field(default_factory=list)
    actors: list[Document] = field(default_factory=list)
    places: list[Document] = field(default_factory=list)
    #: With `validate PATH…`: other event files the given ones are compared with (duplicates,
    #: ids used twice); problems of their own are not reported.
    others: list[Document] = field(default_factory=list)
    #: Stored article texts (chronology/articles/), to check sources' quotes against.
    articles: ArticleIndex = field(default_factory=ArticleIndex)
    tags: list[Document] = field(default_factory=list)
    #: Files under chronology/ that are not read (misplaced, misnamed, links leaving the repository).
    unread: list[Problem] = field(default_factory=list)


#: Where entries sit under chronology/: the folder, and how many folders deep its files
#: are (events/<year>/<id>.yaml, actors/<id>.yaml).
ENTRY_FOLDERS = {"events": 2, "actors": 1, "places": 1, "tags": 1}
ENTRY_SUFFIXES = (".yaml", ".yml")
#: Files under chronology/ that are known not to be entries: left alone, not reported.
#: (Stored articles are read by articles.py.)
NOT_ENTRIES = (re.compile(r"(.*/)?README(\.md)?"), re.compile(r"(.*/)?\.gitkeep"),
               re.compile(r"proposed/[^/]+\.patch"), re.compile(r"articles/[^/]+\.(md|txt)"))


@dataclass
class Listing:
    """The entry files found under chronology/, by folder, and the files not read."""

    files: dict[str, list[Path]] = field(default_factory=lambda: {k: [] for k in ENTRY_FOLDERS})
    unread: list[Problem] = field(default_factory=list)


def list_chronology(project: Project, folders: tuple[str, ...] | None = None) -> Listing:
    """Walk every file under chronology/ once: each is an entry to read or a problem to report.

    Links are not followed out of the repository (a link to a file elsewhere would publish
    it), nor into linked folders. With `folders`, only those entry folders are walked.
    Folders are walked as `os.walk` walks them (top-down, by name), with the names' types
    from the folder listing itself: no call per file but for links (50,000 files in 0.5 s).
    """
    listing = Listing()
    root = project.chronology
    if root.is_dir():
        _walk(project, root, "", folders, listing)
    return listing


def _walk(project: Project, here: Path, rel: str, folders: tuple[str, ...] | None, listing: Listing) -> None:
    """List one folder (`rel`: its path under chronology/, "" or ending in "/"), then its folders."""
    try:
        with os.scandir(here) as found:
            entries = sorted(found, key=lambda entry: entry.name)
    except OSError:
        return  # as os.walk: a folder that cannot be listed is passed over
    dirs: list[os.DirEntry[str]] = []
    files: list[os.DirEntry[str]] = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else files).append(entry)
    if folders is not None and not rel:
        dirs, files = [d for d in dirs if d.name in folders], []
    for entry in dirs:
        if entry.is_symlink():
            listing.unread.append(_unread(project, here / entry.name, "is a link to a folder, which is not "
                                          "read", "replace the link with the files themselves"))
    for entry in files:
        path = here / entry.name
        kind, problem = _classify(project, path, rel + entry.name, entry.is_symlink())
        if problem:
            listing.unread.append(problem)
        elif kind:
            listing.files[kind].append(path)
    for entry in dirs:
        if not entry.is_symlink():
            _walk(project, here / entry.name, f"{rel}{entry.name}/", None, listing)


def _classify(project: Project, path: Path, rel_text: str, link: bool) -> tuple[str, Problem | None]:
    """Say which entry folder a file belongs to, or why it is not read ('' for known non-entries)."""
    outside = link_leaves(project, path) if link else None
    if outside:
        return "", outside
    parts = rel_text.split("/")
    kind, name = parts[0], parts[-1]
    if (kind in ENTRY_FOLDERS and len(parts) == ENTRY_FOLDERS[kind] + 1 and name.endswith(ENTRY_SUFFIXES)
            and name.rfind(".") > 0):
        return kind, None  # an entry where it belongs (its suffix, as pathlib's, is .yaml or .yml)
    rel = PurePosixPath(rel_text)
    if any(pattern.fullmatch(rel.as_posix()) for pattern in NOT_ENTRIES):
        if path.exists() and not path.is_file():
            return "", _unread(project, path, "this is not a regular file (a device, pipe or socket) and is "
                               "not read", "replace it with a regular file or remove it")
        return "", None
    if rel.suffix.lower() in ENTRY_SUFFIXES and rel.suffix not in ENTRY_SUFFIXES:
        return "", _unread(project, path, f"the extension {rel.suffix} is not read",
                           f"rename it to {rel.stem}.yaml")
    if kind in ENTRY_FOLDERS and rel.suffix in ENTRY_SUFFIXES:
        where = "chronology/events/<year>/" if kind == "events" else f"chronology/{kind}/"
        return "", _unread(project, path, f"a file here is not read: {kind} files sit directly in {where}",
                           f"move it to {where}{rel.name}")
    severity = "error" if rel.suffix.lower() in ENTRY_SUFFIXES else "warning"
    return "", _unread(project, path, "this file is not part of the chronology and is not read",
                       "entries are .yaml files in chronology/events/<year>/, actors/, places/ and tags/; "
                       "move this file out of chronology/", severity)


def _unread(project: Project, path: Path, message: str, hint: str, severity: str = "error") -> Problem:
    return Problem(display_path(project, path), 1, 1, message, hint, severity)  # type: ignore[arg-type]


def link_leaves(project: Project, path: Path) -> Problem | None:
    """Refuse a link that leads out of the repository: its target would be read and published."""
    if not path.is_symlink():
        return None
    try:
        path.resolve().relative_to(project.root.resolve())
    except (ValueError, OSError, RuntimeError):
        return _unread(project, path, "is a link to a file outside the repository, which is not read",
                       "replace the link with the file itself")
    return None


def display_path(project: Project, path: Path) -> str:
    """Name a file by its path in the project as written, not where a link leads."""
    text, root = str(path), str(project.root)
    if os.path.isabs(root) and text.startswith(root + "/"):  # as relative_to says, without its cost
        return text[len(root) + 1:]
    try:
        return path.absolute().relative_to(project.root).as_posix()
    except ValueError:
        return project.rel(path)


def yaml_files(folder: Path, pattern: str = "**/*") -> list[Path]:
    """List the entry files (.yaml and .yml, as the loader reads them) under a folder whose paths
    match a glob `pattern` given without the suffix; sorted, so every run reads them in one order.

    Names only, no stat of each file (a folder named like an entry is reported when read): the
    related-event check lists every event id this way on each `validate PATH`. A last part
    without wildcards ("*/2021-05-13-x") is looked up per suffix, listing no folder.
    """
    if not folder.is_dir():
        return []
    if any(char in PurePosixPath(pattern).name for char in "*?["):
        return sorted(p for p in folder.glob(pattern) if p.suffix in ENTRY_SUFFIXES)
    return sorted(p for suffix in ENTRY_SUFFIXES for p in folder.glob(pattern + suffix))


def read_documents(project: Project, paths: list[Path]) -> list[Document]:
    """Read files strictly, naming each by its path relative to the project.

    Many files are read by several processes at once (parallel.py), in the same order.
    """
    return map_in_order(lambda path: read_document(project, path), paths)


def read_document(project: Project, path: Path) -> Document:
    """Read one file strictly, named by its path relative to the project (a link out is refused)."""
    refused = link_leaves(project, path)
    if refused:
        return Document(refused.path, problems=[refused])
    return load_document(path, display_path(project, path))


def read_chronology(project: Project, event_paths: list[Path] | None = None) -> RawChronology:
    """Read the registries and the events (all of them, or only the given files).

    Reading everything also reports every file under chronology/ that is not read.
    """
    listing = list_chronology(project, None if event_paths is None else ("actors", "places", "tags"))
    events = listing.files["events"] if event_paths is None else event_paths
    return RawChronology(
        project,
        events=read_documents(project, events),
        actors=read_documents(project, listing.files["actors"]),
        places=read_documents(project, listing.files["places"]),
        unread=listing.unread if event_paths is None else [],
        articles=read_articles(project.articles_dir, project.rel),
        tags=read_documents(project, listing.files["tags"]),
    )


def _date(value: Any) -> PartialDate | None:
    return PartialDate.parse(value) if isinstance(value, str) and value else None


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(data.get(key) or ())


def build_event(data: dict[str, Any], path: str = "") -> Event:
    """Make an Event from a validated mapping."""
    return Event(
        id=data["id"],
        status=data["status"],
        date=PartialDate.parse(data["date"]),
        title=data["title"].strip(),
        summary=data["summary"].strip(),
        type=data["type"],
        actors=_strings(data, "actors"),
        sources=tuple(_source(s) for s in data["sources"]),
        path=path,
        time=data.get("time", ""),
        timezone=data.get("timezone", ""),
        end_date=_date(data.get("end_date")),
        date_note=(data.get("date_note") or "").strip(),
        date_approximate=bool(data.get("date_approximate", False)),
        mode=data.get("mode", ""),
        episode=data.get("episode", ""),
        targets=_strings(data, "targets"),
        mentions=_strings(data, "mentions"),
        places=_strings(data, "places"),
        tags=_strings(data, "tags"),
        claims=tuple(_claim(c) for c in data.get("claims") or ()),
        casualties=tuple(_casualty(c) for c in data.get("casualties") or ()),
        context=tuple(Note(n["text"].strip(), n.get("source", "")) for n in data.get("context") or ()),
        related=tuple(Related(r["id"], r["relation"]) for r in data.get("related") or ()),
        distinct_from=_strings(data, "distinct_from"),
    )


def _source(data: dict[str, Any]) -> Source:
    return Source(
        url=data.get("url", ""),
        outlet=data["outlet"].strip(),
        title=data["title"].strip(),
        published=PartialDate.parse(data["published"]),
        key=data.get("key", ""),
        kind=data.get("kind", "news"),
        quote=(data.get("quote") or "").strip(),
        quote_translated=(data.get("quote_translated") or "").strip(),
        author=data.get("author", ""),
        language=data.get("language", ""),
        archive_url=data.get("archive_url", ""),
        accessed=data.get("accessed", ""),
        url_unknown=bool(data.get("url_unknown", False)),
    )


def _claim(data: dict[str, Any]) -> Claim:
    return Claim(
        by=data["by"],
        stance=data["stance"],
        text=data["text"].strip(),
        source=data["source"],
        quote=(data.get("quote") or "").strip(),
        via=data.get("via", ""),
        date=_date(data.get("date")),
        paraphrase=(data.get("paraphrase") or "").strip(),
    )


def _casualty(data: dict[str, Any]) -> Casualty:
    return Casualty(
        by=data["by"],
        source=data["source"],
        killed=data.get("killed"),
        wounded=data.get("wounded"),
        captured=data.get("captured"),
        missing=data.get("missing"),
        displaced=data.get("displaced"),
        note=(data.get("note") or "").strip(),
        date=_date(data.get("date")),
    )


def build_actor(data: dict[str, Any], path: str = "") -> Actor:
    """Make an Actor from a validated mapping."""
    return Actor(
        id=data["id"],
        name=data["name"],
        kind=data["kind"],
        path=path,
        country=data.get("country", ""),
        parent=data.get("parent", ""),
        aliases=_strings(data, "aliases"),
        descriptors=tuple(
            Period(d["text"], _date(d.get("from")), _date(d.get("to")))
            for d in data.get("descriptors") or ()
        ),
        metonyms=_strings(data, "metonyms"),
        roles=tuple(
            Role(r["title"], r.get("of", ""), _date(r.get("from")), _date(r.get("to")), r.get("note", ""))
            for r in data.get("roles") or ()
        ),
        description=data.get("description", ""),
        ids=dict(data.get("ids") or {}),
    )


def build_place(data: dict[str, Any], path: str = "") -> Place:
    """Make a Place from a validated mapping."""
    coordinates = data.get("coordinates") or {}
    return Place(
        id=data["id"],
        name=data["name"],
        kind=data["kind"],
        path=path,
        aliases=_strings(data, "aliases"),
        country=data.get("country", ""),
        within=data.get("within", ""),
        lat=coordinates.get("lat"),
        lon=coordinates.get("lon"),
        note=data.get("note", ""),
    )


def build_tag(data: dict[str, Any], path: str = "") -> Tag:
    """Make a Tag from a validated mapping."""
    description = (data.get("description") or "").strip()
    return Tag(id=data["id"], label=data["label"].strip(), path=path, description=description)


def build_chronology(raw: RawChronology) -> Chronology:
    """Make the model from documents the validator accepted (call only when it found no errors)."""
    events = sorted(
        (build_event(doc.data, doc.display) for doc in raw.events), key=lambda e: e.sort_key()
    )
    actors = {a.id: a for a in (build_actor(d.data, d.display) for d in raw.actors)}
    places = {p.id: p for p in (build_place(d.data, d.display) for d in raw.places)}
    tags = {t.id: t for t in (build_tag(d.data, d.display) for d in raw.tags)}
    return Chronology(
        tuple(events), dict(sorted(actors.items())), dict(sorted(places.items())), dict(sorted(tags.items()))
    )
