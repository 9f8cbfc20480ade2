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

`apart` starts one piece of work in a forked child beside this process (a build's data files
while its pages are planned and rendered) and gives its result when asked; in this process,
when asked, where `map_in_order` would not fork.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many items a step stays in one process (a fork and its pickling cost more).
MIN_ITEMS = 2000
#: The most processes a step is spread over by default (beyond that, pickling dominates).
MAX_JOBS = 4
JOBS_VARIABLE = "CHRONICLE_JOBS"
#: The most entries a build shares its pages and data files for (pages.py, plan.py, build.py).
#: A child ends up with its own copy of much of what it reads (CPython writes each object's
#: reference count), so the processes together hold more than one: at 50,000 entries 2,623 MB
#: (Pss) against MkDocs' 1.9 GB peak, over the 2 GB a build may take. Beyond this, one process.
MOST_ENTRIES = 20_000


def jobs_for(count: int, least: int = MIN_ITEMS) -> int:
    """How many processes share a step of `count` items (1: this one alone; `least`: the
    fewest items worth a fork, for steps whose items are larger than a file's)."""
    given = os.environ.get(JOBS_VARIABLE, "").strip()
    if given.isdigit() and int(given) >= 1:
        wanted = int(given)
    elif count < least:
        return 1
    else:
        wanted = min(_cores(), MAX_JOBS)
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return 1
    return max(1, min(wanted, count))


def least_for(entries: int, least: int) -> int:
    """The `least` of a build's step on a chronology of `entries`: no step is shared beyond
    `MOST_ENTRIES` (unless CHRONICLE_JOBS says so)."""
    return least if entries <= MOST_ENTRIES else sys.maxsize


def _cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def map_in_order(step: Callable[[T], R], items: Sequence[T], least: int = MIN_ITEMS) -> list[R]:
    """Return `[step(item) for item in items]`, the work shared by up to `jobs_for` processes.

    `step` runs in forked children as well as here: it must not rely on changes it makes
    to this process's state (a child's are lost), and its results must pickle.
    """
    jobs = jobs_for(len(items), least)
    if jobs == 1:
        return [step(item) for item in items]
    runs = _runs(items, jobs)
    children = _fork_all([partial(_each, step, run) for run in runs[1:]])
    try:
        results = [step(item) for item in runs[0]]
        for child, run in zip(children, runs[1:], strict=True):
            found = child.collect()
            results += found if found is not None else [step(item) for item in run]
        return results
    finally:
        for child in children:
            child.stop()


def _each(step: Callable[[T], R], run: Sequence[T]) -> list[R]:
    return [step(item) for item in run]


def _fork_all(works: Sequence[Callable[[], Any]]) -> list[_Child]:
    """Start a child for each piece of work, the heap as it is now shared with them."""
    gc.freeze()  # the children's collector leaves what exists now alone: its pages stay shared
    try:
        return [_start(work) for work in works]
    finally:
        gc.unfreeze()


class Apart(Generic[R]):
    """Work started in a forked child beside this process (`apart`); `result()` waits for it.

    Without a child (see `apart`) the work is done here when `result()` is first called, so
    the order of the work is one process's. A child that failed (killed, out of memory, an
    error in the work) has its work done here again: an error is raised here, as without it.
    """

    def __init__(self, work: Callable[[], R], child: _Child | None) -> None:
        self._work, self._child = work, child

    def result(self) -> R:
        """The work's result: the child's, or done here."""
        child, self._child = self._child, None
        if child is not None:
            try:
                found = child.collect()
            finally:
                child.stop()
            if found is not None:
                value: R = found
                return value
        return self._work()

    def stop(self) -> None:
        """End the child if its result will not be asked for (this process failed first)."""
        child, self._child = self._child, None
        if child is not None:
            child.stop()

    def __del__(self) -> None:
        self.stop()


def apart(work: Callable[[], R], size: int, least: int = MIN_ITEMS) -> Apart[R]:
    """Start `work` in a forked child when a step of `size` items would be shared (`jobs_for`).

    Its result must pickle; changes it makes to this process's state are lost in a child.
    """
    if jobs_for(size, least) == 1:
        return Apart(work, None)
    return Apart(work, _fork_all([work])[0])


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

    def collect(self) -> Any:
        """Wait for the child's results; None when it did not finish them."""
        with os.fdopen(self.pipe, "rb") as pipe:
            self.pipe = -1
            data = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.done = True
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        try:
            return pickle.loads(data)  # noqa: S301 - our own child's output, never a file
        except Exception:
            return None

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


def _start(work: Callable[[], Any]) -> _Child:
    """Fork a child that does `work` and writes its pickled result."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the parent's exit handlers or flushes its output
        code = 1
        try:
            os.close(read_end)
            data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            code = 0
        except BaseException:  # noqa: S110 - the parent does this run itself
            pass
        finally:
            os._exit(code)
    os.close(write_end)
    return _Child(pid, read_end)
