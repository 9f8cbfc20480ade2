"""Property-based tests (Hypothesis): for any input, our own error with a file and line, or
output that parses back with the text intact.

The loader and the validator never raise on any text or any structure; date parsing either
refuses or round-trips; the Markdown/HTML escaping shows any text literally; and an entry
whose text passes validation comes out of every exporter (JSON, CSV, Atom XML, RFC 5545
iCalendar read back with the `icalendar` package, TimelineJS JSON, claims.csv) with that text intact.
Examples are drawn deterministically (derandomize), so a failure is the same on every run.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import string
from typing import Any
from xml.etree import ElementTree as ET

import icalendar
import markdown
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from chronicle import jsontext
from chronicle.dates import DateError, PartialDate
from chronicle.errors import Problem
from chronicle.export import FORMULA_START, atom_feed, claims_csv, events_csv, events_json, timelinejs
from chronicle.export import icalendar as ics_export
from chronicle.load import RawChronology, build_chronology
from chronicle.project import Project
from chronicle.render import attr, md
from chronicle.siteconfig import SiteConfig
from chronicle.validate import validate
from chronicle.yamlio import dump, load_string
from projects import FIXTURES
from test_escaping import parse_html

SETTINGS = settings(max_examples=80, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
MINI = FIXTURES / "mini"
EVENT = "chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml"
#: Any character at all, control and surrogate code points included.
ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=200)
#: YAML-looking text: the characters of YAML syntax, often.
#: Text of letters, marks, digits, punctuation, symbols and spaces: what entries hold.
SAFE_TEXT = st.text(st.characters(categories=["L", "M", "N", "P", "S", "Zs"]), min_size=1, max_size=150)
YAML_TEXT = st.text(st.sampled_from(list(":-[]{}&*!|>'\"#%@`,?\n\t ") + list(string.ascii_letters[:6])
                                    + ["\x00", "\x1b", "\u202e", "\ufffe", "é"]), max_size=120)


def _doc_problems_are_ours(problems: list[Problem], path: str) -> None:
    for problem in problems:
        assert problem.path == path and problem.line >= 1 and problem.column >= 1, problem
        assert problem.message and "Traceback" not in problem.message


@SETTINGS
@given(st.one_of(ANY_TEXT, YAML_TEXT))
def test_the_loader_never_raises(text: str) -> None:
    doc = load_string(text, "x.yaml")
    _doc_problems_are_ours(doc.problems, "x.yaml")


@SETTINGS
@given(st.binary(max_size=300))
def test_the_loader_reads_any_bytes(tmp_path_factory: Any, data: bytes) -> None:
    from chronicle.yamlio import load_document

    path = tmp_path_factory.mktemp("bytes") / "x.yaml"
    path.write_bytes(data)
    _doc_problems_are_ours(load_document(path, "x.yaml").problems, "x.yaml")


@SETTINGS
@given(st.one_of(ANY_TEXT, st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z")))
def test_dates_are_refused_or_round_trip(text: str) -> None:
    try:
        date = PartialDate.parse(text)
    except DateError as exc:
        assert str(exc)
        return
    assert PartialDate.parse(date.iso()) == date and date.iso() == text
    assert date.first_day <= date.last_day


@SETTINGS
@given(ANY_TEXT)
def test_escaped_text_shows_literally(text: str) -> None:
    text = text.replace("\x00", "")  # Markdown drops NUL whatever we do; validation refuses it
    flat = " ".join(md_input for md_input in _printable(text).split())
    rendered = markdown.markdown(md(text), extensions=["attr_list", "md_in_html", "tables"])
    shown = parse_html(rendered) if flat else ""
    assert shown == flat
    assert html.unescape(attr(text)) == flat


def _printable(text: str) -> str:
    """The text without the control characters that validation refuses and md() drops."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


# --- an entry through validation into every exporter ---------------------------------------

#: Any value a YAML file can hold.
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=8,
)
FIELDS = ["id", "status", "date", "title", "summary", "type", "actors", "sources", "claims", "places",
          "tags", "related", "distinct_from", "date_note", "end_date", "casualties", "context", "time"]


@SETTINGS
@given(field=st.sampled_from(FIELDS), value=VALUES, path=st.sampled_from(["", "url", "outlet", "published"]))
def test_the_validator_never_raises_on_any_structure(field: str, value: Any, path: str) -> None:
    data = _event("Title", "Summary.", "Outlet", "Claim.")
    if path:
        data["sources"][0][path] = value
    else:
        data[field] = value
    for problem in validate(_raw(data)):
        assert problem.path.startswith("chronology/") and problem.line >= 1, problem


def _raw(event: dict[str, Any]) -> RawChronology:
    actors = [_fixture_doc(f"chronology/actors/{a}.yaml") for a in ("armenia", "macron", "pashinyan")]
    place = _fixture_doc("chronology/places/syunik.yaml")
    events = [load_string(dump(event), EVENT)]
    return RawChronology(Project(MINI), events=events, actors=actors, places=[place])


def _fixture_doc(path: str) -> Any:
    return load_string((MINI / path).read_text("utf-8"), path)


def _event(title: str, summary: str, outlet: str, claim: str) -> dict[str, Any]:
    doc = load_string((MINI / EVENT).read_text("utf-8"), EVENT)
    data = dict(doc.data)
    data.update(title=title, summary=summary)
    data["sources"] = [{**data["sources"][0], "outlet": outlet}]
    data["claims"] = [{**data["claims"][0], "text": claim}]
    return data


def _cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


@SETTINGS
@given(title=ANY_TEXT, summary=ANY_TEXT, outlet=ANY_TEXT, claim=ANY_TEXT)
def test_any_entry_is_refused_with_file_and_line_or_exported_intact(title: str, summary: str, outlet: str,
                                                                    claim: str) -> None:
    raw = _raw(_event(title, summary, outlet, claim))
    problems = validate(raw)
    for problem in problems:
        assert problem.path.startswith("chronology/") and problem.line >= 1, problem
    if not any(p.severity == "error" for p in problems):
        _exports_intact(raw)


@SETTINGS
@given(title=SAFE_TEXT, summary=SAFE_TEXT, outlet=SAFE_TEXT, claim=SAFE_TEXT)
def test_an_accepted_entry_is_exported_intact(title: str, summary: str, outlet: str, claim: str) -> None:
    raw = _raw(_event(title, summary, outlet, claim))
    assume(not any(p.severity == "error" for p in validate(raw)))
    _exports_intact(raw)


def _exports_intact(raw: RawChronology) -> None:
    """Every exporter's output parses back (JSON, CSV, XML, RFC 5545) with the entry's text."""
    chronology = build_chronology(raw)
    event = chronology.events[0]
    config = SiteConfig(site_name="Test", site_url="https://example.org/")
    urls = {event.id: "https://example.org/timeline/2021/05/#" + event.id}
    meta = {"title": "Test", "description": "", "updated": None, "count": 1}

    record = json.loads(events_json(chronology, urls, meta))["events"][0]
    assert (record["title"], record["summary"]) == (event.title, event.summary)
    assert record["sources"][0]["outlet"] == event.sources[0].outlet
    assert record["claims"][0]["text"] == event.claims[0].text

    claims = claims_csv(chronology, urls).decode("utf-8")
    claim_row = next(csv.DictReader(io.StringIO(claims, newline="")))
    assert claim_row["text"] == _cell(event.claims[0].text)
    assert claim_row["source_outlet"] == _cell(event.sources[0].outlet)
    row = next(csv.DictReader(io.StringIO(events_csv(chronology, urls).decode("utf-8"), newline="")))
    assert row["title"] == _cell(event.title) and row["summary"] == _cell(event.summary)
    assert row["source_outlets"] == _cell(event.sources[0].outlet)

    feed = ET.fromstring(atom_feed(chronology, config, urls, None))
    ns = "{http://www.w3.org/2005/Atom}"
    entry = feed.find(f"{ns}entry")
    assert entry is not None and entry.findtext(f"{ns}summary") == event.summary
    assert (entry.findtext(f"{ns}title") or "").endswith(event.title)

    calendar = icalendar.Calendar.from_ical(ics_export(chronology, config, urls, None))
    vevent = next(iter(calendar.walk("VEVENT")))
    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["DESCRIPTION"]).startswith(event.summary)

    timeline = json.loads(timelinejs(chronology, config, urls))["events"][0]
    assert html.unescape(timeline["text"]["headline"]) == event.title


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(ANY_TEXT, inner, max_size=4)
    | st.dictionaries(st.integers() | st.booleans() | st.none(), inner, max_size=2),
    max_leaves=20,
)


@SETTINGS
@given(JSON_VALUES)
def test_data_files_are_written_as_the_standard_json_module_writes_them(value: Any) -> None:
    assert jsontext.dumps(value) == json.dumps(value, ensure_ascii=False, indent=1)
