"""`chronicle ingest`: the doer of an act whose subject the parse hides, in ordinary news English.

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


def test_the_doer_of_a_time_clause_after_an_apposition(invented: Drafts) -> None:
    """'…, three days after Lena Varga, the leader's sister, warned …': the parser reads 'after Lena
    Varga' as a preposition and its object; she is the one who warned, three days before the blast."""
    drafts = invented("Zambia blew up the border post on Friday, three days after Lena Varga, the "
                      "leader's sister, warned that the post would collapse.")
    assert ("2024-06-07", "attack", "zambia") in _summary(drafts)
    assert ("2024-06-04", "threat", "lena-varga") in _summary(drafts)
    assert drafts[0]["title"] == "Zambia blows up the border post"  # not '… after Lena Varga'


@pytest.mark.parametrize(("text", "principal"), [
    ("Members of Malawi's special forces detained the president on Tuesday.", "malawian-armed-forces"),
    ("Zambia's army shelled the town of Chitipa on Tuesday.", "zambian-armed-forces"),
    ("Members of the Presidential Guard detained the president on Tuesday.", "presidential-guard"),
])
def test_a_states_men_or_a_part_of_a_body_act_for_it(invented: Drafts, text: str, principal: str) -> None:
    """'Members of Guinea's special forces', 'Zambia's army': the state's armed forces (not the state);
    'members of the Presidential Guard': the Guard, not the president they detained."""
    assert _who(invented(text)) == [("2024-06-04", principal)]


def test_forces_loyal_to_a_body_are_that_body(invented: Drafts) -> None:
    """'Forces loyal to the Government of National Unity launched …': the government they serve."""
    drafts = invented("Forces loyal to the Government of National Unity launched a counter-offensive on "
                      "Tuesday.")
    assert _who(drafts) == [("2024-06-04", "government-national-unity")]


def test_a_commanders_men_whose_state_is_not_told_are_his(invented: Drafts) -> None:
    """'Ruben Kalonda's forces pushed into the suburbs': the commander whose men they are, not nobody."""
    drafts = invented("Ruben Kalonda's forces pushed into the southern suburbs on Tuesday.")
    assert _who(drafts) == [("2024-06-04", "ruben-kalonda")]


def test_it_in_what_a_coordinated_saying_reports_is_the_speaker(invented: Drafts) -> None:
    """'Malawi's foreign ministry called the decision unjustified and said it rejected …': 'it' is the
    ministry that said so (the subject the two verbs share), not the state named before."""
    drafts = invented("Zambia cut diplomatic relations with Malawi on Tuesday. Malawi's foreign ministry "
                      "called the decision unjustified and said it rejected the arguments.")
    assert ("2024-06-04", "malawian-foreign-ministry") in _who(drafts)  # (a rebuke: 'called … unjustified')
    assert _who(drafts).count(("2024-06-04", "zambia")) == 1  # only the cut


def test_the_soldiers_are_the_armed_force_named_before(invented: Drafts) -> None:
    """'Zambian troops crossed … Backed by drones, the soldiers took control of …': the soldiers are the
    armed force the report named, whatever opens the sentence."""
    drafts = invented("Zambian troops crossed into Malawi on Monday. Backed by drones, the soldiers took "
                      "control of the border town of Chitipa on Tuesday.")
    assert _who(drafts) == [("2024-06-03", "zambian-armed-forces"), ("2024-06-04", "zambian-armed-forces")]


def test_a_summons_told_with_another_act_is_an_act_of_its_own(invented: Drafts) -> None:
    """'Expelled 18 diplomats and summoned the ambassador': the summons is a protest of its own, not
    words in support of the expulsion."""
    drafts = invented("Zambia on Friday expelled 18 Malawian diplomats and summoned Malawi's ambassador.")
    assert sorted(_summary(drafts)) == [("2024-06-07", "condemnation", "zambia"),
                                        ("2024-06-07", "sanction", "zambia")]


def test_they_after_people_who_are_no_actor_is_not_a_party_named_before(invented: Drafts) -> None:
    """'… spoke by telephone with Y. Later the embassy staff left Lusaka. They crossed …': 'they' is the
    staff, whom the report names as no actor, not the parties of the call."""
    drafts = invented("Zambia's foreign minister Joe Banda spoke by telephone with his Malawian "
                      "counterpart Ann Phiri on Friday. Later on Friday, the embassy staff left Lusaka. They "
                      "crossed into Malawi on Saturday, officials said.")
    assert _summary(drafts) == [("2024-06-07", "phone-call", "joe-banda")]


@pytest.mark.parametrize("text", [
    "Zambia's shelling of Chitipa forced thousands of civilians to flee on Tuesday, aid agencies said.",
    "Two civilians were killed on Tuesday in the shelling of Chitipa by Zambia, aid agencies said.",
])
def test_an_act_told_as_a_noun_that_caused_a_toll_takes_the_tolls_day(invented: Drafts, text: str) -> None:
    """'Zambia's shelling of X forced thousands to flee on Tuesday', 'killed in the shelling of X by Y': the
    act that caused the toll happened when the toll did."""
    assert ("2024-06-04", "attack", "zambia") in _summary(invented(text))


def test_a_main_verb_misread_as_an_adjective_after_a_relative_clause(invented: Drafts) -> None:
    """'ECOWAS, which suspended Mali after a similar coup, threatened sanctions': the tagger reads
    'threatened' as an adjective of 'sanctions'; a past tense after the clause's comma is the main verb."""
    drafts = invented("The Economic Community of West African States, which suspended Mali after a similar "
                      "coup, threatened sanctions.")
    assert _summary(drafts) == [("2024-06", "threat", "ecowas")]  # (no day told: the month)


@pytest.mark.parametrize(("text", "principal"), [
    ("ECOWAS condemned the seizure of power on Tuesday.", "ecowas"),  # the tagger reads it as a plural noun
    ("NATO allies expressed solidarity with Malawi on Tuesday.", "nato"),
])
def test_an_organisation_by_its_acronym_or_its_members(invented: Drafts, text: str, principal: str) -> None:
    """'ECOWAS condemned …' (an acronym the tagger takes for a common noun), 'NATO allies expressed
    solidarity': the organisation acted."""
    assert _who(invented(text)) == [("2024-06-04", principal)]


def test_a_side_that_lost_soldiers_reports_casualties(invented: Drafts) -> None:
    """'Zambia lost four soldiers in the clashes': a toll of that side."""
    drafts = invented("Zambia lost four soldiers in the clashes on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "casualties", "zambia")]


def test_calling_an_act_a_name_is_a_rebuke(invented: Drafts) -> None:
    """'Banda called the raid a massacre': 'call' with an object and what it is called judges it (not
    'for what he called a tragic incident', which only quotes a word)."""
    drafts = invented("Joe Banda called the raid a massacre on Tuesday. Ann Phiri apologised on Wednesday "
                      "for what she called a tragic incident.")
    assert ("2024-06-04", "condemnation", "joe-banda") in _summary(drafts)
    assert all(d["type"] != "condemnation" for d in drafts if d["actors"][0] == "ann-phiri")


def _who(drafts: list[dict]) -> list[tuple[str, str]]:
    return [(d["date"], d["actors"][0]) for d in drafts]
