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
    assert ("2024-06-04", "denial", "malawian-foreign-ministry") in _summary(drafts)
    assert ("2024-06-04", "denial", "zambia") not in _summary(drafts)


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


def _who(drafts: list[dict]) -> list[tuple[str, str]]:
    return [(d["date"], d["actors"][0]) for d in drafts]
