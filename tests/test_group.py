"""Grouping, months and pagination as pure functions: the pieces the pages are planned from."""

from __future__ import annotations

import pytest

from chronicle.dates import PartialDate
from chronicle.group import (
    Groups,
    MonthKey,
    by_day,
    by_month,
    by_outlet,
    page_name,
    paginate,
    participants,
)
from chronicle.labels import casualty_figures
from chronicle.model import Casualty, Claim, Event, Source


def event(
    event_id: str,
    date: str,
    actors: tuple[str, ...] = ("armenia",),
    outlet: str = "Example Wire",
    url: str = "",
    **fields: object,
) -> Event:
    """A minimal valid event dated `date`, citing one report of `outlet`."""
    source = Source(url=url or f"https://example.org/{event_id}", outlet=outlet,
                    title=f"Report on {event_id}", published=PartialDate.parse(date), key="s")
    return Event(id=event_id, status="reviewed", date=PartialDate.parse(date), title=f"Title of {event_id}",
                 summary="A summary.", type=str(fields.pop("type", "statement")), actors=actors,
                 sources=(source,), **fields)  # type: ignore[arg-type]


# --- MonthKey: one home for a month's label and page --------------------------------------


@pytest.mark.parametrize(
    ("key", "name", "label", "path", "page_3", "anchor"),
    [
        (MonthKey(2021, 5), "May", "May 2021", "timeline/2021/05.md", "timeline/2021/05--3.md", "m-2021-05"),
        (MonthKey(2022, 12), "December", "December 2022", "timeline/2022/12.md", "timeline/2022/12--3.md",
         "m-2022-12"),
        (MonthKey(2021, 0), "month not known", "2021, month not known", "timeline/2021/year.md",
         "timeline/2021/year--3.md", "m-2021-00"),
    ],
)
def test_a_month_key_names_its_month_and_its_pages(
    key: MonthKey, name: str, label: str, path: str, page_3: str, anchor: str
) -> None:
    assert (key.name, key.label, key.path, key.page(3), key.anchor) == (name, label, path, page_3, anchor)
    assert key.page(1) == key.path
    assert key.year_path == f"timeline/{key.year}/index.md"


def test_month_keys_sort_as_the_chronology_does_year_only_first() -> None:
    keys = [MonthKey(2021, 5), MonthKey(2020, 12), MonthKey(2021, 0), MonthKey(2021, 1)]
    assert sorted(keys) == [MonthKey(2020, 12), MonthKey(2021, 0), MonthKey(2021, 1), MonthKey(2021, 5)]
    assert MonthKey.of(PartialDate.parse("2021")) == MonthKey(2021, 0)
    assert MonthKey.of(PartialDate.parse("2021-05-13")) == MonthKey.of(PartialDate.parse("2021-05"))


# --- grouping -----------------------------------------------------------------------------


def test_by_month_keeps_chronology_order_within_a_month_and_sorts_months() -> None:
    events = [event("a", "2021"), event("b", "2021-05"), event("c", "2021-05-02"), event("d", "2020-01-09")]
    months = by_month(events)
    assert list(months) == [MonthKey(2020, 1), MonthKey(2021, 0), MonthKey(2021, 5)]
    assert [e.id for e in months[MonthKey(2021, 5)]] == ["b", "c"]


def test_by_day_puts_a_month_before_the_days_it_holds() -> None:
    events = [event("late", "2021-05-20"), event("month", "2021-05"), event("early", "2021-05-02"),
              event("early-too", "2021-05-02")]
    days = by_day(events)
    assert [(d.iso(), [e.id for e in evs]) for d, evs in days] == [
        ("2021-05", ["month"]), ("2021-05-02", ["early", "early-too"]), ("2021-05-20", ["late"])
    ]


def test_an_event_is_on_the_page_of_every_actor_it_names_once() -> None:
    claim = Claim(by="azerbaijan", stance="denies", text="It did not happen.", source="s")
    casualty = Casualty(by="armenia-mod", source="s", killed=1)
    e = event("e", "2021-05-12", actors=("armenia", "armenia"), targets=("azerbaijan",), claims=(claim,),
              casualties=(casualty,), mentions=("csto", "armenia"))
    assert participants(e) == ("armenia", "azerbaijan", "armenia-mod")
    groups = Groups.of([e])
    assert list(groups.actors) == ["armenia", "armenia-mod", "azerbaijan", "csto"]
    assert all(events == (e,) for events in groups.actors.values())


def test_groups_are_computed_once_for_every_family_and_month() -> None:
    a = event("a", "2021-05-12", places=("jermuk",), tags=("border",), type="attack")
    b = event("b", "2021", tags=("border",))
    c = event("c", "2022-09-13", actors=("azerbaijan",))
    groups = Groups.of([b, a, c])
    assert groups.events == (b, a, c)
    assert groups.months == {MonthKey(2021, 0): (b,), MonthKey(2021, 5): (a,), MonthKey(2022, 9): (c,)}
    assert groups.year_months == {
        2021: {MonthKey(2021, 0): (b,), MonthKey(2021, 5): (a,)}, 2022: {MonthKey(2022, 9): (c,)}
    }
    assert groups.years == {2021: (b, a), 2022: (c,)}
    assert groups.family("types") == {"attack": (a,), "statement": (b, c)}
    assert groups.family("places") == {"jermuk": (a,)}
    assert groups.family("tags") == {"border": (b, a)}
    assert [o.name for o in groups.outlets] == ["Example Wire"]


def test_a_report_cited_by_two_events_is_listed_once_under_its_outlet() -> None:
    one = event("one", "2021-05-12", url="https://example.org/report")
    two = event("two", "2021-05-13", url="https://example.org/report")
    other = event("other", "2021-05-14", outlet="Index")
    outlets = by_outlet([one, two, other])
    assert [(o.name, o.slug) for o in outlets] == [("Example Wire", "example-wire"), ("Index", "index-2")]
    (report,) = outlets[0].reports
    assert [e.id for e in report.events] == ["one", "two"]


# --- pagination -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sizes", "budget", "pages"),
    [
        ([], 100, [[]]),  # always one page
        ([40, 40, 40], 100, [[40, 40], [40]]),
        ([50, 50, 50], 100, [[50, 50], [50]]),  # exactly the budget fits
        ([150, 10, 10], 100, [[150], [10, 10]]),  # too large: a page of its own
        ([10, 150, 10], 100, [[10], [150], [10]]),
    ],
)
def test_paginate_fills_pages_up_to_the_budget(sizes: list[int], budget: int, pages: list[list[int]]) -> None:
    assert paginate(sizes, lambda size: size, budget) == pages


def test_page_names_number_pages_after_the_first() -> None:
    assert [page_name("armenia", n) for n in (1, 2, 12)] == ["armenia.md", "armenia--2.md", "armenia--12.md"]


def test_casualty_figures_are_said_as_given_and_never_added_up() -> None:
    figures = Casualty(by="armenia", source="s", killed=3, wounded=0, missing=2)
    assert casualty_figures(figures) == "3 killed, 0 wounded, 2 missing"
    assert casualty_figures(Casualty(by="armenia", source="s", note="many")) == ""

