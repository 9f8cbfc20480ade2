"""One table of the world's states and territories (countries.py): every code the validator
accepts is shown by name on the site, and ingest reads its states from the same table."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.countries import OTHER_CODES, STATES, country_name, country_problem
from chronicle.ingest import world
from conftest import edit


def test_every_accepted_code_has_a_name_readers_see() -> None:
    accepted = [*STATES, *OTHER_CODES]
    assert len(accepted) == len(set(accepted)) == 250  # ISO 3166-1's 249 codes and Kosovo's XK
    assert all(country_problem(code) is None for code in accepted)
    unnamed = [code for code in accepted if country_name(code) in ("", code)]
    assert unnamed == []
    names = [country_name(code) for code in accepted]
    assert len(names) == len(set(names)), "two codes show the same name"


@pytest.mark.parametrize("code", ["ZZ", "EU", "UK", "am"])
def test_a_code_of_no_country_is_refused(code: str) -> None:
    assert country_problem(code) is not None


def test_ingest_reads_the_states_of_the_same_table() -> None:
    """A state ingest proposes (RS, XK, …) is one the validator accepts and the site names."""
    assert world.STATES is STATES
    for code, state in world.STATES.items():
        assert country_problem(code) is None and country_name(code) == state.name
    assert world.NAMES["Czech Republic"] == world.NAMES["Czechia"] == "CZ"


@pytest.mark.parametrize(("code", "shown"), [("XK", "Kosovo"), ("RS", "Serbia"), ("CZ", "Czech Republic"),
                                              ("TR", "Turkey"), ("HK", "Hong Kong")])
def test_the_actors_index_names_the_country_of_any_code(
        site_project: Path, run, code: str, shown: str) -> None:
    edit(site_project / "chronology/actors/macron.yaml", "country: FR", f"country: {code}")
    result = run("--root", site_project, "build", "--no-site")
    assert result.exit_code == 0, result.output
    index = (site_project / "content/actors/index.md").read_text(encoding="utf-8")
    assert f"\n## {shown}\n" in index and f"\n## {code}\n" not in index
