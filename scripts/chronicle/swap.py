"""Replace a folder in one step, and clean up what a stopped build left behind.

content/ and site/ are built beside themselves in a staging folder and swapped in whole,
so a build stopped at any moment leaves either the old folder or the new one, never a
mix. On Linux the swap is one `renameat2(RENAME_EXCHANGE)` call: the folder never stops
existing. Elsewhere it is two renames, and between them (microseconds) the folder is
missing; a build stopped exactly there is repaired by the next one (`clean_leftovers`).

Staging folders are named `.chronicle-<pid>-…` and `.site-<pid>-…` after the process
that made them, so the next run removes only those whose process is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import sys
import tempfile
from functools import cache
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
#: A staging or old folder of a run: prefix, the process id, a random part (and "-old").
_OURS = re.compile(r"^\.(chronicle|site)-(\d+)-[a-z0-9_]+(-old)?$")
#: What earlier versions left (tempfile's eight random characters; site/'s `.old`).
_LEGACY = re.compile(r"^\.(chronicle|site)-[a-z0-9_]{8}$")


def staging_folder(target: Path, prefix: str) -> Path:
    """Make an empty folder beside target (same file system, so renames are atomic)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{prefix}-{os.getpid()}-", dir=target.parent))


@cache
def _renameat2() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


def _exchange(new: Path, target: Path) -> bool:
    """Swap two paths atomically (Linux); return False where the system cannot."""
    function = _renameat2()
    if function is None:
        return False
    result: int = function(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE)  # type: ignore[operator]
    return result == 0


def swap_in(new: Path, target: Path) -> Path | None:
    """Put folder `new` in the place of `target`; return where the old one now is (to delete)."""
    if not target.exists():
        os.replace(new, target)
        return None
    if _exchange(new, target):
        return new
    old = new.with_name(new.name + "-old")
    os.replace(target, old)
    os.replace(new, target)
    return old


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(folder: Path, content: str = "content", site: str = "site") -> list[str]:
    """Remove staging folders of stopped runs in `folder`; put back a folder a stop left missing.

    `content` and `site` name the docs folder (`.chronicle-…` staging) and the site folder
    (`.site-…`) inside `folder`. Returns the names removed (or restored), for the build to mention.
    """
    if not folder.is_dir():
        return []
    cleaned = []
    for entry in sorted(folder.iterdir()):
        match = _OURS.match(entry.name)
        if match and _alive(int(match.group(2))):
            continue
        if not (match or _LEGACY.match(entry.name)) or not entry.is_dir() or entry.is_symlink():
            continue
        target = folder / (content if match and match.group(1) == "chronicle" else site)
        if match and match.group(3) and not target.exists():
            os.replace(entry, target)  # stopped between the two renames: the old folder goes back
        else:
            shutil.rmtree(entry, ignore_errors=True)
        cleaned.append(entry.name)
    stale = folder / f"{site}.old"  # what earlier versions' swap left when stopped
    if stale.is_dir() and (folder / site).exists():
        shutil.rmtree(stale, ignore_errors=True)
        cleaned.append(stale.name)
    return cleaned
