"""The bundled chronology passes the data checks, and so does a contributor's addition to it.

The suite asserts nothing about the bundled data beyond what every chronology must keep,
and that is the validator's job (tests/datachecks.py): its size, years, statuses, outlets
and sources are the contributors' to change. The second test proves it: a copy of the
project with a reviewed event in a new year citing a new outlet, a draft written by
`chronicle new`, a new actor and a new place passes the same checks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from chronicle.validate import today
from conftest import REPO, copy_project
from datachecks import data_checks

NEW_OUTLET = "The Chronicle Test Gazette"


def test_bundled_chronology_passes_the_data_checks() -> None:
    data_checks(REPO)


def _new_year(events: Path) -> int:
    """A year in which the chronology has no event yet, not after this year."""
    years = {int(p.name) for p in events.iterdir() if p.name.isdigit()}
    return next(y for y in range(today().year, 1900, -1) if y not in years)


def test_a_contributors_new_year_outlet_draft_actor_and_place_pass(tmp_path: Path, run) -> None:
    root = copy_project(tmp_path / "copy", REPO / "chronology")
    chronology = root / "chronology"
    year = _new_year(chronology / "events")
    day = min(date(year, 6, 1), today()).isoformat()

    actor = run("--root", root, "new-actor", "--name", "Chronicle Test Envoy", "--kind", "person",
                "--country", "FR", "--alias", "Test Envoy Smith")
    assert actor.exit_code == 0, actor.output
    place = run("--root", root, "new-place", "--name", "Chronicle Test Town", "--kind", "town",
                "--country", "AM", "--lat", "39.5", "--lon", "46.3")
    assert place.exit_code == 0, place.output
    draft = run("--root", root, "new", "--date", day, "--title", "Test envoy visits the test town",
                "--actor", "Test Envoy Smith", "--type", "meeting", "--place", "Chronicle Test Town",
                "--source-url", "https://gazette.example.net/2/envoy-visits")
    assert draft.exit_code == 0, draft.output

    url = f"https://gazette.example.net/{year}/envoy-statement"
    (chronology / "articles" / f"{day}-gazette-envoy.md").write_text(
        f'---\nurl: {url}\npublished: "{day}"\noutlet: {NEW_OUTLET}\ntitle: Envoy speaks\n---\n'
        "The envoy said on the day of his visit that talks would go on.\n", encoding="utf-8")
    event = chronology / "events" / str(year) / f"{day}-test-envoy-speaks.yaml"
    event.write_text(
        "# yaml-language-server: $schema=../../../scripts/chronicle/schema/event.schema.json\n"
        f'id: {day}-test-envoy-speaks\nstatus: reviewed\ndate: "{day}"\n'
        "title: The test envoy says talks will go on\nsummary: The envoy said talks would go on.\n"
        "type: statement\nactors: [chronicle-test-envoy, armenia]\nplaces: [chronicle-test-town]\n"
        f"sources:\n  - url: {url}\n    outlet: {NEW_OUTLET}\n    title: Envoy speaks\n"
        f'    published: "{day}"\n    quote: talks would go on\n', encoding="utf-8")

    data_checks(root)
    listed = run("--root", root, "list", "--from", str(year), "--to", str(year))
    assert listed.exit_code == 0
    assert "test-envoy-speaks" in listed.output and "[draft]" in listed.output
