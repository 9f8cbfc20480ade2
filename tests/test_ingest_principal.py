"""`chronicle ingest`: which acts are drafted and who did them, on reports of persons and states the
registry does not know.

Short texts of our own (real states the fixture registry lacks, invented persons), never sentences
from an evaluation set. Each asserts what a reviewer checks first: the draft's day, type and principal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

import test_ingest
from test_ingest import _drafts_of, _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


# --- a title is no part of the name, and every part of the name is ------------------------------------------

@pytest.mark.parametrize(("text", "principal"), [
    ("State Councillor Chen Wenbo summoned the Malawian ambassador on Friday.", "chen-wenbo"),
    ("Crown Prince Faisal bin Khalid met the Malawian envoy on Friday.", "faisal-bin-khalid"),
    ("Colombian Foreign Minister Luis Gilberto Murillo told reporters on Friday that the talks had been "
     "useful.", "luis-gilberto-murillo"),
    ("Somali President Hassan Sheikh Mohamud met the Malawian envoy on Friday.", "hassan-sheikh-mohamud"),
])
def test_a_persons_name_is_all_its_words_and_no_title(invented: Drafts, text: str, principal: str) -> None:
    """'State Councillor X', 'Crown Prince X': the title that opens the name is not the person's name;
    a first name the parser hangs on a middle name ('Luis' on 'Gilberto') is; a title word inside the name
    after a given name ('Hassan Sheikh Mohamud') stays part of it."""
    assert [(d["date"], d["actors"][0]) for d in invented(text)] == [("2024-06-07", principal)]


@pytest.mark.parametrize(("text", "principal"), [
    ("The Honourable Dato' Seri Ahmad Zulkifli, Prime Minister of Malaysia, met the Malawian envoy on "
     "Friday.", "ahmad-zulkifli"),
    ("Tan Sri Rahim Karim met the Malawian envoy on Friday.", "rahim-karim"),
    ("Sir Edward Thompson met the Malawian envoy on Friday.", "edward-thompson"),
    ("Samdech Sok Vanna met the Malawian envoy on Friday.", "sok-vanna"),
    ("Tan Wei Ming met the Malawian envoy on Friday.", "tan-wei-ming"),
    ("Sri Mulyani Indrawati met the Malawian envoy on Friday.", "sri-mulyani-indrawati"),
])
def test_an_honorific_before_a_name_is_no_part_of_it(invented: Drafts, text: str, principal: str) -> None:
    """'Dato' Seri X', 'Tan Sri X', 'Sir X', 'Samdech X': an honorific, like a title, is not the person's
    name (before: 'seri-ahmad-zulkifli', 'tan-sri-rahim-karim'); 'Tan' as a surname and 'Sri' as a given
    name are."""
    assert [(d["date"], d["actors"][0]) for d in invented(text)] == [("2024-06-07", principal)]


# --- a spokesperson's toll is the body's they speak for ---------------------------------------------------

@pytest.mark.parametrize(("teller", "body"), [
    ("Malawi's military spokesman, Colonel Peter Banda,", "malawian-armed-forces"),
    ("Malawian army spokesman Peter Banda", "malawian-armed-forces"),
    ("Zambia's defence ministry spokesperson, Grace Mulenga,", "zambian-defence-ministry"),
])
def test_a_toll_a_spokesperson_gives_is_the_count_of_the_body_they_speak_for(
        invented: Drafts, teller: str, body: str) -> None:
    """'Malawi's military spokesman, Colonel X, said 26 people were killed': the military's count, not an
    act of the colonel's (before: drafted as 'peter-banda')."""
    drafts = invented(f"{teller} said on Friday that 26 people had been killed.")
    assert _summary(drafts) == [("2024-06-07", "casualties", body)]


# --- a toll of a side's men with no teller of its own -------------------------------------------------------

@pytest.mark.parametrize(("toll", "side"), [
    ("The clashes came a day after five Malawian soldiers were wounded by a landmine.",
     "malawian-armed-forces"),
    ("Relations have worsened since a Zambian soldier was killed on May 28.", "zambian-armed-forces"),
])
def test_a_toll_of_a_sides_men_is_not_lent_to_the_last_speaker(invented: Drafts, toll: str,
                                                                side: str) -> None:
    """A toll told in the next sentence with no teller of its own, of men named by their side, is that
    side's loss, not the last speaker's count (before: drafted as Mulenga's, 'Mulenga wounds five Malawian
    soldiers'); one soldier ('a Zambian soldier') is of his side's armed forces as several are."""
    drafts = invented("Zambia's defence ministry spokesperson, Grace Mulenga, said on Thursday that Malawian "
                      f"soldiers had crossed the border. {toll}")
    assert [d["actors"][0] for d in drafts if d["type"] == "casualties"] == [side]


# --- 'both sides' are the two named together, not an observer ---------------------------------------------

@pytest.mark.parametrize("told", [
    "Malawi and Zambia reached a border deal on Monday. Kenya attended the talks as an observer.",
    "Malawi and Zambia reached the following understandings on Monday:\n\n(a) a ceasefire from midnight;\n\n"
    "(b) a meeting of commanders.\n\nThe talks were hosted by Kenya, and China attended.",
])
def test_both_sides_are_the_two_states_named_together_not_an_observer(invented: Drafts, told: str) -> None:
    """'Malawi and Zambia reached … Kenya attended as an observer. Both sides agreed …': the two states
    named together, also in a list's header, not the last two states named (before: Malawi and Kenya,
    or China and Kenya)."""
    drafts = invented(f"{told} Both sides agreed on Tuesday to open two crossings.")
    assert [d["actors"] for d in drafts if d["date"] == "2024-06-04"] == [["malawi", "zambia"]]


# --- 'X and his counterpart Y' ----------------------------------------------------------------------------

def test_x_and_his_counterpart_y_is_xs_act_with_y(invented: Drafts) -> None:
    """'Malawian Foreign Minister X and his Zambian counterpart Y held talks': the parser may read Y as a
    second subject of the verb rather than the counterpart's name; X, named first, is the doer and Y a party
    (before: Y alone, the subject next to the verb)."""
    drafts = invented("Malawian Foreign Minister Yusuf Banda and his Zambian counterpart Ararat Mulenga last "
                      "held talks in Berlin on Monday.")
    assert [(d["date"], d["type"], d["actors"]) for d in drafts] == [
        ("2024-06-03", "negotiation", ["yusuf-banda", "ararat-mulenga"])]


# --- displacement is the displaced people's ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "principal"), [
    ("The United Nations said on Friday that some 400,000 people had been displaced in eastern Malawi.",
     "displaced-people-eastern-malawi"),
    ("Government spokesperson Joyce Phiri said on Friday that 5,000 displaced people from Alba had reached "
     "Lilongwe.", "displaced-people-alba"),
    ("The Zambian government said on Friday that 3,000 Malawian refugees had crossed into Zambia.", "malawi"),
])
def test_people_driven_from_home_are_the_principal_of_their_displacement(invented: Drafts, text: str,
                                                                        principal: str) -> None:
    """Displacement an official or the UN tells is the displaced people's: a nation's people are their
    state's, others a group named by the place they left or are in (before: the teller's, 'united-nations',
    'joyce-phiri', 'zambian-government')."""
    assert [d["actors"][0] for d in invented(text) if d["type"] == "displacement"] == [principal]


# --- a lower office is not the office ----------------------------------------------------------------------

def test_the_prime_minister_is_not_the_deputy_prime_minister_named_before(invented: Drafts) -> None:
    """'Deputy Prime Minister X met … The prime minister condemned …': the deputy does not hold the office
    'the prime minister' names (before: the condemnation was drafted as X's); as 'the Secretary-General'
    is not an 'Assistant Secretary-General'."""
    drafts = invented("Deputy Prime Minister Jana Novak met Anna Weber on Monday. The prime minister "
                      "condemned the shelling on Tuesday.")
    assert all(d["actors"][0] != "jana-novak" for d in drafts if d["date"] == "2024-06-04")


# --- the participle of a perfect the parser strands ---------------------------------------------------------

def test_a_participle_after_a_stranded_had_is_the_reported_persons_act(invented: Drafts) -> None:
    """'He recalled that Y had, on 3 June, expressed concern and called for …': the parser may read 'had'
    alone as what was said and coordinate 'expressed' with 'recalled'; Y called for it on 3 June (before:
    the speaker's appeal of the report's day)."""
    drafts = invented("Ivan Petrov spoke on Friday. He recalled that Anna Weber had, on 3 June, expressed "
                      "her deep concern about the escalation and called for a halt to hostilities.")
    appeals = [(d["date"], d["actors"][0]) for d in drafts if d["type"] == "appeal"]
    assert appeals == [("2024-06-03", "anna-weber")]


# --- a state's company is no state ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "principal"), [
    ("Malawi's state gas company denied on Friday that it had cut the supply.", "malawian-state-gas-company"),
    ("The Malawian state broadcaster said on Friday that the supply had been cut.",
     "malawian-state-broadcaster"),
])
def test_a_states_company_is_a_body_of_its_own(invented: Drafts, text: str, principal: str) -> None:
    """'Malawi's state gas company denied …': the company, proposed in the demonym as a ministry is, not the
    state that owns it (before: drafted as Malawi's)."""
    assert [d["actors"][0] for d in invented(text)] == [principal]


# --- a nation's weapons named with their model ------------------------------------------------------------

def test_a_nations_rockets_named_with_their_model_are_its_forces(invented: Drafts) -> None:
    """'Malawian BM-21 rockets had hit homes': the parser reads 'Malawian' as the possessor of 'BM-21'; the
    rockets are still Malawi's forces (before: no doer, no draft)."""
    drafts = invented("Zambian officials said on Friday that Malawian BM-21 rockets had hit homes in "
                      "Chipata.")
    assert "malawian-armed-forces" in [d["actors"][0] for d in drafts if d["type"] == "attack"]


# --- the report's own outlet tells, it does not act ------------------------------------------------------

@pytest.mark.parametrize("outlet", ["Kora", "Kora News Agency"])
def test_the_reports_own_outlet_is_no_actor_in_it(invented: Drafts, outlet: str) -> None:
    """'A meeting was held on Monday, Kora reports' in a report of Kora: the agency tells the meeting, it
    did not hold it (before: the meeting was drafted as Kora's); the act of a named doer stays."""
    drafts = invented(f"---\noutlet: {outlet}\n---\nA meeting between Freedonian and Sylvanian officials "
                      "was held in Alba on Monday, Kora reports. Ivan Petrov met Anna Weber on Tuesday, Kora "
                      "said.\n")
    assert _summary(drafts) == [("2024-06-04", "meeting", "ivan-petrov")]


@pytest.mark.parametrize("outlet", ["European Council", "NATO"])
def test_an_official_publisher_is_an_actor_in_its_own_release(invented: Drafts, outlet: str) -> None:
    """A body's own release tells its acts: in a release of the European Council, 'The European Council
    condemned …' is the Council's condemnation (before: dropped as the report's outlet telling it, a good
    event lost without a word)."""
    drafts = invented(f"---\noutlet: {outlet}\n---\nThe European Council condemned the Freedonian attack on "
                      "Brod on Friday. NATO called on Freedonia to withdraw its troops on Friday.\n")
    assert [d["type"] for d in drafts] == ["condemnation", "demand"]


# --- who a pronoun stands for -------------------------------------------------------------------------------

def test_he_is_the_person_the_last_sentence_was_about_even_with_no_act(invented: Drafts) -> None:
    """'President X was defiant. …, he said': the person the sentence is about, though it tells no act of
    his, not the doer of an act told earlier."""
    drafts = invented("Zambian Foreign Minister Peter Mwale flew to Lilongwe on Tuesday. Malawian President "
                      "Joyce Phiri was defiant. Malawi would make no concessions, she said on Wednesday.")
    assert ("2024-06-05", "statement", "joyce-phiri") in _summary(drafts)
    assert all(d["actors"][0] != "peter-mwale" for d in drafts if d["date"] == "2024-06-05")


# --- an attack nobody is named for --------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["was shelled", "had been struck"])
def test_an_attack_in_the_passive_with_no_attacker_is_not_the_speakers(invented: Drafts, verb: str) -> None:
    """'The mayor said the city was shelled': the mayor did not shell it. No attack is drafted (no doer is
    named); what the mayor said is his statement."""
    drafts = invented(f"Mayor Tomas Lungu said on Friday that the city {verb} overnight.")
    assert _summary(drafts) == [("2024-06-07", "statement", "tomas-lungu")]


def test_a_summons_in_the_passive_is_still_the_act_of_the_ministry_that_tells_it(invented: Drafts) -> None:
    """The rule above is for attacks only: a summons told in the passive is the teller's own act."""
    drafts = invented("Sylvania's foreign ministry said on Friday that the Freedonian envoy had been "
                      "summoned.")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-07", "sylvania-mfa")]


# --- the other party of a meeting ---------------------------------------------------------------------------

def test_a_monarch_named_by_title_and_one_name_is_the_other_party(invented: Drafts) -> None:
    """'met King X': the king is the other party of the meeting, and 'the two leaders' after it are its
    two parties (no draft of their own: their talks are part of the meeting)."""
    drafts = invented("Malawian President Joyce Phiri met King Letsie in Maseru on Tuesday. The two leaders "
                      "discussed the border, her office said.")
    assert [(d["date"], d["type"], d["actors"][:2]) for d in drafts] == [
        ("2024-06-04", "meeting", ["joyce-phiri", "letsie"])]


# --- a wire dateline of two cities --------------------------------------------------------------------------

def test_a_dateline_of_two_cities_is_no_actor(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    """'DOHA/DUBAI, June 8 (Wire) -': the dateline is furniture (not a doer, not the act's day)."""
    drafts = _drafts_of(tmp_path, ingest, "DOHA/DUBAI, June 8 (Wire) - Saudi Arabia, Bahrain and Egypt "
                        "severed diplomatic relations with Qatar on Monday.\n", "2017-06-08")
    assert _summary(drafts) == [("2017-06-05", "sanction", "saudi-arabia")]


# --- bodies -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "principal"), [
    ("The Zambian envoy was summoned to Malawi's foreign ministry on Friday.", "malawian-foreign-ministry"),
    ("Malawi's foreign ministry condemned the raid on Monday. The Zambian envoy was summoned to the ministry "
     "on Friday.", "malawian-foreign-ministry"),
])
def test_one_summoned_to_a_body_was_summoned_by_it(invented: Drafts, text: str, principal: str) -> None:
    """'The envoy was summoned to the foreign ministry': one is summoned to the summoner, so the ministry
    (and 'the ministry', the one named before) is the doer the passive leaves out."""
    drafts = invented(text)
    assert ("2024-06-07", "condemnation", principal) in _summary(drafts)


def test_a_cabinet_is_its_states_body(invented: Drafts) -> None:
    """'Malawi's cabinet declared …': the cabinet, a government body, not the state; 'the cabinet' after
    it is the same body."""
    drafts = invented("Malawi's cabinet declared the agreement void on Thursday. The cabinet met again on "
                      "Friday.")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-06", "malawian-cabinet"),
                                                             ("2024-06-07", "malawian-cabinet")]


@pytest.mark.parametrize(("text", "principal"), [
    ("The Foreign Ministry in Lilongwe said on Friday that the border was calm.",
     "malawian-foreign-ministry"),
    ("The government in Lusaka condemned the shelling on Friday.", "zambian-government"),
])
def test_a_body_named_by_the_capital_it_sits_in_is_that_states(invented: Drafts, text: str,
                                                                principal: str) -> None:
    """'The Foreign Ministry in Lilongwe': a ministry or government named by its seat is that state's,
    not a ministry of no state."""
    assert [(d["date"], d["actors"][0]) for d in invented(text)] == [("2024-06-07", principal)]


def test_a_ministry_in_its_own_press_release_is_the_publishers_state(
    tmp_path: Path, ingest: Callable[..., Result]
) -> None:
    """A press release published by 'Malawian MFA' calls it 'the Ministry of Foreign Affairs': the
    Malawian Foreign Ministry, not a ministry of no state; any other outlet leaves it as written."""
    text = "The Ministry of Foreign Affairs strongly condemns the shelling of Mchinji on 7 June 2024.\n"
    article = tmp_path / "release.txt"
    article.write_text(text, encoding="utf-8")
    outlets = (("Malawian MFA", "malawian-foreign-ministry"), ("Wire", "ministry-foreign-affairs"))
    for outlet, principal in outlets:
        result = ingest(article, "--published", "2024-06-08", "--url", "https://example.org/r", "--outlet",
                        outlet, "--dry-run", "--format", "json")
        assert [(d["date"], d["actors"][0]) for d in test_ingest._json(result)] == [("2024-06-07", principal)]


# --- several sides in one sentence ------------------------------------------------------------------------

def test_each_side_that_condemns_or_appeals_has_its_own_draft(invented: Drafts) -> None:
    """'Malawi and Zambia called for restraint': each says it for itself, two drafts; 'Malawi and Zambia
    signed a deal': one act done together, one draft with both as parties; three or more sides saying
    one thing ('Uganda, Rwanda and Burundi condemned …') make a joint declaration, one draft."""
    drafts = invented("Malawi and Zambia called for restraint on Friday. Tanzania and Kenya condemned the "
                      "shelling on Friday. Malawi and Mozambique signed a border agreement on Thursday. "
                      "Uganda, Rwanda and Burundi condemned the shelling on Wednesday.")
    assert sorted(_summary(drafts)) == [("2024-06-05", "condemnation", "uganda"),
                                        ("2024-06-06", "agreement", "malawi"),
                                        ("2024-06-07", "appeal", "malawi"),
                                        ("2024-06-07", "appeal", "zambia"),
                                        ("2024-06-07", "condemnation", "kenya"),
                                        ("2024-06-07", "condemnation", "tanzania")]


# --- a name the tagger misreads -----------------------------------------------------------------------------

def test_a_surname_opening_a_sentence_is_the_person_named_in_full_before(invented: Drafts) -> None:
    """'Ruginiene told reporters …' at the start of a sentence, which the small model tags as a common
    noun: the person named in full before ('Prime Minister Inga Ruginiene'), not nobody."""
    drafts = invented("Lithuania closed its border on Monday, Prime Minister Inga Ruginiene said. Ruginiene "
                      "accused Minsk on Wednesday of ignoring the smuggling.")
    assert ("2024-06-05", "accusation", "inga-ruginiene") in _summary(drafts)


def test_a_nationality_before_a_plural_names_a_company_not_a_person(invented: Drafts) -> None:
    """'airport operator Lithuanian Airports said': a company, never a person (the small model marks
    it as one), so a later 'she' is the person named before it."""
    drafts = invented("Prime Minister Inga Ruginiene condemned the launches on Friday. The airport was shut "
                      "on Friday night, airport operator Lithuanian Airports said. She accused Minsk on "
                      "Saturday of doing nothing.")
    assert ("2024-06-08", "accusation", "inga-ruginiene") in _summary(drafts)


def test_a_foreign_ministry_named_by_its_seat_is_that_states(invented: Drafts) -> None:
    """'The Farnesina condemned …': the building stands for Italy's foreign ministry (as the Quai d'Orsay
    does for France's)."""
    drafts = invented("The Farnesina condemned the shelling on Friday.")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-07", "italian-foreign-ministry")]
