"""Write the generated files into content/: all or nothing, and only what changed.

Everything `write_generated` writes is rendered in memory first (a failed render writes
nothing). The new files are written into a temporary folder beside content/, then each
changed file is moved into place with an atomic rename; files whose bytes did not change
are not touched, so `chronicle serve` reloads only what changed. Files of the generated folders that the
new build does not produce (pages of deleted events) are removed. Nothing outside the
generated folders and content/index.md is ever written or deleted.

`chronicle build` goes further (`swap_generated`): it assembles the whole new content/
beside the old one (hand-written pages hard-linked, unchanged generated files too) and
swaps it in whole (swap.py), so a build stopped at any moment leaves the old content/ or
the new one, never half of each; it takes the files one at a time as they are rendered,
so a large site is never held in memory whole. `chronicle serve` keeps the per-file writes: its
engine watches content/ and must keep watching the same folder.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import ChronicleError
from .project import GENERATED_DIRS
from .swap import staging_folder, swap_in

GENERATED_FILES = ("index.md", "feed.xml")


@dataclass(frozen=True)
class WriteReport:
    """What a write changed: counts of files written, unchanged and removed."""

    written: int
    unchanged: int
    removed: int


def is_generated(relpath: str) -> bool:
    """Return True for a path inside content/ that the build owns."""
    parts = PurePosixPath(relpath).parts
    if not parts or ".." in parts or PurePosixPath(relpath).is_absolute():
        return False
    return relpath in GENERATED_FILES or any(
        PurePosixPath(relpath).is_relative_to(d) and relpath != d for d in GENERATED_DIRS
    )


def _check_paths(files: Mapping[str, bytes]) -> None:
    for relpath in files:
        if not is_generated(relpath):
            raise ChronicleError(
                f"refusing to write {relpath}: not inside a generated folder of content/"
            )


def write_generated(content: Path, files: dict[str, bytes]) -> WriteReport:
    """Bring content/'s generated folders to exactly `files` (paths relative to content/)."""
    written = len(update_generated(content, files))
    removed = _remove_stale(content, set(files))
    return WriteReport(written, len(files) - written, removed)


def update_generated(content: Path, files: Mapping[str, bytes], removed: Iterable[str] = ()) -> list[str]:
    """Write those of `files` whose bytes differ and delete `removed`; leave the rest alone.

    What `chronicle serve` does after an edit: only the files it rendered again are
    compared and written. Returns the paths written (what the preview's engine rebuilds).
    """
    _check_paths({**files, **dict.fromkeys(removed, b"")})
    content.mkdir(parents=True, exist_ok=True)
    changed = {p: data for p, data in files.items() if _read(content / p) != data}
    staging = staging_folder(content, "chronicle")
    try:
        for relpath, data in changed.items():
            target = staging / relpath
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for relpath in sorted(changed):
            final = content / relpath
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / relpath, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for relpath in removed:
        (content / relpath).unlink(missing_ok=True)
    return list(changed)


def swap_generated(
    content: Path, files: Mapping[str, bytes] | Iterable[tuple[str, bytes | None]]
) -> WriteReport:
    """Make a new content/ holding the hand-written files and exactly `files`, and swap it in.

    `files` may be given one at a time as they are rendered (path, bytes): each is written
    into the new content/ at once, and nothing is swapped in until the last is there. A file
    given as None is the one content/ holds (the build cache knows it is unchanged).
    """
    items = files.items() if isinstance(files, Mapping) else files
    content.mkdir(parents=True, exist_ok=True)
    staging = staging_folder(content, "chronicle")
    old: Path | None = None
    try:
        old_generated = _copy_hand_written(content, staging)
        written = 0
        seen: set[str] = set()
        for relpath, data in items:
            _check_paths({relpath: b""})
            seen.add(relpath)
            target, before = staging / relpath, content / relpath
            target.parent.mkdir(parents=True, exist_ok=True)
            if data is None or _read(before) == data:
                _link_or_copy(before, target)  # unchanged: same file, same modification time
            else:
                target.write_bytes(data)
                written += 1
        old = swap_in(staging, content)
        if old is not None:
            _keep_late_edits(old, content)
    finally:
        shutil.rmtree(old or staging, ignore_errors=True)
    removed = len(old_generated - seen)
    return WriteReport(written, len(seen) - written, removed)


def _copy_hand_written(content: Path, staging: Path) -> set[str]:
    """Link every file of content/ that the build does not own into staging; return the generated ones."""
    generated = set()
    for folder, dirs, names in os.walk(content):
        here = Path(folder)
        for name in dirs:
            path = here / name
            rel = path.relative_to(content).as_posix()
            if not is_generated(rel) and rel not in GENERATED_DIRS:
                (staging / rel).mkdir(parents=True, exist_ok=True)
        for name in names:
            path = here / name
            rel = path.relative_to(content).as_posix()
            if is_generated(rel):
                generated.add(rel)
                continue
            (staging / rel).parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(path, staging / rel)
    return generated


def _link_or_copy(source: Path, target: Path) -> None:
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
        return
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _keep_late_edits(old: Path, content: Path) -> None:
    """Move over hand-written files saved into the old content/ while the new one was assembled."""
    for folder, _dirs, names in os.walk(old):
        for name in names:
            path = Path(folder) / name
            rel = path.relative_to(old).as_posix()
            if is_generated(rel):
                continue
            new = content / rel
            if not new.exists() or not os.path.samefile(path, new):
                new.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, new)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _remove_stale(content: Path, keep: set[str]) -> int:
    """Delete generated files not in `keep`, then generated folders left empty."""
    removed = 0
    for relpath in GENERATED_FILES:
        if relpath not in keep and (content / relpath).is_file():
            (content / relpath).unlink()
            removed += 1
    for folder in GENERATED_DIRS:
        root = content / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*"), reverse=True):
            rel = path.relative_to(content).as_posix()
            if path.is_file() and rel not in keep:
                path.unlink()
                removed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
        if not any(root.iterdir()):
            root.rmdir()
    return removed
