"""`chronicle ingest`: which clauses are no event of a chronology, and which acts are one event.

A chronology keeps what someone did on a day. Short texts of our own (the invented states of
test_ingest, published Saturday 8 June 2024), never sentences from an evaluation set: each asserts
what ingest drafts and, for a clause it leaves out, the reason `--verbose` gives.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import test_ingest
from chronicle.cli import main

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented


def _read(project: Path, tmp_path: Path, text: str) -> tuple[list[tuple[str, str, str]], str]:
    """The drafts (day, type, principal) of a text, and what --verbose says of the other sentences."""
    article = tmp_path / "report.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(project), "ingest", str(article), "--published",
                                       "2024-06-08", "--url", "https://example.org/r", "--dry-run",
                                       "--verbose", "--format", "json"])
    assert result.exit_code == 0, result.output
    drafts = json.loads(result.stdout)
    return [(d["date"], d["type"], d["actors"][0]) for d in drafts], result.stderr


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize(("text", "reason"), [
    ("Relations have been tense since Freedonian troops shelled a Sylvanian village in May.",
     "'shelled' (attack): when a state of things began ('since …'): background"),
    ("Freedonia supplies most of the gas Sylvania uses.",
     "'supplies' (aid): a standing fact told in the present ('supplies', 'holds'), not an act of the day"),
    ("Few of Sylvania's neighbours have spoken out.",
     "'spoken' (statement): told of nobody ('few of …', 'none of …'): no act"),
])
def test_background_facts_and_states_are_no_event(project: Path, tmp_path: Path, text: str,
                                                  reason: str) -> None:
    """When a state of things began, what holds true whatever the day and what nobody did are no
    event; --verbose says which of these each clause is."""
    drafts, why = _read(project, tmp_path, text)
    assert drafts == []
    assert reason in why


@pytest.mark.usefixtures("invented")
def test_a_habit_is_no_event_but_the_same_act_on_a_day_is(project: Path, tmp_path: Path) -> None:
    """'have repeatedly crossed' tells a habit, not one crossing; 'crossed on Friday' is one."""
    drafts, why = _read(project, tmp_path, "Freedonian troops have repeatedly crossed into Sylvania. "
                                           "Freedonian troops crossed into Sylvania on Friday.")
    assert drafts == [("2024-06-07", "incursion", "freedonia-armed-forces")]
    assert "'crossed' (incursion): a habit ('repeatedly', 'always'), not one act" in why


@pytest.mark.usefixtures("invented")
def test_a_position_held_for_a_while_is_no_news_but_a_protest_just_made_is(project: Path,
                                                                          tmp_path: Path) -> None:
    """'X has said Y will …' (no day) is what X has held for some time; 'Sylvania has condemned the
    shelling' is the day's news, drafted on the day of the report."""
    drafts, why = _read(project, tmp_path, "Anna Weber has said Sylvania will use only diplomatic means. "
                                           "Sylvania has condemned the shelling.")
    assert drafts == [("2024-06-08", "condemnation", "sylvania")]
    assert "'said' (statement): a position held for some time ('has said', no day of its own)" in why


@pytest.mark.usefixtures("invented")
def test_a_side_that_only_says_it_is_watching_makes_no_draft(project: Path, tmp_path: Path) -> None:
    """'said it was closely following the situation' tells no act and takes no side; an appeal told
    with it ('… and urged restraint') is still drafted."""
    drafts, why = _read(project, tmp_path, "Sylvania's foreign ministry said on Friday it was closely "
                                           "following the situation.")
    assert drafts == []
    assert "'said' (statement): says only that it is watching the events: no act, no position" in why
    drafts, _ = _read(project, tmp_path, "Sylvania's foreign ministry said on Friday it was closely "
                                         "following the situation and urged restraint.")
    assert [(day, principal) for day, _, principal in drafts] == [("2024-06-07", "sylvania-mfa")]


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("retold", [
    "Anna Weber said the decision was taken because of repeated provocations.",
    "The foreign ministry put out the statement on Friday evening.",
])
def test_an_act_told_again_by_its_noun_is_part_of_the_first_telling(project: Path, tmp_path: Path,
                                                                     retold: str) -> None:
    """'the decision was taken because …', 'put out the statement on Friday evening': a definite act
    noun names the act already told; its reasons or its hour are no second event."""
    drafts, why = _read(project, tmp_path, f"Sylvania expelled the Freedonian ambassador on Friday. {retold}")
    assert drafts == [("2024-06-07", "sanction", "sylvania")]
    assert "tells again an act told before ('the decision was taken', 'put out the statement')" in why


def test_speaking_at_a_meeting_is_part_of_what_the_speaker_did_that_day(
        invented: Callable[[str], list[dict]]) -> None:
    """'He spoke at a meeting with King X': the words are the act, the meeting where they were said;
    with the speaker's condemnation that day, one event, not a condemnation and a meeting."""
    drafts = invented("Ivan Petrov condemned the shelling on Friday. He spoke at a meeting with King Letsie "
                      "in Maseru.")
    assert [(d["date"], d["type"], d["actors"][0]) for d in drafts] == [
        ("2024-06-07", "condemnation", "ivan-petrov")]


@pytest.mark.usefixtures("invented")
def test_one_speakers_positions_told_in_sentences_that_follow_are_one_event(project: Path,
                                                                            tmp_path: Path) -> None:
    """'X voiced strong support for A on Friday. She called on B to withdraw': one stance taken that
    day, drafted as its strongest kind (the demand), the first sentence part of it. Told apart by
    another act, they are two."""
    drafts, why = _read(project, tmp_path, "Anna Weber voiced strong support for Freedonia on Friday. She "
                                           "called on Sylvania to withdraw its troops from the border.")
    assert drafts == [("2024-06-07", "demand", "anna-weber")]
    assert "sentence 1 “Anna Weber voiced strong support for Freedonia on Friday.”: part of" in why
    drafts, _ = _read(project, tmp_path, "Anna Weber voiced strong support for Freedonia on Friday. "
                                         "Freedonian troops shelled a Sylvanian village on Friday. Later on "
                                         "Friday she called on Sylvania to withdraw its troops.")
    assert [(kind, principal) for _, kind, principal in drafts] == [
        ("support", "anna-weber"), ("attack", "freedonia-armed-forces"), ("demand", "anna-weber")]


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize(("text", "drafted"), [
    ("Freedonian troops shell a Sylvanian village.", ("2024-06-08", "attack", "freedonia-armed-forces")),
    ("Relations have been tense since Freedonian troops shelled a Sylvanian village on 3 May.",
     ("2024-05-03", "attack", "freedonia-armed-forces")),
])
def test_an_act_in_the_present_or_since_a_day_named_is_still_news(project: Path, tmp_path: Path, text: str,
                                                                 drafted: tuple[str, str, str]) -> None:
    """The rules above leave acts of a day alone: a live blog's 'X shells the village.' (no share or
    amount: not a standing fact) and 'since … on 3 May' (a day of its own)."""
    drafts, _ = _read(project, tmp_path, text)
    assert drafts == [drafted]


@pytest.mark.usefixtures("invented")
def test_an_act_noun_with_what_was_decided_is_told_for_the_first_time(project: Path, tmp_path: Path) -> None:
    """'took the decision to expel …' says what the decision was: the act itself, not a second telling."""
    drafts, why = _read(project, tmp_path, "Sylvania took the decision to expel the Freedonian ambassador "
                                           "on Friday.")
    assert [principal for _, _, principal in drafts] == ["sylvania"]
    assert "tells again" not in why
