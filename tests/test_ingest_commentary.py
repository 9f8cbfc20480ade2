"""`chronicle ingest`: what analysis pieces and features tell that is no event of a chronology.

An analyst's words, a campaign recalled as going on for months, a passage under a rubric
('Analysis:'): a reader learns from them, an editor enters none of them. Short texts of our own
(the invented states of test_ingest, published Saturday 8 June 2024), never sentences from an
evaluation set: each asserts what ingest drafts and, for a clause it leaves out, what `--verbose` says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import test_ingest
import test_ingest_selection

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented
_read = test_ingest_selection._read

_SHELLED = "Freedonian troops shelled a Sylvanian village on Friday. Sylvania condemned the shelling. "
_NEWS = [("2024-06-07", "attack", "freedonia-armed-forces"), ("2024-06-07", "condemnation", "sylvania")]


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("role", [
    "head of the border programme at the Atlantic Policy Foundation",
    "director of the Institute for Border Studies",
    "a lecturer at Northern University",
    "Freedonia project director at the Border Crisis Group",
    "head of the Europe programme at Westbrook House",
])
def test_words_of_someone_at_a_research_body_are_no_event(project: Path, tmp_path: Path, role: str) -> None:
    """'"…," said John Smith, head of the programme at the X Foundation': whoever works at a research
    body comments on the crisis; their words are no side's statement."""
    drafts, why = _read(project, tmp_path, f'{_SHELLED}"Freedonia will not back down," said John Smith, '
                                           f"{role}.")
    assert drafts == _NEWS
    assert "'said' (statement): no actor named as its doer" in why


@pytest.mark.usefixtures("invented")
def test_the_head_of_a_sides_programme_speaks_for_it(project: Path, tmp_path: Path) -> None:
    """'Ivan Petrov, head of Freedonia's nuclear programme': no 'at' a body; he runs his side's programme."""
    text = f"{_SHELLED}\"We will respond,\" said Ivan Petrov, head of Freedonia's nuclear programme."
    drafts, _ = _read(project, tmp_path, text)
    assert ("2024-06-07", "statement", "ivan-petrov") in drafts


@pytest.mark.usefixtures("invented")
def test_a_spokesman_of_a_side_still_speaks_for_it(project: Path, tmp_path: Path) -> None:
    """'Ivan Petrov, head of the Freedonian foreign ministry's press service, said …': a side's own office
    is no research body; his words are a statement."""
    text = (f"{_SHELLED}Ivan Petrov, head of the press service of the Freedonian foreign ministry, said on "
            "Friday that the village was a base.")
    drafts, _ = _read(project, tmp_path, text)
    assert ("2024-06-07", "statement", "ivan-petrov") in drafts


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("text", [
    "Freedonia has been shelling border villages since April, officials said.",
    "Anna Weber said Freedonian troops have been shelling border villages since April.",
    "Freedonian troops have shelled border villages almost daily since March.",
])
def test_a_campaign_going_on_since_a_month_is_no_event(project: Path, tmp_path: Path, text: str) -> None:
    """'have been shelling villages since April': a campaign the report recalls, not an act of the day
    of publication (the day it began is not told)."""
    drafts, why = _read(project, tmp_path, _SHELLED + text)
    assert drafts == _NEWS
    assert "going on since a month or longer ('have been shelling since May'): no act of a day" in why


@pytest.mark.usefixtures("invented")
def test_going_on_since_a_day_still_dates_the_act(project: Path, tmp_path: Path) -> None:
    """'has closed the border since Tuesday': the closure was on Tuesday (begun.py); only a month bounds."""
    drafts, _ = _read(project, tmp_path, "Freedonia has closed the border since Tuesday.")
    assert drafts == [("2024-06-04", "announcement", "freedonia")]


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("rubric", ["Analysis", "Opinion", "Background"])
def test_a_rubric_is_no_part_of_the_sentence(project: Path, tmp_path: Path, rubric: str) -> None:
    """'Analysis: Security experts say …. Freedonia often tests …, they say.': the rubric names the
    passage; read without it, the experts are the sayers, and 'they' after them is no party named before."""
    text = (f"{_SHELLED}\n\n{rubric}: Security experts say the incident shows how easily the war could "
            "spread. Freedonia often tests Sylvania's resolve along the border, they say.")
    drafts, why = _read(project, tmp_path, text)
    assert drafts == _NEWS
    assert "'say' (statement): no actor named as its doer" in why


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("text", [
    "A shell that hit a school was most likely fired by Freedonia's artillery, Anna Weber said on Friday.",
    "Freedonian troops probably crossed the river on Thursday, Anna Weber said on Friday.",
])
def test_a_guess_is_the_speakers_statement_not_an_act(project: Path, tmp_path: Path, text: str) -> None:
    """'was most likely fired by X', 'probably crossed': what the speaker thinks happened is their
    statement; no attack or crossing is drafted from a guess."""
    drafts, _ = _read(project, tmp_path, text)
    assert drafts == [("2024-06-07", "statement", "anna-weber")]


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize(("text", "verb"), [
    ("Sylvania has long claimed the region, arguing that it was taken unlawfully.", "arguing"),
    ("Freedonia regularly accuses Sylvania of provocations, saying its troops cross the river.", "cross"),
    ("Freedonia has long denied arming the rebels and rejected talks.", "rejected"),
])
def test_what_goes_with_a_stance_kept_for_long_is_no_event(project: Path, tmp_path: Path, text: str,
                                                          verb: str) -> None:
    """'has long claimed …, arguing that …', 'regularly accuses …, saying …': the participle, the verb
    sharing the subject and the words told are part of the background, not an act of the day."""
    drafts, why = _read(project, tmp_path, text)
    assert drafts == []
    assert f"'{verb}' " in why and "goes with a stance kept for long or a habit" in why


@pytest.mark.usefixtures("invented")
def test_an_act_of_a_day_after_a_stance_is_news(project: Path, tmp_path: Path) -> None:
    """'has long claimed the region and on Friday sent troops': the second act has a day of its own."""
    text = "Freedonia has long claimed the region and on Friday sent troops to the border."
    drafts, _ = _read(project, tmp_path, text)
    assert drafts == [("2024-06-07", "military-movement", "freedonia")]


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("note", [
    "The post Freedonian troops shell Sylvanian village appeared first on Sylvania Today.",
    "This article was originally published by The Sylvania Times.",
])
def test_a_note_on_where_the_report_was_published_is_furniture(project: Path, tmp_path: Path,
                                                               note: str) -> None:
    """'The post X appeared first on Y', a feed's footer, repeats the headline: it is no act of the day."""
    drafts, why = _read(project, tmp_path, f"{_SHELLED}\n\n{note}")
    assert drafts == _NEWS
    assert "a note on where the report was published" in why and "page furniture" in why


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize(("text", "reason"), [
    ("Freedonia seized the town during the early 2000s.", "background (dated by a decade only"),
    ("Freedonia and Sylvania fought a war in the 1990s.", "background (dated by a decade only"),
    ("The two sides clash almost every day.", "a habit ('every few months', 'each year'), not one act"),
    ("Clashes break out along the border every few months.", "a habit ('every few months', 'each year')"),
])
def test_a_decade_or_a_recurrence_is_background(project: Path, tmp_path: Path, text: str,
                                                reason: str) -> None:
    """'in the 1990s' gives no day and no year: the act took the passage's day (Friday), a wrong date;
    'every few months' tells a habit, not an act of the day."""
    drafts, why = _read(project, tmp_path, _SHELLED + text)
    assert drafts == _NEWS
    assert reason in why


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("caption", [
    "File photo: Ivan Petrov met Anna Weber in Geneva in March.",
    "Image caption, Sylvanian soldiers patrol the border near the village on Friday.",
])
def test_a_labelled_caption_is_furniture_even_with_its_full_stop(project: Path, tmp_path: Path,
                                                                caption: str) -> None:
    """'File photo: X met Y in Geneva in March.' tells what a picture shows, often an old one: no event."""
    drafts, why = _read(project, tmp_path, f"{_SHELLED}\n\n{caption}")
    assert drafts == _NEWS
    assert "a headline, a deck, a caption or a byline: not read for acts" in why
