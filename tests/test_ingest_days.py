"""Which day a draft takes when a report tells several: a day named last ('the same day'), a scene a
saying's fronted day sets, a week told before an 'after' clause.

Short texts of our own about the invented states of test_ingest.py (published Saturday 8 June 2024
unless a test says otherwise), never sentences from an evaluation set. A wrong day is the worst
error a chronology can have: where the report does not say the day, the month is expected.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

import test_ingest
import test_ingest_dates
from test_ingest import _json, _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented
on_day = test_ingest_dates.on_day

Drafts = Callable[[str], list[dict]]


def test_the_same_day_is_the_day_named_last_even_by_a_declaration(invented: Drafts) -> None:
    """'… declared war on Thursday. X condemned it the same day': Thursday, not the day of the act of force
    the passage told before (a declaration does not move the passage, but it names the day)."""
    drafts = invented("Freedonian troops shelled a Sylvanian village on Tuesday.\n\nSylvania's foreign "
                      "ministry formally declared a state of war on Thursday. Anna Weber condemned "
                      "the shelling the same day.")
    assert ("2024-06-06", "condemnation", "anna-weber") in _summary(drafts)


def test_a_fronted_day_of_a_saying_sets_the_scene_forward_too(invented: Drafts) -> None:
    """A recap day by day: 'On Wednesday, X said … . Y called it …' is Wednesday's, not the Monday the
    paragraph before told; the day opening the sentence frames what follows."""
    drafts = invented("Explosions damaged a Sylvanian pipeline on Monday.\n\nOn Wednesday, Anna Weber said "
                      "the blasts were deliberate. Ivan Petrov condemned the attack on the pipeline.")
    assert ("2024-06-05", "condemnation", "ivan-petrov") in _summary(drafts)


def test_a_week_told_before_an_after_clause_dates_the_main_clause(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """'X postponed the trip last week after Y …': 'last week' is the postponement's (only its month),
    not a measure 'a week after Y' nor the subordinate clause's time; not the passage's Tuesday."""
    drafts = on_day("Freedonian troops shelled a Sylvanian village on Tuesday.\n\nAnna Weber postponed a "
                    "planned trip to Freedonia last week after the border was closed.", "2024-06-13")
    assert ("2024-06", "announcement", "anna-weber") in _summary(drafts)


def _from_outlet(tmp_path: Path, ingest: Callable[..., Result], text: str, outlet: str) -> list[dict]:
    article = tmp_path / "release.txt"
    article.write_text(text, encoding="utf-8")
    return _json(ingest(article, "--published", "2024-06-08", "--url", "https://example.org/r",
                        "--outlet", outlet, "--dry-run", "--format", "json"))


READOUT = ("Sylvania's foreign ministry spoke with Ivan Petrov about the situation on the border. "
           "Sylvania's foreign ministry called on Freedonia to withdraw its troops.")


def test_a_bodys_own_readout_tells_its_news_of_the_day_with_no_day(
        invented: Drafts, tmp_path: Path, ingest: Callable[..., Result]) -> None:
    """A readout published by the body itself ('Ministry of Foreign Affairs of Sylvania', 'NATO')
    tells the day's call with no day: the day of publication, flagged; the same lead in a news
    outlet's report may retell an older readout: only the month."""
    for outlet in ("Ministry of Foreign Affairs of Sylvania", "NATO"):
        drafts = _from_outlet(tmp_path, ingest, READOUT, outlet)
        assert [d["date"] for d in drafts] == ["2024-06-08", "2024-06-08"]
        assert any("publication day" in line for line in drafts[0]["needs_review"])
    assert {d["date"] for d in _from_outlet(tmp_path, ingest, READOUT, "The Daily Planet")} == {"2024-06"}


def test_a_heads_of_states_own_site_is_a_body_publishing_its_readout(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    """The site of a president's or prime minister's office ('President of Sylvania', 'Prime Minister
    of Sylvania') publishes the office's own readouts: its undated lead is news of the day it was
    published. Before, only 'Presidency' or 'Office of' named such an outlet: the lead kept its month."""
    for outlet in ("President of Sylvania", "Prime Minister of Sylvania"):
        drafts = _from_outlet(tmp_path, ingest, READOUT, outlet)
        assert [d["date"] for d in drafts] == ["2024-06-08", "2024-06-08"]


def test_a_page_stamped_on_another_clock_than_its_datelines_place(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """'Updated 23:10 GMT' on a page of Friday 7 June is Saturday morning in Seoul: a 'SEOUL (Reuters)'
    report's 'this morning' is after the page's date, so only its month (it was 7 June, a wrong day);
    '01:30 GMT' on 8 June is still the evening of 7 June in Washington: its 'tonight' is the 7th."""
    ahead = on_day("Updated 23:10 GMT\n\nSEOUL (Reuters) - Freedonian troops shelled a Sylvanian village "
                   "this morning.\n", "2024-06-07")
    assert _summary(ahead) == [("2024-06", "attack", "freedonia-armed-forces")]
    behind = on_day("Updated 01:30 GMT\n\nWASHINGTON (AP) — Freedonian troops shelled a Sylvanian village "
                    "tonight.\n", "2024-06-08")
    assert _summary(behind) == [("2024-06-07", "attack", "freedonia-armed-forces")]
    same = on_day("Updated 14:30 GMT\n\nWASHINGTON (AP) — Freedonian troops shelled a Sylvanian village "
                  "tonight.\n", "2024-06-08")
    assert _summary(same) == [("2024-06-08", "attack", "freedonia-armed-forces")]


def test_an_act_with_no_day_after_a_paragraph_that_named_another_day(invented: Drafts) -> None:
    """'… crossed the border on Tuesday. The cabinet declared war on Wednesday.' / 'Troops seized a
    bridge.': the Tuesday narrative may go on, or the report is on to Wednesday's news; no day is
    knowable, so only the month, flagged (it was Tuesday). In the paragraph that told the day, or tied
    to it by 'then', the narrative goes on."""
    drafts = invented("Freedonian troops shelled a Sylvanian town on Friday.\n\nFreedonian troops crossed "
                      "the border on Tuesday. Sylvania's cabinet formally declared a state of war on "
                      "Wednesday.\n\nFreedonian troops seized a bridge near the town.")
    assert ("2024-06", "incursion", "freedonia-armed-forces") in _summary(drafts)
    assert any("check the day" in line for line in drafts[-1]["needs_review"])
    same = invented("Freedonian troops shelled a Sylvanian town on Friday.\n\nFreedonian troops crossed the "
                    "border on Tuesday. Freedonian troops seized a bridge near the town.")
    assert ("2024-06-04", "incursion", "freedonia-armed-forces") in _summary(same)


def test_a_day_counted_from_a_named_day_past_publication_keeps_only_its_month(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """'… early on Tuesday. Two days later, X met Y.' in a Wednesday report: Thursday is after
    publication, so the count is not from the day the text meant; the meeting was the passage's
    Tuesday, a wrong day. Only the month, with a note saying why."""
    drafts = on_day("Freedonian troops shelled a Sylvanian village early on Tuesday. Two days later, Anna "
                    "Weber met Ivan Petrov.", "2024-06-12")
    assert ("2024-06", "meeting", "anna-weber") in _summary(drafts)
    assert "after it was published" in drafts[-1]["date_note"]


def test_what_a_side_said_the_other_had_done_is_before_the_saying(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """'X said on Tuesday that Y's troops had shelled a village': the shelling was before Tuesday, on a
    day not given: only its month (it was Tuesday); X's charge is Tuesday's. What a side says its own
    troops had done keeps the day it said so (test_ingest_unseen)."""
    drafts = on_day("Sylvania's foreign ministry said on Tuesday that Freedonian troops had shelled a "
                    "Sylvanian village.", "2024-06-12")
    assert _summary(drafts) == [("2024-06", "attack", "freedonia-armed-forces"),
                                ("2024-06-11", "accusation", "sylvania-mfa")]
    assert drafts[1]["needs_review"] == []


def test_an_act_of_force_after_a_later_days_saying_keeps_only_its_month(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """'X shelled … on Monday. On Tuesday, Y said … . X fired on a clinic.': more of Monday's shelling
    or Tuesday's news; the saying's fronted Tuesday dates what is said next, not an act of force told
    with no day: only the month (it was Tuesday since the saying set the scene)."""
    drafts = on_day("Freedonian troops shelled the village on Monday, killing three people. On Tuesday, "
                    "Anna Weber said Sylvania would respond. The shelling destroyed a school and Freedonian "
                    "troops fired on a clinic.", "2024-06-12")
    assert ("2024-06", "attack", "freedonia-armed-forces") in _summary(drafts)


def test_a_night_abroad_told_on_an_american_clock_is_flagged(
        on_day: Callable[[str, str], list[dict]]) -> None:
    """'WASHINGTON (AP) — … fired missiles at two bases in Iraq on Tuesday night': Tuesday night in
    Washington is Wednesday morning in Iraq; the report's day stays, with a line for the reviewer. Told
    from Kyiv, or of a place the world table does not know, it is not flagged."""
    drafts = on_day("WASHINGTON (AP) — Freedonian troops fired missiles at two bases in Iraq on Tuesday "
                    "night.", "2024-06-12")
    assert _summary(drafts) == [("2024-06-11", "attack", "freedonia-armed-forces")]
    assert any("next day where it happened" in line for line in drafts[0]["needs_review"])
    kyiv = on_day("KYIV (AP) — Freedonian troops fired missiles at two bases in Iraq on Tuesday night.",
                  "2024-06-12")
    assert not any("next day" in line for line in kyiv[0]["needs_review"])


def test_the_leads_news_day_is_the_day_its_report_was_told(on_day: Callable[[str, str], list[dict]]) -> None:
    """'X shelled Brod on Monday night, Y said in a statement on Tuesday.': the lead's news is of
    Tuesday; a meeting told with no day in a new paragraph after one that went back to Monday is
    Tuesday's news (recalled.news_again), not Monday's."""
    drafts = on_day("Freedonian forces shelled the border town of Brod on Monday night, the Sylvanian "
                    "foreign ministry said in a statement on Tuesday.\n\nIvan Petrov accused Sylvanian "
                    "troops of crossing the border on Monday.\n\nAnna Weber held a meeting with the army "
                    "chiefs to review the situation.\n", "2024-06-12")
    assert ("2024-06-11", "meeting", "anna-weber") in _summary(drafts)
