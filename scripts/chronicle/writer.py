"""Write the generated files into content/: all or nothing, and only what changed.

Everything is rendered in memory first (a failed render writes nothing). The new files
are written into a temporary folder beside content/, then each changed file is moved
into place with an atomic rename; files whose bytes did not change are not touched, so
`chronicle serve` reloads only what changed. Files of the generated folders that the
new build does not produce (pages of deleted events) are removed. Nothing outside the
generated folders and content/index.md is ever written or deleted.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import ChronicleError
from .project import GENERATED_DIRS

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


def write_generated(content: Path, files: dict[str, bytes]) -> WriteReport:
    """Bring content/'s generated folders to exactly `files` (paths relative to content/)."""
    for relpath in files:
        if not is_generated(relpath):
            raise ChronicleError(
                f"refusing to write {relpath}: not inside a generated folder of content/"
            )
    content.mkdir(parents=True, exist_ok=True)
    changed = {p: data for p, data in files.items() if _read(content / p) != data}
    staging = Path(tempfile.mkdtemp(prefix=".chronicle-", dir=content.parent))
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
    removed = _remove_stale(content, set(files))
    return WriteReport(len(changed), len(files) - len(changed), removed)


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
