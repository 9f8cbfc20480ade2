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
