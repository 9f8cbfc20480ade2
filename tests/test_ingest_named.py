"""`chronicle ingest`: acts of actors the report names, in the constructions that gave them no draft.

Short texts of our own (real states the fixture registry lacks, invented persons; published Saturday
8 June 2024), never sentences from an evaluation set. Each asserts what a reviewer checks first: the
draft's day, type and principal actor.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


def _who(drafts: list[dict]) -> list[tuple[str, str]]:
    return [(d["date"], d["actors"][0]) for d in drafts]


# --- names and doers the subject phrase gives ---------------------------------------------------------------

def test_a_korean_given_name_after_its_hyphen_is_part_of_the_name(invented: Drafts) -> None:
    """'President Lee Myung-bak': the lower-case syllable after the hyphen still ends a person's name."""
    drafts = invented("President Lee Jae-sung convened an emergency meeting in Seoul on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "meeting", "lee-jae-sung")]


@pytest.mark.parametrize(("text", "principal"), [
    ("Malawian riot police fired tear gas at protesters on Tuesday.", "malawian-police"),
    ("Zambian F-16 jets struck a depot on Tuesday.", "zambian-armed-forces"),
    ("Malawian naval commandos stormed the ferry on Tuesday.", "malawian-armed-forces"),
    ("Ecuadorean police stormed the embassy on Tuesday.", "ecuadorian-police"),
])
def test_a_branch_or_a_model_between_nationality_and_body_keeps_the_body(invented: Drafts, text: str,
                                                                        principal: str) -> None:
    """'Greek riot police', 'Turkish F-16 jets', 'Israeli naval commandos': a word naming a branch or a
    model between the nationality and the body does not hide whose body acted."""
    assert _who(invented(text)) == [("2024-06-04", principal)]


def test_its_warplanes_are_the_speakers_armed_forces(invented: Drafts) -> None:
    """'Zambia said its warplanes struck a camp': a side's own weapons are its armed forces."""
    drafts = invented("Zambia said on Tuesday that its warplanes struck a rebel camp.")
    assert ("2024-06-04", "attack", "zambian-armed-forces") in _summary(drafts)


@pytest.mark.parametrize(("text", "principal"), [
    ("ECOWAS leaders imposed sanctions on Niger on Sunday.", "ecowas"),
    ("NATO ambassadors held an emergency meeting on Sunday.", "nato"),
    ("On Sunday, ECOWAS leaders meeting in Abuja imposed sanctions on Niger.", "ecowas"),
])
def test_people_an_organisation_sends_act_for_it(invented: Drafts, text: str, principal: str) -> None:
    """'ECOWAS leaders imposed sanctions', 'NATO ambassadors met': the organisation acted."""
    assert _who(invented(text)) == [("2024-06-02", principal)]


# --- tolls whose subject is the victims ---------------------------------------------------------------------

def test_people_who_fled_are_the_toll_of_the_one_who_reports_it(invented: Drafts) -> None:
    """'Thousands of people have fled the town, UNHCR said': the flight is drafted as the reporter's."""
    drafts = invented("Thousands of people have fled the town of Kasumbu since Monday, UNHCR said on Friday.")
    assert ("2024-06-07", "displacement", "unhcr") in _summary(drafts)


def test_a_count_of_a_named_people_who_fled_is_that_peoples(invented: Drafts) -> None:
    """'Thousands of Crimean Tatars fled': the people named after the count fled, with no teller named."""
    drafts = invented("Thousands of Crimean Tatars fled across the border on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "displacement", "crimean-tatars")]


def test_a_toll_told_with_its_cause_takes_the_causes_day(invented: Drafts) -> None:
    """'Two children were killed in Tuesday's strike, according to Lilongwe': the toll is of the strike's
    day, not the day it was reported, and 'according to' a capital names its government."""
    drafts = invented("Two children were killed in Tuesday's Zambian strike, according to Lilongwe.")
    assert ("2024-06-04", "casualties", "malawi") in _summary(drafts)
    assert all(d["date"] != "2024-06-08" for d in drafts)


def test_troops_forced_to_withdraw_withdrew(invented: Drafts) -> None:
    """'The fighting forced X's troops to withdraw': being forced to withdraw (or to flee) is doing it,
    not a plan."""
    drafts = invented("The fighting forced Malawian troops to withdraw on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "military-movement", "malawian-armed-forces")]


# --- a second act of the speaker ----------------------------------------------------------------------------

def test_an_accusation_after_what_was_said_is_the_speakers(invented: Drafts) -> None:
    """'Malawi's presidency said X posed a flight risk and accused Zambia of …': the parser coordinates
    'accused' with what was said, but the presidency accused, not X."""
    drafts = invented("Malawi's presidency said on Friday that Peter Banda posed a flight risk and accused "
                      "Zambia of abusing its embassy.")
    assert ("2024-06-07", "accusation", "malawian-presidency") in _summary(drafts)
    assert all(d["actors"][0] != "peter-banda" for d in drafts)


# --- acts told as mutual, or as happening ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zambia and Malawi blamed each other for the clash on Tuesday.",
    "Zambia and Malawi accused one another of firing first on Tuesday.",
    "Zambia and Malawi traded accusations on Tuesday.",
])
def test_sides_that_accuse_each_other_each_accuse(invented: Drafts, text: str) -> None:
    """'X and Y blamed each other': two accusations, each side's against the other."""
    drafts = invented(text)
    assert sorted((d["date"], d["type"], d["actors"][0], d["targets"][0]) for d in drafts) == [
        ("2024-06-04", "accusation", "malawi", "zambia"), ("2024-06-04", "accusation", "zambia", "malawi")]


def test_there_were_clashes_tells_the_clashes(invented: Drafts) -> None:
    """'There were heavy clashes between X's and Y's troops on Tuesday': the clash happened, first side
    named as its doer (flagged); 'there was no shelling' tells none."""
    drafts = invented("There were heavy clashes between Zambian and Malawian troops on Tuesday. There was no "
                      "shelling by Zambian forces on Wednesday.")
    assert _summary(drafts) == [("2024-06-04", "attack", "zambian-armed-forces")]


# --- a live blog's entry without a full stop ----------------------------------------------------------------

def test_a_live_blog_entry_without_a_full_stop_is_read(invented: Drafts) -> None:
    """'14:05 GMT - Zambia says it shot down 20 drones': a live blog's short entry is news, not a
    headline; a Title Case line after a stamp still is a headline."""
    drafts = invented("Live: border crisis\n\n14:05 GMT - Zambia says it shot down 20 Malawian drones "
                      "overnight\n\n13:40 GMT\n\nMalawi Denies Sending Drones Over The Border\n")
    assert [(d["date"], d["actors"][0]) for d in drafts if d["type"] == "attack"] == [
        ("2024-06-07", "zambian-armed-forces")]  # (a state that shoots does it with its forces)
    assert all(d["actors"][0] != "malawi" for d in drafts)


# --- acts told with verbs the classes lacked ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("Zambia broke off diplomatic relations with Malawi on Tuesday.", "sanction"),
    ("Zambia slapped sanctions on three Malawian officials on Tuesday.", "sanction"),
    ("Zambia withdrew its ambassador from Lilongwe on Tuesday.", "sanction"),
    ("Zambia scrambled fighter jets on Tuesday.", "military-movement"),
    ("Zambia sent 70 police officers to the border on Tuesday.", "military-movement"),
    ("Zambia set fire to the customs post on Tuesday.", "attack"),
    ("Zambia rained rockets on the town on Tuesday.", "attack"),
    ("Zambia vowed revenge on Tuesday.", "threat"),
    ("Zambia pinned the blame on Malawi on Tuesday.", "accusation"),
    ("On Tuesday, Zambia claimed responsibility for the raid.", "statement"),
])
def test_acts_told_with_common_verbs_and_light_verb_phrases(invented: Drafts, text: str, kind: str) -> None:
    """General English for sanctions, moves, attacks, threats and charges ('broke off relations',
    'scrambled jets', 'set fire to', 'vowed revenge', 'traded accusations') gives a draft of that type."""
    assert _summary(invented(text)) == [("2024-06-04", kind, "zambia")]
