"""How long `chronicle validate` takes on the build benchmark's synthetic chronologies.

Run: .venv/bin/python benchmarks/validate_scale.py [--events 10000 50000] [--keep DIR] [--repeat N]
     (or `make bench-validate-scale`)

`make bench` times validate too, but only on the way to a full build; this runs the command
alone, as a pre-commit hook or CI does, on the same events (chronicle.bench.synthetic,
about 1.2 KB of YAML each, registries sized as `make bench` sizes them). For each size it
prints wall time, CPU time (the process and its children: a parallel read shows here) and
peak memory (the largest process, and the whole tree), with the machine's load before and
after. --keep DIR writes the projects there and reuses them on the next run (writing 50,000
files takes a minute). Numbers only; the test suite times nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from chronicle.bench.running import run_measured
from chronicle.bench.synthetic import write_synthetic


def project_of(base: Path, events: int) -> Path:
    """The synthetic project of this size under base, written unless a finished one is there."""
    project = base / f"validate-{events}"
    done = project / ".written"
    if not done.is_file():
        shutil.rmtree(project, ignore_errors=True)
        project.mkdir(parents=True)
        write_synthetic(project, events, actors=max(60, events // 40), places=max(30, events // 150))
        done.write_text("", encoding="utf-8")
    return project


def uptime() -> str:
    """The load now, as `uptime` prints it."""
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[10000, 50000], metavar="N")
    parser.add_argument("--keep", type=Path, help="write the projects here and reuse them")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size")
    args = parser.parse_args(argv)
    base = args.keep or Path(tempfile.mkdtemp(prefix="chronicle-validate-"))
    command = [sys.executable, "-m", "chronicle.cli", "--root"]
    print(f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    print("| events | YAML MB | wall s | CPU s | peak process MB | peak tree MB | exit | "
          "load before -> after |")
    print("|---|---|---|---|---|---|---|---|")
    try:
        for events in args.events:
            project = project_of(base, events)
            megabytes = sum(p.stat().st_size for p in (project / "chronology").rglob("*.yaml")) / 1e6
            for _ in range(args.repeat):
                before = os.getloadavg()
                run = run_measured([*command, str(project), "validate"], cwd=project,
                                   log=base / f"validate-{events}.log")
                after = os.getloadavg()
                print(f"| {events:,} | {megabytes:.1f} | {run.wall_s:.1f} | {run.cpu_s:.1f} | "
                      f"{run.peak_process_mb:.0f} | {run.peak_tree_mb:.0f} | {run.returncode} | "
                      f"{before[0]:.2f} -> {after[0]:.2f} |", flush=True)
        print(uptime())
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
