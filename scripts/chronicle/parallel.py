"""Spread one step over the machine's cores: forked processes, results in the order given.

Reading 50,000 event files and checking each on its own is most of `chronicle validate` and
of a build's own steps, and every file is read and checked apart from the others. So the
files are cut into one run of neighbours per core: this process does the first run while a
forked child does each other, and sends back its results (pickled); they are put together in
the files' order, so every message comes out as one process would have printed it.

A child costs a fork and pickling what it found, so a step of fewer than `MIN_ITEMS` items
stays in this process, and so does any step while other threads run (a fork copies no
thread, and a lock one of them held would never be released in the child). When a child
fails for any reason (killed, out of memory), this process does its run itself: the result
is the same, only later. `CHRONICLE_JOBS=N` sets how many processes share a step (1: never
fork), whatever its size.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many items a step stays in one process (a fork and its pickling cost more).
MIN_ITEMS = 2000
#: The most processes a step is spread over by default (beyond that, pickling dominates).
MAX_JOBS = 4
JOBS_VARIABLE = "CHRONICLE_JOBS"


def jobs_for(count: int) -> int:
    """How many processes share a step of `count` items (1: this one alone)."""
    given = os.environ.get(JOBS_VARIABLE, "").strip()
    if given.isdigit() and int(given) >= 1:
        wanted = int(given)
    elif count < MIN_ITEMS:
        return 1
    else:
        wanted = min(_cores(), MAX_JOBS)
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return 1
    return max(1, min(wanted, count))


def _cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def map_in_order(step: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """Return `[step(item) for item in items]`, the work shared by up to `jobs_for` processes.

    `step` runs in forked children as well as here: it must not rely on changes it makes
    to this process's state (a child's are lost), and its results must pickle.
    """
    jobs = jobs_for(len(items))
    if jobs == 1:
        return [step(item) for item in items]
    runs = _runs(items, jobs)
    children: list[_Child] = []
    gc.freeze()  # the children's collector leaves what exists now alone: its pages stay shared
    try:
        children = [_start(step, run) for run in runs[1:]]
    finally:
        gc.unfreeze()
    try:
        results = [step(item) for item in runs[0]]
        for child, run in zip(children, runs[1:], strict=True):
            found = child.collect()
            results += found if found is not None else [step(item) for item in run]
        return results
    finally:
        for child in children:
            child.stop()


def _runs(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """Cut items into `count` runs of neighbours, as even as can be, in order."""
    size, extra = divmod(len(items), count)
    runs, start = [], 0
    for number in range(count):
        end = start + size + (number < extra)
        runs.append(items[start:end])
        start = end
    return runs


@dataclass
class _Child:
    """A forked child doing one run, and the pipe its pickled results come through."""

    pid: int
    pipe: int
    done: bool = False

    def collect(self) -> list[Any] | None:
        """Wait for the child's results; None when it did not finish them."""
        with os.fdopen(self.pipe, "rb") as pipe:
            self.pipe = -1
            data = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.done = True
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        try:
            results: list[Any] = pickle.loads(data)  # noqa: S301 - our own child's output, never a file
        except Exception:
            return None
        return results

    def stop(self) -> None:
        """End a child not collected (this process was stopped or failed) and reap it."""
        if self.pipe >= 0:
            os.close(self.pipe)
            self.pipe = -1
        if not self.done:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.done = True


def _start(step: Callable[[T], R], run: Sequence[T]) -> _Child:
    """Fork a child that does `step` on each item of `run` and writes the pickled results."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the parent's exit handlers or flushes its output
        code = 1
        try:
            os.close(read_end)
            data = pickle.dumps([step(item) for item in run], protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            code = 0
        except BaseException:  # noqa: S110 - the parent does this run itself
            pass
        finally:
            os._exit(code)
    os.close(write_end)
    return _Child(pid, read_end)
