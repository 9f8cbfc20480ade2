"""`chronicle ingest` takes the passage's day from the words that set the scene, and never dates an act
after the saying that reported it: a session told in a fronted phrase ('At an emergency session on
Thursday, …') dates the saying it frames and the speakers told next; a sentence that tells a state, not
an act, on a day of its own ('On Tuesday, the mood in the capital was grim') takes the story to that day;
an act reported in a sentence whose saying has an earlier day than the passage's keeps only its month;
a speaker's last dated saying is their own, not one they reported ('said fighting had been reported on
13 May'); a day bounded by 'until' dates no act.

Short texts of our own about the invented states of test_ingest.py (published Saturday 8 June 2024),
never sentences from an evaluation set.
"""

from __future__ import annotations

import pytest

import test_ingest
from test_ingest_anchored import Drafts
from test_ingest_anchored import _of as _dates_of

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented


def test_a_session_that_opens_the_sentence_dates_its_speakers(invented: Drafts) -> None:
    """The session was on Thursday: Weber spoke there, and Petrov, told next, spoke there too. Before,
    the day stayed on the session's noun: both kept only the month, and an earlier saying of the
    report's day dated Weber's words to Saturday."""
    drafts = invented("Freedonia denied on Saturday that its troops had crossed into Sylvania.\n\n"
                      "At an emergency session of the regional council on Thursday, Anna Weber said "
                      "the border was closed. Ivan Petrov told the council that his country wanted peace.\n")
    assert _dates_of(drafts, "anna-weber") == ["2024-06-06"]
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06-06"]


@pytest.mark.parametrize("state", [
    "When the Freedonian envoys emerged from the talks in the Sylvanian capital, Lendra, on Tuesday, "
    "their mood was grim.",
    "On Tuesday, the mood in the Freedonian capital was grim."])
def test_a_state_told_on_a_day_sets_the_scene(invented: Drafts, state: str) -> None:
    """The sentence tells no act, but its day is the story's: Freedonia's recall, told next, is
    Tuesday's. Before, no clause owned the day and the recall kept only the month."""
    drafts = invented(f"{state}\n\nFreedonia recalled its ambassador to Sylvania.\n")
    assert _dates_of(drafts, "freedonia") == ["2024-06-04"]


def test_a_state_with_a_bound_sets_no_scene(invented: Drafts) -> None:
    """'until Tuesday' bounds the state, it is no day of the story: the recall keeps its month."""
    drafts = invented("The mood in the Freedonian capital was calm until Tuesday.\n\n"
                      "Freedonia recalled its ambassador to Sylvania.\n")
    assert _dates_of(drafts, "freedonia") == ["2024-06"]


def test_a_day_bounded_by_until_dates_no_act(invented: Drafts) -> None:
    """'until Tuesday' says how long the border stayed closed, not when it was closed. Before, the
    closure took Tuesday: the weekday's match began at the space after 'until', so the bound went
    unseen."""
    drafts = invented("Sylvania closed its border with Freedonia until Tuesday.\n")
    assert _dates_of(drafts, "sylvania") == ["2024-06"]


def test_an_act_reported_before_the_passages_day_keeps_its_month(invented: Drafts) -> None:
    """The passage is Thursday's, but the sentence's saying was told on Wednesday: the deaths the Red
    Cross reported in it were before Thursday. Before, they took Thursday."""
    drafts = invented("Freedonian troops shelled the Sylvanian village of Brod on Thursday.\n\n"
                      "Sylvania said on Wednesday that two of its guards had been wounded, while the Red "
                      "Cross said three civilians had died.\n")
    assert [d["date"] for d in drafts if d["type"] == "casualties" and d["actors"][0] != "sylvania"] == \
        ["2024-06"]


def test_a_saying_reported_in_anothers_words_is_not_their_last_saying(invented: Drafts) -> None:
    """Weber spoke today; Wednesday is when the shelling was reported, not when she spoke: her call,
    told next with no day of its own, is today's. Before, it took the Wednesday."""
    drafts = invented("Anna Weber told the regional council today that in the early hours of Wednesday, "
                      "heavy shelling had been reported along the border.\n\n"
                      "She called on Freedonia to withdraw its troops.\n")
    assert [d["date"] for d in drafts if d["type"] == "demand"] == ["2024-06-08"]


def test_a_recalled_ambassador_is_an_act_that_moves_the_passage(invented: Drafts) -> None:
    """'recalled its ambassador on Wednesday' is a sanction, not a saying ('recalled that …'): it takes
    the story to Wednesday, and Freedonia's denial told next is Wednesday's. Before, it was read as a
    saying told after its speaker and the denial kept Friday, the day told before."""
    drafts = invented("Freedonian troops shelled the Sylvanian village of Brod on Friday.\n\n"
                      "Sylvania, which accused Freedonia of laying new mines, recalled its ambassador from "
                      "Freedonia on Wednesday. Freedonia denied laying new mines.\n")
    assert [d["date"] for d in drafts if d["type"] == "denial"] == ["2024-06-05"]


@pytest.mark.parametrize("heading", ["The key events of Thursday", "What happened on Thursday"])
def test_a_list_under_a_line_that_names_a_day_is_that_days(invented: Drafts, heading: str) -> None:
    """A line of its own that names a day, over a list, dates the list's items as a header with a colon
    does; the paragraph after the list is not that day's. Before, the items kept only the month."""
    drafts = invented("Sylvania's foreign ministry said on Saturday that it welcomed the talks.\n\n"
                      f"{heading}\n- Freedonian troops shelled the Sylvanian village of Brod.\n"
                      "- Anna Weber condemned the shelling.\n\nIvan Petrov said Freedonia wanted peace.\n")
    assert _dates_of(drafts, "freedonia-armed-forces") == ["2024-06-06"]
    assert _dates_of(drafts, "anna-weber") == ["2024-06-06"]
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06"]


@pytest.mark.parametrize("told", [
    "Freedonian troops seized the town of Brod on 28 November that year.",
    "On 28 November of the same year, Freedonian troops seized the town of Brod."])
def test_a_day_of_that_year_is_in_the_year_the_text_named(invented: Drafts, told: str) -> None:
    """'that year' is 2019, the year named before. Before, 28 November was the last one before
    publication (2023): a wrong day four years off."""
    drafts = invented(f"Freedonia and Sylvania fought a short war in 2019. {told}\n")
    assert _dates_of(drafts, "freedonia-armed-forces") == ["2019-11-28"]


@pytest.mark.parametrize(("dateline", "day"), [("06/06/2024", "2024-06-06"), ("05/06/2024", "2024-06-05"),
                                               ("06/05/2024", "2024-06-05")])
def test_a_dateline_in_figures_dates_the_report(invented: Drafts, dateline: str, day: str) -> None:
    """A wire dateline written in figures is cut off the lead and gives its day: day first or month
    first, whichever falls in the week before publication. Before, the dateline was read as the lead's
    subject ('LENDRA calls on …') and the call kept only the month."""
    drafts = invented(f"LENDRA, {dateline} (SNA) - Sylvania called on Freedonia to withdraw its troops "
                      "from the border.\n")
    assert _dates_of(drafts, "sylvania") == [day]
    assert drafts[0]["title"].startswith("Sylvania calls on Freedonia")


@pytest.mark.parametrize("report", [
    "A drone strike on Monday killed five Sylvanian soldiers near Brod, Sylvania's foreign ministry said.",
    "Sylvania's foreign ministry said on Saturday that a Freedonian drone strike on Monday killed five "
    "Sylvanian soldiers."])
def test_the_harm_an_attack_did_is_of_the_attacks_day(invented: Drafts, report: str) -> None:
    """The strike was on Monday, and so were the deaths it caused. Before, the day stayed on the noun:
    the deaths kept only the month, or took Saturday, the day the ministry spoke."""
    drafts = invented(f"{report}\n")
    assert [d["date"] for d in drafts if d["type"] == "casualties"] == ["2024-06-03"]


def test_a_when_clause_of_a_day_is_that_days(invented: Drafts) -> None:
    """'since May 12, when …': the advance was on 12 May, the day the clause describes; 'since' bounds
    the tensions, not the advance. Before, the advance kept only the month, or took the passage's day."""
    drafts = invented("Tensions along the border have been running high since May 12, when Freedonian troops "
                      "advanced several kilometres into Sylvania's Brod province.\n")
    assert _dates_of(drafts, "freedonia-armed-forces") == ["2024-05-12"]


def test_a_doerless_report_in_anothers_words_is_not_their_saying_of_that_day(invented: Drafts) -> None:
    """'that in the early hours of Wednesday heavy shelling had been reported': someone unnamed
    reported it on Wednesday; Weber spoke today. Before, it was drafted as Weber's statement of
    Wednesday, a day she did not speak."""
    drafts = invented("Anna Weber told the regional council today that in the early hours of Wednesday, "
                      "heavy shelling had been reported along the border.\n\n"
                      "She called on Freedonia to withdraw its troops.\n")
    assert "2024-06-05" not in _dates_of(drafts, "anna-weber")


def test_a_delegates_act_in_a_session_of_the_reports_day_is_that_days(invented: Drafts) -> None:
    """The council met today; the representatives named next acted in that session: today's. Before,
    only their words were the session's, and the condemnation and the call kept only the month. A
    state's act told next with no delegate named may be older, and keeps its month."""
    session = ("The border is calm, the Secretary-General told the regional council today, as it met in an "
               "emergency session.\n\n")
    drafts = invented(f"{session}The representative of Sylvania condemned the Freedonian shelling, while "
                      "Freedonia's representative called on both sides to show restraint.\n")
    assert [d["date"] for d in drafts] == ["2024-06-08", "2024-06-08"]
    drafts = invented(f"{session}Sylvania condemned the Freedonian shelling.\n")
    assert [d["date"] for d in drafts] == ["2024-06"]
