"""`chronicle validate PATH…`: the files a pre-commit hook passes, events and registry files alike."""

from __future__ import annotations

from pathlib import Path

from conftest import MINI_EVENT, edit

ACTOR = "chronology/actors/pashinyan.yaml"
OTHER_EVENT = "chronology/events/2021/2021-05-pashinyan-warns.yaml"


def test_an_actor_file_checks_the_registries_only(mini: Path, run) -> None:
    edit(mini / ACTOR, "country: AM", "country: Armenia")
    edit(mini / MINI_EVENT, "type: phone-call", "type: call")  # not asked for: not reported
    result = run("--root", mini, "validate", mini / ACTOR)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{ACTOR}:5:10: country 'Armenia' is not in the right form — two capital letters, e.g. AM, AZ, FR",
    ]
    assert "4 file(s) checked: 1 error(s), 0 warning(s)" in result.stderr


def test_a_place_file_and_an_event_together(mini: Path, run) -> None:
    place = mini / "chronology/places/syunik.yaml"
    edit(place, "kind: region", "kind: province")
    edit(mini / OTHER_EVENT, 'date: "2021-05"', 'date: "2021-5"')
    result = run("--root", mini, "validate", place, mini / OTHER_EVENT)
    assert result.exit_code == 1
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == [
        "chronology/events/2021/2021-05-pashinyan-warns.yaml:3:7",
        "chronology/places/syunik.yaml:3:7",
    ]
    assert "5 file(s) checked: 2 error(s), 0 warning(s)" in result.stderr


def test_a_folder_expands_to_its_files(mini: Path, run) -> None:
    edit(mini / OTHER_EVENT, "type: statement", "type: nonsense")
    result = run("--root", mini, "validate", mini / "chronology")
    assert result.exit_code == 1
    assert "6 file(s) checked: 1 error(s), 0 warning(s)" in result.stderr


def test_a_link_to_an_event_not_given_is_found_on_disk(mini: Path, run) -> None:
    """`related` may name an event whose file is not among the paths: it still exists."""
    edit(mini / MINI_EVENT, "places: [syunik]",
         "places: [syunik]\nrelated:\n  - {id: 2021-05-pashinyan-warns, relation: follows}")
    assert run("--root", mini, "validate", mini / MINI_EVENT).exit_code == 0
    edit(mini / MINI_EVENT, "id: 2021-05-pashinyan-warns,", "id: 2021-05-pashinyan-warn,")
    result = run("--root", mini, "validate", mini / MINI_EVENT)
    assert result.stdout.splitlines() == [
        f"{MINI_EVENT}:12:10: event '2021-05-pashinyan-warn' does not exist — did you mean "
        "'2021-05-pashinyan-warns'?",
    ]


def test_yml_files_count_as_entries_everywhere_yaml_files_do(mini: Path, run) -> None:
    """The loader reads .yml too: a folder given expands to them, a related event in one exists,
    and a given event is compared with one of its date (one helper lists entry files: load.yaml_files)."""
    renamed = mini / OTHER_EVENT.replace(".yaml", ".yml")
    (mini / OTHER_EVENT).rename(renamed)
    edit(renamed, "type: statement", "type: nonsense")
    result = run("--root", mini, "validate", mini / "chronology/events")
    assert "type: nonsense" not in result.stdout and "'nonsense'" in result.stdout
    assert "file(s) checked: 1 error(s)" in result.stderr
    edit(renamed, "type: nonsense", "type: statement")
    edit(mini / MINI_EVENT, "places: [syunik]",
         "places: [syunik]\nrelated:\n  - {id: 2021-05-pashinyan-warns, relation: follows}")
    assert run("--root", mini, "validate", mini / MINI_EVENT).exit_code == 0
    copy = mini / "chronology/events/2021/2021-05-14-copy.yaml"
    copy.write_text(renamed.read_text(encoding="utf-8").replace("id: 2021-05-pashinyan-warns",
                                                                "id: 2021-05-14-copy"), encoding="utf-8")
    result = run("--root", mini, "validate", copy)
    assert "possible duplicate of 2021-05-pashinyan-warns " in result.stdout  # found in the .yml file
