"""Rough edges a newcomer hits: `validate PATH` against the whole chronology, suggestions by
name, country codes, a reversed `list` range, `--help` examples, proposed patches."""

from __future__ import annotations

import difflib
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from chronicle.cli import main
from conftest import MINI_EVENT, REPO, edit

OTHER_EVENT = "chronology/events/2021/2021-05-pashinyan-warns.yaml"
COPY = "chronology/events/2021/2021-05-13-macron-and-pashinian-speak.yaml"

# --- validate PATH… compares the given files with the whole chronology ------------------


def _copy_under_new_id(mini: Path) -> Path:
    """The measured case: one file copied under a new id."""
    copy = mini / COPY
    text = (mini / MINI_EVENT).read_text(encoding="utf-8")
    copy.write_text(text.replace("id: 2021-05-13-macron-calls-pashinian",
                                 "id: 2021-05-13-macron-and-pashinian-speak"), encoding="utf-8")
    return copy


def test_validate_a_file_finds_its_duplicate_among_the_others(mini: Path, run) -> None:
    copy = _copy_under_new_id(mini)
    full = run("--root", mini, "validate")
    assert full.exit_code == 1
    result = run("--root", mini, "validate", copy)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{COPY}:5:8: possible duplicate of 2021-05-13-macron-calls-pashinian (same date, principal "
        "actor and a near-identical title) — merge the sources into one entry, or add the other id "
        "to `distinct_from`",
    ]
    assert "1 file(s) checked" not in result.stderr  # the registries are read too
    # Given the original, the copy is found all the same; `distinct_from` settles it.
    assert "possible duplicate of 2021-05-13-macron-and-pashinian-speak" in run(
        "--root", mini, "validate", mini / MINI_EVENT).stdout
    edit(copy, "places: [syunik]", "places: [syunik]\ndistinct_from: [2021-05-13-macron-calls-pashinian]")
    assert run("--root", mini, "validate", copy).exit_code == 0


def test_validate_a_file_finds_its_id_in_another_folder(mini: Path, run) -> None:
    moved = mini / "chronology/events/2022" / Path(MINI_EVENT).name
    moved.parent.mkdir()
    shutil.copy(mini / MINI_EVENT, moved)
    result = run("--root", mini, "validate", moved)
    assert [line.split(" — ")[0] for line in result.stdout.splitlines()] == [
        f"chronology/events/2022/{moved.name}:1:5: event file is in folder '2022/', not in the "
        "folder of its year",
        f"chronology/events/2022/{moved.name}:1:5: id '2021-05-13-macron-calls-pashinian' is already "
        f"used by {MINI_EVENT}",
    ]


def test_validate_a_file_does_not_report_the_others_problems(mini: Path, run) -> None:
    edit(mini / OTHER_EVENT, "type: statement", "type: nonsense")
    edit(mini / OTHER_EVENT, "title: Pashinyan warns", "title: Pashinyan warns\ntitle: twice")
    result = run("--root", mini, "validate", mini / MINI_EVENT)
    assert result.exit_code == 0 and result.stdout == ""


# --- suggestions rank by names and aliases --------------------------------------------

AZERBAIJAN = {
    "azerbaijan-armed-forces": 'name: Armed Forces of Azerbaijan\nkind: armed-force\ncountry: AZ\n'
                               'aliases: ["Azerbaijani armed forces", "Azerbaijani troops"]\n',
    "azerbaijan-mfa": 'name: Ministry of Foreign Affairs of Azerbaijan\nkind: ministry\ncountry: AZ\n'
                      'aliases: ["Azerbaijani Foreign Ministry"]\n',
}


def _add_azerbaijan(mini: Path) -> None:
    for actor_id, body in AZERBAIJAN.items():
        (mini / f"chronology/actors/{actor_id}.yaml").write_text(f"id: {actor_id}\n{body}", encoding="utf-8")


def test_an_unknown_actor_is_matched_by_the_registrys_names(mini: Path, run) -> None:
    _add_azerbaijan(mini)
    # By ids alone, the closest is the foreign ministry: the measured wrong suggestion.
    assert difflib.get_close_matches("azerbaijan-army", list(AZERBAIJAN), n=1) == ["azerbaijan-mfa"]
    edit(mini / MINI_EVENT, "actors: [macron, pashinyan]", "actors: [macron, pashinyan, azerbaijan-army]")
    result = run("--root", mini, "validate")
    assert result.stdout.splitlines() == [
        f"{MINI_EVENT}:9:29: actor 'azerbaijan-army' is not in the actor registry — did you mean "
        "'azerbaijan-armed-forces'?",
    ]
    new = run("--root", mini, "new", "--date", "2021-05-13", "--title", "Army moves", "--actor", "Azeri army",
              "--type", "military-movement", "--source-url", "https://example.org/a")
    assert new.stderr == ("Error: --actor: actor 'Azeri army' is not in the actor registry — did you "
                          "mean 'azerbaijan-armed-forces'?\n")
    listed = run("--root", mini, "list", "--actor", "azerbaijani-foreign-ministy")
    assert "did you mean 'azerbaijan-mfa'?" in listed.stderr


# --- country codes ----------------------------------------------------------------------


@pytest.mark.parametrize(("code", "message"), [
    ("XX", "Error: --country: 'XX' is not an ISO 3166-1 country code — write the two-letter code of "
           "the country, e.g. AM (Armenia), AZ (Azerbaijan), FR (France)\n"),
    ("uk", "Error: --country: 'UK' is not an ISO 3166-1 country code — write GB (United Kingdom)\n"),
    ("Armenia", "Error: --country: 'Armenia' is not a two-letter country code such as AM, AZ or FR\n"),
])
def test_new_actor_checks_the_country_code(mini: Path, run, code: str, message: str) -> None:
    result = run("--root", mini, "new-actor", "--name", "Someone", "--kind", "person", "--country", code)
    assert result.exit_code == 1
    assert result.stderr == message
    assert not (mini / "chronology/actors/someone.yaml").exists()
    assert run("--root", mini, "new-actor", "--name", "Someone", "--kind", "person",
               "--country", "xk").exit_code == 0  # Kosovo's code in general use


def test_validate_checks_registry_country_codes(mini: Path, run) -> None:
    edit(mini / "chronology/actors/pashinyan.yaml", "country: AM", "country: XX")
    assert run("--root", mini, "validate").stdout.splitlines() == [
        "chronology/actors/pashinyan.yaml:5:10: 'XX' is not an ISO 3166-1 country code — write the "
        "two-letter code of the country, e.g. AM (Armenia), AZ (Azerbaijan), FR (France)",
    ]


# --- list ---------------------------------------------------------------------------------


def test_list_says_a_reversed_range_is_empty(mini: Path, run) -> None:
    result = run("--root", mini, "list", "--from", "2023", "--to", "2021")
    assert result.exit_code == 1
    assert result.stderr == ("Error: --from 2023 is after --to 2021: the range is empty because it is "
                             "reversed — swap them: --from 2021 --to 2023\n")
    assert run("--root", mini, "list", "--from", "2021-05", "--to", "2021-05").exit_code == 0


# --- --help examples ----------------------------------------------------------------------


def _examples(command: str) -> list[list[str]]:
    """The example commands of a command's --help, continuation lines joined, as words."""
    ctx = click.Context(main)
    text = main.get_command(ctx, command).get_help(ctx)
    block = text.split("Examples:\n", 1)[1].split("\n\n", 1)[0].replace("\\\n", " ")
    return [shlex.split(line) for line in block.splitlines() if line.strip()]


@pytest.mark.parametrize("command", ["validate", "ingest-benchmark"])
def test_help_examples_name_real_files_and_real_options(command: str) -> None:
    examples = _examples(command)
    assert len(examples) >= 2
    options = {o for p in main.get_command(click.Context(main), command).params for o in p.opts}
    for words in examples:
        if words[0] == "make":
            target = words[1]
            assert f"\n{target}:" in (REPO / "Makefile").read_text(encoding="utf-8")
            continue
        assert words[:2] == ["chronicle", command], words
        for word in words[2:]:
            if word.startswith("$("):
                break  # a shell substitution: its words are another command's
            if word.startswith("--"):
                assert word in options, word
            elif "/" in word and not word.startswith("$("):
                assert (REPO / word).exists(), word
        assert not any("  " in word or word == "\\" for word in words)


def test_the_developers_ingest_benchmark_is_not_in_the_users_help(run) -> None:
    """`chronicle --help` lists the user's commands; `make bench-ingest`'s command still runs."""
    listed = run("--help").output
    assert "ingest-benchmark" not in listed
    assert "  ingest " in listed and "  serve " in listed
    result = run("ingest-benchmark", "--help")
    assert result.exit_code == 0 and "Measure ingest against gold events" in result.output


def test_validate_help_examples_run(tmp_path: Path) -> None:
    """Each example without a shell substitution runs, as printed, in the repository."""
    for words in _examples("validate"):
        if any(w.startswith("$(") for w in words):
            continue
        result = subprocess.run([str(Path(sys.executable).parent / "chronicle"), *words[1:]],
                                cwd=REPO, capture_output=True, text=True, check=False)
        assert "Error:" not in result.stderr, (words, result.stderr)
        assert "file(s) checked" in result.stderr


# --- proposed patches ---------------------------------------------------------------------


def test_proposed_patches_are_ignored_by_git_and_contributing_says_to_delete_them(tmp_path: Path) -> None:
    shutil.copy(REPO / ".gitignore", tmp_path / ".gitignore")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    patch = tmp_path / "chronology/proposed/2021-05-13-x.add-source.patch"
    patch.parent.mkdir(parents=True)
    patch.write_text("diff\n", encoding="utf-8")
    ignored = subprocess.run(["git", "-C", str(tmp_path), "check-ignore", "-q", str(patch)], check=False)
    assert ignored.returncode == 0
    text = " ".join((REPO / "CONTRIBUTING.md").read_text(encoding="utf-8").split())
    assert "Apply it with `git apply chronology/proposed/<id>.add-source.patch`" in text
    assert "then delete the patch file" in text
