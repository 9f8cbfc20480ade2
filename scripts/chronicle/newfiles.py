"""Writing new files, never over an existing one: `chronicle new`, ingest's drafts, proposed
actors and patches all write through here.

A contributor's entry is never overwritten: a file is opened with "x" (create only), so a
file that appeared since it was checked is refused rather than replaced. A batch is all or
nothing: if one file cannot be written, the files this call already wrote are removed again.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def write_new_files(files: Iterable[tuple[Path, str]], skip_existing: bool = False) -> list[Path]:
    """Write each (path, text) to a new file, making folders as needed; return the files written.

    An existing file raises FileExistsError (with `skip_existing`, it is left as it is and
    skipped); on any failure, what this call wrote is removed and the error raised again.
    """
    written: list[Path] = []
    try:
        for path, text in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            if skip_existing and path.exists():
                continue
            with path.open("x", encoding="utf-8") as handle:
                written.append(path)  # before writing: a half-written file is removed too
                handle.write(text)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
