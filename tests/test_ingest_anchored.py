"""`chronicle ingest` dates an act measured from another act the report names ('the day after the
coup', 'hours after the vote', 'on the eve of Saturday's talks', 'within hours of the truce', 'days
after the incursion began', 'a week into the offensive') from that act's day, never from the
passage's; and a report filed on a dateline a day ahead of its page's date never gets a day after
publication, nor a weekday a week early. Weekdays and spans told around a week or a day named before:
'the following Monday' and 'that Friday' after a day named, 'Friday last week', 'next Friday' (a plan:
no date), 'earlier in the week', '48 hours later', 'in the past 24 hours', a range of days ('12-13
April') and a date in figures ('14.04.2024', '2024-04-14').

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
CLOSED = "Freedonia closed its border with Sylvania on Tuesday."
MET = "Anna Weber met Ivan Petrov in Paris"


def _of(drafts: list[dict], actor: str) -> list[str]:
    return [d["date"] for d in drafts if d["actors"][0] == actor]


def _of_weber(drafts: list[dict]) -> list[str]:
    return _of(drafts, "anna-weber")


def test_the_day_after_an_act_the_report_dated_is_the_next_day(invented: Drafts) -> None:
    """'the closure' is the act the report dated Tuesday: the day after it is Wednesday, not the
    passage's Tuesday."""
    drafts = invented(f"{CLOSED} The day after the closure, Sylvania's foreign ministry condemned it.")
    assert _of(drafts, "sylvania-mfa") == ["2024-06-05"]
    assert "the day the report gave that act" in drafts[-1]["date_note"]


def test_hours_after_an_act_is_its_day(invented: Drafts) -> None:
    drafts = invented(f"{CLOSED} Freedonian troops shelled a Sylvanian village on Thursday. "
                      "Hours after the closure, Anna Weber met Ivan Petrov.")
    assert _of(drafts, "anna-weber") == ["2024-06-04"]


def test_hours_after_an_act_late_in_the_evening_gives_only_the_month(invented: Drafts) -> None:
    """Hours after 'late on Tuesday' may already be Wednesday."""
    drafts = invented("Freedonia closed its border with Sylvania late on Tuesday. Hours after the closure, "
                      "Anna Weber met Ivan Petrov.")
    assert _of(drafts, "anna-weber") == ["2024-06"]


def test_the_eve_of_a_dated_act_is_the_day_before_and_its_weekday_dates_nothing_else(invented: Drafts,
                                                                                     ) -> None:
    """'On the eve of Friday's talks' is Thursday; it was Friday, the day the words name."""
    drafts = invented("On the eve of Friday's talks, Anna Weber accused Freedonia of shelling a village.")
    assert _of(drafts, "anna-weber") == ["2024-06-06"]


def test_within_hours_of_an_act_of_the_one_day_of_its_type(invented: Drafts) -> None:
    """'the truce' names the agreement the report dated Thursday (its only agreement)."""
    drafts = invented("Freedonia and Sylvania agreed a truce on Thursday. Within hours of the truce, Anna "
                      "Weber accused Freedonia of shelling a village.")
    assert _of(drafts, "anna-weber") == ["2024-06-06"]


def test_days_after_a_clause_give_the_month_of_those_days(on_day: Callable[[str, str], list[dict]]) -> None:
    """'Days after the incursion began' is some days after 3 June: June, not the passage's 3 June."""
    drafts = on_day("Freedonian troops crossed into Sylvania on 3 June. Days after the incursion began, "
                    "Anna Weber met Ivan Petrov.", "2024-06-20")
    assert _of(drafts, "anna-weber") == ["2024-06"]


@pytest.mark.parametrize(("words", "day"), [("A week after the closure", "2024-06-11"),
                                            ("The week after the closure", "2024-06")])
def test_a_week_after_an_act_is_that_day_the_week_after_only_its_month(
        on_day: Callable[[str, str], list[dict]], words: str, day: str) -> None:
    drafts = on_day(f"Freedonia closed its border with Sylvania on 4 June. {words}, Anna Weber met Ivan "
                    "Petrov.", "2024-06-20")
    assert _of(drafts, "anna-weber") == [day]


def test_n_days_into_an_act_gives_its_month(on_day: Callable[[str, str], list[dict]]) -> None:
    """'A week into the offensive' is about 10 June when it began on 3 June: only the month."""
    drafts = on_day("Freedonia launched an offensive against Sylvania on 3 June. A week into the offensive, "
                    "Anna Weber met Ivan Petrov.", "2024-06-20")
    assert _of(drafts, "anna-weber") == ["2024-06"]


@pytest.mark.parametrize("words", ["The day after the coup", "Hours after the coup", "A week into the crisis",
                                   "On the eve of the summit"])
def test_an_act_measured_from_one_the_report_never_dated_has_no_draft(invented: Drafts, words: str) -> None:
    """The coup, the crisis or the summit has no day in the report: the meeting's day is not knowable
    (it took the passage's Tuesday before)."""
    drafts = invented(f"{CLOSED} {words}, Anna Weber met Ivan Petrov in Paris.")
    assert _of(drafts, "anna-weber") == []


def test_a_measured_act_keeps_a_day_of_its_own(invented: Drafts) -> None:
    drafts = invented(f"{CLOSED} On Thursday, days after the coup, Anna Weber met Ivan Petrov in Paris.")
    assert _of(drafts, "anna-weber") == ["2024-06-06"]


def test_a_participle_of_a_measured_act_shares_its_date(invented: Drafts) -> None:
    drafts = invented(f"{CLOSED} Hours after the coup, Anna Weber appeared on television, calling for calm.")
    assert _of(drafts, "anna-weber") == []


def test_the_same_night_is_the_night_of_the_day_just_named(invented: Drafts) -> None:
    """'the same night' after an act of Wednesday (the day after Tuesday's closure) is Wednesday's."""
    drafts = invented(f"{CLOSED} The day after the closure, Sylvania's foreign ministry condemned it. "
                      "Freedonian troops shelled a Sylvanian village the same night.")
    assert _of(drafts, "freedonia-armed-forces") == ["2024-06-05"]


def test_a_dateline_a_day_ahead_of_the_page_is_its_weekdays_clock(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """Filed on 8 June where it happened, on a page dated 7 June: 'early on Saturday' is 8 June (not the
    Saturday a week before), after the page's date, so only the month; Thursday is 6 June."""
    drafts = on_day("SEOUL, June 8 (Reuters) - Freedonian troops shelled a Sylvanian village early on "
                    "Saturday. Anna Weber met Ivan Petrov on Thursday.", "2024-06-07")
    assert _of(drafts, "freedonia-armed-forces") == ["2024-06"]
    assert "a day ahead" in drafts[0]["date_note"]
    assert _of(drafts, "anna-weber") == ["2024-06-06"]


@pytest.mark.parametrize(("words", "day"), [("The following Monday", "2024-05-20"),
                                            ("That Friday", "2024-05-17"),
                                            ("The previous Friday", "2024-05-10")])
def test_a_weekday_told_after_a_day_named_is_counted_from_it(invented: Drafts, words: str, day: str) -> None:
    """After Wednesday 15 May, 'the following Monday' is 20 May, not the Monday before publication."""
    drafts = invented(f"Freedonian troops shelled a Sylvanian village on 15 May. {words}, {MET}.")
    assert _of_weber(drafts) == [day]


def test_a_weekday_of_last_week_is_that_weeks(invented: Drafts) -> None:
    """'on Friday last week' in a report of Saturday 8 June is 31 May (was: Friday 7 June)."""
    assert _of_weber(invented(f"{MET} on Friday last week.")) == ["2024-05-31"]


def test_next_friday_is_no_day_of_a_past_act(invented: Drafts) -> None:
    """'next Friday' is after publication: it dates nothing (was: the Friday before publication)."""
    drafts = invented(f"Freedonian troops shelled a Sylvanian village on 15 May. {MET} on Friday next week.")
    assert _of_weber(drafts) == ["2024-05-15"]


def test_forty_eight_hours_later_is_two_days_on(invented: Drafts) -> None:
    drafts = invented(f"Freedonian troops shelled a Sylvanian village on Monday. {MET} 48 hours later.")
    assert _of_weber(drafts) == ["2024-06-05"]


def test_forty_eight_hours_after_an_act_is_two_days_on(invented: Drafts) -> None:
    drafts = invented("Freedonian troops shelled a Sylvanian village on Monday. 48 hours after the shelling, "
                      f"{MET}.")
    assert _of_weber(drafts) == ["2024-06-05"]


@pytest.mark.parametrize("words", ["Earlier in the week", "At the start of the week", "Midweek"])
def test_a_part_of_the_week_gives_its_month_not_the_passages_day(
        on_day: Callable[[str, str], list[dict]], words: str) -> None:
    """Some day of the week of Thursday 20 June: June, not the passage's Thursday."""
    text = f"Freedonian troops shelled a Sylvanian village on Thursday. {words}, {MET}."
    drafts = on_day(text, "2024-06-21")
    assert _of_weber(drafts) == ["2024-06"]


def test_in_the_past_24_hours_gives_the_month(on_day: Callable[[str, str], list[dict]]) -> None:
    """The day before publication or its day: only their month (they fall in two months: no draft)."""
    text = f"Freedonian troops shelled a Sylvanian village on Monday. In the past 24 hours, {MET}."
    assert _of_weber(on_day(text, "2024-06-21")) == ["2024-06"]
    assert _of_weber(on_day(text, "2024-07-01")) == []


@pytest.mark.parametrize("words", ["on 4-5 June", "between 4 and 6 June", "on June 4-5"])
def test_a_range_of_days_is_its_first_day(invented: Drafts, words: str) -> None:
    assert _of_weber(invented(f"{MET} {words}.")) == ["2024-06-04"]


@pytest.mark.parametrize("words", ["on 04.06.2024", "on 2024-06-04"])
def test_a_date_in_figures(invented: Drafts, words: str) -> None:
    assert _of_weber(invented(f"{MET} {words}.")) == ["2024-06-04"]
