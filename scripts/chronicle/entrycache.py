"""The preview's memory of the chronology: each file read, checked and modelled once per content.

`chronicle serve` follows every save, and reading and checking 10,000 event files takes
tens of seconds while a save changes one. So each event file's document, problems and
model record are kept, keyed by the file's path, modification time and size; a refresh
reads and checks again only the files whose key changed (added files are read, deleted
ones dropped). The rules across files run again where an edit can change their answer:
ids and links between events over all files (a dictionary look-up each), duplicates only
in the blocks (day, principal actor) whose files changed (`validate.duplicate_blocks`).

The registries (actors, places, tags) and the stored articles are what every event is
checked against: when one of them changes, every event is checked again (its document
is kept, not read again). The problems found are those `chronicle validate` finds.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .articles import article_files, read_articles
from .errors import Problem
from .load import (
    Listing,
    RawChronology,
    build_actor,
    build_event,
    build_place,
    build_tag,
    list_chronology,
    read_documents,
)
from .model import Chronology, Event
from .project import Project
from .validate import (
    Registries,
    check_duplicates,
    check_event_links,
    check_unique_ids,
    duplicate_blocks,
    event_problems,
    today,
)
from .yamlio import Document

#: A file's key: it is read again when its modification time or size changes.
Signature = tuple[int, int]
REGISTRIES = ("actors", "places", "tags")


@dataclass
class _Entry:
    """One event file as last read: its document, its own problems, its model record."""

    signature: Signature
    doc: Document
    problems: list[Problem] = field(default_factory=list)
    sound: bool = False
    checked: bool = False
    event: Event | None = None
    order: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Refresh:
    """The chronology after a refresh: every problem, the model of the files without
    errors, and how many event files were read and checked again."""

    problems: list[Problem]
    chronology: Chronology
    read: int
    checked: int


def _signature(path: Path) -> Signature:
    info = path.stat()
    return info.st_mtime_ns, info.st_size


class EntryCache:
    """The chronology's files read, checked and modelled, kept between refreshes."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._events: dict[Path, _Entry] = {}
        self._listing: Listing | None = None
        self._context: tuple[object, ...] = ()
        self._registry_docs: dict[str, list[Document]] = {}
        self._registries: Registries | None = None
        self._blocks: dict[tuple[str, str], tuple[tuple[int, ...], list[Problem]]] = {}

    def refresh(self, changed: Collection[Path] | None = None, on: date | None = None) -> Refresh:
        """Bring the cache to the files on disk; return the problems and the usable chronology.

        `changed`: the files that may have changed since the last refresh, when the caller
        watches them (the preview); when they are all event files read before, only they are
        read again and chronology/ is not listed. None: list and look at every file.
        """
        if changed is None or self._listing is None or not all(self._known(p) for p in changed):
            self._listing, changed = list_chronology(self.project), None
        registries = self._check_registries(self._listing.files, on or today())
        read = self._read_events(self._listing.files["events"], changed)
        checked = 0
        for entry in self._events.values():
            if not entry.checked:
                entry.problems, entry.sound = event_problems(entry.doc, registries)
                entry.checked = True
                checked += 1
        sound = [e.doc for e in self._events.values() if e.sound]
        problems = [*registries.problems, *self._listing.unread]
        problems += [p for e in self._events.values() for p in e.problems]
        problems += self._across(sound)
        problems = sorted(set(problems), key=lambda p: (p.path, p.line, p.column, p.message))
        return Refresh(problems, self._model(problems), read, checked)

    def _known(self, path: Path) -> bool:
        """An event file read before and still a file: its change needs no new listing."""
        return path in self._events and path.is_file() and not path.is_symlink()

    def _check_registries(self, files: dict[str, list[Path]], on: date) -> Registries:
        """Check the registries again when one of their files or the articles changed.

        A change there changes what every event is checked against: every event's own
        problems are then found again (from the documents kept).
        """
        signatures = {kind: tuple((p, _signature(p)) for p in files[kind]) for kind in REGISTRIES}
        articles = self.project.articles_dir
        stored = tuple((p, _signature(p)) for p in article_files(articles)) if articles.is_dir() else ()
        context = (signatures, stored, on)
        if self._registries is not None and context == self._context:
            return self._registries
        docs = {kind: read_documents(self.project, files[kind]) for kind in REGISTRIES}
        raw = RawChronology(self.project, actors=docs["actors"], places=docs["places"], tags=docs["tags"],
                            articles=read_articles(articles, self.project.rel))
        self._registries, self._registry_docs, self._context = Registries.check(raw, on), docs, context
        for entry in self._events.values():
            entry.checked = False
        return self._registries

    def _read_events(self, paths: list[Path], only: Collection[Path] | None) -> int:
        """Read the event files that are new or changed (among `only`); forget the deleted ones."""
        events: dict[Path, _Entry] = {}
        changed: list[tuple[Path, Signature]] = []
        for path in paths:
            entry = self._events.get(path)
            if entry is not None and only is not None and path not in only:
                events[path] = entry
                continue
            try:
                signature = _signature(path)
            except OSError:
                signature = (-1, -1)  # vanished while listed: read_documents reports it
            if entry is not None and entry.signature == signature:
                events[path] = entry
            else:
                changed.append((path, signature))
        for (path, signature), doc in zip(changed, read_documents(self.project, [p for p, _ in changed]),
                                          strict=True):
            events[path] = _Entry(signature, doc)
        # In the listing's order, as `chronicle validate` reads them: of two duplicates, the
        # later file is the one reported.
        self._events = {path: events[path] for path in paths}
        return len(changed)

    def _across(self, sound: list[Document]) -> list[Problem]:
        """Links between events and ids used twice over all files; duplicates in changed blocks."""
        raw = RawChronology(self.project)
        problems = [*check_event_links(sound, raw), *check_unique_ids(sound)]
        blocks = {}
        for key, docs in duplicate_blocks(sound).items():
            members = tuple(map(id, docs))
            kept = self._blocks.get(key)
            found = kept[1] if kept is not None and kept[0] == members else list(check_duplicates(docs))
            blocks[key] = (members, found)
            problems += found
        self._blocks = blocks
        return problems

    def _model(self, problems: list[Problem]) -> Chronology:
        """The chronology of every file without errors (check.load_project's USABLE policy), each event
        built once per content, so unchanged events stay the same objects between refreshes."""
        broken = {p.path for p in problems if p.severity == "error"}
        events = []
        for entry in self._events.values():
            if entry.sound and entry.doc.display not in broken:
                if entry.event is None:
                    entry.event = build_event(entry.doc.data, entry.doc.display)
                    entry.order = entry.event.sort_key()
                events.append((entry.order, entry.event))
        events.sort(key=lambda item: item[0])

        def usable(kind: str) -> list[Document]:
            return [d for d in self._registry_docs[kind] if d.display not in broken]

        actors = {a.id: a for a in (build_actor(d.data, d.display) for d in usable("actors"))}
        places = {p.id: p for p in (build_place(d.data, d.display) for d in usable("places"))}
        tags = {t.id: t for t in (build_tag(d.data, d.display) for d in usable("tags"))}
        return Chronology(tuple(e for _, e in events), dict(sorted(actors.items())),
                          dict(sorted(places.items())), dict(sorted(tags.items())))

