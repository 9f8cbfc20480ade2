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

`chronicle build` keeps the cache between runs on disk (buildcache.py): pickled, each
document shrinks to what the rules across files read (`_Stored`), and a file whose
modification time or size changed but whose bytes did not (a fresh checkout in CI) is
not read again (its content digest is kept). A file saved within `RACY_NS` of being read
is looked at again next time, whatever its key says (a clock tick may hide a second save).
"""

from __future__ import annotations

import hashlib
import stat
import time
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from .articles import article_files, read_articles
from .dates import DateError, PartialDate
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
from .parallel import map_in_order
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
from .yamlio import MAX_FILE_BYTES, Document, load_document

#: A file's key: modification and change times, size and inode; None: look at its bytes.
Signature = tuple[int, int, int, int] | None
REGISTRIES = ("actors", "places", "tags")
#: A file changed this recently when read may change again within the clock's tick.
RACY_NS = 2_000_000_000
#: What the rules across files read of an event's data (validate.across_events).
ACROSS_FIELDS = ("id", "date", "title", "actors", "related", "distinct_from")


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
    #: The file's bytes' digest: read again only when they differ.
    digest: bytes = b""
    #: The latest day the event's dates name (its own problems change when the day of
    #: the check passes it); None when its dates were never checked.
    latest: date | None = None


class _Stored(Document):
    """An event file's document as the cache on disk keeps it: what the rules across files
    read of its data; the file is read again only to place a problem found in it."""

    def __init__(self, display: str, data: Any, path: str) -> None:
        super().__init__(display, data)
        self.path = path

    @property
    def positions(self) -> dict[Any, Any]:
        if self._positions is None:
            self._positions = load_document(Path(self.path), self.display).positions
        return self._positions

    def __reduce__(self) -> tuple[Any, ...]:
        return _Stored, (self.display, self.data, self.path)


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
    return info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino


def _digest(path: Path) -> bytes:
    """The digest of a regular file's bytes (b"" for anything else: it is read as it is)."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return b""
        with path.open("rb") as handle:
            return hashlib.blake2b(handle.read(MAX_FILE_BYTES + 1), digest_size=16).digest()
    except OSError:
        return b""


def _settled(signature: Signature, now: int) -> Signature:
    """The key to keep: none for a file saved so recently that a second save may keep it."""
    return signature if signature is not None and signature[0] < now - RACY_NS else None


def _checked(doc: Document, registries: Registries) -> tuple[list[Problem], bool, date | None]:
    """An event file's own problems, whether it is sound, and the latest day its dates name."""
    problems, sound = event_problems(doc, registries)
    return problems, sound, _latest(doc) if sound else None


def _latest(doc: Document) -> date | None:
    """The latest first day the event's dates name (validate.check_not_in_future's dates)."""
    data = doc.data
    values = [data.get("date"), data.get("end_date")]
    values += [source.get("published") for source in data.get("sources") or ()]
    values += [item.get("date") for key in ("claims", "casualties") for item in data.get(key) or ()]
    days = []
    for value in values:
        try:
            days.append(PartialDate.parse(value).first_day if isinstance(value, str) else None)
        except DateError:
            continue
    return max((d for d in days if d is not None), default=None)


class EntryCache:
    """The chronology's files read, checked and modelled, kept between refreshes."""

    def __init__(self, project: Project) -> None:
        self.project = project
        #: By the file's path as text (a pickled Path is parsed again when read: 10,000 of them).
        self._events: dict[str, _Entry] = {}
        self._listing: Listing | None = None
        self._context: tuple[object, ...] = ()
        self._registry_docs: dict[str, list[Document]] = {}
        self._registries: Registries | None = None
        self._blocks: dict[tuple[str, str], tuple[tuple[tuple[str, bytes], ...], list[Problem]]] = {}

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
        unchecked = [e for e in self._events.values() if not e.checked]
        read += self._read_again([e for e in unchecked if isinstance(e.doc, _Stored)])
        found = map_in_order(lambda entry: _checked(entry.doc, registries), unchecked)
        for entry, (own, sound, latest) in zip(unchecked, found, strict=True):
            entry.problems, entry.sound, entry.latest, entry.checked = own, sound, latest, True
        sound_docs = [e.doc for e in self._events.values() if e.sound]
        problems = [*registries.problems, *self._listing.unread]
        problems += [p for e in self._events.values() for p in e.problems]
        problems += self._across(sound_docs)
        problems = sorted(set(problems), key=lambda p: (p.path, p.line, p.column, p.message))
        return Refresh(problems, self._model(problems), read, len(unchecked))

    def _known(self, path: Path) -> bool:
        """An event file read before and still a file: its change needs no new listing."""
        return str(path) in self._events and path.is_file() and not path.is_symlink()

    def _check_registries(self, files: dict[str, list[Path]], on: date) -> Registries:
        """Check the registries again when one of their files or the articles changed.

        A change there changes what every event is checked against: every event's own
        problems are then found again (from the documents kept). A new day of the check
        changes only the problems of events dated after the earlier of the two days.
        """
        digests = {kind: tuple((p, _digest(p)) for p in files[kind]) for kind in REGISTRIES}
        articles = self.project.articles_dir
        stored = tuple((p, _digest(p)) for p in article_files(articles)) if articles.is_dir() else ()
        context = (digests, stored)
        if self._registries is not None and context == self._context:
            if self._registries.on != on:
                earlier = min(on, self._registries.on)
                for entry in self._events.values():
                    if entry.latest is not None and entry.latest > earlier:
                        entry.checked = False
                self._registries = replace(self._registries, on=on)
            return self._registries
        docs = {kind: read_documents(self.project, files[kind]) for kind in REGISTRIES}
        raw = RawChronology(self.project, actors=docs["actors"], places=docs["places"], tags=docs["tags"],
                            articles=read_articles(articles, self.project.rel))
        self._registries, self._registry_docs, self._context = Registries.check(raw, on), docs, context
        for entry in self._events.values():
            entry.checked = False
        return self._registries

    def _read_events(self, paths: list[Path], only: Collection[Path] | None) -> int:
        """Read the event files that are new or changed (among `only`); forget the deleted ones.

        A file whose key changed but whose bytes did not is kept as it was, with its new key.
        """
        events: dict[str, _Entry] = {}
        changed: list[tuple[Path, Signature, bytes]] = []
        now = time.time_ns()
        for path in paths:
            key = str(path)
            entry = self._events.get(key)
            if entry is not None and only is not None and path not in only:
                events[key] = entry
                continue
            try:
                signature: Signature = _signature(path)
            except OSError:
                signature = None  # vanished while listed: read_documents reports it
            if entry is not None and entry.signature is not None and entry.signature == signature:
                events[key] = entry
                continue
            digest = _digest(path)
            if entry is not None and digest and entry.digest == digest:
                entry.signature = _settled(signature, now)
                events[key] = entry
            else:
                changed.append((path, _settled(signature, now), digest))
        docs = read_documents(self.project, [path for path, _, _ in changed])
        for (path, signature, digest), doc in zip(changed, docs, strict=True):
            events[str(path)] = _Entry(signature, doc, digest=digest)
        # In the listing's order, as `chronicle validate` reads them: of two duplicates, the
        # later file is the one reported.
        self._events = {key: events[key] for key in map(str, paths)}
        return len(changed)

    def _read_again(self, entries: list[_Entry]) -> int:
        """Read whole documents the cache on disk kept only in part, to check them again."""
        paths = [Path(e.doc.path) for e in entries if isinstance(e.doc, _Stored)]
        for entry, doc in zip(entries, read_documents(self.project, paths), strict=True):
            entry.doc = doc
        return len(entries)

    def _across(self, sound: list[Document]) -> list[Problem]:
        """Links between events and ids used twice over all files; duplicates in changed blocks."""
        raw = RawChronology(self.project)
        problems = [*check_event_links(sound, raw), *check_unique_ids(sound)]
        digests = {id(e.doc): e.digest for e in self._events.values()}
        blocks = {}
        for key, docs in duplicate_blocks(sound).items():
            members = tuple((d.display, digests.get(id(d), b"")) for d in docs)
            kept = self._blocks.get(key)
            found = kept[1] if kept is not None and kept[0] == members else list(check_duplicates(docs))
            blocks[key] = (members, found)
            problems += found
        self._blocks = blocks
        return problems

    def __getstate__(self) -> dict[str, Any]:
        """What the cache on disk keeps: each checked event file's key, digest, problems and model,
        its document shrunk to what the rules across files read (`_Stored`).

        A file is left out (read again next time) when it has no digest (not a regular file),
        or when it is sound but has no model (its errors come from other files: the model is
        built from its whole document once they are gone).
        """
        events = {}
        for path, entry in self._events.items():
            if not entry.checked or not entry.digest or (entry.sound and entry.event is None):
                continue
            data = entry.doc.data
            kept = {k: data[k] for k in ACROSS_FIELDS if k in data} if entry.sound else None
            events[path] = _Entry(entry.signature, _Stored(entry.doc.display, kept, path), entry.problems,
                                  entry.sound, True, entry.event, entry.order, entry.digest, entry.latest)
        return {**self.__dict__, "_events": events, "_listing": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

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

