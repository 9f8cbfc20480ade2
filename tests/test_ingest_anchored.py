"""`chronicle ingest` dates an act measured from another act the report names ('the day after the
coup', 'hours after the vote', 'on the eve of Saturday's talks', 'within hours of the truce', 'days
after the incursion began', 'a week into the offensive') from that act's day, never from the
passage's; and a report filed on a dateline a day ahead of its page's date never gets a day after
publication, nor a weekday a week early.

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


def _of(drafts: list[dict], actor: str) -> list[str]:
    return [d["date"] for d in drafts if d["actors"][0] == actor]


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
