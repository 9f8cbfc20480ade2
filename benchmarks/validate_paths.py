"""How long `chronicle validate PATH` takes for one file, against the whole chronology.

Run: .venv/bin/python benchmarks/validate_paths.py [EVENTS]   (default 5000 events)

Builds a synthetic chronology (the registries of tests/fixtures/mini, EVENTS generated
events) in a temporary folder, then times in-process `check_project` for the whole
chronology and for one file, and the `chronicle validate` command as a pre-commit hook or
an editor runs it (a new process: Python start-up and imports included). Prints numbers;
asserts nothing (timings belong here, not in tests).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from chronicle.check import check_project
from chronicle.project import Project
from chronicle.yamlio import dump

MINI = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "mini"
WORDS = ["border", "talks", "troops", "village", "shelling", "ceasefire", "envoy", "ministry",
         "statement", "convoy"]


def make_project(folder: Path, count: int) -> list[Path]:
    """Write a valid project with `count` events; return the event files."""
    shutil.copytree(MINI, folder)
    shutil.rmtree(folder / "chronology" / "events")
    paths = []
    for n in range(count):
        day = (date(2011, 1, 1) + timedelta(days=n % 3650)).isoformat()  # all in the past
        entry_id = f"{day}-event-{n}-{WORDS[n % len(WORDS)]}"
        data = {
            "id": entry_id, "status": "draft", "date": day,
            "title": f"Event {n}: {' '.join(WORDS[(n + k) % len(WORDS)] for k in range(4))}",
            "summary": f"Synthetic event number {n}.", "type": "statement",
            "actors": [("macron", "pashinyan", "armenia")[n % 3]],  # no day repeats a principal
            "sources": [{"url": f"https://example.org/{n}", "outlet": "Example",
                         "title": f"Report {n}", "published": day}],
        }
        path = folder / "chronology" / "events" / day[:4] / f"{entry_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(data), encoding="utf-8")
        paths.append(path)
    return paths


def median_of(runs: int, action: Callable[[], object]) -> float:
    """Return the median of `runs` timings of `action()`, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench"
        paths = make_project(root, count)
        project = Project(root)
        one = paths[count // 2]
        problems, _ = check_project(project)
        assert not problems, problems[:3]
        whole = median_of(3, lambda: check_project(project))
        single = median_of(9, lambda: check_project(project, [one]))
        actor = median_of(9, lambda: check_project(project, [root / "chronology/actors/macron.yaml"]))
        command = [str(Path(sys.executable).parent / "chronicle"), "--root", str(root), "validate"]
        cli_one = median_of(5, lambda: subprocess.run([*command, str(one)], check=True, capture_output=True))
        cli_all = median_of(3, lambda: subprocess.run(command, check=True, capture_output=True))
    print(f"{count} events")
    print(f"in-process  whole chronology : {whole:8.3f} s")
    print(f"in-process  one event file   : {single * 1000:8.1f} ms")
    print(f"in-process  one actor file   : {actor * 1000:8.1f} ms")
    print(f"command     one event file   : {cli_one * 1000:8.1f} ms  (new process, as a hook runs it)")
    print(f"command     whole chronology : {cli_all:8.3f} s")


if __name__ == "__main__":
    main()
