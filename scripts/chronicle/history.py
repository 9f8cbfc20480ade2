"""The date of the chronology's last change, the one date the build may print.

It comes from version control (the commit that last touched chronology/), so two builds
of the same commit agree. Outside a git checkout it falls back to the newest date of a
report the chronology cites, which is just as deterministic.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from .dates import PartialDate
from .model import Chronology


def last_change(root: Path, chronology: Chronology) -> PartialDate | None:
    """Return the day chronology/ last changed in git, else the newest cited report's date."""
    return _git_date(root) or newest_report(chronology)


def _git_date(root: Path) -> PartialDate | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%cs", "--", "chronology/"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = result.stdout.strip()
    if result.returncode != 0 or not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None


def newest_report(chronology: Chronology) -> PartialDate | None:
    """Return the latest publication date among the sources (coarse dates sort first)."""
    dates = [s.published for e in chronology.events for s in e.sources]
    return max(dates, key=PartialDate.sort_key) if dates else None
