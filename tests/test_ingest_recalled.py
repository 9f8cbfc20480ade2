"""`chronicle ingest` gives an act a report recalls from before the day it is telling about its own
date, a coarser one, or no draft: never the passage's day. Times counted back in months or years, a
time between a saying and what it reports, a flashback paragraph, and the past perfect in the
report's own voice.

Short texts of our own about the invented states of test_ingest.py (published Saturday 8 June 2024
unless a test says otherwise), never sentences from an evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import test_ingest
import test_ingest_dates
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented
on_day = test_ingest_dates.on_day

Drafts = Callable[[str], list[dict]]
SHELLED = "Freedonian troops shelled a Sylvanian village"


def _weber(drafts: list[dict]) -> list[str]:
    """The dates of Anna Weber's drafts."""
    return [d["date"] for d in drafts if d["actors"][0] == "anna-weber"]


@pytest.mark.parametrize(("words", "dates"), [
    ("Two months ago", ["2024-04"]), ("In recent days", ["2024-06"]), ("A year ago", []),
    ("Three years ago", []), ("Earlier this year", []), ("Late last year", []), ("In recent weeks", []),
    ("A few months ago", [])])
def test_a_time_counted_back_in_months_or_years_gives_its_month_or_no_draft(invented: Drafts, words: str,
                                                                            dates: list[str]) -> None:
    """A month when the words give one; a year alone is background, not news: no draft. Before, each
    took the day of the sentence before (Friday 7 June)."""
    drafts = invented(f"{SHELLED} on Friday. {words}, Anna Weber met Ivan Petrov in Paris.")
    assert _weber(drafts) == dates


@pytest.mark.parametrize(("words", "dates"), [
    ("The previous month", ["2024-05"]), ("The week before", ["2024-05"]),
    ("The following week", ["2024-06"]), ("Two months earlier", ["2024-04"]), ("A year earlier", []),
    ("A few hours earlier", ["2024-06-03"])])
def test_a_time_counted_from_the_day_named_in_weeks_months_or_years(
        on_day: Callable[[str, str], list[dict]], words: str, dates: list[str]) -> None:
    """From 3 June: the week before fell in May, the following week in June; a year earlier is
    background; hours earlier is still that day."""
    drafts = on_day(f"{SHELLED} on 3 June. {words}, Anna Weber met Ivan Petrov in Paris.", "2024-06-28")
    assert _weber(drafts) == dates


def test_a_time_between_a_saying_and_what_it_reports_is_when_it_was_said(invented: Drafts) -> None:
    """'X said on Thursday it would …': Thursday is the saying's (the parser hangs it on 'would …')."""
    drafts = invented(f"{SHELLED} on Monday. Anna Weber said on Thursday she would close the border.")
    assert _weber(drafts) == ["2024-06-06"]


def test_a_flashback_paragraph_dates_its_own_paragraph_not_the_news_after_it(invented: Drafts) -> None:
    """The day recalled from 2023 dates what its paragraph tells; the next paragraph is back to the
    news of Friday, and Weber's words there are not 'the same remarks' as her words of 2023."""
    drafts = invented(
        f"{SHELLED} on Friday.\n\n"
        "Freedonian troops seized the Sylvanian town of Ostrava on 3 March 2023. Ivan Petrov met Anna Weber "
        "in Geneva. Two days later, Anna Weber condemned the seizure.\n\n"
        "Anna Weber, speaking in Paris, accused Freedonia of war crimes.\n")
    assert _summary(drafts)[:2] == [("2024-06-07", "attack", "freedonia-armed-forces"),
                                    ("2023-03-03", "incursion", "freedonia-armed-forces")]
    assert ("2023-03-03", "meeting", "ivan-petrov") in _summary(drafts)
    assert _weber(drafts) == ["2023-03-05", "2024-06-07"]


def test_the_past_perfect_in_the_reports_own_voice_gives_only_the_month(invented: Drafts) -> None:
    """'had seized', with no day of its own, was before the passage's Friday: only its month, with a
    note; what a side said had happened keeps the passage's day (the saying moved the tense back)."""
    drafts = invented(f"{SHELLED} on Friday. Freedonian troops had seized the Sylvanian town of Ostrava.")
    assert _summary(drafts) == [("2024-06-07", "attack", "freedonia-armed-forces"),
                                ("2024-06", "incursion", "freedonia-armed-forces")]
    assert "past perfect" in drafts[1]["date_note"]
    said = invented(f"{SHELLED} on Friday. Sylvania's foreign ministry said Freedonian troops had seized the "
                    "Sylvanian town of Ostrava.")
    assert ("2024-06-07", "incursion", "freedonia-armed-forces") in _summary(said)


@pytest.mark.parametrize(("words", "dates"), [
    ("two months after", ["2024-04"]), ("days after", ["2024-06"]), ("a year after", []),
    ("weeks after", [])])
def test_an_act_measured_in_months_or_years_from_a_dated_one_never_takes_its_day(
        invented: Drafts, words: str, dates: list[str]) -> None:
    """'X shelled … on Friday, a year after Y met Z': not Friday; a month when the measure gives one,
    else (a year, or weeks that fall in two months) no draft."""
    drafts = invented(f"{SHELLED} on Friday, {words} Anna Weber met Ivan Petrov in Paris.")
    assert _weber(drafts) == dates


def test_an_answer_to_what_was_said_is_not_before_it_was_said(invented: Drafts) -> None:
    """'X said on Friday that Y must pay. Z rejected the demand.': not the passage's Tuesday, which is
    before the demand was made; the day of the saying it answers, with a note."""
    drafts = invented(f"{SHELLED} on Tuesday. Sylvania's foreign ministry said on Friday that Freedonia must "
                      "pay compensation. Ivan Petrov rejected the demand.")
    petrov = [d for d in drafts if d["actors"][0] == "ivan-petrov"]
    assert [d["date"] for d in petrov] == ["2024-06-07"]
    assert "answers what was said" in petrov[0]["date_note"]


@pytest.mark.parametrize(("words", "published", "dates"), [
    ("Earlier this week", "2024-05-09", ["2024-05"]), ("Earlier this week", "2024-05-01", []),
    ("Last week", "2024-06-04", [])])
def test_a_week_across_two_months_gives_no_month(on_day: Callable[[str, str], list[dict]], words: str,
                                                 published: str, dates: list[str]) -> None:
    """Told on Wednesday 1 May, 'earlier this week' may be April or May; told on Tuesday 4 June, last
    week ran from 27 May to 2 June: no month is sure, so no draft (was: the month of publication, or
    of a week before it)."""
    assert _weber(on_day(f"{words}, Anna Weber met Ivan Petrov in Paris.", published)) == dates
