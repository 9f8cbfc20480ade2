"""`chronicle ingest`: what a report tells that a chronology editor makes no event of.

Short texts of our own (the invented states of test_ingest, published Saturday 8 June 2024), never
sentences from an evaluation set: each asserts what ingest drafts and, for a clause it leaves out or
a sentence it folds into another draft, what `--verbose` says of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import test_ingest
import test_ingest_selection

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented
_read = test_ingest_selection._read

_LONG = "held or done for a long time ('has long denied', 'in the past', 'several times'), not one act"


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize(("text", "verb"), [
    ("Freedonia has long denied arming the rebels.", "denied"),
    ("Freedonia has in the past threatened to close the border.", "threatened"),
    ("Freedonia had threatened to close the border several times.", "threatened"),
    ("Freedonia has for years accused Sylvania's army of provocations.", "accused"),
])
def test_a_stance_kept_for_long_is_no_event(project: Path, tmp_path: Path, text: str, verb: str) -> None:
    """'has long denied', 'has in the past threatened', 'several times', 'for years': background the
    report recalls, not an act of a day."""
    drafts, why = _read(project, tmp_path, text)
    assert drafts == []
    assert f"'{verb}' " in why and _LONG in why


@pytest.mark.usefixtures("invented")
def test_the_same_stance_told_on_a_day_is_still_news(project: Path, tmp_path: Path) -> None:
    """'denied again on Friday' has a day of its own: a denial of that day."""
    drafts, _ = _read(project, tmp_path, "Freedonia has long been accused of arming the rebels. "
                                         "Freedonia denied on Friday that it had armed them.")
    assert drafts == [("2024-06-07", "denial", "freedonia")]


@pytest.mark.usefixtures("invented")
def test_what_was_not_done_is_no_event(project: Path, tmp_path: Path) -> None:
    """'Freedonia has made no comment on the shelling': no statement was made."""
    drafts, why = _read(project, tmp_path, "Sylvania's foreign ministry condemned the shelling on Friday. "
                                           "Freedonia has made no comment on the shelling.")
    assert drafts == [("2024-06-07", "condemnation", "sylvania-mfa")]
    assert "tells that nothing was done or said ('made no comment', 'gave no details'): no act" in why


@pytest.mark.usefixtures("invented")
def test_a_sides_words_right_after_its_act_are_part_of_it(project: Path, tmp_path: Path) -> None:
    """'Sylvania expelled the ambassador on Friday. Sylvania's foreign ministry said …': the ministry
    tells its state's act again; one draft, the second sentence part of it."""
    text = ("Sylvania expelled the Freedonian ambassador on Friday. Sylvania's foreign ministry said the "
            "ambassador's remarks had been offensive.")
    drafts, why = _read(project, tmp_path, text)
    assert drafts == [("2024-06-07", "sanction", "sylvania")]
    assert "sentence 2 “Sylvania's foreign ministry said the ambassador's" in why
    assert "”: part of 2024-06-07-sylvania-expels-freedonian-ambassador" in why


@pytest.mark.usefixtures("invented")
def test_the_other_sides_words_after_an_act_stay_their_own(project: Path, tmp_path: Path) -> None:
    """The words of the other side, told right after the act, answer it: two drafts."""
    drafts, _ = _read(project, tmp_path, "Sylvania expelled the Freedonian ambassador on Friday. Ivan Petrov "
                                         "said on Friday the expulsion was regrettable.")
    assert [(kind, principal) for _, kind, principal in drafts] == [
        ("sanction", "sylvania"), ("statement", "ivan-petrov")]


@pytest.mark.usefixtures("invented")
def test_an_act_inside_what_would_happen_is_no_act(project: Path, tmp_path: Path) -> None:
    """'Sylvania would bear responsibility for shelling the villages': the shelling is part of what
    would happen, not an act of Sylvania's."""
    text = "Sylvania would bear responsibility for shelling the border villages."
    drafts, why = _read(project, tmp_path, text)
    assert drafts == []
    assert "'shelling' (attack): not an act that happened (modal)" in why


@pytest.mark.usefixtures("invented")
def test_it_in_what_a_coordinated_saying_tells_is_the_speaker(project: Path, tmp_path: Path) -> None:
    """'Sylvania's foreign ministry condemned the shelling and said it stood with the villagers': 'it'
    is the ministry that speaks (the subject of 'condemned'), not the troops named before; its words
    that day are one position."""
    text = ("Freedonian troops shelled a Sylvanian village on Friday. Sylvania's foreign ministry condemned "
            "the shelling on Friday and said it stood with the villagers.")
    drafts, _ = _read(project, tmp_path, text)
    assert drafts == [("2024-06-07", "attack", "freedonia-armed-forces"),
                      ("2024-06-07", "condemnation", "sylvania-mfa")]


@pytest.mark.usefixtures("invented")
def test_where_forces_are_kept_is_no_move(project: Path, tmp_path: Path) -> None:
    """'Freedonian troops are stationed in …' (present passive, no day) tells where they are; 'were
    stationed on the border on Friday' is a deployment of that day."""
    drafts, why = _read(project, tmp_path, "About 3,000 Freedonian troops are stationed in the north. "
                                           "Freedonian troops were stationed on the border on Friday.")
    assert drafts == [("2024-06-07", "military-movement", "freedonia-armed-forces")]
    assert "'stationed' (military-movement): where forces are kept ('are stationed in …'" in why


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("said", [
    "The trigger, Sylvanian officials say privately, was a quarrel over water.",
    "A senior official, speaking on condition of anonymity, said the talks had stalled.",
    "Two diplomats who asked not to be named said the mood in the capital was tense.",
])
def test_what_unnamed_sources_say_off_the_record_is_no_event(project: Path, tmp_path: Path,
                                                             said: str) -> None:
    """Officials who are not named, speaking privately or on condition of anonymity, state no side's
    position: no draft of their words; the act the report tells is drafted."""
    drafts, why = _read(project, tmp_path, f"Freedonian troops shelled a Sylvanian village on Friday. {said}")
    assert drafts == [("2024-06-07", "attack", "freedonia-armed-forces")]
    assert "said by unnamed officials or sources speaking privately: no one's position on record" in why


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("text", [
    '"I look forward to meeting President Ivan Petrov in Alba on 1 June," Anna Weber said on Friday.',
    "Anna Weber said on Friday she looked forward to meeting Ivan Petrov in Alba on 1 June.",
])
def test_what_one_looks_forward_to_is_a_plan(project: Path, tmp_path: Path, text: str) -> None:
    """'look forward to meeting … on 1 June' is a hope: before, a meeting of 1 June (a past day, the
    date resolver keeping it before publication) was drafted besides the saying."""
    drafts, _ = _read(project, tmp_path, text)
    assert drafts == [("2024-06-07", "statement", "anna-weber")]


@pytest.mark.usefixtures("invented")
def test_an_act_in_a_since_phrase_with_no_day_is_background(project: Path, tmp_path: Path) -> None:
    """'has been serving as acting prime minister since resigning in April': the gerund after 'since'
    tells when a state began, as a 'since' clause does (before: a resignation of April was drafted)."""
    drafts, why = _read(project, tmp_path, "Anna Weber has been serving as acting prime minister since "
                                           "resigning in April.")
    assert drafts == []
    assert "'resigning' (announcement): when a state of things began ('since …'): background" in why


@pytest.mark.usefixtures("invented")
def test_what_has_since_been_done_is_no_news_of_the_day(project: Path, tmp_path: Path) -> None:
    """'Sylvania has since urged Freedonia to …': done at some time after an earlier point, not on the
    report's day (before: an appeal dated the day of publication); a day of its own keeps it (a demand)."""
    text = ("Sylvania has since urged Freedonia to reopen the road. "
            "Sylvania has since urged Freedonia on Friday to free the farmers.")
    drafts, why = _read(project, tmp_path, text)
    assert [d[:2] for d in drafts] == [("2024-06-07", "demand")]
    assert "'urged' (appeal): done at some time since an earlier point ('have since urged')" in why


_SHELLED = [("2024-06-07", "attack", "freedonia-armed-forces")]


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize(("text", "drafted", "reason"), [
    # a view held for a while; the act's noun it is about ('the referendum', no doer) tells no act
    # (before: a statement of the day)
    ("Sylvania has said the referendum was illegal.", [],
     "'said' (statement): a position held for some time"),
    # a season names no month or day: like 'last year' it dates background only (before: no time words
    # read, so the war took the report's month)
    ("Freedonia and Sylvania fought a six-week war over Alba last autumn. Freedonian troops shelled Alba on "
     "Friday.", _SHELLED, "'fought' (attack): background (dated by a year only)"),
    # 'Gunmen killed': the active voice tells who did it, unknown; not the speaker quoted in an earlier
    # sentence (before: 'Petrov kills 14 men')
    ("Ivan Petrov said Freedonian troops shelled Alba on Friday. Gunmen killed 14 men at a market in Alba "
     "on Saturday.", _SHELLED, "'killed' (casualties): no actor named as its doer"),
    # a caption labelled 'Photo caption:', maybe in brackets, is page furniture (before: a meeting)
    ("[Photo caption: Anna Weber chairs a cabinet meeting in Alba, May 27, 2024.]\n\nFreedonian troops "
     "shelled Alba on Friday.", _SHELLED, "a headline, a deck, a caption or a byline: not read for acts"),
    ("Photo caption: Anna Weber chairs a cabinet meeting in Alba on 27 May.\n\nFreedonian troops shelled "
     "Alba on Friday.", _SHELLED, "a headline, a deck, a caption or a byline: not read for acts"),
    # the present passive of 'deploy' tells where forces are, as 'are stationed' does (before: a deployment
    # of the day)
    ("Freedonian troops are deployed along the border. Freedonian troops shelled Alba on Friday.", _SHELLED,
     "'deployed' (military-movement): where forces are kept"),
    # 'nobody was hurt', 'no-one had been hurt': the passive's subject tells that no one was (before: a
    # toll titled 'Nobody is hurt')
    ("Freedonian troops shelled Alba on Friday. Nobody was hurt.", _SHELLED,
     "'hurt' (casualties): told of nobody"),
    ("Freedonian troops shelled Alba on Friday. No-one was hurt.", _SHELLED,
     "'hurt' (casualties): told of nobody"),
], ids=["held-view", "last-autumn", "unknown-doer", "caption-bracketed", "caption", "deployed", "nobody",
        "no-one"])
def test_no_act_of_its_own(project: Path, tmp_path: Path, text: str, drafted: list, reason: str) -> None:
    """Shapes that tell no act of their own, or none of the doer ingest would give it."""
    drafts, why = _read(project, tmp_path, text)
    assert drafts == drafted
    assert reason in why


@pytest.mark.usefixtures("invented")
def test_what_a_future_waits_for_is_no_act(project: Path, tmp_path: Path) -> None:
    """'nothing would happen until he met Y': the meeting waited for is as unreal as what waits for it
    (before: a meeting of the report's month)."""
    drafts, _ = _read(project, tmp_path, "Ivan Petrov said on Friday that nothing would happen in the "
                                         "peace process until he met Anna Weber.")
    assert drafts == [("2024-06-07", "statement", "ivan-petrov")]
