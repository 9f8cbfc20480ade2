"""`chronicle ingest` drafts acts told in shapes the verb of a clause alone does not give: a verb that
only says an act happened ("clashes broke out"), a relative clause on an event noun, a day hung on
the verb's object, a passive with no doer, and verbs of general English news.

Short texts of our own about real states the fixture registry may lack (published Saturday
8 June 2024), never sentences from an evaluation set. Each asserts the draft's date, type and
principal actor, or that a plan or a bare happening gives no draft at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


@pytest.mark.parametrize("verb", ["broke out", "erupted"])
def test_a_clash_that_broke_out_between_two_sides_is_drafted(invented: Drafts, verb: str) -> None:
    """'Clashes broke out between X and Y': the verb only says the act happened; the noun is the act,
    the first side named its principal (flagged for review)."""
    drafts = invented(f"Clashes {verb} on Tuesday between Ghanaian and Togolese troops near the border.")
    assert _summary(drafts) == [("2024-06-04", "attack", "ghanaian-armed-forces")]
    assert any("first side named" in line for line in drafts[0].get("needs_review", []))


def test_talks_dated_in_a_relative_clause_on_the_noun(invented: Drafts) -> None:
    drafts = invented("Ghana and Togo held talks in Geneva. The talks, which were held on Thursday, ended "
                      "without a deal.")
    assert ("2024-06-06", "negotiation", "ghana") in _summary(drafts)


def test_the_day_after_the_object_dates_the_verb(invented: Drafts) -> None:
    """'proposed a ceasefire on Wednesday': the parser hangs the day on 'ceasefire', a ceasefire nobody
    made; it is the day of the proposal."""
    drafts = invented("Ghana proposed a ceasefire on Wednesday.")
    assert _summary(drafts) == [("2024-06-05", "appeal", "ghana")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Ghanaian troops were deployed to the border on Monday.", "military-movement"),
    ("Three Ghanaian soldiers were killed on Monday in an ambush near the border.", "casualties"),
])
def test_troops_told_in_the_passive_are_their_sides(invented: Drafts, text: str, kind: str) -> None:
    """No doer named: troops deployed were moved by their side; soldiers killed are their side's toll
    (a count at the start of the sentence is not part of a name)."""
    assert _summary(invented(text)) == [("2024-06-03", kind, "ghanaian-armed-forces")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Togo vetoed the resolution on Thursday.", "denial"),
    ("Togo postponed the talks on Thursday.", "announcement"),
    ("Ghana deported 300 Togolese nationals on Thursday.", "sanction"),
    ("Togo intercepted two Ghanaian drones on Thursday.", "attack"),
])
def test_verbs_of_general_news(invented: Drafts, text: str, kind: str) -> None:
    assert [(d["date"], d["type"]) for d in invented(text)] == [("2024-06-06", kind)]


@pytest.mark.parametrize("text", [
    "Talks between Ghana and Togo are expected to take place in Accra next week.",
    "Fighting resumed on Monday.",
    "Clashes could break out again between Ghanaian and Togolese troops.",
])
def test_a_happening_planned_or_with_no_side_gives_no_draft(invented: Drafts, text: str) -> None:
    assert invented(text) == []


def test_a_folder_of_many_reports_shows_a_progress_bar(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    """Fifty files or more get a progress bar on standard error even when it is not a terminal."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(50):
        (folder / f"r{n:02}.txt").write_text(f"Ghana expelled {n + 2} Togolese diplomats on Monday.\n",
                                             encoding="utf-8")
    result = ingest(folder, "--published", "2024-06-08", "--url", "https://example.org/a", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Reading articles" in result.stderr
    assert "Reading articles" not in result.stdout


@pytest.mark.parametrize(("text", "expected"), [
    ("By Saturday, Ghana had agreed to withdraw its troops from the border.",
     ("2024-06-08", "agreement", "ghana")),
    ("Togo shelled Ho on 2 June. Two days later, Togo withdrew its troops from the border.",
     ("2024-06-04", "military-movement", "togo")),
    ("In a televised address on Sunday, Ghanaian President Kofi Mensah announced a state of emergency.",
     ("2024-06-02", "announcement", "kofi-mensah")),
])
def test_days_told_around_the_act(invented: Drafts, text: str, expected: tuple[str, str, str]) -> None:
    """A past day opening the sentence with 'By' is when the act was done (a 'by' elsewhere is a
    deadline); 'two days later' counts from the day named before; a speech's day is its speaker's."""
    assert expected in _summary(invented(text))


def test_ghana_must_withdraw_by_friday_is_no_act(invented: Drafts) -> None:
    drafts = invented("Ghana must withdraw its troops by Friday, Togo said on Wednesday.")
    assert [d["type"] for d in drafts if d["actors"][0] == "ghana"] == []


def test_positions_that_came_under_fire_from_a_side(invented: Drafts) -> None:
    """'came under fire from X': X's attack on the subject."""
    drafts = invented("Ghanaian border posts came under fire from Togolese troops on Sunday night.")
    assert ("2024-06-02", "attack") in [(d["date"], d["type"]) for d in drafts]


def test_an_airspace_violation_by_a_side(invented: Drafts) -> None:
    drafts = invented("Ghana protested on Wednesday against the violation of its airspace by Togolese "
                      "military aircraft on 4 June.")
    assert ("2024-06-04", "incursion") in [(d["date"], d["type"]) for d in drafts]


def test_talks_held_after_an_invitation_are_the_invitations_parties(invented: Drafts) -> None:
    """'X summoned Y and Z for talks, which were held on Thursday': the talks are X's, on Thursday."""
    drafts = invented("Ghana invited Togo and Benin to Accra for crisis talks, which were held on Thursday.")
    assert ("2024-06-06", "negotiation", "ghana") in _summary(drafts)


@pytest.mark.parametrize(("text", "kind"), [
    ("Ghana offered on Monday to mediate between the two sides.", "appeal"),
    ("Ghana held a referendum on Monday.", "announcement"),
    ("Ghana gave Togo 48 hours on Monday to withdraw its troops.", "demand"),
    ("Ghanaian police were sent to the border on Monday.", "military-movement"),
])
def test_more_acts_of_general_news(invented: Drafts, text: str, kind: str) -> None:
    assert [(d["date"], d["type"]) for d in invented(text)][:1] == [("2024-06-03", kind)]


@pytest.mark.parametrize("text", [
    "Togolese missiles hit two Ghanaian towns on Friday.",
    "A Togolese drone struck a fuel depot in Ho on Friday.",
])
def test_a_nations_weapons_are_its_forces(invented: Drafts, text: str) -> None:
    assert _summary(invented(text)) == [("2024-06-07", "attack", "togolese-armed-forces")]


def test_a_speakers_own_act_just_done_in_a_quotation(invented: Drafts) -> None:
    """'"We have expelled the ambassador," X said on Friday': the speaker's act, of the saying's day;
    'we have always respected' is a habit, no act."""
    drafts = invented('"We have expelled the Togolese ambassador," Ghanaian President Kofi Mensah said on '
                      'Friday. "We have always respected the border," he added.')
    assert [(d["date"], d["type"]) for d in drafts] == [("2024-06-07", "sanction")]


def test_talks_before_a_saying_are_the_speakers(invented: Drafts) -> None:
    """'After talks with Y on Wednesday, X said …': X held the talks, on Wednesday."""
    drafts = invented("After talks with Togolese President Faure Gnassingbe on Wednesday, Ghanaian President "
                      "Kofi Mensah said the border would reopen.")
    assert ("2024-06-05", "negotiation", "kofi-mensah") in _summary(drafts)


def test_a_debate_held_is_a_meeting(invented: Drafts) -> None:
    drafts = invented("The Ghanaian parliament held a debate on the crisis on Thursday.")
    assert [(d["date"], d["type"]) for d in drafts] == [("2024-06-06", "meeting")]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Ghanaian parliament passed a law on Monday annulling the border treaty.", "announcement"),
    ("Kofi Mensah signed the bill into law on Monday.", "announcement"),
    ("Togolese gunboats sank a Ghanaian fishing boat on Monday.", "attack"),
])
def test_laws_and_sinkings(invented: Drafts, text: str, kind: str) -> None:
    assert [(d["date"], d["type"]) for d in invented(text)] == [("2024-06-03", kind)]


@pytest.mark.parametrize(("text", "day", "person"), [
    ("Kwame Boateng was dismissed as foreign minister of Togo on Tuesday.", "2024-06-04", "kwame-boateng"),
    ("John Mensah was sworn in as president of Ghana on Wednesday.", "2024-06-05", "john-mensah"),
    ("Kwame Boateng moved to Accra on Monday and was appointed finance minister on Tuesday.", "2024-06-04",
     "kwame-boateng"),
])
def test_an_appointment_told_in_the_passive_is_the_appointees(invented: Drafts, text: str, day: str,
                                                               person: str) -> None:
    """'X was appointed / sworn in / dismissed as …' with no one named who did it: news of X (an office
    given or taken is an announcement; 'dismissed' a person is no denial); a passive coordinated with
    an active verb shares its subject."""
    drafts = [d for d in invented(text) if d["type"] == "announcement"]
    assert _summary(drafts) == [(day, "announcement", person)]


def test_a_pronoun_appointee_is_named_in_the_title(invented: Drafts) -> None:
    drafts = invented("Kwame Boateng became a minister in 2019. He was dismissed from the post on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "announcement", "kwame-boateng")]
    assert drafts[0]["title"].startswith("Boateng is dismissed")


def test_what_a_nations_voters_approve_is_their_states(invented: Drafts) -> None:
    """'Togolese voters approved …': a vote's outcome is the state's decision (no doer otherwise)."""
    assert _summary(invented("Togolese voters approved the new constitution on Sunday.")) == [
        ("2024-06-02", "announcement", "togo")]


def test_a_session_of_a_body_is_that_bodys_and_dates_what_is_said_at_it(invented: Drafts) -> None:
    """'At an emergency session of the UN Security Council on Sunday, X said …': the Council met (not
    the speaker), and the saying is of the session's day."""
    drafts = invented("At an emergency session of the UN Security Council on Sunday, Kofi Mensah said the "
                      "situation was grave.")
    assert [(d["date"], d["type"]) for d in drafts] == [("2024-06-02", "meeting"),
                                                       ("2024-06-02", "statement")]
    assert "kofi-mensah" not in drafts[0]["actors"][:1] and drafts[1]["actors"][0] == "kofi-mensah"


def test_i_in_remarks_titled_by_their_speaker_is_the_speaker(invented: Drafts) -> None:
    """'Press remarks by President X …': the text is X's own words, so 'Today I hosted Y and Z' outside
    quotation marks is X's meeting (before: 'I' was no one, no draft)."""
    drafts = invented("---\ntitle: Press remarks by President Kofi Mensah following the summit\n---\n"
                      "Today I hosted President Ama Owusu of Togo and Prime Minister Jan Novak of Sylvania "
                      "for a trilateral meeting in Accra.\n")
    assert _summary(drafts) == [("2024-06-08", "meeting", "kofi-mensah")]


def test_a_transcripts_label_says_whose_i_it_is_until_the_next_label(invented: Drafts) -> None:
    """'SECRETARY X: … I opened the talks on Monday': X's act; after 'QUESTION:' the 'I' is a
    journalist's, no one's act."""
    drafts = invented("SECRETARY MENSAH: Good afternoon, everyone. When I opened these talks on Monday, I "
                      "welcomed both delegations.\n\n"
                      "QUESTION: Yesterday I visited Lome. Did you discuss it?\n")
    assert ("2024-06-03", "negotiation", "mensah") in _summary(drafts)
    assert not [d for d in drafts if d["type"] == "meeting"]


def test_a_chance_one_had_to_meet_is_a_meeting(invented: Drafts) -> None:
    """'X had the opportunity to meet Y on Friday' tells the meeting; 'will have the chance to' a plan."""
    assert _summary(invented("Ivan Petrov had the opportunity to meet Anna Weber on Friday.")) == [
        ("2024-06-07", "meeting", "ivan-petrov")]
    assert invented("Ivan Petrov will have the opportunity to meet Anna Weber on Friday.") == []


def test_advancing_an_understanding_is_no_incursion(invented: Drafts) -> None:
    assert invented("Ghana and Togo advanced their shared understanding of the border on Friday.") == []


def test_a_nations_delegation_is_its_state(invented: Drafts) -> None:
    """'Ghanaian and Togolese delegations agreed …': delegations speak for their states, as officials do
    (before: no doer, no draft)."""
    drafts = invented("Ghanaian and Togolese delegations agreed on Friday to a prisoner exchange.")
    assert _summary(drafts) == [("2024-06-07", "agreement", "ghana")]


def test_an_event_noun_held_by_someone_on_a_day_is_their_act(invented: Drafts) -> None:
    """'the talks held by X with Y on Monday': the participle of a light verb tells the noun's act, with
    its 'by' agent as the doer and its own day (before: a noun with no doer, no draft)."""
    drafts = invented("The summit follows the talks held by Kofi Mensah with Togolese officials on Monday.")
    assert ("2024-06-03", "negotiation", "kofi-mensah") in _summary(drafts)


def test_it_under_a_persons_act_is_the_body_addressed(invented: Drafts) -> None:
    """'The Secretary-General told the Security Council on Tuesday, as it met in an emergency session':
    'it' is never a person, so the body told met (before: 'it' was no one, no draft)."""
    drafts = invented("The region is on the brink, the Secretary-General told the UN Security Council on "
                      "Tuesday, as it met in an emergency session.")
    assert [(d["date"], d["type"]) for d in drafts] == [("2024-06-04", "meeting")]
    assert "Security Council" in drafts[0]["title"]


def test_a_speaker_glad_to_say_something_says_it(invented: Drafts) -> None:
    """'I am pleased to announce …' in one's remarks is the announcement, not a wish to make one (before:
    an infinitive, read as a plan); 'would be pleased to' stays a plan."""
    drafts = invented("---\ntitle: Remarks by President Kofi Mensah at the summit\n---\n"
                      "Today I am pleased to announce that Ghana will open an embassy in Lome. "
                      "I would be happy to announce more next week.\n")
    assert [(d["type"], d["actors"][0]) for d in drafts] == [("announcement", "kofi-mensah")]


def test_going_on_television_to_declare_is_declaring(invented: Drafts) -> None:
    """'went on television to declare himself leader': going on the air to say it is saying it (before:
    the infinitive was read as a plan)."""
    drafts = invented("On Friday, General Kofi Mensah went on television to declare himself the leader "
                      "of the new council.")
    assert _summary(drafts) == [("2024-06-07", "announcement", "kofi-mensah")]


def test_the_leaders_after_a_meeting_are_its_parties(invented: Drafts) -> None:
    """'X met Y on Monday. The leaders discussed …': 'the leaders' (the sides, the parties) with no other
    word are the parties of the meeting just told (before: no doer, no draft)."""
    drafts = invented("Ivan Petrov met Anna Weber in Accra on Monday. On Tuesday the leaders discussed the "
                      "border.")
    assert ("2024-06-04", "negotiation", "ivan-petrov") in _summary(drafts)


def test_a_quoted_act_done_by_saying_it_is_the_speakers(invented: Drafts) -> None:
    """'"We strongly condemn this attack," X said on Monday': a condemnation (demand, appeal …) in the first
    person and the present is done as it is said (before: dropped as quoted words); 'we condemned', told
    of the past, stays what was said."""
    drafts = invented('"We strongly condemn this attack on our territory," Ghanaian Foreign Minister Kofi '
                      'Mensah said on Monday.\n\n'
                      '"We condemned that raid at the time," Mensah said on Thursday.\n')
    assert _summary(drafts) == [("2024-06-03", "condemnation", "kofi-mensah")]
