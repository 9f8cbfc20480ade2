"""What a reader sees on the built site of the fixture chronology: no Markdown shown as
text, no broken generated phrases, spellings on the actor's page (and in search) rather
than under every entry, tag names, links for every actor named, claims that say whose
words they quote, sources whose address is not known, and the Atom feed's discovery link.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from chronicle.schema import event_types
from projects import FIXTURES, copy_project
from sitetools import build as _build
from sitetools import listed, page, parse, visible_text

SEV_LICH = "2021-05-12-azerbaijani-troops-at-sev-lich"
MACRON = "2021-05-13-macron-calls-pashinian"
YEAR_ONLY = "2021-pashinyan-year-only"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(built_site_project: Path) -> Path:
    """The site fixture's project built with MkDocs; returns site/."""
    return built_site_project / "site"


def _entry(site: Path, url: str, entry_id: str) -> str:
    """The visible text of one entry (its <section>), hidden elements left out."""
    html = page(site, url).read_text(encoding="utf-8")
    start = html.rindex("<section", 0, html.index(f'id="{entry_id}"'))
    end = html.index("</section>", start)
    collector = parse_fragment(html[start:end])
    return " ".join("".join(collector).split())


def parse_fragment(html: str) -> list[str]:
    from sitetools import _Collector

    collector = _Collector()
    collector.feed(html)
    return collector.visible


# --- Markdown and phrasing ---------------------------------------------------------------


def test_no_page_shows_markdown_syntax_as_text(site: Path) -> None:
    from sitetools import markdown_shown_as_text

    assert markdown_shown_as_text(site) == []


def test_the_leftover_scan_finds_markdown_shown_as_text(tmp_path: Path) -> None:
    """The scan above can fail: it finds code spans, bold and links printed literally."""
    from sitetools import markdown_shown_as_text

    (tmp_path / "index.html").write_text(
        "<p>Prefer a `denies` claim</p><p>**bold**</p><p>[a](b.md)</p><p>fine * text</p>",
        encoding="utf-8",
    )
    assert sorted(set(markdown_shown_as_text(tmp_path))) == [
        "index.html: **bold**",
        "index.html: Prefer a `denies` claim",
        "index.html: [a](b.md)",
    ]


def test_type_labels_and_definitions_hold_no_markdown() -> None:
    """They are printed escaped on the Types pages, so any Markdown would show as text."""
    for type_id, entry in event_types().items():
        for field in ("label", "definition"):
            assert not re.search(r"[`*_\[\]]", entry[field]), (type_id, field, entry[field])


def test_entry_lines_read_as_sentences(site: Path) -> None:
    text = _entry(site, "timeline/2021/05/", SEV_LICH)
    assert "Who: Ministry of Defence of Azerbaijan · Directed at: Armenia · Where: Sev Lich" in text
    assert "12 May 2021 · Military movement · Border crisis of May 2021" in text
    assert "Context: Armenia is a member of the Russian-led CSTO. — RFE/RL Armenian Service" in text
    for broken in (", via reported", ", via direct", "· in ", "Source: ", "(RFE"):
        assert broken not in text, broken


# --- spellings -------------------------------------------------------------------------


def test_other_spellings_are_on_the_actor_page_not_under_each_entry(site: Path) -> None:
    month = visible_text(page(site, "timeline/2021/05/"))
    assert "Also spelled" not in month
    assert "Pachinian" not in month and "Black Lake" not in month
    assert "Also spelled: Pashinian, Pachinian, Nikol Pashinian" in visible_text(
        page(site, "actors/pashinyan/")
    )
    assert "Also spelled: Black Lake, Sev Lake, Sevlich" in visible_text(page(site, "places/sev-lich/"))
    # The entry keeps them for the search index only, in an element browsers do not show.
    html = page(site, "timeline/2021/05/").read_text(encoding="utf-8")
    hidden = re.search(
        r'<p class="chronicle-search-terms" hidden[^>]*>([^<]*)</p>', html[html.index(SEV_LICH) :]
    )
    assert hidden and "Pachinian" in hidden.group(1) and "Black Lake" in hidden.group(1)


# --- tags ------------------------------------------------------------------------------


def test_tags_show_their_labels_with_description_and_span(site: Path) -> None:
    index = visible_text(page(site, "tags/"))
    assert (
        "Border crisis of May 2021: 2 entries, 12 May 2021 to 13 May 2021. Azerbaijani troops' "
        "advance into Armenia in May 2021 and the reactions to it." in index
    )
    assert "Fighting of September 2022: 1 entry, 13 September 2022" in index
    assert "border-crisis-2021" not in index
    tag_page = page(site, "tags/border-crisis-2021/").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>Border crisis of May 2021", tag_page)
    assert "Dates: 12 May 2021 to 13 May 2021" in visible_text(page(site, "tags/border-crisis-2021/"))
    month = page(site, "timeline/2021/05/").read_text(encoding="utf-8")
    assert '<a href="../../../tags/france/">France</a>' in month


# --- actors named on an entry ------------------------------------------------------------


def test_every_actor_named_on_an_entry_links_to_a_page_listing_it(site: Path) -> None:
    html = page(site, "timeline/2021/05/").read_text(encoding="utf-8")
    section = html[html.index(f'id="{SEV_LICH}"') : html.index("</section>", html.index(f'id="{SEV_LICH}"'))]
    mentions = re.search(r'<p class="chronicle-mentions">(.*?)</p>', section).group(1)
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', mentions) == [
        ("../../../actors/pashinyan/", "Nikol Pashinyan"),
        ("../../../actors/azerbaijan/", "Azerbaijan"),
    ]
    # Azerbaijan is only mentioned, never acting: its page exists and lists the entry.
    assert SEV_LICH in listed(page(site, "actors/azerbaijan/"))
    linked = {m for m in re.findall(r'href="../../../actors/([^/]+)/"', section)}
    assert linked == {"azerbaijan-mod", "armenia", "pashinyan", "azerbaijan", "armenia-mod"}


# --- claims: whose words -----------------------------------------------------------------


def test_claims_say_whose_words_they_quote(site: Path) -> None:
    text = _entry(site, "timeline/2021/05/", SEV_LICH)
    assert (
        "As reported by RFE/RL Armenian Service (the report’s words, not the claimant’s): "
        "“Azerbaijani troops advanced about 3.5 kilometers into Armenian territory near Sev Lich.”"
    ) in text
    assert (
        "“The units are deployed on the territory of Azerbaijan.” In their own words, as quoted by APA"
        in text
    )
    html = page(site, "timeline/2021/05/").read_text(encoding="utf-8")
    assert (
        '<figcaption>In their own words, as quoted by <a href="https://apa.az/en/example-1" '
        'rel="noopener">APA</a>' in html
    )


def test_a_claim_with_neither_quote_nor_paraphrase_names_how_it_was_reported(site_project: Path) -> None:
    event = site_project / "chronology" / "events" / "2022" / "2022-09-13-clashes-near-jermuk.yaml"
    text = event.read_text(encoding="utf-8").replace(
        "    source: b\ncasualties:", "    source: b\n    via: direct\ncasualties:"
    )
    event.write_text(text, encoding="utf-8")
    _build(site_project)
    entry = _entry(site_project / "site", "timeline/2022/09/", "2022-09-13-clashes-near-jermuk")
    assert (
        "Armenia's Defence Ministry says Azerbaijani forces attacked first. As reported by Example Wire"
        in entry
    )
    assert "Armenian forces provoked the fighting. From their own statement: Example Wire" in entry


# --- sources whose address is not known --------------------------------------------------


def test_a_source_whose_address_is_not_known_says_so_and_links_nowhere(site: Path) -> None:
    text = _entry(site, "timeline/2021/year/", YEAR_ONLY)
    assert (
        "The week in the Caucasus (address of the report not known) — Example Digest, 7 January 2022 (news)"
        in text
    )
    outlet = visible_text(page(site, "sources/example-digest/"))
    assert "The week in the Caucasus (address of the report not known) — 7 January 2022 (news)" in outlet


# --- the Atom feed -----------------------------------------------------------------------


def test_every_page_links_the_atom_feed_in_its_head(site: Path) -> None:
    for url in ("", "timeline/2021/05/", "actors/pashinyan/"):
        html = page(site, url).read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        links = [a for tag, a in parse(page(site, url)).tags if tag == "link" and a.get("rel") == "alternate"]
        assert [a.get("type") for a in links] == ["application/atom+xml"], url
        assert links[0]["href"] in head
        assert (page(site, url).parent / links[0]["href"]).resolve() == (site / "feed.xml").resolve()
    assert "Atom feed" in visible_text(page(site, ""))


def _git(root: Path, *args: str, when: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def _feed(root: Path) -> list[tuple[str, str]]:
    feed = ET.parse(root / "content" / "feed.xml").getroot()
    return [
        (e.find(f"{ATOM}link").get("href").rsplit("#", 1)[1], e.findtext(f"{ATOM}updated"))
        for e in feed.findall(f"{ATOM}entry")
    ]


OLD_EVENT = """id: 2020-10-old-event-added-late
status: reviewed
date: "2020-10"
date_note: '"in October", in a report published on 30 October 2020.'
title: An old event added late
summary: Something that happened in October 2020, added to the chronology long after.
type: statement
actors: [pashinyan]
sources:
  - url: https://example.org/news/old
    outlet: Example Wire
    title: An old report
    published: "2020-10-30"
    kind: news
    quote: Pashinyan said something in October 2020.
"""


def test_feed_entries_are_updated_when_their_file_last_changed(site_project: Path) -> None:
    _git(site_project, "init", "-q", when="2024-03-05T12:00:00Z")
    _git(site_project, "add", "chronology", when="2024-03-05T12:00:00Z")
    _git(site_project, "commit", "-qm", "chronology", when="2024-03-05T12:00:00Z")
    folder = site_project / "chronology" / "events" / "2020"
    folder.mkdir()
    (folder / "2020-10-old-event-added-late.yaml").write_text(OLD_EVENT, encoding="utf-8")
    _git(site_project, "add", "chronology", when="2024-06-01T08:30:00Z")
    _git(site_project, "commit", "-qm", "an old event", when="2024-06-01T08:30:00Z")
    # An edit not committed yet changed at the build's time (SOURCE_DATE_EPOCH here).
    macron = site_project / "chronology" / "events" / "2021" / f"{MACRON}.yaml"
    macron.write_text(macron.read_text("utf-8").replace("by phone about", "by telephone about"), "utf-8")
    _build(site_project, "--no-site", env={"SOURCE_DATE_EPOCH": "1735732800"})  # 2025-01-01T12:00Z
    entries = _feed(site_project)
    assert entries[:2] == [
        (MACRON, "2025-01-01T12:00:00Z"),
        ("2020-10-old-event-added-late", "2024-06-01T08:30:00Z"),
    ]
    assert {updated for _, updated in entries[2:]} == {"2024-03-05T12:00:00Z"}
    feed = ET.parse(site_project / "content" / "feed.xml").getroot()
    assert feed.findtext(f"{ATOM}updated") == "2025-01-01T12:00:00Z"


def test_without_git_entries_change_at_the_build_time_reproducibly(
    site_project: Path, tmp_path: Path
) -> None:
    _build(site_project, "--no-site", env={"SOURCE_DATE_EPOCH": "1700000000"})
    first = (site_project / "content" / "feed.xml").read_bytes()
    assert {updated for _, updated in _feed(site_project)} == {"2023-11-14T22:13:20Z"}
    other = copy_project(tmp_path / "other", FIXTURES / "site" / "chronology")
    _build(other, "--no-site", env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert (other / "content" / "feed.xml").read_bytes() == first


# --- exports -----------------------------------------------------------------------------


def test_exports_carry_the_quoted_words_and_tag_names(site: Path) -> None:
    data = site.parent / "content" / "data"
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((data / "events.csv").read_text("utf-8")))}
    assert rows[SEV_LICH]["source_quotes"] == (
        "Azerbaijani troops advanced about 3.5 kilometers into Armenian territory near Sev Lich.; "
        "The units are deployed on the territory of Azerbaijan."
    )
    assert rows[MACRON]["tags"] == "border-crisis-2021; france"
    assert rows[MACRON]["tag_names"] == "Border crisis of May 2021; France"
    feed = ET.parse(site.parent / "content" / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    entry = next(e for e in entries if e.find(f"{ATOM}link").get("href").endswith(MACRON))
    assert [(c.get("term"), c.get("label")) for c in entry.findall(f"{ATOM}category")] == [
        ("phone-call", "Phone call"),
        ("border-crisis-2021", "Border crisis of May 2021"),
        ("france", "France"),
    ]
    claims = list(csv.DictReader(io.StringIO((data / "claims.csv").read_text("utf-8"))))
    sev = [(c["claimant"], c["quote"], c["paraphrase"]) for c in claims if c["event_id"] == SEV_LICH]
    assert sev == [
        (
            "armenia-mod",
            "",
            "Azerbaijani troops advanced about 3.5 kilometers into Armenian territory near Sev Lich.",
        ),
        ("azerbaijan-mod", "The units are deployed on the territory of Azerbaijan.", ""),
    ]


# --- the About page ----------------------------------------------------------------------


def test_about_page_points_to_the_generated_coverage(site: Path) -> None:
    about = parse(page(site, "about/"))
    targets = {link for link in about.links if not link.startswith(("http", "#"))}
    assert {"../tags/", "../"} <= targets
    text = visible_text(page(site, "about/"))
    for stale in ("Lachin", "July and November 2021"):
        assert stale not in text


@pytest.mark.parametrize(
    ("first", "last", "said"),
    [
        ("2022-09", "2022-09-28", "September 2022"),
        ("2022-09-13", "2022-09-13", "13 September 2022"),
        ("2021", "2021-05-13", "2021"),
        ("2021-05", "2022-01", "May 2021 to January 2022"),
        ("2021-05-12", "2021-05-14", "12 May 2021 to 14 May 2021"),
    ],
)
def test_a_span_of_dates_is_said_once_when_the_first_holds_the_last(first: str, last: str, said: str) -> None:
    from chronicle.dates import PartialDate
    from chronicle.group import span_text

    assert span_text((PartialDate.parse(first), PartialDate.parse(last))) == said
