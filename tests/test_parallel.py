"""Files read and checked by several processes give what one process gives, in the same order.

`chronicle validate` (and every command that reads the chronology) spreads large chronologies
over the machine's cores (parallel.py); CHRONICLE_JOBS sets how many processes, so these
tests force the split on a small project with errors in many files and compare every line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chronicle import parallel
from conftest import MINI_EVENT, edit

EVENTS = "chronology/events/2021"

# Each copy of the mini event is broken in its own way (None: left valid).
BREAKS: list[tuple[str, str] | None] = [
    ('status: reviewed\n', 'status: reviewed\nstatus: draft\n'),  # a key given twice
    ('date: "2021-05-13"', "date: 2021-05-13"),  # an unquoted date
    ("type: phone-call", "type:\tphone-call"),  # a tab
    ("actors: [macron, pashinyan]", "actors: [macron, pashinian]"),  # not in the registry
    ("actors: [macron, pashinyan]", "actors: [macron, pashinyan"),  # invalid YAML
    None,  # a near-identical title on the same day: a possible duplicate of the original
    ('date: "2021-05-13"', 'date: "2021-05-15"'),  # after its source
    ("type: phone-call", "type: phonecall"),  # not in the vocabulary
    ("    source: rferl", "    source: bbc"),  # a claim citing no source of the event
    ("stance: asserts", "stance: denies"),  # a warning
]


def _broken_project(root: Path) -> None:
    """Copies of the mini event with a problem each, and one copy with the original's id."""
    original = (root / MINI_EVENT).read_text(encoding="utf-8")
    for number, change in enumerate(BREAKS):
        entry_id = f"2021-05-13-copy-{number:02d}"
        path = root / EVENTS / f"{entry_id}.yaml"
        path.write_text(original.replace("2021-05-13-macron-calls-pashinian", entry_id), encoding="utf-8")
        if change:
            edit(path, *change)
    same_id = root / "chronology/events/2022/2021-05-13-macron-calls-pashinian.yaml"
    same_id.parent.mkdir()
    same_id.write_text(original, encoding="utf-8")


def test_validate_in_several_processes_prints_what_one_process_prints(
    mini: Path, run, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    _broken_project(mini)
    monkeypatch.setenv("CHRONICLE_JOBS", "1")
    alone = run("--root", mini, "validate")
    assert forks == []
    monkeypatch.setenv("CHRONICLE_JOBS", "3")
    shared = run("--root", mini, "validate")
    assert len(forks) >= 4  # two children to read the events, two to check them
    assert shared.stdout == alone.stdout
    assert shared.stderr == alone.stderr
    assert shared.exit_code == alone.exit_code == 1
    files = {line.split(":")[0] for line in alone.stdout.splitlines()}
    assert len(files) >= 10, alone.stdout  # problems in files of every child's share
    assert f"{EVENTS}/2021-05-13-copy-00.yaml:3:1: duplicate key 'status'" in shared.stdout
    assert f"{EVENTS}/2021-05-13-copy-05.yaml:5:8: possible duplicate of 2021-05-13-copy-03" in shared.stdout
    assert "is already used by" in shared.stdout


def test_a_large_step_is_shared_and_keeps_its_order(monkeypatch: pytest.MonkeyPatch,
                                                    forks: list[int]) -> None:
    monkeypatch.delenv("CHRONICLE_JOBS", raising=False)
    monkeypatch.setattr(parallel, "_cores", lambda: 2)
    items = list(range(parallel.MIN_ITEMS))
    assert parallel.map_in_order(lambda n: (n, n * n), items) == [(n, n * n) for n in items]
    assert len(forks) == 1


def test_a_small_step_stays_in_this_process(monkeypatch: pytest.MonkeyPatch, forks: list[int]) -> None:
    monkeypatch.delenv("CHRONICLE_JOBS", raising=False)
    monkeypatch.setattr(parallel, "_cores", lambda: 2)
    items = list(range(parallel.MIN_ITEMS - 1))
    assert parallel.map_in_order(str, items) == [str(n) for n in items]
    monkeypatch.setenv("CHRONICLE_JOBS", "1")
    assert parallel.map_in_order(str, items * 3) == [str(n) for n in items * 3]
    assert forks == []


def test_what_a_dead_child_had_to_do_is_done_here(monkeypatch: pytest.MonkeyPatch, forks: list[int]) -> None:
    """A child killed (out of memory, a signal) changes nothing but the time: its items are done here."""
    monkeypatch.setenv("CHRONICLE_JOBS", "3")
    here = os.getpid()

    def step(number: int) -> int:
        if os.getpid() != here and number % 2:
            os._exit(9)  # one child dies at its first odd item; the other sends its results
        return number * 10

    assert parallel.map_in_order(step, [0, 2, 4, 1, 3, 5, 6, 8]) == [0, 20, 40, 10, 30, 50, 60, 80]
    assert len(forks) == 2


def test_an_error_in_the_step_is_raised_here_as_without_children(monkeypatch: pytest.MonkeyPatch,
                                                                 forks: list[int]) -> None:
    monkeypatch.setenv("CHRONICLE_JOBS", "2")
    with pytest.raises(ZeroDivisionError):
        parallel.map_in_order(lambda n: 1 // n, [1, 2, 3, 0])
    assert len(forks) == 1
