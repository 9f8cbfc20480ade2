"""The built site as a reader sees it: pages, anchors, links, search, drafts, publishing details.

One copy of the site fixture (and one of a synthetic 120-event reference chronology) is
built with `chronicle build` per module; tests read the HTML it produced.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from chronicle.build import generate
from chronicle.check import Policy, load_project, read_raw
from chronicle.load import build_chronology
from chronicle.project import Project
from projects import copy_project, reference_chronology
from sitetools import broken_links, heading_text, listed, page, parse, section_text, visible_text
from sitetools import build as _build

MACRON = "2021-05-13-macron-calls-pashinian"
SEV_LICH = "2021-05-12-azerbaijani-troops-at-sev-lich"
CSTO = "2021-05-pashinyan-appeals-to-csto"
YEAR_ONLY = "2021-pashinyan-year-only"
JERMUK = "2022-09-13-clashes-near-jermuk"
DRAFT = "2022-09-14-pashinyan-draft"


@pytest.fixture(scope="module")
def site(built_site_project: Path) -> Path:
    """The site fixture's project, built with MkDocs; returns the project root."""
    return built_site_project


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic reference chronology (120 events), built with MkDocs."""
    folder = tmp_path_factory.mktemp("r")
    root = copy_project(folder / "reference", reference_chronology(folder / "synthetic"))
    _build(root)
    return root


def _html(root: Path, url: str) -> str:
    return page(root / "site", url).read_text(encoding="utf-8")


def _published(root: Path):
    return build_chronology(read_raw(Project(root))).published()


def test_build_prints_what_it_did(site_project: Path) -> None:
    output = _build(site_project)
    assert output.splitlines()[:2] == [
        "Generated 36 pages and 11 data and asset files for 5 entries in content/: "
        "47 written, 0 unchanged, 0 removed",
        output.splitlines()[1],
    ]
    # Then one warning for each of mkdocs.yml's placeholder addresses (tests/test_init.py).
    assert [line.split(" is ")[0] for line in output.splitlines()[2:]] == [
        "warning: mkdocs.yml's site_url", "warning: mkdocs.yml's repo_url"]
    assert re.fullmatch(r"Built the site with mkdocs into site/ in \d+\.\d s", output.splitlines()[1])
    assert (site_project / "site" / "index.html").is_file()


def test_every_event_in_full_once_on_its_date_page_and_as_a_line_on_each_actor_page(
    reference: Path,
) -> None:
    site = reference / "site"
    # In full (its heading, its anchor) exactly once in the whole site: on its date page.
    shown = Counter(i for f in site.rglob("*.html") for i in parse(f).ids)
    for event in _published(reference).events:
        assert shown[event.id] == 1, event.id
        month = f"{event.date.month:02d}" if event.date.month else "year"
        date_pages = sorted((site / "timeline" / str(event.date.year)).glob(f"{month}*/index.html"))
        assert sum(event.id in parse(p).ids for p in date_pages) == 1, event.id
        for actor in event.all_actors:
            pages = [
                site / "actors" / actor / "index.html",
                *sorted((site / "actors").glob(f"{actor}--*/index.html")),
            ]
            assert sum(listed(p).count(event.id) for p in pages) == 1, (event.id, actor)


def test_aggregate_pages_list_links_to_entries_not_entries(reference: Path) -> None:
    site = reference / "site"
    aggregate = [p for family in ("actors", "types", "places", "tags")
                 for p in (site / family).rglob("index.html") if p.parent != site / family]
    assert aggregate
    for path in aggregate:
        html = path.read_text(encoding="utf-8")
        assert '<section class="chronicle-event' not in html and listed(path), path
        # Each line: the date, the title linked to the entry's place on the timeline, the type.
        line = re.search(r'<li class="chronicle-event[^>]*>(.*?)</li>', html, re.S).group(1)
        assert re.fullmatch(r'<span class="chronicle-line-date">[^<]+</span> · '
                            r'<a href="(\.\./)+timeline/[^"]+/#[^"]+">[^<]+</a> · [^<]+', line), line


def test_internal_links_and_anchors_resolve(reference: Path) -> None:
    assert broken_links(reference / "site") == []


def test_partial_dates_are_shown_as_known(site: Path) -> None:
    month = _html(site, "timeline/2021/05/")
    assert heading_text(month, "day-2021-05") == "May 2021 (day not known)"
    assert "May 2021" in section_text(month, CSTO)
    assert month.index('id="day-2021-05"') < month.index('id="day-2021-05-12"')  # coarse first
    year = _html(site, "timeline/2021/year/")
    assert heading_text(year, "day-2021") == "2021 (day not known)"
    assert YEAR_ONLY in parse(page(site / "site", "timeline/2021/year/")).ids
    macron = section_text(month, MACRON)
    assert "13 May 2021, 23:50 (Asia/Yerevan)" in macron
    assert (
        'How the date was worked out: "on Thursday night", in a report published on Friday 14 May 2021.'
        in macron
    )


def test_event_shows_sources_actors_type_and_edit_link(site: Path) -> None:
    html = _html(site, "timeline/2021/05/")
    text = section_text(html, MACRON)
    assert "Who: Emmanuel Macron, Nikol Pashinyan · Where: Syunik" in text
    assert "Phone call · Border crisis of May 2021, France" in text
    assert (
        "France Demands 'Azeri Troop Withdrawal From Armenia' — RFE/RL Armenian Service, "
        "14 May 2021 (news) · archived copy"
    ) in text
    assert "“Macron commented on the Armenian-Azerbaijani border standoff" in text
    assert "Responds to: Azerbaijani troops advance to Sev Lich, Armenia says" in text
    assert (
        'href="https://github.com/chronicle-project/chronicle/edit/main/chronology/events/2021/'
        f'{MACRON}.yaml"'
    ) in html
    assert '<a href="../../../actors/macron/">Emmanuel Macron</a>' in html


def test_contested_claims_side_by_side_and_casualties_never_summed(site: Path) -> None:
    html = _html(site, "timeline/2022/09/")
    text = section_text(html, JERMUK)
    assert "Contested" in text
    section = html[html.index(f'id="{JERMUK}"') :]
    columns = re.findall(r'<div class="chronicle-claim">(.*?)</div>', section, re.S)[:2]
    assert [re.search(r'claimant"><a [^>]*>([^<]+)', c).group(1) for c in columns] == [
        "Ministry of Defence of Armenia",
        "Ministry of Defence of Azerbaijan",
    ]
    assert "asserts" in columns[0] and "disputes" in columns[1]
    assert (
        "According to Ministry of Defence of Armenia: 49 killed (soldiers killed) — Example Wire" in text
    )
    assert "According to Ministry of Defence of Azerbaijan: 50 killed, 10 wounded — Example Wire" in text
    assert "99" not in text  # 49 + 50: figures stay with who gave them
    assert "Contested" not in section_text(_html(site, "timeline/2021/05/"), MACRON)


def test_actor_page_lists_names_roles_chart_and_events(site: Path) -> None:
    html = _html(site, "actors/pashinyan/")
    assert heading_text(html, "m-2021-05") == "May 2021"
    for text in (
        "Also spelled: Pashinian, Pachinian, Nikol Pashinian",
        "Person · Armenia · part of Armenia",
        "Prime Minister of Armenia (from 8 May 2018)",
        "Acting Prime Minister of Armenia (from 25 April 2021 until 2 August 2021)",
        "“acting prime minister” (from 25 April 2021 until 2 August 2021)",
    ):
        assert text in visible_text(page(site / "site", "actors/pashinyan/"))
    assert '<svg class="chronicle-chart"' in html and 'fill="currentColor"' in html
    assert re.search(
        r'<title id="chart-actor-title">Events involving Nikol Pashinyan per month</title>', html
    )
    assert (
        '<desc id="chart-actor-desc">3 events involving Nikol Pashinyan from May 2021 to May 2021'
        in html
    )
    assert "<td>May 2021</td><td>3</td>" in html  # the chart's numbers as a table
    # The entries, one line each, link to their place on the timeline.
    assert listed(page(site / "site", "actors/pashinyan/")) == [YEAR_ONLY, CSTO, SEV_LICH, MACRON]
    assert "13 May 2021 · Macron and Pashinian speak by phone about the border standoff · Phone call" in (
        visible_text(page(site / "site", "actors/pashinyan/")))
    assert f'<a href="../../timeline/2021/05/#{MACRON}">Macron and Pashinian' in html


def test_index_pages_group_actors_types_places_tags_and_sources(site: Path) -> None:
    actors = visible_text(page(site / "site", "actors/"))
    assert "Armenia Ministries: Ministry of Defence of Armenia (2) People: Nikol Pashinyan (4)" in actors
    assert "Azerbaijan Ministries: Ministry of Defence of Azerbaijan (2) States: Azerbaijan (1)" in actors
    assert (
        "International and other International organisations: Collective Security Treaty Organization (1)"
        in actors
    )
    assert "Sev Lich: 1 entry (also Black Lake, Sev Lake, Sevlich)" in visible_text(
        page(site / "site", "places/")
    )
    sources = _html(site, "sources/example-wire/")
    assert f'href="../../timeline/2022/09/#{JERMUK}"' in sources
    assert (site / "site" / "tags" / "border-crisis-2021" / "index.html").is_file()
    assert (site / "site" / "types" / "attack" / "index.html").is_file()


def test_search_index_holds_every_spelling_and_leads_to_the_timeline(site: Path) -> None:
    docs = json.loads((site / "site" / "search" / "search_index.json").read_text("utf-8"))["docs"]
    by_location = {d["location"]: d for d in docs}
    csto = by_location[f"timeline/2021/05/#{CSTO}"]
    assert "Pachinian" in csto["text"] and "Pashinian" in csto["text"]
    assert "Black Lake" in by_location[f"timeline/2021/05/#{SEV_LICH}"]["text"]
    # Lines listing entries on actor, type, place and tag pages are not indexed.
    assert not [
        d["location"]
        for d in docs
        if "#2021-" in d["location"] and not d["location"].startswith("timeline/")
    ]
    # Every entry naming the actor is found by any spelling of the name; the actor's page,
    # which lists those entries, is not in the index.
    named = [d["location"] for d in docs if "Pachinian" in d["text"] and "#2021-" in d["location"]]
    assert sorted(named) == sorted([f"timeline/2021/05/#{CSTO}", f"timeline/2021/05/#{SEV_LICH}",
                                    f"timeline/2021/05/#{MACRON}", f"timeline/2021/year/#{YEAR_ONLY}"])
    assert not [d for d in docs if d["location"].startswith("actors/")]


def test_search_indexes_each_entry_once_and_leaves_listing_pages_out(reference: Path) -> None:
    docs = json.loads((reference / "site" / "search" / "search_index.json").read_text("utf-8"))["docs"]
    locations = Counter(d["location"] for d in docs)
    for event in _published(reference).events:
        assert sum(n for loc, n in locations.items() if loc.endswith(f"#{event.id}")) == 1, event.id
    # Pages that list or count entries are out: their entries are found on the timeline.
    assert not [loc for loc in locations if re.match(r"(actors|types|places|tags|sources)/", loc)
                or re.fullmatch(r"timeline/(\d+/)?", loc)]
    assert [loc for loc in locations if re.match(r"timeline/\d+/\d+", loc)]


def test_drafts_are_left_out_of_the_build(site: Path) -> None:
    for html in (site / "site").rglob("*.html"):
        assert DRAFT not in html.read_text(encoding="utf-8"), html
    assert DRAFT not in (site / "content" / "data" / "events.json").read_text("utf-8")


def test_drafts_are_shown_marked_when_asked_for(site_project: Path) -> None:
    project = Project(site_project)
    files = generate(project, load_project(project, Policy.STRICT).chronology, include_drafts=True).files
    month = files["timeline/2022/09.md"].decode()
    draft = month[month.index(f'<h3 id="{DRAFT}">') - 400 :]
    assert '<section class="chronicle-event chronicle-draft"' in draft
    assert '<span class="chronicle-badge chronicle-badge--draft">Draft, not yet reviewed</span>' in draft
    assert '!!! warning "Preview with drafts"' in files["index.md"].decode()


def test_filter_form_is_hidden_without_script_and_lists_the_page_s_actors_and_types(site: Path) -> None:
    html = _html(site, "timeline/2021/05/")
    start = html.index('<form class="chronicle-filter"')
    form = html[start : html.index("</form>", start)]
    assert " hidden " in form
    assert '<option value="pashinyan">Nikol Pashinyan (2)</option>' in form
    assert '<option value="phone-call">Phone call (1)</option>' in form
    assert 'data-actors="macron pashinyan" data-type="phone-call"' in html
    assert '<script src="../../../assets/chronicle/chronicle.js"></script>' in html


def test_home_page_says_span_counts_latest_and_last_change(site: Path) -> None:
    text = visible_text(page(site / "site", ""))
    assert "5 entries from 2021 to 13 September 2022" in text
    assert "7 actors, 3 places, 5 outlets cited" in text
    assert "2 contested entries" in text
    # Not a git checkout: the newest report cited gives the date of the last change.
    assert "Last change to the chronology: 13 September 2022" in text
    assert (
        "Latest entries 13 September 2022: Heavy fighting along the border, including near Jermuk"
        in text
    )


def test_last_change_comes_from_git_when_the_chronology_is_committed(site_project: Path) -> None:
    import os
    import subprocess

    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2024-03-05T12:00:00Z",
        "GIT_COMMITTER_DATE": "2024-03-05T12:00:00Z",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    for command in (["init", "-q"], ["add", "chronology"], ["commit", "-qm", "chronology"]):
        subprocess.run(["git", *command], cwd=site_project, env=env, check=True)
    _build(site_project, "--no-site")
    home = (site_project / "content" / "index.md").read_text("utf-8")
    assert '<time datetime="2024-03-05">5 March 2024</time>' in home


def test_publishing_details_canonical_sitemap_404_and_no_social_cards(site: Path) -> None:
    html = _html(site, "timeline/2021/05/")
    assert '<link rel="canonical" href="https://chronicle.example.org/timeline/2021/05/">' in html
    sitemap = (site / "site" / "sitemap.xml").read_text("utf-8")
    assert "<loc>https://chronicle.example.org/timeline/2021/05/</loc>" in sitemap
    not_found = (site / "site" / "404.html").read_text("utf-8")
    assert "<h1>Page not found</h1>" in not_found and 'href="/timeline/"' in not_found
    assert not (site / "site" / "assets" / "images" / "social").exists()
    assert "og:image" not in html


def test_navigation_stays_small(site: Path) -> None:
    from chronicle.bench import nav_entries

    # The home page's navigation: 8 sections, the 2 pages under About, and the home
    # page's own table of contents; it does not grow with the chronology.
    assert nav_entries(site / "site") == 14
    html = _html(site, "timeline/2021/05/")
    primary = html.split('<nav class="md-nav md-nav--primary')[1].split(
        '<nav class="md-nav md-nav--secondary'
    )[0]
    assert "actors/pashinyan" not in primary and "timeline/2021/05/#" not in primary
