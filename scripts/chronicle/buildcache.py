"""`chronicle build`'s memory between runs: `.chronicle-cache/` in the project (git-ignored).

A contributor edits an entry or two and builds again; CI builds with the folder kept from
its last run. Reading, checking and rendering 10,000 entries takes tens of seconds, and an
edit changes a few pages. So the build keeps, on disk, what `chronicle serve` keeps in
memory (entrycache.py: each event file's key, digest, problems and model; pagecache.py: the
plan, each group's share of it and the rendered entries), each entry's share of the data
files (export.Pieces), and the key of each file it wrote into content/. The next build
reads again only the files that changed, plans again only the groups they touch, renders
only the pages that differ, and writes only those; the files are those of a build from
scratch (the caches compare what they were made from, never trust a time alone).

The cache is one pickle, written whole into a temporary file and renamed into place. It is
used only when it was made by the same Chronicle code (a digest of the package's files),
Python and project folder; anything else, or a file that cannot be read, is ignored with
one line saying so, and the build starts from scratch. `chronicle build --no-cache` neither
reads nor writes it. The pickle is trusted as the project's own files are (building a
project runs its mkdocs.yml's hooks too): never build a project you do not trust.
"""

from __future__ import annotations

import fcntl
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .entrycache import RACY_NS, EntryCache, Refresh
from .export import Pieces
from .load import list_chronology
from .model import Event
from .pagecache import PageCache, join_texts, split_texts
from .project import Project

Echo = Callable[[str], None]

CACHE_DIR = ".chronicle-cache"
CACHE_FILE = "build.pickle"
#: The small file saying what the last build was made from, and what it said.
INPUTS_FILE = "inputs.pickle"
#: Raised when the layout of what is pickled changes (the code digest covers the rest).
FORMAT = 1
#: Beyond this many event files no state is kept, only `INPUTS_FILE`: pickling the state of
#: 50,000 entries took that build's peak memory from 1.7 GB to 3.0 GB (the pickler's memo of
#: every object), and reading it back to edit one entry to 2.9 GB, past the 2 GB aim.
MOST_ENTRIES = 20_000


@cache
def code_stamp() -> str:
    """What the cache must have been made by: this package's files (code, schema, templates,
    vocabularies) and Python's version; any change makes every cache a stranger."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT} {sys.version}".encode())
    root = Path(str(resources.files("chronicle")))
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class DataPieces:
    """Each entry's share of each data file, kept with the entry and address it was made for.

    Every share depends also on the registries (names), the site's settings and the last
    change (`setting`): when those differ, every share is made again.
    """

    def __init__(self) -> None:
        self.setting: object = None
        self._kept: dict[tuple[str, str], tuple[Event, str, str]] = {}
        self._used: dict[tuple[str, str], tuple[Event, str, str]] = {}

    def use(self, setting: object) -> Pieces:
        """Start a build's data files under `setting`; return the memo they are made through."""
        if setting != self.setting:
            self.setting, self._kept = setting, {}
        self._used = {}
        return self.piece

    def piece(self, name: str, event: Event, url: str, make: Callable[[], str]) -> str:
        key = (name, event.id)
        kept = self._kept.get(key)
        if kept is None or kept[1] != url or (kept[0] is not event and kept[0] != event):
            kept = (event, url, make())
        self._used[key] = kept
        return kept[2]

    def done(self) -> None:
        """End a build: keep only the shares it used (deleted entries are forgotten)."""
        self._kept, self._used = self._used, {}

    def __getstate__(self) -> dict[str, Any]:
        """The shares as one text and where each ends (`join_texts`)."""
        keys = list(self._kept)
        text, bounds = join_texts([self._kept[k][2] for k in keys])
        return {"setting": self.setting, "keys": keys, "made": [self._kept[k][:2] for k in keys],
                "text": text, "bounds": bounds}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.setting, self._used = state["setting"], {}
        pieces = split_texts(state["text"], state["bounds"])
        self._kept = {key: (*made, piece) for key, made, piece in zip(state["keys"], state["made"], pieces,
                                                                       strict=True)}


#: A generated file's key once written: modification time, size and inode.
FileKey = tuple[int, int, int]


@dataclass
class BuildState:
    """What one build leaves for the next."""

    entries: EntryCache
    pages: PageCache = field(default_factory=PageCache)
    data: DataPieces = field(default_factory=DataPieces)
    #: Each generated file of content/ as the last build left it (path inside content/).
    written: dict[str, FileKey] = field(default_factory=dict)
    drafts: bool = False
    #: Whether this state was read from the cache (not a first build).
    reused: bool = False

    def unchanged(self, content: Path, relpath: str) -> bool:
        """Whether content/ still holds the file the last build wrote there."""
        kept = self.written.get(relpath)
        return kept is not None and kept == file_key(content / relpath)

    def record(self, content: Path, paths: Iterator[str] | list[str]) -> None:
        """Note each generated file's key after a write."""
        self.written = {p: k for p in paths if (k := file_key(content / p)) is not None}


def file_key(path: Path) -> FileKey | None:
    try:
        info = path.lstat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


def state_stamp(project: Project) -> tuple[str, str]:
    """Who may use a cache: the same code, in the same folder."""
    return code_stamp(), str(project.root.resolve())


def cache_path(project: Project) -> Path:
    return project.root / CACHE_DIR / CACHE_FILE


def open_state(project: Project, drafts: bool, echo: Echo) -> BuildState:
    """The state the last build left, or a new one (saying why the cache is not used)."""
    path = cache_path(project)
    stamp = state_stamp(project)
    fresh = BuildState(EntryCache(project), drafts=drafts)
    if not path.parent.is_dir():
        return fresh
    try:
        with _locked(project, fcntl.LOCK_SH), _collector_off():
            for leftover in path.parent.glob(".build-*.tmp"):  # a stopped build's: none writes now
                leftover.unlink(missing_ok=True)
            if not path.is_file():
                return fresh
            with path.open("rb") as handle:
                found = pickle.load(handle)
                if found != stamp:
                    echo(f"Build cache: {project.rel(path)} was made by another version of Chronicle or in "
                         "another folder; building from scratch")
                    return fresh
                state = pickle.load(handle)
            # What was read lives until the build ends: out of the collector's sight (until
            # `thaw`), its passes stop walking a million objects again and again.
            gc.freeze()
    except Exception as exc:  # noqa: BLE001 - any unreadable cache is only ignored
        echo(f"Build cache: {project.rel(path)} could not be read ({exc.__class__.__name__}); building from "
             "scratch")
        return fresh
    if not isinstance(state, BuildState) or state.drafts != drafts:
        return fresh
    state.entries.project, state.reused = project, True
    return state


def save_state(project: Project, state: BuildState, background: bool = False) -> None:
    """Write the state for the next build: into a temporary file, then renamed into place.

    `background`: in a forked child, which holds the cache's lock until it is done, so that
    `chronicle build` runs its site engine meanwhile (the next build waits for the lock).
    """
    values = [state_stamp(project), state]
    path = cache_path(project)
    if not background or not hasattr(os, "fork"):
        with _locked(project, fcntl.LOCK_EX):
            _write_atomically(path, values)
        return
    lock = _lock_file(project)
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        child = os.fork()
    except OSError:
        child = 0
        background = False
    if child == 0:
        status = 0
        try:
            _write_atomically(path, values)
        except BaseException:  # noqa: BLE001 - a cache not written is only a slower next build
            status = 1
        finally:
            if background:
                os._exit(status)  # the forked child: no clean-up of the parent's state
    os.close(lock)  # the child holds the lock until it is done


def _lock_file(project: Project) -> int:
    folder = project.root / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return os.open(folder / "lock", os.O_RDWR | os.O_CREAT, 0o600)


@contextmanager
def _locked(project: Project, how: int) -> Iterator[None]:
    """Hold the cache's lock: shared to read (waits for a build still writing it), exclusive to write."""
    lock = _lock_file(project)
    try:
        fcntl.flock(lock, how)
        yield
    finally:
        os.close(lock)


def _write_atomically(path: Path, values: list[object], prefix: str = ".build-") -> None:
    """Pickle values one after another into a temporary file, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out, _collector_off():
            for value in values:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def _collector_off() -> Iterator[None]:
    """Pickling a million objects without the garbage collector's passes over them (3× faster)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def too_large_to_keep(project: Project) -> str | None:
    """None when the chronology is small enough for its state to be kept (`MOST_ENTRIES`),
    else the line that says it is not."""
    if len(list_chronology(project, ("events",)).files["events"]) <= MOST_ENTRIES:
        return None
    return (f"Build cache: more than {MOST_ENTRIES} entry files, so only whether anything changed is kept; "
            "building from scratch")


def forget_state(project: Project) -> None:
    """Remove a kept state (once a chronology has outgrown `MOST_ENTRIES`), after any build
    still writing it is done."""
    if cache_path(project).parent.is_dir():
        with _locked(project, fcntl.LOCK_EX):
            cache_path(project).unlink(missing_ok=True)


def refresh_entries(state: BuildState) -> Refresh:
    """Read and check again the event files that changed since the last build (all, the first time)."""
    return state.entries.refresh()


@dataclass(frozen=True)
class Inputs:
    """What the last build was made from, what it printed and what it wrote into content/:
    when everything it was made from is as it was, and content/ too, a build has nothing to do."""

    stamp: tuple[str, str]
    fingerprint: str
    lines: tuple[str, ...]
    written: dict[str, FileKey]
    pages: tuple[str, ...]
    events: int


def fingerprint(project: Project, drafts: bool, config: object, started: int) -> str | None:
    """A digest of everything a build reads: every file under chronology/ (key as found now),
    mkdocs.yml, the site's settings, the hand-written pages linked, version control's dates,
    the day of the check; None when a file changed within `RACY_NS` of `started`."""
    from .build import HAND_WRITTEN
    from .history import history_state
    from .validate import today

    digest = hashlib.blake2b(digest_size=20)
    for key in _tree(str(project.chronology)):
        if key[1] >= started - RACY_NS:
            return None
        digest.update(repr(key).encode())
    mkdocs = project.mkdocs_yml.read_bytes() if project.mkdocs_yml.is_file() else b""
    present = tuple((project.content_dir / p).is_file() for p in HAND_WRITTEN)
    digest.update(repr((drafts, config, present, history_state(project.root), today())).encode() + mkdocs)
    return digest.hexdigest()


def _tree(folder: str) -> Iterator[tuple[str, int, int, int, int, bool]]:
    """Every file and folder under a folder, sorted, with its key (path, times, size, inode, kind)."""
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        folder_here = entry.is_dir(follow_symlinks=False)
        yield entry.path, info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino, folder_here
        if folder_here:
            yield from _tree(entry.path)


def generated_keys(content: Path) -> dict[str, FileKey]:
    """Every generated file of content/ and its key."""
    from .writer import is_generated

    found: dict[str, FileKey] = {}
    root = str(content)
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if is_generated(rel) and (key := file_key(Path(path))) is not None:
                found[rel] = key
    return found


def read_inputs(project: Project) -> Inputs | None:
    try:
        with (project.root / CACHE_DIR / INPUTS_FILE).open("rb") as handle:
            found = pickle.load(handle)
    except Exception:  # noqa: BLE001 - an unreadable file only means the build does its work
        return None
    return found if isinstance(found, Inputs) else None


def unchanged_build(project: Project, stamp: str | None, inputs: Inputs | None) -> bool:
    """Whether the last build was made from exactly what is here now, and content/ is as it left it."""
    return (stamp is not None and inputs is not None and inputs.fingerprint == stamp
            and inputs.stamp == state_stamp(project)
            and generated_keys(project.content_dir) == inputs.written)


def save_inputs(project: Project, inputs: Inputs) -> None:
    _write_atomically(project.root / CACHE_DIR / INPUTS_FILE, [inputs], prefix=".inputs-")


def forget_inputs(project: Project) -> None:
    (project.root / CACHE_DIR / INPUTS_FILE).unlink(missing_ok=True)
