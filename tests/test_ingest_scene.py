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
