"""`chronicle ingest` reads acts in the shapes of press releases, readouts, UN summaries and digests.

Government press releases tell their own news in the present ('The Government expels 23 diplomats'),
readouts tell what was done in talks in a clause on the talks ('…, during which …'), UN summaries
tell a body's session as what it heard, and weekly digests open each entry with its day. Short texts
of our own about real states (published Saturday 8 June 2024), never sentences from an evaluation
set. Each asserts what a reviewer checks first: the draft's day, type and principal actor.
"""

from __future__ import annotations

from collections.abc import Callable

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


def test_cutting_ties_is_a_sanction(invented: Drafts) -> None:
    """'Zambia also cut ties with Malawi': the phrase's plural object ('ties', whose lemma is 'tie')
    was never read, so the break made no draft."""
    drafts = invented("Zambia also cut ties with Malawi on Monday.")
    assert _summary(drafts) == [("2024-06-03", "sanction", "zambia")]


def test_a_release_tells_its_news_in_the_present_with_a_count(invented: Drafts) -> None:
    """'The Government of Zambia expels 23 Malawian diplomats': a count of those an act is done to is
    the release's news of its day; a share or an amount ('supplies 90 percent of …') stays a standing
    fact."""
    drafts = invented("The Government of Zambia expels 23 Malawian diplomats. Zambia supplies 90 percent "
                      "of the region's copper.")
    assert [(d["date"], d["type"]) for d in drafts] == [("2024-06-08", "sanction")]
    assert "zambia" in drafts[0]["actors"][0]


def test_a_states_ship_is_its_armed_forces(invented: Drafts) -> None:
    """'A Zambian ship opened fire on …': a ship, a boat or a frigate stands for the forces that sail it,
    as a drone or a warplane does; boats a body is named as owning ('coast guard boats') stay that
    body's."""
    drafts = invented("A Zambian ship opened fire on the Malawian tug on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "attack", "zambian-armed-forces")]
    owned = invented("Zambian coast guard boats rammed the Malawian tug on Tuesday.")
    assert [d["actors"][0] for d in owned] != ["zambian-armed-forces"]


def test_a_sentence_whose_verb_is_read_as_a_participle(invented: Drafts) -> None:
    """'Malawian aircraft intruded into Zambian airspace': with a noun that may be a plural, the tagger
    reads the verb as a participle describing it and the sentence has no verb; a past form with a move
    into a place (or an object) cannot be a passive participle, so it is the sentence's verb. A toll
    told as a participle ('Two soldiers killed in …') keeps the soldiers as the victims."""
    drafts = invented("Malawian aircraft intruded into Zambian airspace on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "incursion", "malawian-armed-forces")]
    toll = invented("Two soldiers killed in the attack on Tuesday.")
    assert all("soldier" not in d["actors"][0] for d in toll)


def test_a_body_that_heard_a_briefing_met(invented: Drafts) -> None:
    """'The Security Council heard a briefing from …': a UN summary tells a body's session as what it
    heard; the session is the body's meeting."""
    drafts = invented("The Security Council heard a briefing on Tuesday from Anna Weber.")
    assert [(d["date"], d["type"]) for d in drafts] == [("2024-06-04", "meeting")]
    assert "council" in drafts[0]["actors"][0]


def test_what_was_done_during_talks_is_an_act_of_their_day(invented: Drafts) -> None:
    """'Ivan Petrov held talks with Anna Weber on Tuesday, during which Weber accused …': a relative
    clause opened by 'during / in / at which' on talks a verb tells says what was done in them, on their
    day; 'The trigger was an interview in which …' recalls an interview whose day is not told."""
    drafts = invented("Ivan Petrov held talks with Anna Weber on Tuesday, during which Weber accused "
                      "Zambia of aggression.")
    assert ("2024-06-04", "accusation", "anna-weber") in _summary(drafts)
    recalled = invented("The trigger was an interview in which Anna Weber accused Zambia of aggression.")
    assert all(d["actors"][0] != "anna-weber" for d in recalled)


def test_a_digests_entry_is_dated_by_the_day_that_opens_it(invented: Drafts) -> None:
    """'Sunday 2 June: The Zambian government suspends …. Its spokesman says …': a weekly digest opens
    each entry with its day, which dates the whole entry (its later sentences in the present too), not
    only the sentence it opens; the next entry's day takes over."""
    drafts = invented("THE WEEK IN BRIEF\n\nSunday 2 June: The Zambian government suspends asylum "
                      "applications for one month. Government spokesman Ivan Petrov says the army has "
                      "prevented 10,000 entries.\n\nTuesday 4 June: Anna Weber visits the border.\n")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [
        ("2024-06-02", "zambian-government"), ("2024-06-02", "ivan-petrov"), ("2024-06-04", "anna-weber")]


def test_a_speakers_state_in_brackets_is_whom_they_represent(invented: Drafts) -> None:
    """'Karen Holt (United States) said …': a UN summary writes the state a speaker represents in brackets
    after the name; the speaker said it, not the state."""
    drafts = invented("On Tuesday, Karen Holt (United States) said Freedonia had committed an act of "
                      "aggression.")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-04", "karen-holt")]


def test_each_item_of_a_communiques_list_of_acts_is_the_bodys(invented: Drafts) -> None:
    """'The Peace and Security Council of the African Union, at its meeting held on 4 June 2024: 1.
    Condemns …; 2. Calls on …': every item opened by its verb is an act of the body the header names,
    on the header's day (items told in the present too); a list whose header names no body ('Key
    Events:') gives its items no doer."""
    drafts = invented("The Peace and Security Council of the African Union, at its 1200th meeting held on "
                      "4 June 2024:\n\n1. Condemns in the strongest terms the attack on the town of "
                      "Chitipa;\n\n"
                      "2. Calls on Zambia and Malawi to exercise maximum restraint.\n")
    assert [(d["date"], d["type"]) for d in drafts] == [("2024-06-04", "condemnation"),
                                                        ("2024-06-04", "appeal")]
    assert all("council" in d["actors"][0] for d in drafts)
    unnamed = invented("Key Events:\n\n- Shells hit the town of Chitipa on Tuesday.\n")
    assert unnamed == []


def test_a_ministrys_list_of_acts_in_lower_case(invented: Drafts) -> None:
    """'The Ministry of Foreign Affairs of Zambia:' then '- strongly condemns …;' '- demands …': items in
    lower case after a dash, each ending in a semicolon, opened by an adverb or the verb."""
    drafts = invented("Statement of the ministry.\n\nThe Ministry of Foreign Affairs of Zambia:\n\n"
                      "- strongly condemns the shelling of Chitipa by Malawian forces;\n"
                      "- demands the immediate withdrawal of Malawian troops.\n")
    assert [(d["type"], d["actors"][0]) for d in drafts] == [("condemnation", "zambian-foreign-ministry"),
                                                             ("demand", "zambian-foreign-ministry")]


def test_items_told_in_the_present_take_their_lists_day(invented: Drafts) -> None:
    """'What happened on Tuesday: - Zambia recalls its ambassador …': items of a dated list told in the
    present are the list's day, not the day the report was published; a paragraph after the list that
    is no item is the report's own news again."""
    drafts = invented("What happened on Tuesday:\n\n- Zambia recalls its ambassador from Malawi.\n"
                      "- Malawi condemns the decision.\n\nIn other news, Sylvania condemns the shelling of "
                      "Chitipa.\n")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [
        ("2024-06-04", "zambia"), ("2024-06-04", "malawi"), ("2024-06-08", "sylvania")]


def test_subjecting_positions_to_fire_is_an_attack(invented: Drafts) -> None:
    """'Units of the Malawian army subjected Zambian positions to intensive fire': a defence ministry's
    way of telling a shelling; the act is the noun after 'to'."""
    drafts = invented("Units of the Malawian army subjected Zambian positions to intensive fire on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "attack", "malawian-armed-forces")]


def test_a_states_air_defences_are_its_armed_forces(invented: Drafts) -> None:
    """'Malawi's defence ministry says its air defences shot down 12 drones': the defences are the
    state's armed forces, as its troops are."""
    drafts = invented("Malawi's defence ministry said on Tuesday that its air defences shot down 12 drones.")
    assert ("2024-06-04", "attack", "malawian-armed-forces") in _summary(drafts)


def test_a_closure_told_as_a_noun_with_its_doer_and_day(invented: Drafts) -> None:
    """'Zambia's closure of the border on Monday angered Lilongwe': the noun of 'close' names the act,
    as 'Zambia's decision on Monday to close …' does."""
    drafts = invented("Zambia's closure of the border on Monday angered Lilongwe.")
    assert _summary(drafts) == [("2024-06-03", "announcement", "zambia")]


def test_a_column_of_a_states_vehicles_is_its_armed_forces(invented: Drafts) -> None:
    """'A column of Malawian armoured vehicles entered …': a column, a convoy or a flotilla of a state's
    vehicles or craft stands for its forces, as the vehicles do."""
    drafts = invented("A column of Malawian armoured vehicles entered the town of Chitipa on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "incursion", "malawian-armed-forces")]


def test_moving_weapons_to_the_frontier_is_a_military_movement(invented: Drafts) -> None:
    """'The Malawian army moved heavy weapons to the frontier': 'move' with weapons, tanks or forces as
    its object is a movement of forces, as 'move troops' was ('moved to annul …' is none)."""
    drafts = invented("The Malawian army moved heavy weapons to the frontier on Wednesday.")
    assert _summary(drafts) == [("2024-06-05", "military-movement", "malawian-armed-forces")]


def test_aircraft_that_engage_an_aircraft_attack_it(invented: Drafts) -> None:
    """'Zambian jets engaged the intruding drone': 'engage' with an aircraft, a drone, a target or the
    enemy as its object is an attack (a defence staff's word); 'engaged the public' is none."""
    drafts = invented("Zambian jets engaged the intruding drone on Tuesday. The minister engaged the public "
                      "on Wednesday.")
    assert [(d["date"], d["type"]) for d in drafts] == [("2024-06-04", "attack")]


def test_a_mediator_shuttling_between_capitals_negotiates(invented: Drafts) -> None:
    """'Ivan Petrov shuttled between Lusaka and Lilongwe': a mediator's trips between the sides."""
    drafts = invented("Ivan Petrov shuttled between Lusaka and Lilongwe on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "negotiation", "ivan-petrov")]
