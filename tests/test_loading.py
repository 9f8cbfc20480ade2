"""The one loader (check.load_project) and its policies: what each command does with a file
that has errors. The mini project has 3 actors, 1 place and 2 events."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.check import Policy, load_project
from chronicle.errors import ChronicleError
from chronicle.project import Project
from conftest import MINI_EVENT, edit

PASHINYAN = "chronology/actors/pashinyan.yaml"


def test_strict_builds_a_sound_chronology_whole(mini: Path) -> None:
    loaded = load_project(Project(mini), Policy.STRICT)
    assert len(loaded.chronology.events) == 2 and len(loaded.chronology.actors) == 3
    assert loaded.left_out == () and [p for p in loaded.problems if p.severity == "error"] == []


def test_strict_stops_at_any_error_after_printing_every_problem(mini: Path) -> None:
    edit(mini / MINI_EVENT, "type: phone-call", "type: call")
    printed: list[str] = []
    with pytest.raises(ChronicleError, match=r"^the chronology has 1 error\(s\); nothing was built"):
        load_project(Project(mini), Policy.STRICT, printed.append)
    assert [line.split(":")[0] for line in printed] == [MINI_EVENT]


def test_usable_leaves_a_broken_file_out_and_names_it(mini: Path) -> None:
    edit(mini / MINI_EVENT, "type: phone-call", "type: call")
    loaded = load_project(Project(mini), Policy.USABLE)
    assert loaded.left_out == (MINI_EVENT,)
    assert [e.id for e in loaded.chronology.events] == ["2021-05-pashinyan-warns"]
    assert [p.path for p in loaded.problems if p.severity == "error"] == [MINI_EVENT]


def test_chronicle_list_says_which_files_it_left_out(mini: Path, run) -> None:
    edit(mini / MINI_EVENT, "type: phone-call", "type: call")
    result = run("--root", mini, "list")
    assert result.exit_code == 0
    warning = f"warning: 1 file(s) with errors left out (`chronicle validate` shows why): {MINI_EVENT}"
    assert warning in result.stderr
    assert "2021-05-pashinyan-warns" in result.stdout and "macron-calls-pashinian" not in result.stdout


def test_registries_reads_no_event_and_leaves_a_broken_registry_file_out(mini: Path) -> None:
    edit(mini / MINI_EVENT, "type: phone-call", "type: call")  # not read: not reported
    edit(mini / PASHINYAN, "country: AM", "country: Armenia")
    loaded = load_project(Project(mini), Policy.REGISTRIES)
    assert loaded.chronology.events == ()
    assert sorted(loaded.chronology.actors) == ["armenia", "macron"]
    assert list(loaded.chronology.places) == ["syunik"]
    assert loaded.left_out == (PASHINYAN,)
    assert {p.path for p in loaded.problems} == {PASHINYAN}


def test_unchecked_validates_nothing_and_keeps_what_a_lookup_needs(mini: Path) -> None:
    """Ingest: an actor with a schema error but an id, a name and a kind is kept; one without a
    kind is not; events stay as read."""
    edit(mini / PASHINYAN, "country: AM", "country: Armenia")
    edit(mini / "chronology/actors/macron.yaml", "kind: person\n", "")
    loaded = load_project(Project(mini), Policy.UNCHECKED)
    assert sorted(loaded.chronology.actors) == ["armenia", "pashinyan"]
    assert loaded.chronology.actors["pashinyan"].country == "Armenia"
    assert loaded.problems == () and loaded.left_out == ()
    assert loaded.chronology.events == () and len(loaded.raw.events) == 2
