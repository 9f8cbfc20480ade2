"""When the chronology changed: the only dates the build takes from outside the data.

The chronology's last change comes from version control (the commit that last touched
chronology/), so two builds of the same commit agree; outside a git checkout it falls
back to the newest date of a report the chronology cites. Each entry's last change (the
feed's `updated`) is its file's last commit, or the build's time for an entry not
committed yet; SOURCE_DATE_EPOCH fixes the build's time for reproducible builds.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from datetime import UTC, datetime
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
    return max(dates) if dates else None


def build_time(environ: Mapping[str, str] | None = None) -> datetime:
    """Return the build's time: SOURCE_DATE_EPOCH when set (reproducible builds), else today.

    Without SOURCE_DATE_EPOCH it is today at midnight UTC, so that two builds of one day
    write the same files.
    """
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    today = datetime.now(tz=UTC).date()
    return datetime(today.year, today.month, today.day, tzinfo=UTC)


def entry_changes(root: Path, chronology: Chronology, fallback: datetime) -> dict[str, datetime]:
    """Return when each entry's file last changed, by event id.

    That is the time of the last commit touching the file; an entry that is new or edited
    and not committed yet (or any entry outside a git checkout) changed at `fallback`, the
    build's time. One `git log` reads the whole history, however many entries there are.
    """
    committed = _commit_times(root)
    dirty = _uncommitted(root)
    return {
        e.id: fallback if e.path in dirty or e.path not in committed else committed[e.path]
        for e in chronology.events
    }


def history_state(root: Path) -> tuple[object, ...]:
    """Everything the dates above read of version control and the clock: equal twice, they say
    the same (the build cache's test that nothing it depends on changed)."""
    return _git_date(root), _commit_times(root), frozenset(_uncommitted(root)), build_time()


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def _commit_times(root: Path) -> dict[str, datetime]:
    """Map each file under chronology/events (relative to `root`) to its last commit's time."""
    log = _git(root, "log", "--relative", "--name-only", "--format=%x00%cI", "--", "chronology/events")
    times: dict[str, datetime] = {}
    when: datetime | None = None
    for line in (log or "").splitlines():
        if line.startswith("\0"):
            when = datetime.fromisoformat(line[1:].strip()).astimezone(UTC)
        elif line.strip() and when is not None:
            times.setdefault(line.strip(), when)  # the log runs newest first
    return times


def _uncommitted(root: Path) -> set[str]:
    """Return the files under chronology/events (relative to `root`) that differ from the last commit."""
    prefix = (_git(root, "rev-parse", "--show-prefix") or "").strip()
    status = _git(root, "status", "--porcelain", "-z", "--untracked-files=all", "--", "chronology/events")
    paths = set()
    for item in (status or "").split("\0"):
        path = item[3:]
        if len(item) > 3 and path.startswith(prefix):
            paths.add(path[len(prefix):])
    return paths
