"""`chronicle ingest` dates each draft as a reader of the report would: ordinal days, parts of a
month, days counted from a day named before, a wire dateline's day, a live blog's day headers and an
evening in the Americas told in a report on another clock.

Short texts of our own about the invented states of test_ingest.py (published Saturday 8 June 2024
unless a test says otherwise), never sentences from an evaluation set. Each asserts what a reviewer
checks first: the draft's date.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

import test_ingest
from test_ingest import INVENTED, _drafts_of, _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]
SHELLED = "Freedonian troops shelled a Sylvanian village"


@pytest.fixture
def on_day(project: Path, ingest: Callable[..., Result], tmp_path: Path) -> Callable[[str, str], list[dict]]:
    """Ingest a short text published on a given day into the project with the invented states."""
    for actor_id, body in INVENTED.items():
        (project / "chronology" / "actors" / f"{actor_id}.yaml").write_text(f"id: {actor_id}\n{body}",
                                                                              encoding="utf-8")

    def drafts(text: str, published: str) -> list[dict]:
        return _drafts_of(tmp_path, ingest, text, published)

    return drafts


def _dates(drafts: list[dict]) -> list[tuple[str, str]]:
    return [(d["date"], d["actors"][0]) for d in drafts]


@pytest.mark.parametrize("words", ["on the 4th of June", "on 4th June", "on June 4th", "on the 4th",
                                   "on the night of 4 to 5 June"])
def test_an_ordinal_day_and_a_named_night(invented: Drafts, words: str) -> None:
    """'the 4th of June', 'June 4th', 'on the 4th' (this month): that day; a night from one day to the
    next began on the first."""
    assert _summary(invented(f"{SHELLED} {words}.")) == [("2024-06-04", "attack", "freedonia-armed-forces")]


@pytest.mark.parametrize(("words", "month"), [
    ("Earlier this month", "2024-06"), ("Last month", "2024-05"), ("In mid-May", "2024-05"),
    ("At the end of last month", "2024-05"), ("In late April", "2024-04")])
def test_a_part_of_a_month_gives_that_month_not_the_passages_day(invented: Drafts, words: str,
                                                                  month: str) -> None:
    drafts = invented(f"{SHELLED} on Friday. {words}, Anna Weber met Ivan Petrov.")
    assert _dates(drafts) == [("2024-06-07", "freedonia-armed-forces"), (month, "anna-weber")]
    assert "only the month" in drafts[1]["date_note"]


@pytest.mark.parametrize(("words", "month"), [
    ("in June", "2024-06"), ("last June", "2023-06"), ("in May", "2024-05"), ("in July", "2023-07")])
def test_a_month_named_alone_is_the_latest_one_before_publication(invented: Drafts, words: str,
                                                                  month: str) -> None:
    """Told on 8 June, "in June" is this June (not a year back); only "last June" is last year's, and
    a month still to come this year ("in July") is last year's."""
    drafts = invented(f"{SHELLED} {words}.")
    assert _dates(drafts) == [(month, "freedonia-armed-forces")]


@pytest.mark.parametrize(("words", "published", "month"), [
    ("over the weekend", "2024-07-01", "2024-06"), ("a few days ago", "2024-07-02", "2024-06"),
    ("last week", "2024-07-03", "2024-06")])
def test_a_time_with_no_day_gives_the_month_it_fell_in(on_day: Callable[[str, str], list[dict]], words: str,
                                                       published: str, month: str) -> None:
    """Told early in July, the weekend before and a few days ago were still in June."""
    assert _dates(on_day(f"{SHELLED} {words}.", published)) == [(month, "freedonia-armed-forces")]


@pytest.mark.parametrize(("words", "day"), [
    ("The day before", "2024-06-04"), ("The previous day", "2024-06-04"), ("Two days earlier", "2024-06-03"),
    ("The night before", "2024-06-04"), ("That night", "2024-06-05"), ("Late that evening", "2024-06-05")])
def test_a_day_counted_from_the_day_named_before(invented: Drafts, words: str, day: str) -> None:
    drafts = invented(f"{SHELLED} on Wednesday. {words}, Anna Weber met Ivan Petrov.")
    assert _dates(drafts) == [("2024-06-05", "freedonia-armed-forces"), (day, "anna-weber")]


@pytest.mark.parametrize(("words", "day"), [
    ("The next morning", "2024-06-04"), ("The following night", "2024-06-04"),
    ("The day after", "2024-06-04"), ("A week later", "2024-06-10"), ("Days later", "2024-06"),
    ("A few days earlier", "2024-05")])
def test_a_time_counted_forward_or_back_from_a_named_day(on_day: Callable[[str, str], list[dict]], words: str,
                                                          day: str) -> None:
    """'a week later' is seven days on; 'days later' says no day, only the month it fell in."""
    drafts = on_day(f"{SHELLED} on 3 June. {words}, Anna Weber met Ivan Petrov.", "2024-06-28")
    assert _dates(drafts) == [("2024-06-03", "freedonia-armed-forces"), (day, "anna-weber")]


def test_the_day_before_a_named_event_is_not_counted_from_the_day_named_before(invented: Drafts) -> None:
    """'the day before the vote' counts from the vote, which the report does not date: no day."""
    drafts = invented(f"{SHELLED} on Wednesday. Anna Weber met Ivan Petrov the day before the vote.")
    assert ("2024-06-04", "anna-weber") not in _dates(drafts)


@pytest.mark.parametrize("words", ["since May", "since mid-May"])
def test_a_span_since_a_month_does_not_date_the_act_in_it(invented: Drafts, words: str) -> None:
    assert "2024-05" not in [d["date"] for d in invented(f"Freedonian troops have shelled Sylvanian villages "
                                                            f"{words}.")]


def test_within_hours_is_the_day_the_same_sentence_named(invented: Drafts) -> None:
    drafts = invented(f"{SHELLED} on Friday, and Sylvania's foreign ministry condemned the attack within "
                      "hours.")
    assert _dates(drafts) == [("2024-06-07", "freedonia-armed-forces"), ("2024-06-07", "sylvania-mfa")]


def test_a_weekday_in_a_report_of_that_day_is_that_day_and_last_names_the_week_before(
        invented: Drafts) -> None:
    assert _dates(invented(f"{SHELLED} on Saturday.")) == [("2024-06-08", "freedonia-armed-forces")]
    assert _dates(invented(f"{SHELLED} last Saturday.")) == [("2024-06-01", "freedonia-armed-forces")]


def test_a_local_weekday_after_the_reports_date_is_not_a_week_earlier(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """'early Friday local time' in a report dated Thursday 6 June is Friday 7 June where the act was:
    never the Friday before; after publication, so only the month is drafted, with a note saying why."""
    drafts = on_day(f"{SHELLED} early Friday local time.", "2024-06-06")
    assert _dates(drafts) == [("2024-06", "freedonia-armed-forces")]
    assert "local time" in drafts[0]["date_note"]


def test_a_wire_datelines_day_is_what_today_and_yesterday_count_from(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """The page says 8 June (another clock); the report was filed on 7 June, as its dateline says."""
    drafts = on_day("KYIV, June 7 (Reuters) - Freedonian troops shelled a Sylvanian village overnight. "
                    "Anna Weber met Ivan Petrov today. Yesterday Ivan Petrov met Anna Weber in Paris.",
                    "2024-06-08")
    assert _dates(drafts) == [("2024-06-06", "freedonia-armed-forces"), ("2024-06-07", "anna-weber"),
                              ("2024-06-06", "ivan-petrov")]


def test_a_dateline_without_an_agency_dates_the_report(on_day: Callable[[str, str], list[dict]]) -> None:
    drafts = on_day("KYIV, June 7 – Freedonian troops shelled a Sylvanian village overnight.", "2024-06-08")
    assert _dates(drafts) == [("2024-06-06", "freedonia-armed-forces")]


def test_a_dateline_on_a_line_of_its_own_dates_the_report(on_day: Callable[[str, str], list[dict]]) -> None:
    drafts = on_day("BAKU, June 7. /TASS/.\n\nAnna Weber met Ivan Petrov yesterday.", "2024-06-08")
    assert _dates(drafts) == [("2024-06-06", "anna-weber")]


def test_a_live_blogs_day_headers_date_the_entries_below_them(
        on_day: Callable[[str, str], list[dict]]) -> None:
    drafts = on_day("Wednesday, 5 June 2024\n\n9.40am BST\n\nFreedonian troops shelled a Sylvanian village "
                    "overnight.\n\nTuesday, 4 June 2024\n\n10.05pm BST\n\nAnna Weber met Ivan Petrov earlier "
                    "today.\n", "2024-06-08")
    assert _dates(drafts) == [("2024-06-04", "freedonia-armed-forces"), ("2024-06-04", "anna-weber")]


def test_a_statement_issued_on_a_day_dates_what_was_done_in_it(invented: Drafts) -> None:
    drafts = invented("Anna Weber condemned the shelling in a statement issued on Thursday evening.")
    assert _dates(drafts) == [("2024-06-06", "anna-weber")]


def test_a_saying_dated_only_by_its_month_gives_what_it_reports_that_month(invented: Drafts) -> None:
    """'Earlier this month, X said Y had crossed': not the day of the sentence before."""
    drafts = invented(f"{SHELLED} on Friday. Earlier this month, Sylvania's foreign ministry said Freedonian "
                      "troops had crossed the border.")
    assert ("2024-06", "incursion", "freedonia-armed-forces") in _summary(drafts)
    assert ("2024-06-07", "incursion", "freedonia-armed-forces") not in _summary(drafts)


@pytest.mark.parametrize(("text", "day"), [
    ('"Yesterday I called the Freedonian president," Anna Weber said on Thursday.', "2024-06-05"),
    ('"We expelled two Freedonian diplomats today," Anna Weber said on Wednesday.', "2024-06-05"),
    (f"{SHELLED} overnight, Sylvania's foreign ministry said on Wednesday.", "2024-06-04"),
])
def test_yesterday_and_today_in_what_was_said_on_an_earlier_day_count_from_that_day(
        invented: Drafts, text: str, day: str) -> None:
    drafts = invented(text)
    assert drafts[0]["date"] == day
    assert "counted from that day" in drafts[0]["date_note"]


# --- an evening in the Americas, told on another clock --------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    # filed in Seoul on Friday 7 June: Washington's evening was still Thursday
    ("SEOUL, June 7 (Reuters) - Freedonian troops shelled a Sylvanian village early on Friday. In "
     "Washington, Anna Weber condemned the shelling in the evening.", "2024-06-06"),
    # a time told on Washington's clock: the report is on another one
    ("Freedonian troops shelled a Sylvanian village early on Friday. Anna Weber condemned the shelling at "
     "9 p.m. Washington time.", "2024-06-06"),
    # filed in Washington: its evening is the report's own day
    ("WASHINGTON, June 7 (AP) - Freedonian troops shelled a Sylvanian village early on Friday. In "
     "Washington, Anna Weber condemned the shelling in the evening.", "2024-06-07"),
    # an evening in Paris, filed in Seoul: the clocks are not the Americas'
    ("SEOUL, June 7 (Reuters) - Freedonian troops shelled a Sylvanian village early on Friday. In Paris, "
     "Anna Weber condemned the shelling in the evening.", "2024-06-07"),
    # the sentence names its own day: it is the place's own
    ("SEOUL, June 7 (Reuters) - Freedonian troops shelled a Sylvanian village early on Friday. In "
     "Washington, Anna Weber condemned the shelling on Friday evening.", "2024-06-07"),
])
def test_an_evening_in_the_americas_is_the_day_before_a_report_on_a_clock_ahead(
        on_day: Callable[[str, str], list[dict]], text: str, day: str) -> None:
    drafts = on_day(text, "2024-06-07")
    assert _dates(drafts) == [("2024-06-07", "freedonia-armed-forces"), (day, "anna-weber")]
    if day == "2024-06-06":
        assert "evening in the Americas" in drafts[1]["date_note"]
        assert any("local day" in line for line in drafts[1]["needs_review"])


def test_a_weekday_with_its_date_is_the_weekday_of_that_date(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """'on Tuesday, June 4' in a report of 28 June: 4 June, not the last Tuesday before publication."""
    assert _dates(on_day(f"{SHELLED} on Tuesday, June 4.", "2024-06-28")) == [
        ("2024-06-04", "freedonia-armed-forces")]


def test_a_verbal_act_after_a_dated_saying_is_in_the_same_remarks(invented: Drafts) -> None:
    """'X said on Saturday … X also called for restraint': Saturday, not the passage's Friday; once the
    passage has moved to another day, X's undated condemnation is of that day."""
    drafts = invented(f"{SHELLED} on Friday. Anna Weber said on Saturday that the attack was a crime. Anna "
                      "Weber also called for restraint.")
    assert ("2024-06-08", "appeal", "anna-weber") in _summary(drafts)
    moved = invented("Anna Weber said on Saturday that the attack was a crime. On Wednesday, Freedonian "
                     "troops shelled a Sylvanian town. Anna Weber condemned the shelling.")
    assert ("2024-06-05", "condemnation", "anna-weber") in _summary(moved)
