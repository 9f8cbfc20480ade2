"""The open-data files parse with standard tools and say what the pages say."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import feedparser
import icalendar
import pytest
from click.testing import CliRunner

from chronicle.check import read_raw
from chronicle.cli import main
from chronicle.load import build_chronology
from chronicle.project import Project
from projects import copy_project, reference_chronology


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Generate content/ (no site) for the synthetic reference chronology; return data folder and ids."""
    folder = tmp_path_factory.mktemp("d")
    root = copy_project(folder / "p", reference_chronology(folder / "synthetic"))
    result = CliRunner().invoke(
        main, ["--root", str(root), "build", "--no-site"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    ids = [e.id for e in build_chronology(read_raw(Project(root))).published().events]
    return root / "content" / "data", ids


def test_events_json_has_every_event_with_actors_resolved(data: tuple[Path, list[str]]) -> None:
    folder, ids = data
    document = json.loads((folder / "events.json").read_text("utf-8"))
    assert [e["id"] for e in document["events"]] == ids
    assert document["count"] == len(ids)
    for event in document["events"]:
        assert event["actors"] and all(
            {"id", "name", "kind", "country"} <= set(a) for a in event["actors"]
        )
        assert event["url"].startswith("https://chronicle.example.org/timeline/")
        assert event["url"].endswith("#" + event["id"])
        assert event["sources"] and all(
            s["url"].startswith(("http://", "https://")) if s["url"] else s["url_unknown"]
            for s in event["sources"]
        )


def test_events_csv_is_one_row_per_event_with_precision_and_contested(
    data: tuple[Path, list[str]],
) -> None:
    folder, ids = data
    rows = list(csv.DictReader(io.StringIO((folder / "events.csv").read_text("utf-8"), newline="")))
    assert [r["id"] for r in rows] == ids
    assert {
        "date_precision",
        "date_start",
        "date_end",
        "contested",
        "actor_names",
        "source_urls",
    } <= set(rows[0])
    assert {r["date_precision"] for r in rows} <= {"day", "month", "year"}
    assert {r["contested"] for r in rows} <= {"true", "false"}


def test_fixture_csv_values(tmp_path: Path, site_project: Path) -> None:
    CliRunner().invoke(main, ["--root", str(site_project), "build", "--no-site"], catch_exceptions=False)
    folder = site_project / "content" / "data"
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((folder / "events.csv").read_text("utf-8")))}
    csto = rows["2021-05-pashinyan-appeals-to-csto"]
    assert (csto["date"], csto["date_precision"], csto["date_start"], csto["date_end"]) == (
        "2021-05",
        "month",
        "2021-05-01",
        "2021-05-31",
    )
    jermuk = rows["2022-09-13-clashes-near-jermuk"]
    assert jermuk["contested"] == "true"
    assert jermuk["casualties"] == (
        "according to Ministry of Defence of Armenia: 49 killed; "
        "according to Ministry of Defence of Azerbaijan: 50 killed, 10 wounded"
    )
    claims = list(csv.DictReader(io.StringIO((folder / "claims.csv").read_text("utf-8"))))
    assert [
        (c["event_id"], c["claimant"], c["stance"]) for c in claims if c["event_id"] == jermuk["id"]
    ] == [(jermuk["id"], "armenia-mod", "asserts"), (jermuk["id"], "azerbaijan-mod", "disputes")]
    ics = _ics_events((folder / "events.ics").read_bytes())
    month = next(e for e in ics if e["UID"].startswith("2021-05-pashinyan-appeals-to-csto@"))
    assert (month["DTSTART"].dt, month["DTEND"].dt) == (date(2021, 5, 1), date(2021, 6, 1))
    assert month["SUMMARY"] == "Pashinyan asks the CSTO for consultations (May 2021; day not known)"
    span = next(e for e in ics if e["UID"].startswith("2022-09-13-clashes-near-jermuk@"))
    assert (span["DTSTART"].dt, span["DTEND"].dt) == (date(2022, 9, 13), date(2022, 9, 15))


def test_atom_feed_parses_with_unique_ids(data: tuple[Path, list[str]]) -> None:
    """Read as a feed reader reads it (feedparser): well-formed Atom 1.0, every entry linked."""
    folder, ids = data
    feed = feedparser.parse((folder.parent / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert 0 < len(feed.entries) <= min(50, len(ids))
    entry_ids = [entry.id for entry in feed.entries]
    assert len(set(entry_ids)) == len(entry_ids)
    for entry in feed.entries:
        assert entry.title and entry.updated.endswith("T00:00:00Z")
        assert entry.link.startswith("https://chronicle.example.org/timeline/")


def _ics_events(raw: bytes) -> list[icalendar.Event]:
    """The file's events, read by the icalendar package (RFC 5545), after the line rules a
    lenient reader does not check: CRLF line ends, lines of at most 75 octets."""
    text = raw.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar.name == "VCALENDAR" and not calendar.errors
    return list(calendar.walk("VEVENT"))


def test_icalendar_has_an_all_day_event_per_entry(data: tuple[Path, list[str]]) -> None:
    folder, ids = data
    events = _ics_events((folder / "events.ics").read_bytes())
    assert [str(e["UID"]).split("@")[0] for e in events] == ids
    for event in events:
        assert {"DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= set(event)
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is date and type(end) is date and end > start  # all-day: dates, not times


def test_timelinejs_structure(data: tuple[Path, list[str]]) -> None:
    folder, ids = data
    document = json.loads((folder / "timeline.json").read_text("utf-8"))
    assert set(document) == {"title", "events"}
    assert [e["unique_id"] for e in document["events"]] == ids
    for event in document["events"]:
        start = event["start_date"]
        assert start["year"].isdigit() and start["display_date"]
        assert set(start) <= {"year", "month", "day", "display_date"}
        assert event["text"]["headline"] and event["display_date"]
