"""`chronicle ingest` drafts acts that gave no candidate at all before: shapes of general English in
which a report tells an act (a relative clause on a day, …).

Short texts of our own about the invented states of test_ingest (published Saturday 8 June 2024),
never sentences from an evaluation set. Each asserts the draft's date, type and principal actor.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


def test_an_act_in_a_relative_clause_on_a_day(invented: Drafts) -> None:
    """'The war began on 4 May 2023, when X ordered an offensive': the 'when' clause hangs on the day
    and tells what happened on it (it was dropped as describing a noun)."""
    drafts = invented("The war began on 4 May 2023, when Freedonia ordered an offensive in Sylvania.")
    assert _summary(drafts) == [("2023-05-04", "attack", "freedonia")]


def test_a_side_that_joined_an_act_told_as_a_noun(invented: Drafts) -> None:
    """'Freedonian troops joined the offensive': 'join' is a light verb, the noun is the act (it gave
    no draft)."""
    drafts = invented("Freedonian troops joined the offensive on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "attack", "freedonia-armed-forces")]


def test_a_call_for_something_is_an_appeal(invented: Drafts) -> None:
    """'issued a call for calm' asks for calm; it is no phone call (it was typed phone-call)."""
    drafts = invented("Sylvania issued a call for calm on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "appeal", "sylvania")]


def test_civilians_of_a_nation_killed_with_no_doer_named(invented: Drafts) -> None:
    """'Three Ukrainian civilians were killed': no doer and no teller; the toll is the victims' side's,
    their state, as a toll of its soldiers is its forces' (it gave no draft)."""
    drafts = invented("Three Ukrainian civilians were killed on Monday.")
    assert _summary(drafts) == [("2024-06-03", "casualties", "ukraine")]
    assert any("victims' side" in line for line in drafts[0].get("needs_review", []))


def test_a_nations_people_who_fled_counted_by_thousands(invented: Drafts) -> None:
    """'Thousands of Sudanese fled to Chad': the number is of a nation's people (a demonym as a noun);
    Chad is where they went, not who they are."""
    drafts = invented("Thousands of Sudanese fled to Chad on Monday.")
    assert _summary(drafts) == [("2024-06-03", "displacement", "sudan")]


def test_people_who_fled_a_capital_are_its_states(invented: Drafts) -> None:
    """'Thousands of people fled Accra': the object of 'flee' is the place left, not who fled; people
    who fled a state's capital are that state's."""
    drafts = invented("Thousands of people fled Accra on Monday.")
    assert _summary(drafts) == [("2024-06-03", "displacement", "ghana")]


def test_a_past_tense_the_tagger_reads_as_a_present(invented: Drafts) -> None:
    """'retook' (a 're-' on the irregular 'took') is tagged as a present and kept as its own lemma: it
    had no type; it is 'retake', a recapture, and its title is in the present ('retake')."""
    drafts = invented("Freedonian forces retook the town of Alba on Monday.")
    assert _summary(drafts) == [("2024-06-03", "incursion", "freedonia-armed-forces")]
    assert drafts[0]["title"].startswith("Freedonian forces retake the town of Alba")


def test_a_saying_that_was_the_purpose_of_going_public(invented: Drafts) -> None:
    """'appeared on state television to say …': an infinitive of purpose, but one who went on air to
    say something said it (it was dropped as a plan); 'will appear … to say' stays a plan."""
    drafts = invented("Freedonian troops appeared on state television on Wednesday to say they had "
                      "taken power.")
    assert _summary(drafts) == [("2024-06-05", "statement", "freedonia-armed-forces")]
    assert invented("Freedonian troops will appear on state television on Wednesday to say they have "
                    "taken power.") == []


def test_every_act_an_accusation_charges_is_the_accused(invented: Drafts) -> None:
    """'X accused Y of crossing the border and attacking Z': the second gerund is charged too; it was
    drafted as X's attack ('Sylvania's foreign ministry attacks …') and the accusation was lost."""
    drafts = invented("Sylvania's foreign ministry on Monday accused Freedonian troops of crossing the "
                      "border and attacking Sylvanian border guards.")
    assert _summary(drafts) == [("2024-06-03", "accusation", "sylvania-mfa")]


@pytest.mark.parametrize("doer", [
    "Tarvania's authorities", "The Tarvania authorities", "Authorities in Tarvania"])
def test_the_authorities_of_a_place_that_is_no_state(invented: Drafts, doer: str) -> None:
    """A region the registry and the world's states do not know ('Tarvania') acts through its
    authorities, proposed as '<Place> authorities' (the clause had no doer and no draft)."""
    drafts = invented(f"{doer} surrendered on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "agreement", "tarvania-authorities")]


def test_a_ministry_of_a_place_that_is_no_state(invented: Drafts) -> None:
    drafts = invented("Tarvania's health ministry said on Monday that 20 people were killed.")
    assert ("2024-06-03", "casualties", "tarvania-health-ministry") in _summary(drafts)


def test_weapons_named_by_their_service_are_the_army_named_before(invented: Drafts) -> None:
    """'Army warplanes struck …': no owner, but the service names whose they are, read as 'the army'
    is (the armed forces the report named); it had no doer."""
    drafts = invented("Freedonian troops shelled Alba on Monday. Army warplanes struck the town on Tuesday.")
    assert ("2024-06-04", "attack", "freedonia-armed-forces") in _summary(drafts)


def test_government_forces_are_the_states_armed_forces(invented: Drafts) -> None:
    """'Government forces captured Alba': the state's armed forces the report named before (it had
    no doer); with none named, nobody (the first state a feature names may be a mediator's)."""
    drafts = invented("Freedonian troops entered Alba on Monday. Government forces captured the town on "
                      "Tuesday.")
    assert ("2024-06-04", "incursion", "freedonia-armed-forces") in _summary(drafts)
    assert invented("Talks opened in Freedonia on Monday. Government forces captured Alba on Tuesday.") == []


def test_refugees_who_crossed_a_border_were_displaced(invented: Drafts) -> None:
    """'Thousands of Ghanaian refugees crossed into Togo': a verb of going with people driven from
    home as its subject tells their displacement (it gave no draft; 'crossed into' alone is an
    incursion, and troops crossing stay one)."""
    drafts = invented("Thousands of Ghanaian refugees crossed into Togo on Monday.")
    assert _summary(drafts) == [("2024-06-03", "displacement", "ghana")]
    assert invented("Some 65,000 people had reached Togo on Monday.") == []  # not Togo's people
    assert _summary(invented("Freedonian troops crossed into Sylvania on Monday.")) == [
        ("2024-06-03", "incursion", "freedonia-armed-forces")]


def test_an_act_in_a_where_clause_in_the_simple_past(invented: Drafts) -> None:
    """'Fighting broke out at Alba on Monday, where Freedonian forces took the airport': the 'where'
    clause tells what happened there that day (it was dropped as describing the place); one in the
    past perfect ('had seized') tells of before and stays no draft of its own."""
    drafts = invented("Fighting broke out on Monday at Alba, where Freedonian forces took control of the "
                      "airport.")
    assert _summary(drafts) == [("2024-06-03", "incursion", "freedonia-armed-forces")]
    assert invented("Fighting broke out on Monday at Alba, where Freedonian forces had seized the "
                    "airport.") == []
