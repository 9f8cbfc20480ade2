"""Text from the chronology shows as text: hostile strings in every field stay inert.

A hostile actor, place and event (every string field holding HTML, a javascript: link,
Jinja syntax and Markdown control characters) are added to the site fixture; the site is
built with MkDocs and every page and data file is checked.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from chronicle.cli import main
from chronicle.render import attr, http_url, md
from chronicle.yamlio import dump
from projects import FIXTURES, copy_project
from sitetools import heading_text, page, parse, section_text, visible_text

#: Markup of every kind that could turn text into something else.
HOSTILE = (
    "</title><script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> "
    "{{ 7*7 }} {% if x %}y{% endif %} {#c#} *em* _u_ # h | a | [ ] ( ) < > & `code` "
    "{: #evil } &amp; ~~s~~ ==m== $x$ ^s^ \\ \"q\" 'a'"
)
EVENT_ID = "2021-06-01-hostile-entry"


def _hostile_project(root: Path) -> None:
    chron = root / "chronology"
    (chron / "actors" / "hostile.yaml").write_text(
        dump(
            {
                "id": "hostile",
                "name": "Actor " + HOSTILE[:60],
                "kind": "person",
                "country": "AM",
                "aliases": [("Alias " + HOSTILE)[:150]],
                "description": "Description " + HOSTILE,
                "descriptors": [{"text": ("Descriptor " + HOSTILE)[:150], "from": "2021-01-01"}],
                "metonyms": [("Metonym " + HOSTILE)[:150]],
                "roles": [
                    {"title": ("Role " + HOSTILE)[:150], "from": "2021-01-01", "note": "Note " + HOSTILE}
                ],
            }
        ),
        encoding="utf-8",
    )
    (chron / "places" / "hostile-place.yaml").write_text(
        dump(
            {
                "id": "hostile-place",
                "name": "Place " + HOSTILE[:60],
                "kind": "village",
                "aliases": [("Place alias " + HOSTILE)[:150]],
                "note": "Place note " + HOSTILE,
            }
        ),
        encoding="utf-8",
    )
    quote = ("Quote " + HOSTILE)[:300]
    (chron / "events" / "2021" / f"{EVENT_ID}.yaml").write_text(
        dump(
            {
                "id": EVENT_ID,
                "status": "reviewed",
                "date": "2021-06-01",
                "date_note": "Date note " + HOSTILE,
                "title": ("Title " + HOSTILE)[:160],
                "summary": "Summary "
                + HOSTILE
                + "\n\n- not a list\n# not a heading\n1. not a list\n---\n",
                "type": "statement",
                "mode": "shelling",
                "actors": ["hostile", "pashinyan"],
                "places": ["hostile-place"],
                "sources": [
                    {
                        "key": "s",
                        "url": 'https://example.org/a?b=1&c=<2>"',
                        "outlet": ("Outlet " + HOSTILE)[:150],
                        "title": "Source title " + HOSTILE,
                        "published": "2021-06-02",
                        "kind": "news",
                        "author": ("Author " + HOSTILE)[:150],
                        "quote": quote,
                        "quote_translated": "Translated " + HOSTILE,
                    }
                ],
                "claims": [
                    {
                        "by": "hostile",
                        "stance": "asserts",
                        "text": "Claim " + HOSTILE,
                        "quote": "Claim quote " + HOSTILE,
                        "source": "s",
                        "via": "reported",
                    },
                    {"by": "pashinyan", "stance": "denies", "text": "Denial " + HOSTILE, "source": "s"},
                ],
                "casualties": [
                    {"by": "hostile", "killed": 1, "note": "Casualty note " + HOSTILE, "source": "s"}
                ],
                "context": [{"text": "Context " + HOSTILE, "source": "s"}],
            }
        ),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("h") / "hostile", FIXTURES / "site" / "chronology")
    _hostile_project(root)
    result = CliRunner().invoke(main, ["--root", str(root), "build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root


def _flat(text: str) -> str:
    return " ".join(text.split())


#: Fields whose schema limit is shorter than the hostile text: written (and checked) cut to it.
FIT = {"Outlet": 150, "Author": 150, "Alias": 150, "Place alias": 150, "Descriptor": 150,
       "Metonym": 150, "Role": 150}


def _written(label: str) -> str:
    """The hostile text of a field as the fixture writes it, flattened."""
    text = f"{label} {HOSTILE}"
    return _flat(text[: FIT.get(label, len(text))])


def test_no_markup_from_the_chronology_reaches_any_page(hostile: Path) -> None:
    for html in (hostile / "site").rglob("*.html"):
        text = html.read_text("utf-8")
        assert "<script>alert" not in text, html
        assert not re.search(r'href="\s*javascript:', text, re.I), html
        assert 'id="evil"' not in text, html
        for tag, attrs in parse(html).tags:
            assert tag != "img" or attrs.get("src") != "x", html
            assert not any(name.startswith("on") for name in attrs), (html, tag, attrs)


def test_hostile_text_shows_literally_in_every_field(hostile: Path) -> None:
    html = page(hostile / "site", "timeline/2021/06/").read_text("utf-8")
    assert heading_text(html, EVENT_ID) == _flat(("Title " + HOSTILE)[:160]).strip()
    text = section_text(html, EVENT_ID)
    for label in (
        "Summary",
        "Date note",
        "Outlet",
        "Source title",
        "Author",
        "Translated",
        "Claim",
        "Claim quote",
        "Denial",
        "Casualty note",
        "Context",
        "Alias",
        "Place alias",
    ):
        assert _written(label) in text, label
    assert _flat("Summary " + HOSTILE + " - not a list # not a heading 1. not a list ---") in text
    assert _flat(("Quote " + HOSTILE)[:300]) in text
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;&quot;"' in html
    actor = visible_text(page(hostile / "site", "actors/hostile/"))
    for label in ("Description", "Descriptor", "Metonym", "Role", "Note"):
        assert _written(label) in actor, label
    assert _flat("Place note " + HOSTILE) in visible_text(
        page(hostile / "site", "places/hostile-place/")
    )


def test_hostile_text_survives_every_data_file(hostile: Path) -> None:
    data = hostile / "content" / "data"
    events = {e["id"]: e for e in json.loads((data / "events.json").read_text("utf-8"))["events"]}
    assert events[EVENT_ID]["claims"][0]["text"] == "Claim " + HOSTILE
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((data / "events.csv").read_text("utf-8")))}
    assert rows[EVENT_ID]["title"] == ("Title " + HOSTILE)[:160].strip()
    ET.parse(data.parent / "feed.xml")
    timeline = json.loads((data / "timeline.json").read_text("utf-8"))
    headline = next(e for e in timeline["events"] if e["unique_id"] == EVENT_ID)["text"]["headline"]
    assert "<script>" not in headline and "&lt;script&gt;" in headline
    assert "SUMMARY:Title &lt;" not in (data / "events.ics").read_text("utf-8")


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE,
        "1. starts like a list",
        "- dash",
        "# hash",
        "> quote",
        "=== rule",
        "line\nbreak\x02\x03 control",
    ],
)
def test_md_escape_round_trips_through_markdown(text: str) -> None:
    import markdown

    html = markdown.markdown(md(text), extensions=["attr_list", "md_in_html", "tables"])
    collector = parse_html(html)
    assert collector == " ".join(text.replace("\x02", "").replace("\x03", "").split())


def parse_html(html: str) -> str:
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.tags: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append(tag)

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed(html)
    assert parser.tags == ["p"], (html, parser.tags)
    return "".join(parser.parts)


def test_only_http_links_and_quoted_attributes() -> None:
    assert http_url("javascript:alert(1)") == ""
    assert http_url(" JAVASCRIPT:alert(1)") == ""
    assert http_url("data:text/html,x") == ""
    assert http_url('https://example.org/?a=1&b="') == "https://example.org/?a=1&amp;b=&quot;"
    assert attr('x" onload="y') == "x&quot; onload=&quot;y"
