"""`chronicle ingest`: who acts when a report names an office, a leader of armed men or a person in the
ways news English does: a title written as a name with its holder after it, a name family name first,
armed men 'led by' someone, a pronoun after weapons.

Short texts of our own (the invented states Sylvania and Freedonia, real states the fixture registry
lacks, invented persons; published Saturday 8 June 2024), never sentences from an evaluation set. Each
asserts what a reviewer checks first: the draft's day, type and principal actor, and its title.
"""

from __future__ import annotations

from collections.abc import Callable

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


def _who(drafts: list[dict]) -> list[tuple[str, str]]:
    return [(d["date"], d["actors"][0]) for d in drafts]


def test_an_office_of_another_state_is_not_the_registrys_holder_of_that_title(invented: Drafts) -> None:
    """'The President of the Republic of Malawi, Peter Banda, …': the registry's 'President of the
    Republic' is France's (Macron); the same words of another state name that state's president, and
    the name in apposition is the one who acts, and 'he' after him."""
    drafts = invented("The President of the Republic of Malawi, Peter Banda, condemned the blockade on "
                      "Tuesday. He said on Wednesday that Malawi would not give in.")
    assert _who(drafts) == [("2024-06-04", "peter-banda"), ("2024-06-05", "peter-banda")]
    assert "macron" not in str(drafts)


def test_the_holder_of_a_title_is_the_person_not_the_acronym_in_brackets(invented: Drafts) -> None:
    """'The Director General of the International Maritime Agency (IMA), Jonas Berg, told …': the
    acronym in brackets names the agency; the person in apposition is the one who spoke."""
    drafts = invented("The Director General of the International Maritime Agency (IMA), Jonas Berg, told "
                      "the council on Tuesday that the blockade was illegal.")
    assert _who(drafts) == [("2024-06-04", "jonas-berg")]


def test_a_name_written_family_name_first_is_called_by_its_first_word(invented: Drafts) -> None:
    """'Park Min Jae, the sister of leader Park Sung Ho, warned …; Park called …': a Korean name written
    without hyphens puts the family name first, so 'Park' alone is the one who acted (not the brother
    named last), and a title calls her Park, never 'Jae'."""
    drafts = invented("Park Min Jae, the sister of leader Park Sung Ho, warned on Tuesday that Freedonia "
                      "would respond. On Wednesday, Park called the leaflets a provocation.")
    assert [who for _, who in _who(drafts)] == ["park-min-jae", "park-min-jae"]
    assert drafts[0]["title"].startswith("Park warns")


def test_a_chinese_spokespersons_family_name_heads_the_title(invented: Drafts) -> None:
    """'Foreign ministry spokesperson Zhao Lin said …': 'Zhao says', not 'Lin says'."""
    drafts = invented("Foreign ministry spokesperson Zhao Lin said on Tuesday that Freedonia must stop "
                      "its provocations.")
    assert _who(drafts) == [("2024-06-04", "zhao-lin")]
    assert drafts[0]["title"].startswith("Zhao says")


def test_they_after_weapons_are_the_weapons_not_the_speaker(invented: Drafts) -> None:
    """'X said three drones had hit the plant, one of them striking the dome': 'them' is the drones,
    whose sender the report does not name; the strike is not the speaker's act."""
    drafts = invented("The Director General of the agency, Jonas Berg, said on Tuesday that three drones "
                      "had hit the plant on Monday, one of them striking the dome of the reactor.")
    assert ("2024-06-03", "attack", "jonas-berg") not in _summary(drafts)
    assert all(d["type"] != "attack" for d in drafts)


def test_armed_men_led_by_a_group_are_that_group(invented: Drafts) -> None:
    """'Sylvanian rebels led by the Patriotic Liberation Front seized …': the group that leads them."""
    drafts = invented("Sylvanian rebels led by the Patriotic Liberation Front seized the town of Kora on "
                      "Tuesday.")
    assert _who(drafts) == [("2024-06-04", "patriotic-liberation-front")]


def test_gangs_loyal_to_a_leader_are_his(invented: Drafts) -> None:
    """'Gangs loyal to Marc Duval stormed …': the leader they serve, as 'forces loyal to'."""
    drafts = invented("Gangs loyal to Marc Duval stormed the central prison in the capital on Tuesday.")
    assert _who(drafts) == [("2024-06-04", "marc-duval")]


def test_soldiers_of_a_states_presidential_guard_are_the_guard(invented: Drafts) -> None:
    """'Soldiers from Malawi's presidential guard detained the president': the guard, proposed in the
    state's demonym, not the state."""
    drafts = invented("Soldiers from Malawi's presidential guard detained the president on Tuesday.")
    assert _who(drafts) == [("2024-06-04", "malawian-presidential-guard")]


def test_the_following_statement_is_an_act_not_one_told_again(invented: Drafts) -> None:
    """'… issued the following statement on Tuesday': the statement comes next in the report; it is
    the act itself, not 'the statement' told before."""
    drafts = invented("Malawi's foreign minister, Peter Banda, issued the following statement on Tuesday.")
    assert _who(drafts) == [("2024-06-04", "peter-banda")]


def test_a_body_named_in_full_then_shortened_is_one_actor(invented: Drafts) -> None:
    """'Malawi's Joint Chiefs of Staff said …' then '…, the Joint Chiefs said': the shortened name is
    the body named in full before, not a second body called 'Joint Chiefs'."""
    drafts = invented("Malawi's Joint Chiefs of Staff said on Monday that 600 balloons had been found. "
                      "On Tuesday the Joint Chiefs said that the army was ready to respond.")
    assert _who(drafts) == [("2024-06-03", "malawian-joint-chiefs-staff"),
                            ("2024-06-04", "malawian-joint-chiefs-staff")]


def test_a_ministry_of_any_portfolio_in_its_capital_is_that_states(invented: Drafts) -> None:
    """'The unification ministry in Lilongwe said …': a ministry 'in' a capital is that state's, whatever
    its portfolio, proposed in the state's demonym."""
    drafts = invented("The finance ministry in Lilongwe said on Tuesday that it would freeze the accounts.")
    assert _who(drafts) == [("2024-06-04", "malawian-finance-ministry")]


def test_what_a_body_is_for_is_part_of_its_name(invented: Drafts) -> None:
    """'The United Nations Office for the Coordination of Humanitarian Affairs said …': the whole name,
    not 'United Nations Office'."""
    drafts = invented("The United Nations Office for the Coordination of Humanitarian Affairs said on "
                      "Tuesday that 15,000 people had fled the fighting.")
    assert [who for _, who in _who(drafts)] == ["united-nations-office-coordination-humanitarian-affairs"]


def test_a_naval_rank_before_a_name_is_a_title(invented: Drafts) -> None:
    """'Commodore Jay Tarro said …': the person is Jay Tarro; Commodore is his rank."""
    drafts = invented("Coast guard spokesman Commodore Jay Tarro said on Tuesday that the boat was rammed "
                      "by a Freedonian vessel.")
    assert any(d["actors"][0] == "jay-tarro" for d in drafts)
    assert "commodore-jay-tarro" not in str(drafts)


def test_an_organisations_body_named_by_what_it_does(invented: Drafts) -> None:
    """'The UN human rights office said …': that body of the UN, in those words (not the UN, nor an
    office named before)."""
    drafts = invented("The UN human rights office said on Tuesday that it had documented 12 arrests.")
    assert _who(drafts) == [("2024-06-04", "un-human-rights-office")]


def test_of_the_after_a_bodys_noun_is_part_of_its_name(invented: Drafts) -> None:
    """'The International Committee of the Red Cross appealed …': the whole name, not 'International
    Committee'."""
    drafts = invented("The International Committee of the Red Cross appealed for access on Tuesday.")
    assert _who(drafts) == [("2024-06-04", "international-committee-red-cross")]

def test_fire_from_a_nations_positions_is_its_forces(invented: Drafts) -> None:
    """'The Zambian army said its helicopters came under fire from Malawian positions': Malawi's armed
    forces fired (positions a nation holds are its forces'), not the army whose helicopters were hit."""
    drafts = invented("The Zambian army said its helicopters came under fire from Malawian positions on "
                      "Friday.")
    assert ("2024-06-07", "attack", "malawian-armed-forces") in _summary(drafts)


def test_a_territory_named_as_the_doer_acts_through_its_authorities(invented: Drafts) -> None:
    """'Abkhazia rejected the proposal': a place that is no state of the world acts through its
    authorities, proposed as 'Abkhazia authorities' (not left without a doer)."""
    drafts = invented("Abkhazia rejected the proposal on Tuesday.")
    assert _who(drafts) == [("2024-06-04", "abkhazia-authorities")]


def test_both_sides_are_two_states_not_a_mediator_named_between(invented: Drafts) -> None:
    """'Zambian troops fired … Malawian troops fired back … The Southern African Development Community
    called for talks … both sides agreed to a ceasefire': the two sides are the two states' parties, not
    the organisation that mediates."""
    drafts = invented("Malawi said on Monday that Zambian troops had fired on its border post. Malawian "
                      "troops fired back on Monday. The Southern African Development Community called for "
                      "talks on Tuesday. On Thursday both sides agreed to a ceasefire.")
    agreement = next(d for d in drafts if d["type"] == "agreement")
    assert agreement["date"] == "2024-06-06"
    assert sorted(agreement["actors"]) == ["malawian-armed-forces", "zambian-armed-forces"]
