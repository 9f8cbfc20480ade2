"""Run `chronicle build` in this process and time its named stages; write the times as JSON.

    python -m chronicle.bench.stages ROOT TIMES.json [build options…]

The build runs through the command's own entry point (`chronicle.cli.main`), unchanged;
its stages are observed from outside. A stage is a list of functions named in STAGES:
each is replaced, in its module and wherever it was imported, by a wrapper that adds up
the time spent inside it. Time is charged to the innermost stage running, so a stage
calling another is not counted twice. When a refactor renames a function, its stage is
reported as not found (null) and the build is still timed as a whole: update STAGES.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Stage → the functions (module:name) whose time it is. `load` reads the YAML files and
#: builds the model; `validate` checks them; `generate` renders pages and data in memory;
#: `write` writes content/ (the pages are rendered as they are written: `page_file` is charged to
#: generate); `cache` reads and writes the build cache (.chronicle-cache/, and the test that
#: nothing changed; with a site engine the cache is written in a background process beside
#: it, so its time is the fork's); `engine` is the site engine (MkDocs) run as a subprocess.
STAGES: dict[str, tuple[str, ...]] = {
    "load": ("chronicle.load:read_chronology", "chronicle.load:build_chronology",
             "chronicle.load:read_documents", "chronicle.load:list_chronology"),
    "validate": ("chronicle.validate:validate", "chronicle.buildcache:refresh_entries"),
    "generate": ("chronicle.build:render_site", "chronicle.build:page_file",
                 "chronicle.build:page_files", "chronicle.build:data_files",
                 "chronicle.build:data_files_done", "chronicle.build:plan_changed"),
    "write": ("chronicle.writer:write_generated", "chronicle.writer:swap_generated"),
    "cache": ("chronicle.buildcache:open_state", "chronicle.buildcache:save_state",
              "chronicle.buildcache:fingerprint", "chronicle.buildcache:unchanged_build"),
    "engine": ("chronicle.engine:build_site",),
}
#: Modules imported before patching, so that the names they imported are patched too.
ENTRY_MODULES = ("chronicle.cli", "chronicle.build", "chronicle.preview", "chronicle.entrycache")


class StageClock:
    """Adds up time per stage, charging it to the innermost stage running.

    With `out`, the times so far are written there each time a stage ends, so a build
    stopped by a timeout still tells which stages it finished.
    """

    def __init__(self, out: Path | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.missing: list[str] = []
        self.out = out
        self.pid = os.getpid()
        self.started = time.perf_counter()
        self._stack: list[list[Any]] = []  # [stage, started]
        self._process = self.pid
        self._silent = False

    def enter(self, stage: str) -> None:
        now = time.perf_counter()
        if os.getpid() != self._process:  # a forked process: inside a stage, its time is that stage's
            self._process, self._silent = os.getpid(), bool(self._stack)
        if self._stack:
            self._charge(now)
        self._stack.append([stage, now])
        self.calls[stage] = self.calls.get(stage, 0) + 1

    def leave(self) -> None:
        now = time.perf_counter()
        self._charge(now)
        self._stack.pop()
        if self._stack:
            self._stack[-1][1] = now
        self.save()

    def save(self) -> None:
        """Write the times so far; a forked child (the build's own steps run apart) writes its
        own file beside `out`, which the parent adds in."""
        if not self.out or self._silent:
            return
        seconds, calls = dict(self.seconds), dict(self.calls)
        if os.getpid() != self.pid:
            out = self.out.with_name(f"{self.out.stem}-{os.getpid()}.json")
        else:
            out = self.out
            for child in self.out.parent.glob(f"{self.out.stem}-*.json"):
                found = json.loads(child.read_text("utf-8"))
                for stage, value in found["stages"].items():
                    if value is not None:
                        seconds[stage] = seconds.get(stage, 0.0) + value
                for stage, count in found["calls"].items():
                    calls[stage] = calls.get(stage, 0) + count
        out.write_text(json.dumps({
            "in_process_s": time.perf_counter() - self.started,
            "stages": {stage: seconds.get(stage) for stage in STAGES},
            "calls": calls,
            "missing": self.missing,
        }), encoding="utf-8")

    def _charge(self, now: float) -> None:
        stage, started = self._stack[-1]
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - started

    def timed(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.enter(stage)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()

        return wrapper


def instrument(clock: StageClock, stages: dict[str, tuple[str, ...]] = STAGES) -> None:
    """Wrap every stage function where it is defined and where it was imported; note the
    functions not found in clock.missing."""
    for name in ENTRY_MODULES:
        importlib.import_module(name)
    for stage, functions in stages.items():
        for qualified in functions:
            module_name, _, name = qualified.partition(":")
            try:
                original = getattr(importlib.import_module(module_name), name)
            except (ImportError, AttributeError):
                clock.missing.append(qualified)
                continue
            wrapper = clock.timed(stage, original)
            for module in list(sys.modules.values()):
                if getattr(module, "__name__", "").startswith("chronicle"):
                    for attribute, value in list(vars(module).items()):
                        if value is original:
                            setattr(module, attribute, wrapper)


def main(argv: list[str]) -> None:
    """Build the project at argv[0] with `chronicle build argv[2:]`; write the times to argv[1]."""
    root, options = argv[0], argv[2:]
    clock = StageClock(Path(argv[1]))
    instrument(clock)
    from chronicle.cli import main as chronicle

    clock.started = time.perf_counter()
    try:
        chronicle(["--root", root, "build", *options], prog_name="chronicle")
    finally:
        clock.save()


if __name__ == "__main__":
    main(sys.argv[1:])
