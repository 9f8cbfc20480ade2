"""`chronicle new-place`: a place registry entry from a few checked answers, like `new-actor`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from chronicle import prompt
from chronicle.cli import main
from chronicle.yamlio import load_document

PLACE_MODELINE = "# yaml-language-server: $schema=../../scripts/chronicle/schema/place.schema.json"
SEV_LICH = ["--name", "Sev Lich", "--kind", "lake", "--country", "am", "--within", "Syunik",
            "--alias", "Black Lake", "--alias", "Sevlich", "--lat", "39.52", "--lon", "46.08"]


def test_new_place_writes_the_registry_entry(mini: Path, run) -> None:
    result = run("--root", mini, "new-place", *SEV_LICH)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Wrote chronology/places/sev-lich.yaml",
        "Next:",
        "  1. open chronology/places/sev-lich.yaml: add every spelling the sources use to `aliases:`",
        "  2. check it:  chronicle validate chronology/places/sev-lich.yaml",
        "  3. use it:    chronicle new --place sev-lich …",
    ]
    path = mini / "chronology/places/sev-lich.yaml"
    assert path.read_text(encoding="utf-8").splitlines()[0] == PLACE_MODELINE
    assert load_document(path).data == {
        "id": "sev-lich", "name": "Sev Lich", "kind": "lake", "country": "AM", "within": "syunik",
        "aliases": ["Black Lake", "Sevlich"], "coordinates": {"lat": 39.52, "lon": 46.08},
    }
    assert run("--root", mini, "validate").exit_code == 0
    used = run("--root", mini, "new", "--date", "2021-05-12", "--title", "Troops at the lake",
               "--actor", "armenia", "--type", "military-movement", "--place", "Black Lake",
               "--source-url", "https://example.org/lake")
    assert used.exit_code == 0, used.output
    event = load_document(mini / "chronology/events/2021/2021-05-12-troops-lake.yaml").data
    assert event["places"] == ["sev-lich"]


@pytest.mark.parametrize(("change", "message"), [
    (("--kind", "lake", "--kind", "pond"), "Error: --kind: 'pond' is not a place kind — use one of: country, "
     "region, city, town, village, lake, mountain, border-area, area, building, base\n"),
    (("--country", "am", "--country", "XY"), "Error: --country: 'XY' is not an ISO 3166-1 country code — "
     "write the two-letter code of the country, e.g. AM (Armenia), AZ (Azerbaijan), FR (France)\n"),
    (("--lat", "39.52", "--lat", "95"), "Error: --lat: latitude 95.0 is outside -90 to 90\n"),
    (("--lon", "46.08", "--lon", "east"), "Error: --lon: longitude 'east' is not a number of degrees, "
     "e.g. 39.52\n"),
    (("--lon", "46.08", "--lon", ""), "Error: give both --lat and --lon (decimal degrees), or neither\n"),
    (("--within", "Syunik", "--within", "Synik"), "Error: --within: place 'Synik' is not in the place "
     "registry — did you mean 'syunik'?\n"),
    (("--alias", "Sevlich", "--alias", "syunik"), "Error: --alias: alias 'syunik' already names place "
     "'syunik' (chronology/places/syunik.yaml); a spelling may name one place only — use `syunik`, or "
     "add the spelling to that place\n"),
    (("--name", "Sev Lich", "--name", "Syunik"), "Error: --name: name 'Syunik' already names place 'syunik' "
     "(chronology/places/syunik.yaml); a spelling may name one place only — use `syunik`, or add the "
     "spelling to that place\n"),
])
def test_new_place_refuses_bad_answers(mini: Path, run, change: tuple[str, ...], message: str) -> None:
    args = list(SEV_LICH)
    at = next(i for i in range(0, len(args), 2) if args[i:i + 2] == list(change[:2]))
    args[at:at + 2] = change[2:]
    result = run("--root", mini, "new-place", *args)
    assert result.exit_code == 1
    assert result.stderr == message
    assert sorted(p.name for p in (mini / "chronology/places").iterdir()) == ["syunik.yaml"]


def test_new_place_refuses_an_existing_id(mini: Path, run) -> None:
    result = run("--root", mini, "new-place", "--id", "syunik", "--name", "Syunik Marz", "--kind", "region")
    assert result.stderr == "Error: --id: place 'syunik' already exists: chronology/places/syunik.yaml\n"


def test_new_place_in_a_terminal_asks_again_after_a_bad_answer(mini: Path, monkeypatch) -> None:
    monkeypatch.setattr(prompt, "stdin_is_terminal", lambda: True)
    answers = ["Jermuk", "spa", "town", "", "AM", "", "Vayots Dzor", "", "39.84", "45.67"]
    result = CliRunner().invoke(main, ["--root", str(mini), "new-place"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Error: 'spa' is not a place kind" in result.output
    assert "Error: place 'Vayots Dzor' is not in the place registry" in result.output
    assert load_document(mini / "chronology/places/jermuk.yaml").data == {
        "id": "jermuk", "name": "Jermuk", "kind": "town", "country": "AM",
        "coordinates": {"lat": 39.84, "lon": 45.67},
    }


def test_the_documented_new_place_command_works(mini: Path, run) -> None:
    from test_contributing import _documented_command

    result = run("--root", mini, *_documented_command("chronicle new-place"))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Wrote chronology/places/sev-lich.yaml"
