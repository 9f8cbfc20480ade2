"""The page plan as a pure function: paths, pagination, each entry's canonical page and the
pages each entry appears on, planned from sizes the test chooses; and the renderer that
renders each entry once and sizes exactly what a page prints."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import replace

import pytest

from chronicle.blocks import Blocks
from chronicle.dates import PartialDate
from chronicle.errors import ChronicleError
from chronicle.group import Groups, MonthKey, Report
from chronicle.model import Actor, Chronology, Event, Place, Related, Tag
from chronicle.pagecache import CachingRenderer, PlanMemo
from chronicle.pages import Renderer, SiteInfo, site_pages
from chronicle.plan import Pager, Plan, longest_locations, plan_site
from chronicle.render import address, entry_address, entry_href, href, md, resolve_links
from chronicle.siteconfig import SiteConfig
from test_group import event

ACTORS = {a: Actor(id=a, name=a.title(), kind="state") for a in ("armenia", "azerbaijan", "france")}
PLACES = {"jermuk": Place(id="jermuk", name="Jermuk", kind="town")}
TAGS = {"border": Tag(id="border", label="Border crisis")}


class Sizes:
    """Sizes the test chooses: an entry is `base` long plus the length of each link to a
    related entry's page (as a real entry is); every call is recorded."""

    def __init__(self, base: int | Mapping[str, int] = 10) -> None:
        self.base = base
        self.calls: list[tuple[str, str, bool, Mapping[str, str]]] = []

    def entry_size(self, event: Event, here: str, listing: bool, locations: Mapping[str, str]) -> int:
        self.calls.append((event.id, here, listing, locations))
        base = self.base if isinstance(self.base, int) else self.base.get(event.id, 10)
        folder = posixpath.dirname(here)
        return base + sum(len(posixpath.relpath(locations[r.id], folder)) for r in event.related)

    def report_size(self, report: Report, here: str, locations: Mapping[str, str]) -> int:
        return 10


def chronology(*events: Event) -> Chronology:
    return Chronology(events=tuple(events), actors=ACTORS, places=PLACES, tags=TAGS)


def plan(*events: Event, sizes: Sizes | None = None, budget: int = 100) -> Plan:
    chron = chronology(*events)
    return plan_site(chron, Groups.of(chron.events), sizes or Sizes(), budget)


def page(plan: Plan, path: str):  # noqa: ANN201
    return next(p for p in plan.pages if p.path == path)


def test_a_busy_month_is_split_into_pages_and_each_entry_lives_on_one() -> None:
    events = [event(f"2021-05-{d:02d}-e", f"2021-05-{d:02d}") for d in range(1, 6)]
    result = plan(*events, sizes=Sizes(40))
    assert [p.path for p in result.pages if p.path.startswith("timeline/2021/0")] == [
        "timeline/2021/05.md", "timeline/2021/05--2.md", "timeline/2021/05--3.md"
    ]
    assert result.locations == {
        "2021-05-01-e": "timeline/2021/05.md", "2021-05-02-e": "timeline/2021/05.md",
        "2021-05-03-e": "timeline/2021/05--2.md", "2021-05-04-e": "timeline/2021/05--2.md",
        "2021-05-05-e": "timeline/2021/05--3.md",
    }
    second = page(result, "timeline/2021/05--2.md")
    assert second.template == "month.md.j2"
    assert second.context["month"] == MonthKey(2021, 5)
    assert second.context["pager"] == Pager(
        ("timeline/2021/05.md", "timeline/2021/05--2.md", "timeline/2021/05--3.md"), 2
    )
    assert (second.context["pager"].previous, second.context["pager"].next) == (
        "timeline/2021/05.md", "timeline/2021/05--3.md"
    )
    assert [e.id for _, day in second.context["days"] for e in day] == ["2021-05-03-e", "2021-05-04-e"]


def test_months_link_to_the_months_before_and_after_and_year_only_entries_get_a_page() -> None:
    result = plan(event("a", "2021"), event("b", "2021-05-12"), event("c", "2022-09-13"))
    assert result.locations == {"a": "timeline/2021/year.md", "b": "timeline/2021/05.md",
                                "c": "timeline/2022/09.md"}
    may = page(result, "timeline/2021/05.md").context
    assert (may["previous_month"], may["next_month"]) == ("timeline/2021/year.md", "timeline/2022/09.md")
    assert page(result, "timeline/2021/year.md").context["previous_month"] == ""
    assert page(result, "timeline/2022/09.md").context["next_month"] == ""
    year = page(result, "timeline/2021/index.md")
    assert year.context["total"] == 2
    assert list(year.context["months"]) == [MonthKey(2021, 0), MonthKey(2021, 5)]
    assert list(page(result, "timeline/index.md").context["years"]) == [2021, 2022]


def test_every_page_of_the_site_is_planned_once() -> None:
    e = event("a", "2021-05-12", actors=("armenia", "azerbaijan"), places=("jermuk",), tags=("border",))
    paths = [p.path for p in plan(e).pages]
    assert len(paths) == len(set(paths))
    assert set(paths) == {
        "timeline/2021/05.md", "timeline/2021/index.md", "timeline/index.md",
        "actors/armenia.md", "actors/azerbaijan.md", "types/statement.md", "places/jermuk.md",
        "tags/border.md", "actors/index.md", "types/index.md", "places/index.md", "tags/index.md",
        "sources/example-wire.md", "sources/index.md", "data/index.md", "index.md",
    }


def test_listing_pages_are_sized_in_their_folder_with_the_real_locations() -> None:
    events = [event(f"2021-05-{d:02d}-e", f"2021-05-{d:02d}", actors=("armenia",)) for d in range(1, 4)]
    sizes = Sizes(60)
    result = plan(*events, sizes=sizes)
    assert [p.path for p in result.pages if p.path.startswith("actors/armenia")] == [
        "actors/armenia.md", "actors/armenia--2.md", "actors/armenia--3.md"
    ]
    listing = [c for c in sizes.calls if c[2]]
    assert {c[1] for c in listing} == {"actors/armenia.md", "types/statement.md"}
    assert all(c[3] == result.locations for c in listing)
    second = page(result, "actors/armenia--2.md").context
    assert (second["total"], second["listing"], second["pager"].number) == (3, True, 2)
    assert second["intro"]["title"] == "Armenia"
    assert list(second["months"]) == [MonthKey(2021, 5)]


def test_timeline_pages_are_sized_with_the_longest_place_each_linked_entry_could_have() -> None:
    """Where an entry lands is decided by the sizes, so the sizes cannot depend on where the
    entries it links to land: links are sized at their longest, and no page ends up over budget."""
    related = (Related(id="2021-05-01-e", relation="see_also"),)
    events = [event(f"2021-05-{d:02d}-e", f"2021-05-{d:02d}", related=related if d > 1 else ())
              for d in range(1, 13)]
    sizes = Sizes(30)
    result = plan(*events, sizes=sizes, budget=100)
    chron = chronology(*events)
    longest = longest_locations(Groups.of(chron.events))
    assert longest["2021-05-01-e"] == "timeline/2021/05--12.md"
    timeline = [c for c in sizes.calls if not c[2]]
    assert timeline and all(c[3] == longest for c in timeline)
    for p in result.pages:
        if p.template == "month.md.j2":
            shown = [e for _, day in p.context["days"] for e in day]
            printed = sum(sizes.entry_size(e, p.path, False, result.locations) for e in shown)
            assert printed <= 100 or len(shown) == 1, p.path


def test_pages_of_an_entry_are_every_page_holding_its_text() -> None:
    a = event("a", "2021-05-12", actors=("armenia",), targets=("azerbaijan",), places=("jermuk",),
              tags=("border",))
    b = event("b", "2021-06-01", actors=("france",), related=(Related(id="a", relation="responds_to"),))
    result = plan(a, b)
    assert set(result.pages_of("a")) == {
        "timeline/2021/05.md", "actors/armenia.md", "actors/azerbaijan.md", "types/statement.md",
        "places/jermuk.md", "tags/border.md", "sources/example-wire.md", "index.md",
        # b links to a by its title on its timeline page (b's actor page lists only b)
        "timeline/2021/06.md",
    }
    assert "timeline/2021/05.md" not in result.pages_of("b")
    assert result.pages_of("unknown") == ()


def test_the_home_page_lists_the_latest_entries_newest_first() -> None:
    events = [event(f"2021-05-{d:02d}-e", f"2021-05-{d:02d}") for d in range(1, 13)]
    home = page(plan(*events), "index.md")
    assert [e.id for e in home.context["latest"]] == [f"2021-05-{d:02d}-e" for d in range(12, 2, -1)]
    assert home.events == tuple(e.id for e in home.context["latest"])


def test_two_pages_on_one_path_are_refused() -> None:
    e = event("a", "2021-05-12", actors=("index",))
    chron = replace(chronology(e), actors={**ACTORS, "index": Actor(id="index", name="Index", kind="state")})
    with pytest.raises(ChronicleError, match="two generated pages would be written to actors/index.md"):
        plan_site(chron, Groups.of(chron.events), Sizes(), 100)


def test_planning_is_pure() -> None:
    events = [event("a", "2021-05-12", tags=("border",)), event("b", "2021", actors=("france",))]
    assert plan(*events) == plan(*events)


# --- the renderer -------------------------------------------------------------------------


INFO = SiteInfo(SiteConfig(site_name="Test"))


def test_each_entry_is_rendered_once_in_full_and_once_as_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[tuple[str, str]] = []
    real_entry, real_line = Blocks.entry, Blocks.line

    def entry(blocks: Blocks, e: Event):  # noqa: ANN202
        rendered.append(("entry", e.id))
        return real_entry(blocks, e)

    def line(blocks: Blocks, e: Event):  # noqa: ANN202
        rendered.append(("line", e.id))
        return real_line(blocks, e)

    monkeypatch.setattr(Blocks, "entry", entry)
    monkeypatch.setattr(Blocks, "line", line)
    events = [event("a", "2021-05-12", actors=("armenia", "azerbaijan"), places=("jermuk",),
                    tags=("border",)),
              event("b", "2021-05-13", related=(Related(id="a", relation="see_also"),))]
    site, locations = site_pages(chronology(*events), INFO)
    assert sorted(rendered) == [("entry", "a"), ("entry", "b"), ("line", "a"), ("line", "b")]
    # Entries and lines are finished HTML: their links are the built site's addresses.
    assert '<a href="./#a">Title of a</a></p>' in site["timeline/2021/05.md"]
    assert '<a href="../../timeline/2021/05/#a">Title of a</a>' in site["actors/azerbaijan.md"]
    assert '<a href="../../timeline/2021/05/#a">Title of a</a>' in site["places/jermuk.md"]
    assert '<a href="../../../actors/armenia/">Armenia</a>' in site["timeline/2021/05.md"]
    assert locations == {"a": "timeline/2021/05.md", "b": "timeline/2021/05.md"}


def test_the_size_a_page_is_planned_with_is_the_size_it_prints() -> None:
    events = [event("a", "2021-05-12", actors=("armenia",))]
    renderer = Renderer(chronology(*events), INFO)
    locations = {"a": "timeline/2021/05.md"}
    block = resolve_links(renderer.entry(events[0], True), "actors/armenia.md", locations)
    assert renderer.entry_size(events[0], "actors/armenia.md", True, locations) == len(block)
    assert block in site_pages(chronology(*events), INFO)[0]["actors/armenia.md"]


def test_links_are_resolved_relative_to_each_page() -> None:
    index = href("timeline/index.md", "year-2021")
    text = f"[x]({href('actors/armenia.md')}) [y]({entry_href('a')}) [z]({index})"
    locations = {"a": "timeline/2021/05--2.md"}
    assert resolve_links(text, "actors/france.md", locations) == (
        "[x](armenia.md) [y](../timeline/2021/05--2.md#a) [z](../timeline/index.md#year-2021)"
    )
    assert resolve_links(text, "index.md", locations) == (
        "[x](actors/armenia.md) [y](timeline/2021/05--2.md#a) [z](timeline/index.md#year-2021)"
    )
    # In finished HTML a link is the address the page will have in the built site.
    html = f'<a href="{entry_address("a")}"></a><a href="{address("index.md")}"></a>'
    assert resolve_links(html, "actors/france.md", locations) == (
        '<a href="../../timeline/2021/05--2/#a"></a><a href="../../"></a>'
    )
    flat = SiteConfig(use_directory_urls=False).page_url
    assert resolve_links(html, "actors/france.md", locations, flat) == (
        '<a href="../timeline/2021/05--2.html#a"></a><a href="../index.html"></a>'
    )
    with pytest.raises(ChronicleError, match="links to the entry a, which has no page"):
        resolve_links(text, "index.md", {})


def test_text_from_the_chronology_cannot_forge_a_link_marker() -> None:
    forged = "\x1aactors/x.md\x1f\x1a and \x1a@a\x1fa\x1a"
    assert "\x1a" not in md(forged) and "\x1f" not in md(forged)
    assert resolve_links(md(forged), "index.md", {}) == md(forged)


def test_the_timeline_is_searched_and_pages_listing_entries_are_not() -> None:
    events = [event(f"2021-05-{d:02d}-{n}", f"2021-05-{d:02d}", actors=("armenia",))
              for d in range(1, 29) for n in "ab"]
    chron = chronology(*events)
    renderer = Renderer(chron, INFO)
    result = plan_site(chron, Groups.of(chron.events), renderer, 2_000)
    text = {p.path: renderer.page(p, result.locations) for p in result.pages}
    excluded = {path for path, t in text.items() if t.startswith("---\nsearch:\n  exclude: true\n---\n")}
    assert "timeline/2021/05--2.md" in text and "actors/armenia--2.md" in text
    assert {"actors/armenia.md", "actors/armenia--2.md", "timeline/2021/index.md",
            "sources/example-wire.md", "actors/index.md"} <= excluded
    assert not {"timeline/2021/05.md", "timeline/2021/05--2.md", "index.md"} & excluded


def test_a_plan_keeping_unchanged_groups_is_the_plan_made_afresh() -> None:
    """The preview's memo (pagecache.PlanMemo) after edits that move entries between pages,
    relate them, retitle them and take them away: every page, location and appearance is
    what a fresh plan with a fresh renderer gives."""
    events = {e.id: e for e in (
        event(f"2021-05-{d:02d}-{n}", f"2021-05-{d:02d}", actors=(sorted(ACTORS)[d % 3],),
              places=("jermuk",) if d % 4 == 0 else (), tags=("border",) if d % 5 == 0 else ())
        for d in range(1, 29) for n in "ab")}
    events["2021-06-01-x"] = event("2021-06-01-x", "2021-06-01")
    first, last = "2021-05-01-a", "2021-05-28-b"
    edits: list[tuple[str, dict[str, Event | None]]] = [
        ("a title made longer", {first: replace(events[first], title="A much longer title " * 8)}),
        ("an entry related to another", {last: replace(events[last], related=(Related(first, "see_also"),))}),
        ("the related entry retitled", {first: replace(events[first], title="Short")}),
        ("an entry taken away", {"2021-05-02-a": None}),
        ("an entry moved to June", {"2021-05-03-a": replace(events["2021-05-03-a"],
                                                            date=PartialDate.parse("2021-06-02"))}),
        ("nothing", {}),
        ("a June entry retitled", {"2021-06-01-x": replace(events["2021-06-01-x"], title="June")}),
        ("an entry taken away in June", {"2021-06-01-x": None}),
    ]
    memo, renderer = PlanMemo(), None
    for name, change in [("start", {}), *edits]:
        for event_id, changed in change.items():
            if changed is None:
                del events[event_id]
            else:
                events[event_id] = changed
        chron = chronology(*sorted(events.values(), key=lambda e: e.sort_key()))
        if renderer is None:
            renderer = CachingRenderer(chron, INFO)
        renderer.follow(chron)
        kept = plan_site(chron, Groups.of(chron.events), renderer, 2_000, memo)
        planned = memo.done()
        assert kept == plan_site(chron, Groups.of(chron.events), Renderer(chron, INFO), 2_000), name
        # June's split and pages, its entry's actor's and type's split and pages, its outlet's
        # pages are planned again; May's 56 entries are not.
        assert planned == {"nothing": 0, "a June entry retitled": 7}.get(name, planned), name
