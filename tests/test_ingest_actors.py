"""`chronicle ingest`: the principal actor of a draft, named as a reader (and a chronology) names it, on
reports of states and bodies the registry does not know.

Short texts of our own (real states the fixture registry lacks, invented persons), never sentences
from an evaluation set. Each asserts what a reviewer checks first: the draft's day, type and principal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


# --- a state's bodies, named as the report names them -----------------------------------------------

def test_a_government_named_by_its_state_keeps_that_form(
    tmp_path: Path, project: Path, ingest: Callable[..., Result]
) -> None:
    """'The Government of Malawi' is proposed as 'Government of Malawi' (not 'Malawian Government'), a
    government of Malawi; 'the government' later in the report is the same body."""
    article = tmp_path / "report.txt"
    article.write_text("The Government of Malawi condemned the shelling on Friday. On Saturday the "
                       "government recalled its ambassador from Lusaka.\n", encoding="utf-8")
    result = ingest(article, "--published", "2024-06-08", "--url", "https://example.org/a")
    assert result.exit_code == 0, result.output
    actor = yaml.safe_load((project / "chronology" / "actors" / "government-malawi.yaml").read_text(
        encoding="utf-8"))
    assert (actor["name"], actor["kind"], actor["country"]) == ("Government of Malawi", "government", "MW")
    events = (project / "chronology" / "events").rglob("*.yaml")
    drafted = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in events]
    assert sorted((d["date"], d["actors"][0]) for d in drafted) == [("2024-06-07", "government-malawi"),
                                                                    ("2024-06-08", "government-malawi")]


def test_a_government_named_by_its_nationality_keeps_that_form(invented: Drafts) -> None:
    drafts = invented("The Malawian government condemned the shelling on Friday.")
    assert _summary(drafts) == [("2024-06-07", "condemnation", "malawian-government")]


@pytest.mark.parametrize("body", ["Malawi's Defence Ministry", "The Malawian government",
                                  "The Government of Malawi"])
def test_a_ministrys_or_governments_troops_are_the_states_armed_forces(invented: Drafts, body: str) -> None:
    """'The Defence Ministry said its forces …': a civil body has no troops of its own; they are its
    state's armed forces (not the ministry, not the state)."""
    drafts = invented(f"{body} said on Friday that its forces had repelled an attack near the border.")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-07", "malawian-armed-forces")]


@pytest.mark.parametrize(("text", "principal"), [
    ("The Malawi Defence Force said on Friday it had deployed troops to the border.", "malawi-defence-force"),
    ("The Tanzania People's Defence Force deployed troops to the border on Friday.",
     "tanzania-peoples-defence-force"),
])
def test_an_armed_force_named_by_its_own_name_is_that_body(invented: Drafts, text: str,
                                                           principal: str) -> None:
    """'The Malawi Defence Force said it …': a body's own name ending in 'Force(s)' is that body, not a
    person titled 'Defence' (and 'it' is the body that speaks)."""
    drafts = invented(text)
    assert [(d["date"], d["type"], d["actors"][0]) for d in drafts] == [
        ("2024-06-07", "military-movement", principal)]


@pytest.mark.parametrize(("text", "principal"), [
    ("U.S. forces struck two radar sites on Friday.", "us-forces"),
    ("The U.S. military said on Friday it had struck two radar sites.", "us-armed-forces"),
    ("The Philippine Coast Guard said on Friday that it had escorted two supply boats.",
     "philippine-coast-guard"),
    ("Botswana's army said on Friday that it had deployed troops to the border.", "botswana-armed-forces"),
])
def test_a_states_body_takes_the_word_english_names_it_with(invented: Drafts, text: str,
                                                            principal: str) -> None:
    """'US forces', 'the Philippine Coast Guard', 'the Botswana army': the attributive word English uses
    for the state's bodies, not the first demonym ('American', 'Filipino', 'Motswana')."""
    assert [(d["date"], d["actors"][0]) for d in invented(text)] == [("2024-06-07", principal)]


def test_officials_in_a_capital_speak_for_its_state(invented: Drafts) -> None:
    drafts = invented("Officials in Lilongwe said on Friday that the talks had been useful.")
    assert _summary(drafts) == [("2024-06-07", "statement", "malawi")]


def test_the_white_house_is_a_body_not_a_title(invented: Drafts) -> None:
    assert _summary(invented("The White House condemned the shelling on Friday.")) == [
        ("2024-06-07", "condemnation", "white-house")]


def test_bare_police_are_the_side_the_same_sentence_names(invented: Drafts) -> None:
    """'Malawi's Interior Ministry said police had arrested …': Malawi's police, not the ministry."""
    drafts = invented("Malawi's Interior Ministry said on Friday that police had arrested 12 smugglers.")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-07", "malawian-police")]


# --- who speaks ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "principal"), [
    ("A spokesman for Malawi's foreign ministry said on Friday that the talks had been useful.",
     "malawian-foreign-ministry"),
    ("A spokeswoman for the Malawian army said on Friday that the situation was calm.",
     "malawian-armed-forces"),
    ("The Malawian presidency said on Friday that the talks had been useful.", "malawian-presidency"),
    ("The representative of Malawi said on Friday that the talks had been useful.", "malawi"),
])
def test_an_unnamed_voice_speaks_for_the_body_it_is_of(invented: Drafts, text: str, principal: str) -> None:
    """'A spokesman for the ministry said': the statement is the ministry's (the body that issued it);
    'the representative of Malawi' speaks for Malawi; a presidency is a body of its own, not its state."""
    assert [(d["date"], d["type"], d["actors"][0]) for d in invented(text)] == [
        ("2024-06-07", "statement", principal)]


def test_a_spokesman_tells_the_act_of_the_one_he_speaks_for(invented: Drafts) -> None:
    """'A spokesman for X said the ministry had summoned …': the act is the ministry's, on the day told."""
    drafts = invented("A spokesman for Malawi's foreign ministry said on Friday that the ministry had "
                      "summoned the Zambian envoy.")
    assert _summary(drafts) == [("2024-06-07", "condemnation", "malawian-foreign-ministry")]


# --- persons --------------------------------------------------------------------------------------------

def test_a_title_word_inside_a_persons_name_is_part_of_the_name(invented: Drafts) -> None:
    """'President Omar Sheikh Nur': 'Sheikh' inside a name the parser reads as one person's is no title."""
    drafts = invented("Malawi's President Omar Sheikh Nur condemned the shelling on Friday.")
    assert _summary(drafts) == [("2024-06-07", "condemnation", "omar-sheikh-nur")]


def test_a_surname_with_a_title_in_apposition_is_that_person_not_the_state(invented: Drafts) -> None:
    """'Mbeki, Malawi's foreign minister, met …': the person (by the name given), not Malawi."""
    drafts = invented("Mbeki, Malawi's foreign minister, met his Zambian counterpart on Friday.")
    assert _summary(drafts) == [("2024-06-07", "meeting", "mbeki")]


@pytest.mark.parametrize("text", ["Malawi's Mbeki condemned the shelling on Friday.",
                                  "On Friday Malawi's Mbeki condemned the shelling."])
def test_a_name_written_as_a_states_own_is_a_person_not_the_state(invented: Drafts, text: str) -> None:
    """'Malawi's Mbeki', 'Russia's Lavrov': news names a state's leaders so; the person, not the state."""
    assert _summary(invented(text)) == [("2024-06-07", "condemnation", "mbeki")]


def test_a_generals_or_ministers_troops_are_the_states_armed_forces(invented: Drafts) -> None:
    """'Zambia's army chief, General X, said his troops had withdrawn': the state's armed forces."""
    drafts = invented("Zambia's army chief, General Peter Banda, said on Friday that his troops had "
                      "withdrawn from the border.")
    assert _summary(drafts) == [("2024-06-07", "military-movement", "zambian-armed-forces")]


@pytest.mark.parametrize(("later", "person"), [("Garcia Lopez", "ana-maria-garcia-lopez"),
                                              ("Maria", "ana-maria-garcia-lopez")])
def test_a_double_surname_or_a_middle_name_alone_is_the_person_named_in_full(invented: Drafts, later: str,
                                                                             person: str) -> None:
    """'Ana Maria Garcia Lopez … Garcia Lopez said', '… Maria said': the person named in full before
    (Spanish double surnames; a leader known by a middle name), not a new one."""
    drafts = invented(f"Malawian President Ana Maria Garcia Lopez met Zambian officials on Thursday. On "
                      f"Friday {later} accused Zambia of shelling the village.")
    accusation = next(d for d in drafts if d["type"] == "accusation")
    assert (accusation["date"], accusation["actors"][0]) == ("2024-06-07", person)


@pytest.mark.parametrize(("text", "person"), [
    ("Commission President Hanna von der Berg condemned the shelling on Friday.", "hanna-von-der-berg"),
    ("Gen. Omar Hassan al-Tayeb condemned the shelling on Friday.", "omar-hassan-al-tayeb"),
])
def test_a_persons_name_keeps_its_particles_and_drops_an_abbreviated_title(invented: Drafts, text: str,
                                                                          person: str) -> None:
    """'von der', 'al-' belong to the name; 'Gen.' is a title, not its first word."""
    assert _summary(invented(text)) == [("2024-06-07", "condemnation", person)]


def test_an_analysts_words_are_no_act_of_a_side(invented: Drafts) -> None:
    """'X, a senior fellow at a think tank, said …': a commentator, not a party: no draft."""
    assert invented("The standoff is dangerous, Karl Brenner, a senior fellow at a London think tank, said "
                    "on Friday.") == []


# --- organisations ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "principal"), [
    ("The U.N. Security Council met on Friday.", "un-security-council"),
    ("The EU condemned the shelling on Friday.", "european-union"),
    ("On Friday the European Union condemned the shelling.", "european-union"),
    ("The North Atlantic Treaty Organization condemned the shelling on Friday.", "nato"),
    ("NATO condemned the shelling on Friday.", "nato"),
    ("The Economic Community of West African States (ECOWAS) condemned the shelling on Friday.", "ecowas"),
])
def test_an_international_organisation_is_proposed_by_the_name_it_goes_by(invented: Drafts, text: str,
                                                                          principal: str) -> None:
    """However a report spells an organisation, the proposal is the name it goes by: its acronym where
    that is its common name (NATO, ECOWAS), the full name for the two-letter ones (UN, EU); a body named
    after an abbreviation keeps it ('UN Security Council')."""
    assert [(d["date"], d["actors"][0]) for d in invented(text)] == [("2024-06-07", principal)]


def test_an_organisation_named_in_full_and_by_acronym_is_one_actor(invented: Drafts) -> None:
    drafts = invented("The Economic Community of West African States (ECOWAS) imposed sanctions on Niger on "
                      "Thursday. On Friday ECOWAS suspended all transactions with the country.")
    assert _summary(drafts) == [("2024-06-06", "sanction", "ecowas"), ("2024-06-07", "sanction", "ecowas")]


@pytest.mark.parametrize(("text", "principal"), [
    ("The European Union condemned the shelling on Thursday. On Friday the bloc imposed new sanctions.",
     "european-union"),
    ("NATO condemned the shelling on Thursday. On Friday the 32-member alliance sent more troops.", "nato"),
])
def test_the_bloc_or_the_alliance_is_the_organisation_named_before(invented: Drafts, text: str,
                                                                   principal: str) -> None:
    drafts = invented(text)
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-06", principal),
                                                             ("2024-06-07", principal)]
