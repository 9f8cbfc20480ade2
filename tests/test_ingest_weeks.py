"""`chronicle ingest` dates weekdays and spans told around a week or a day named before: 'the following
Monday' and 'that Friday' after a day named, 'Friday last week', 'next Friday' (a plan: no date),
'earlier in the week', '48 hours later', 'in the past 24 hours', a range of days ('12-13 April') and a
date in figures ('14.04.2024', '2024-04-14').

Short texts of our own about the invented states of test_ingest.py (published Saturday 8 June 2024
unless a test says otherwise), never sentences from an evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import test_ingest
import test_ingest_dates

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented
on_day = test_ingest_dates.on_day

Drafts = Callable[[str], list[dict]]
MET = "Anna Weber met Ivan Petrov in Paris"


def _weber(drafts: list[dict]) -> list[str]:
    return [d["date"] for d in drafts if d["actors"][0] == "anna-weber"]


@pytest.mark.parametrize(("words", "day"), [("The following Monday", "2024-05-20"),
                                            ("That Friday", "2024-05-17"),
                                            ("The previous Friday", "2024-05-10")])
def test_a_weekday_told_after_a_day_named_is_counted_from_it(invented: Drafts, words: str, day: str) -> None:
    """After Wednesday 15 May, 'the following Monday' is 20 May, not the Monday before publication."""
    drafts = invented(f"Freedonian troops shelled a Sylvanian village on 15 May. {words}, {MET}.")
    assert _weber(drafts) == [day]


def test_a_weekday_of_last_week_is_that_weeks(invented: Drafts) -> None:
    """'on Friday last week' in a report of Saturday 8 June is 31 May (was: Friday 7 June)."""
    assert _weber(invented(f"{MET} on Friday last week.")) == ["2024-05-31"]


def test_next_friday_is_no_day_of_a_past_act(invented: Drafts) -> None:
    """'next Friday' is after publication: it dates nothing (was: the Friday before publication)."""
    drafts = invented(f"Freedonian troops shelled a Sylvanian village on 15 May. {MET} on Friday next week.")
    assert _weber(drafts) == ["2024-05-15"]


def test_forty_eight_hours_later_is_two_days_on(invented: Drafts) -> None:
    drafts = invented(f"Freedonian troops shelled a Sylvanian village on Monday. {MET} 48 hours later.")
    assert _weber(drafts) == ["2024-06-05"]


def test_forty_eight_hours_after_an_act_is_two_days_on(invented: Drafts) -> None:
    drafts = invented("Freedonian troops shelled a Sylvanian village on Monday. 48 hours after the shelling, "
                      f"{MET}.")
    assert _weber(drafts) == ["2024-06-05"]


@pytest.mark.parametrize("words", ["Earlier in the week", "At the start of the week", "Midweek"])
def test_a_part_of_the_week_gives_its_month_not_the_passages_day(
        on_day: Callable[[str, str], list[dict]], words: str) -> None:
    """Some day of the week of Thursday 20 June: June, not the passage's Thursday."""
    text = f"Freedonian troops shelled a Sylvanian village on Thursday. {words}, {MET}."
    drafts = on_day(text, "2024-06-21")
    assert _weber(drafts) == ["2024-06"]


def test_in_the_past_24_hours_gives_the_month(on_day: Callable[[str, str], list[dict]]) -> None:
    """The day before publication or its day: only their month (they fall in two months: no draft)."""
    text = f"Freedonian troops shelled a Sylvanian village on Monday. In the past 24 hours, {MET}."
    assert _weber(on_day(text, "2024-06-21")) == ["2024-06"]
    assert _weber(on_day(text, "2024-07-01")) == []


@pytest.mark.parametrize("words", ["on 4-5 June", "between 4 and 6 June", "on June 4-5"])
def test_a_range_of_days_is_its_first_day(invented: Drafts, words: str) -> None:
    assert _weber(invented(f"{MET} {words}.")) == ["2024-06-04"]


@pytest.mark.parametrize("words", ["on 04.06.2024", "on 2024-06-04"])
def test_a_date_in_figures(invented: Drafts, words: str) -> None:
    assert _weber(invented(f"{MET} {words}.")) == ["2024-06-04"]
