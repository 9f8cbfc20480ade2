"""`chronicle ingest`: who a reference, a passive and a counterpart stand for, and whole titles.

Short texts of our own (real states the fixture registry lacks, invented persons), never sentences from
an evaluation set; published Saturday 8 June 2024. Each asserts on what `chronicle ingest` drafts: the
day, type, actors and title a reviewer reads first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import test_ingest
from chronicle.cli import main
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


def _acts(drafts: list[dict]) -> list[tuple[str, str, list[str], str]]:
    return [(d["date"], d["type"], d["actors"], d["title"]) for d in drafts]


# --- definite references: the last fitting antecedent --------------------------------------------------

def test_the_two_leaders_are_the_parties_of_the_call_even_when_the_other_is_named_by_surname(
        invented: Drafts) -> None:
    """'X spoke by telephone with Phiri. The two leaders agreed …': X and Phiri (named in full before),
    not the last two persons the report named."""
    drafts = invented("Malawian President Joyce Phiri chaired a security meeting on Wednesday. Zambian "
                      "Foreign Minister Peter Mwale flew to Lilongwe on Wednesday. Zambian President "
                      "Hakainde Banda spoke by telephone with Phiri on Thursday. The two leaders agreed to "
                      "reopen the border.")
    agreement = next(d for d in drafts if d["type"] == "agreement")
    assert (agreement["date"], agreement["actors"][:2]) == ("2024-06-06", ["hakainde-banda", "joyce-phiri"])
    assert agreement["title"] == "Banda and Phiri agree to reopen the border"


def test_what_the_two_leaders_condemned_each_of_them_condemned(invented: Drafts) -> None:
    drafts = invented("Zambian President Hakainde Banda met Malawian President Joyce Phiri on Thursday. "
                      "The two leaders condemned the attack on the border post.")
    condemned = [d for d in drafts if d["type"] == "condemnation"]
    assert [d["actors"][0] for d in condemned] == ["hakainde-banda", "joyce-phiri"]
    assert {d["title"] for d in condemned} == {"Banda and Phiri condemn the attack on the border post"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana's Foreign Ministry summoned the Togolese ambassador on Tuesday. The ministry said on Wednesday "
     "it had recalled its envoy from Lome.", ("2024-06-05", "sanction", "ghanaian-foreign-ministry")),
    ("Togo closed its border with Ghana on Tuesday. The country's leadership said on Wednesday it had "
     "ordered an inquiry into the shooting.", ("2024-06-05", "announcement", "togo")),
    ("Togolese President Yao Agbeko closed the border on Monday. Ghanaian Foreign Minister Kofi Mensah "
     "summoned the Togolese envoy on Tuesday. On Wednesday the president ordered troops to the border.",
     ("2024-06-05", "military-movement", "yao-agbeko")),
    ("Ghanaian President John Mensah met Togolese President Yao Agbeko in Accra on Monday. On Tuesday the "
     "Togolese president ordered troops to the eastern border.",
     ("2024-06-04", "military-movement", "yao-agbeko")),
])
def test_a_definite_reference_is_the_last_body_state_or_title_holder_that_fits(
        invented: Drafts, text: str, expected: tuple[str, str, str]) -> None:
    """'the ministry', 'the country's leadership', 'the president' (the last one named), 'the Ghanaian
    president' (the last president named of that state)."""
    assert expected in _summary(invented(text))


def test_it_after_the_army_said_is_the_army_however_the_parser_hangs_the_clause(invented: Drafts) -> None:
    """'the Bolivian army said it had withdrawn …, a move Paraguay welcomed': the parser hangs the withdrawal
    on 'welcomed'; 'it' is still the army that said so (not the parliament named before), and Paraguay
    welcomes the move, not just 'welcomes'."""
    drafts = invented("Bolivia's parliament held a closed session on the incident on Thursday evening. Late "
                      "on Thursday, the Bolivian army said it had withdrawn a company of soldiers from the "
                      "riverbank to reduce tension, a move Paraguay welcomed.")
    withdrawals = [d["actors"][0] for d in drafts if d["type"] == "military-movement"]
    assert withdrawals == ["bolivian-armed-forces"]
    assert "Paraguay welcomes the move" in [d["title"] for d in drafts]


# --- passives with no by-agent: the doers are in the sentence ------------------------------------------

def test_a_call_held_between_the_foreign_ministers_of_two_states_is_their_ministries(
        invented: Drafts) -> None:
    drafts = invented("A telephone conversation was held on Thursday between the foreign ministers of Ghana "
                      "and Togo.")
    ministries = ["ghanaian-foreign-ministry", "togolese-foreign-ministry"]
    assert _acts(drafts) == [("2024-06-06", "phone-call", ministries,
                              "Ghanaian Foreign Ministry and Togolese Foreign Ministry hold a telephone "
                              "conversation")]


def test_talks_held_between_envoys_named_after_their_states_are_the_envoys(invented: Drafts) -> None:
    drafts = invented("Talks were held in Accra on Friday between the special envoys of Ghana and Togo, "
                      "Kofi Mensah and Yao Agbeko.")
    assert _acts(drafts) == [("2024-06-07", "negotiation", ["kofi-mensah", "yao-agbeko"],
                              "Mensah and Agbeko hold talks in Accra")]


def test_talks_between_parties_the_report_does_not_name_are_not_the_meeting_told_before(
        invented: Drafts) -> None:
    """No doer the report names: no draft (`--verbose` says 'no actor named as its doer'), rather than the
    parties of the meeting the day before."""
    drafts = invented("Anna Weber met Ivan Petrov on Thursday. Talks were held on Friday between military "
                      "officers of the two sides.")
    assert _summary(drafts) == [("2024-06-06", "meeting", "anna-weber")]


# --- the counterpart of 'spoke with', 'held talks with', 'met' -----------------------------------------

@pytest.mark.parametrize(("text", "actors", "title"), [
    ("Zambian Foreign Minister Peter Mwale spoke by telephone with Malawian Foreign Minister Joyce Phiri on "
     "Friday.", ["peter-mwale", "joyce-phiri"],
     "Mwale speaks by telephone with Malawian Foreign Minister Joyce Phiri"),
    ("Zambian Foreign Minister Peter Mwale spoke by telephone with his Malawian counterpart Joyce Phiri on "
     "Friday.", ["peter-mwale", "joyce-phiri"],
     "Mwale speaks by telephone with his Malawian counterpart Joyce Phiri"),
    ("Zambian Foreign Minister Peter Mwale met his Malawian counterpart Joyce Phiri in Lusaka on Friday.",
     ["peter-mwale", "joyce-phiri"], "Mwale meets his Malawian counterpart Joyce Phiri in Lusaka"),
])
def test_the_counterpart_of_a_call_or_meeting_is_the_second_actor(
        invented: Drafts, text: str, actors: list[str], title: str) -> None:
    """The parser hangs 'with Y' on 'telephone', and names a counterpart in apposition: Y is still the
    other party, and the title names them."""
    drafts = invented(text)
    assert [(d["date"], d["actors"], d["title"]) for d in drafts] == [("2024-06-07", actors, title)]


# --- one body under two names in one report ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Defence Ministry said on Tuesday that Togolese soldiers had crossed the border. Ghana's Ministry of "
    "Defence said on Wednesday it had sent reinforcements to the area.",
    "The Ministry of Defence said on Tuesday that Togolese soldiers had crossed the border. Ghana's Defence "
    "Ministry said on Wednesday it had sent reinforcements to the area.",
    "Ghana's Defence Ministry said on Tuesday that Togolese soldiers had crossed the border. The Ministry of "
    "Defence of Ghana said on Wednesday it had sent reinforcements to the area.",
])
def test_a_ministry_named_bare_and_with_its_state_is_one_actor(invented: Drafts, text: str) -> None:
    """A body named bare before the report says whose it is is the one body of that kind it names with a
    state: one proposed actor, who asserts the crossing and sends the reinforcements."""
    drafts = invented(text)
    proposed = {a["name"] for d in drafts for a in d.get("proposed_actors", [])}
    assert "Ghanaian Defence Ministry" in proposed
    assert not proposed & {"Ministry of Defence", "Defence Ministry"}
    crossing = next(d for d in drafts if d["type"] == "incursion")
    assert [c["by"] for c in crossing["claims"]] == ["ghanaian-defence-ministry"]
    assert ("2024-06-05", "military-movement", "ghanaian-defence-ministry") in _summary(drafts)


def test_a_foreign_ministry_by_the_states_name_and_by_its_adjective_is_one_actor(invented: Drafts) -> None:
    drafts = invented("Ghana's Foreign Ministry summoned the Togolese ambassador on Tuesday. On Wednesday "
                      "the Ghanaian foreign ministry accused Togo of provocations.")
    assert [d["actors"][0] for d in drafts] == ["ghanaian-foreign-ministry", "ghanaian-foreign-ministry"]


# --- titles are whole clauses --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    ('"On Monday I ordered the border crossings closed," Malawian President Joyce Phiri told reporters on '
     "Wednesday.", "Phiri orders the border crossings closed"),
    ("The Togolese Defence Ministry denied on Saturday that its aircraft had violated Ghanaian airspace.",
     "The Togolese Defence Ministry denies that its aircraft had violated Ghanaian airspace"),
    ("Togo's Defence Ministry said on Friday that its troops had not crossed the border.",
     "Togo's Defence Ministry says that its troops had not crossed the border"),
])
def test_a_title_keeps_what_the_verb_needs(invented: Drafts, text: str, title: str) -> None:
    """'ordered the crossings closed' keeps its small clause; a denial keeps what it denies, told either
    way ('denied that …', 'said that … had not')."""
    assert [d["title"] for d in invented(text)] == [title]


def test_his_office_said_is_the_person_the_sentence_named_not_the_one_named_before(invented: Drafts) -> None:
    """'X spoke with Y …, his office said': X, though the registry lacks him, not the person the report
    named last (the teller of the title)."""
    drafts = invented("Zambian Foreign Minister Peter Mwale called the raid a provocation on Thursday. "
                      "Zambian President Hakainde Banda spoke with Malawian President Joyce Phiri on "
                      "Thursday, his office said.")
    call = next(d for d in drafts if d["type"] in ("phone-call", "meeting"))
    assert call["actors"][:2] == ["hakainde-banda", "joyce-phiri"]
    assert not call["title"].startswith("Mwale says")


@pytest.mark.parametrize(("text", "title"), [
    ("Ghana's Foreign Ministry summoned the Togolese ambassador on Tuesday. The ministry also accused Togo "
     "of provocations on Tuesday.", "Ghanaian Foreign Ministry accuses Togo of provocations"),
    ("Zambian Foreign Minister Peter Mwale said on Friday that the Malawian attache had been given 48 hours "
     "to leave.", "The Malawian attache is given 48 hours to leave"),
])
def test_a_title_names_the_doer_and_keeps_the_object(invented: Drafts, text: str, title: str) -> None:
    """'The ministry accused …' is titled by whose ministry it is; '48 hours' is what was given, not a time
    word to leave out."""
    assert title in [d["title"] for d in invented(text)]


def test_the_country_is_the_state_of_the_last_party_not_its_army(invented: Drafts) -> None:
    drafts = invented("Togolese troops shelled a Ghanaian border post on Monday. On Tuesday the country's "
                      "leadership ordered an inquiry into the shelling.")
    assert ("2024-06-04", "announcement", "togo") in _summary(drafts)


@pytest.mark.parametrize(("text", "title"), [
    ("Chinese Vice Foreign Minister Sun Weidong summoned the Malawian ambassador on Friday.",
     "Sun summons the Malawian ambassador"),
    ("South Korean Foreign Minister Cho Hyun met the Malawian envoy on Friday.",
     "Cho meets the Malawian envoy"),
])
def test_a_chinese_or_korean_person_is_titled_by_the_family_name_written_first(
        invented: Drafts, text: str, title: str) -> None:
    assert [d["title"] for d in invented(text)] == [title]


def test_its_inside_the_subject_is_the_speakers_not_the_subjects(invented: Drafts) -> None:
    """'The ministry said none of its aircraft had left …': 'its' sits inside the subject 'none of its
    aircraft', so it stands for the ministry that spoke (asking the subject itself never ended: ingest
    stopped with a RecursionError)."""
    drafts = invented("The Togolese Defence Ministry said on Thursday that none of its aircraft had left "
                      "Togolese airspace and accused Ghana of spreading false information.")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-06", "togolese-defence-ministry")]


def test_one_body_named_two_ways_in_two_reports_of_a_run_is_one_proposed_actor(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    """'Togolese troops' in one report and 'Togolese forces' in the next are one proposed actor, under the
    first name the run gave it and with the other as its alias; a bare 'the Ministry of Defence' a report
    leaves unowned is the one defence ministry the run names with its state. Every draft points to them."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(
        '---\nurl: https://example.org/a\npublished: "2024-06-08"\n---\nTogolese troops shelled a Ghanaian '
        "border post on Monday. Ghana's Ministry of Defence said on Tuesday that two soldiers had been "
        "wounded.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        '---\nurl: https://example.org/b\npublished: "2024-06-08"\n---\nThe Ministry of Defence said on '
        "Thursday that Togolese forces had crossed the border near Aflao on Wednesday.\n", encoding="utf-8")
    drafts = test_ingest._json(ingest(folder, "--dry-run", "--format", "json"))
    assert [(d["date"], d["actors"][0]) for d in drafts] == [
        ("2024-06-03", "togolese-armed-forces"), ("2024-06-04", "ghanaian-defence-ministry"),
        ("2024-06-05", "togolese-armed-forces")]
    assert [c["by"] for c in drafts[2]["claims"]] == ["ghanaian-defence-ministry"]
    proposed = {p["id"]: p for d in drafts for p in d["proposed_actors"]}
    assert sorted(proposed) == ["ghanaian-defence-ministry", "togolese-armed-forces"]
    assert proposed["togolese-armed-forces"]["aliases"] == ["Togolese forces"]
    result = ingest(folder)
    assert result.exit_code == 0, result.output
    actors = project / "chronology" / "actors"
    forces = (actors / "togolese-armed-forces.yaml").read_text(encoding="utf-8")
    assert "\nname: Togolese armed forces\nkind: armed-force\naliases:\n- Togolese forces\n" in forces
    assert not (actors / "togolese-forces.yaml").exists()
    assert not (actors / "ministry-of-defence.yaml").exists()
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output


@pytest.mark.parametrize("registered", [True, False])
def test_the_breakaway_region_is_its_own_authorities_never_the_state_it_lies_in(
        project: Path, invented: Drafts, registered: bool) -> None:
    """'the breakaway region', 'the unrecognized republic': the registry's authorities of no recognised
    state (a government with no country) whose territory the report names, not the last state named;
    with no such body registered (only another territory's), no draft rather than a wrong actor."""
    if registered:
        (project / "chronology" / "actors" / "transnistria-authorities.yaml").write_text(
            "id: transnistria-authorities\nname: Transnistrian separatist authorities\nkind: government\n",
            encoding="utf-8")
    drafts = invented("Moldovan police detained two officials of the self-proclaimed republic of "
                      "Transnistria on Monday. On Tuesday the breakaway region closed its border crossings.")
    closed = [(d["date"], d["actors"][0]) for d in drafts if d["date"] == "2024-06-04"]
    assert closed == ([("2024-06-04", "transnistria-authorities")] if registered else [])


def test_a_person_named_inside_a_quotation_is_not_the_he_after_it(invented: Drafts) -> None:
    """'"Nothing happens that Ivan Petrov is not behind," she told reporters': 'she' is the speaker of
    the sentence before, not the person the quotation names; the quotation is part of her statement."""
    drafts = invented('Anna Weber said on Friday she was not surprised. "Nothing happens in Freedonia that '
                      'Ivan Petrov is not behind," she told reporters.')
    assert _summary(drafts) == [("2024-06-07", "statement", "anna-weber")]


def test_a_call_by_telephone_has_its_partner_when_by_is_misparsed(invented: Drafts) -> None:
    """'X, the acting Minister of …, spoke by telephone with Boris Kolas, Secretary General of …': the
    parser may take 'by' for a passive's agent; Kolas is still the call's other party, named in its title,
    and what he 'added' is part of the call, not a statement of its own."""
    drafts = invented("On June 7, Ivan Petrov, the acting Minister of Defence of the Republic of Freedonia, "
                      "spoke by telephone with Boris Kolas, Secretary General of the Collective Security "
                      "Treaty Organization. Kolas added that the alliance had been told of the situation.")
    assert _acts(drafts) == [("2024-06-07", "phone-call", ["ivan-petrov", "boris-kolas"],
                              "Petrov speaks by telephone with Boris Kolas")]


def test_the_representative_of_a_state_speaks_for_that_state(invented: Drafts) -> None:
    """'The representative of Sylvania said …' after 'The representative of Freedonia, Boris Kolas, said …':
    a UN summary names one delegate after another; the second is Sylvania's, not the last one named."""
    drafts = invented("The representative of Freedonia, Boris Kolas, said on Friday the text was unbalanced. "
                      "The representative of Sylvania said on Friday it called on all parties to exercise "
                      "restraint.")
    assert _summary(drafts) == [("2024-06-07", "statement", "boris-kolas"),
                                ("2024-06-07", "appeal", "sylvania")]


def test_the_adversary_in_a_sides_words_is_that_sides_enemy(invented: Drafts) -> None:
    """'the ministry said …, the adversary went on the offensive': the adversary of the side whose words
    these are (Sylvania's ministry), never that side itself, even when no state body was named first."""
    drafts = invented("Freedonian troops have been shelling two Sylvanian villages since Wednesday morning, "
                      "according to Sylvania's foreign ministry.\n\nIn a statement, the ministry said "
                      "tension persisted along the border. Starting at 08:00 local time, it said, the "
                      "adversary went on the offensive towards the two villages with artillery.")
    attacks = [d["actors"][0] for d in drafts if d["type"] == "attack"]
    assert "sylvania-mfa" not in attacks
    assert any(d["actors"][0] == "freedonia-armed-forces" and "offensive" in d["title"] for d in drafts)


def test_a_generational_suffix_is_no_second_subject(invented: Drafts) -> None:
    """'President Boris R. Kolas, Jr. met with …': the parser took 'Jr.' for a second subject and the
    meeting had no doer; what the readout says he emphasized then stood as a statement of its own.
    Without its commas the suffix is part of the name, as 'Karl Brenner Jr.' is (test_ingest_unseen)."""
    drafts = invented("President Boris R. Kolas, Jr. met with President Anna Weber of Sylvania on Wednesday "
                      "in Geneva. President Kolas emphasized that the two countries are in competition.")
    assert _summary(drafts) == [("2024-06-05", "meeting", "boris-r-kolas-jr")]


def test_a_participle_hung_on_what_a_demand_asks_is_not_the_askeds_act(invented: Drafts) -> None:
    """'demanded that the militias stop all attacks, adopting a resolution': the parser hangs 'adopting'
    on 'stop'; the militias adopted nothing. One draft: the Council's demand."""
    drafts = invented("The Security Council on Friday demanded that the Freedonian militias immediately stop "
                      "all attacks on Sylvanian ships, adopting a resolution by a vote of 12 in favour.")
    assert _summary(drafts) == [("2024-06-07", "demand", "security-council")]
