"""`chronicle ingest`: a body the report names in full once and by a short form after (an acronym in
brackets, its fighters by its first word), and a group named by its own word before 'movement' or
'group', on states the fixture registry does not know.

Short texts of our own (real states the fixture registry lacks, invented groups and persons), never
sentences from an evaluation set; one test per construction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


def test_an_acronym_in_brackets_is_the_body_named_before_it(invented: Drafts) -> None:
    """'Malawi's paramilitary Rapid Response Forces (RRF) …. The RRF accused …': the body, not 'RRF'."""
    drafts = invented("Malawi's paramilitary Rapid Response Forces (RRF) said on Friday that it had seized "
                      "the airport. On Saturday the RRF accused the army of shelling its bases.")
    assert ("2024-06-08", "accusation", "rapid-response-forces") in _summary(drafts)
    assert all(d["actors"][0] != "rrf" for d in drafts)


def test_a_groups_own_name_before_movement_is_the_group_not_the_state(invented: Drafts) -> None:
    """'Malawi's Chilembwe movement attacked …': the movement, not Malawi."""
    drafts = invented("Malawi's Chilembwe movement attacked a border post in Zambia on Friday.")
    assert _summary(drafts) == [("2024-06-07", "attack", "chilembwe-movement")]


def test_fighters_named_by_their_groups_first_word_are_the_group(invented: Drafts) -> None:
    """'Zomba fighters crossed …' after 'the Zomba Group': the group named before, not 'Zomba fighters'."""
    drafts = invented("Ivan Petrov, the founder of the Zomba Group, spoke to reporters on Friday. Zomba "
                      "fighters crossed into Zambia on Saturday.")
    assert ("2024-06-08", "incursion", "zomba-group") in _summary(drafts)


def test_the_kingdom_is_the_monarchy_named_last_not_the_last_state(invented: Drafts) -> None:
    """'… Malawi denied …. On Saturday the Kingdom recalled its ambassador': Eswatini, the monarchy the
    report named, not Malawi, the last state named."""
    drafts = invented("Eswatini's foreign ministry said on Friday that it had summoned Malawi's envoy. "
                      "Malawi denied on Friday that its troops had crossed the border. On Saturday the "
                      "Kingdom recalled its ambassador from Lilongwe.")
    assert [d["actors"][0] for d in drafts if d["date"] == "2024-06-08"] == ["eswatini"]


def test_a_bare_ministry_in_a_capital_the_sentence_opens_in_is_that_states(invented: Drafts) -> None:
    """'In Lusaka, the Foreign Ministry condemned …' in a report from Malawi's side: Zambia's ministry."""
    drafts = invented("Malawi's army said on Friday that it had shelled rebel positions near the border. In "
                      "Lusaka, the Foreign Ministry condemned the shelling on Friday.")
    assert ("2024-06-07", "condemnation", "zambian-foreign-ministry") in _summary(drafts)



def test_a_group_named_in_passing_is_the_one_its_shorter_name_stands_for(invented: Drafts) -> None:
    """'… fired by the Northern Zomba Front group. Zomba Front denied …': the group named in full in
    passing (as the agent of a participle), not a new 'Zomba Front'."""
    drafts = invented("Malawi's army said the depot had been hit by a rocket fired by the Northern Zomba "
                      "Front group. Zomba Front denied responsibility on Friday.")
    assert ("2024-06-07", "denial", "northern-zomba-front") in _summary(drafts)


@pytest.mark.parametrize(("text", "principal"), [
    ("The Kasungu group seized the airport on Friday.", "kasungu-group"),
    ("The Northern Zomba Front group seized the airport on Friday.", "northern-zomba-front"),
])
def test_a_group_named_with_group_keeps_a_one_word_name(invented: Drafts, text: str, principal: str) -> None:
    """'the Kasungu group' is the Kasungu Group (not a bare 'Kasungu'); 'the Northern Zomba Front group'
    is the Northern Zomba Front: 'group' adds nothing to a name of its own."""
    assert [d["actors"][0] for d in invented(text)] == [principal]
