"""Run one command and measure it: wall time, CPU time and peak memory of its whole process tree.

The command runs as a child of this process and is reaped with wait4(), whose resource
usage covers the child and every descendant it waited for (MkDocs under `chronicle build`):
CPU time is their sum and `peak_process_mb` the largest resident set of any one of them
(what /usr/bin/time -v reports). While it runs, a thread adds up the resident memory of the
whole tree every 0.2 s: `peak_tree_mb` is the most it held at once. Each process counts its
proportional share of the pages it shares (Linux's Pss): a forked process shares its
parent's memory until either writes to it, and adding up resident sets would count those
pages once per process (a build shares its work with forked children, parallel.py).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Measured:
    """How one run of a command went."""

    returncode: int
    wall_s: float
    cpu_s: float
    peak_process_mb: float
    peak_tree_mb: float


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                found += [int(child) for child in handle.read().split()]
    except OSError:
        pass
    return found


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants now, shared pages counted once
    (0 when it is gone)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            total += _resident(current)
        except (OSError, IndexError, ValueError):
            continue
        pending += _children(current)
    return total


def _resident(pid: int) -> int:
    """A process's proportional resident bytes (smaps_rollup's Pss), or its resident set
    (statm) where the kernel has no smaps_rollup."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except FileNotFoundError:
        pass
    with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * PAGE


class _Sampler(threading.Thread):
    """Follows the resident memory of a process tree until stopped; keeps the highest sum."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            self.done.wait(self.every)


def run_measured(
    command: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None, timeout: float | None = None
) -> Measured:
    """Run command with its output in log; measure it; stop its whole group after timeout seconds."""
    started = time.perf_counter()
    with log.open("ab") as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)
    sampler = _Sampler(process.pid)
    sampler.start()
    timer = threading.Timer(timeout, os.killpg, (process.pid, 9)) if timeout else None
    if timer:
        timer.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        if timer:
            timer.cancel()
        sampler.done.set()
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    return Measured(
        returncode=process.returncode,
        wall_s=time.perf_counter() - started,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_process_mb=usage.ru_maxrss * 1024 / 1e6,  # Linux reports kibibytes
        peak_tree_mb=sampler.peak / 1e6,
    )
