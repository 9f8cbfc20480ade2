"""`chronicle ingest` dates an act with no time words of its own by the passage it continues only where
that passage goes on: a saying in a new paragraph after one that recalled an earlier day is the
report's news of its lead's day; a live blog's new entry is news of the entry's day.

Short texts of our own about the invented states of test_ingest.py (published Saturday 8 June 2024
unless a test says otherwise), never sentences from an evaluation set.
"""

from __future__ import annotations

import pytest

import test_ingest
from test_ingest import _summary
from test_ingest_anchored import Drafts
from test_ingest_anchored import _of as _dates_of

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented
LEAD = ("CAPITAL, June 8 (Wire) - Anna Weber accused Freedonia on Saturday of massing troops on the "
        "border.\n\n")
RECALLED = "Freedonian troops shelled the Sylvanian village of Ostrava on Wednesday, killing two people.\n\n"


@pytest.mark.parametrize("saying", [
    "Ivan Petrov said Freedonia had no plans to attack.",
    "Ivan Petrov told reporters that the troops were on exercises.",
    "Ivan Petrov spoke by phone with the Sylvanian president.",
    "Ivan Petrov called on Sylvania to pull back its own forces."])
def test_a_saying_in_a_new_paragraph_after_a_recalled_day_is_the_news_of_the_lead(
        invented: Drafts, saying: str) -> None:
    """Petrov's words follow a paragraph about Wednesday, but they are the report's news: Saturday, the
    lead's day. Before, each took Wednesday."""
    drafts = invented(f"{LEAD}{RECALLED}{saying}\n")
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06-08"]


def test_the_note_says_why_the_leads_day_was_chosen(invented: Drafts) -> None:
    """The draft's note names the paragraph's day it did not take and the lead's day it took."""
    drafts = invented(f"{LEAD}{RECALLED}Ivan Petrov said Freedonia had no plans to attack.\n")
    note = next(d for d in drafts if d["actors"][0] == "ivan-petrov")["date_note"]
    assert "new paragraph" in note and "(2024-06-05)" in note and "lead (2024-06-08)" in note


def test_the_same_paragraph_keeps_the_day_it_told(invented: Drafts) -> None:
    """Within the paragraph that told Wednesday, an undated reaction is Wednesday's."""
    drafts = invented(f"{LEAD}Freedonian troops shelled the Sylvanian village of Ostrava on Wednesday. "
                      "Ivan Petrov called on Sylvania to pull back its own forces.\n")
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06-05"]


def test_an_act_of_force_in_the_next_paragraph_goes_on_with_the_recalled_day(invented: Drafts) -> None:
    """A narrative of Wednesday goes on across paragraphs: an attack with no day of its own is not moved
    to the lead's day."""
    drafts = invented(f"{LEAD}{RECALLED}Freedonian troops crossed the border near Brod.\n")
    assert ("2024-06-05", "incursion", "freedonia-armed-forces") in _summary(drafts)


@pytest.mark.parametrize("saying", ["Ivan Petrov, for his part, called on Sylvania to pull back its forces.",
                                    "Ivan Petrov then called on Sylvania to pull back its forces.",
                                    "Ivan Petrov later called on Sylvania to pull back its forces."])
def test_a_saying_tied_to_the_paragraph_before_keeps_its_day(invented: Drafts, saying: str) -> None:
    """'for his part', 'then', 'later' tie the sentence to the recalled passage: Wednesday."""
    drafts = invented(f"{LEAD}{RECALLED}{saying}\n")
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06-05"]


def test_the_leads_day_is_the_day_of_its_act_not_the_datelines(invented: Drafts) -> None:
    """A report filed on Saturday about Friday's attack: a saying after a paragraph about Wednesday is
    Friday's news, not the dateline's Saturday."""
    drafts = invented("CAPITAL, June 8 (Wire) - Freedonian troops shelled the Sylvanian town of Brod on "
                      f"Friday, the Sylvanian foreign ministry said.\n\n{RECALLED}"
                      "Ivan Petrov said Freedonia had no plans to attack.\n")
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06-07"]


@pytest.mark.parametrize("stamp", ["13:40 GMT\n\n", "13:40 GMT - ", "13:40 GMT "])
def test_a_live_blogs_entry_is_news_of_the_entrys_day(invented: Drafts, stamp: str) -> None:
    """An entry under a stamp with no day, after an entry of background about Wednesday, is the news
    of the day header's Saturday: the entry's attack and its saying alike."""
    drafts = invented(
        "Border crisis: live updates\n\nSaturday, 8 June 2024\n\n"
        "11:45 GMT - Some background: Freedonian troops shelled the Sylvanian village of Ostrava on "
        "Wednesday.\n\n"
        f"{stamp}Freedonian troops shelled the town of Brod, and Anna Weber condemned the attack.\n")
    assert _dates_of(drafts, "freedonia-armed-forces")[-1] == "2024-06-08"
    assert _dates_of(drafts, "anna-weber") == ["2024-06-08"]


@pytest.mark.parametrize("stamp", ["{day} June 2024 - {time} (GMT)", "{day} June 2024 – {time} GMT",
                                   "June {day}, 2024 - {time}"])
def test_a_stamp_with_a_dash_between_day_and_time_dates_its_entries(invented: Drafts, stamp: str) -> None:
    """'7 June 2024 - 22:40 (GMT)' on a line of its own is a live blog's entry stamp with a day, as
    '7 June, 22:40' is: the entries under it are news of that day, newest first as blogs run."""
    drafts = invented(
        "Border crisis: live updates\n\n"
        f"{stamp.format(day=8, time='09:10')}\n\n"
        "Freedonian troops shelled the town of Brod, and Anna Weber condemned the attack.\n\n"
        f"{stamp.format(day=6, time='22:40')}\n\n"
        "Ivan Petrov met Anna Weber in the capital.\n")
    assert _dates_of(drafts, "anna-weber") == ["2024-06-08"]
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06-06"]


def test_a_stamp_opening_the_entry_is_no_part_of_its_first_name(invented: Drafts) -> None:
    """'20:45 BST Jens Stoltenberg said …': the stamp is cut off, so the doer is Stoltenberg, not
    'BST Jens Stoltenberg'."""
    drafts = invented("Border crisis: live updates\n\nSaturday, 8 June 2024\n\n"
                      "20:45 BST Jens Stoltenberg condemned the Freedonian attack on the town of Brod.\n")
    assert [d["actors"][0] for d in drafts] == ["jens-stoltenberg"]


@pytest.mark.parametrize("hedge", ["what it said were depots", "what it called military targets",
                                   "what it described as depots"])
def test_a_time_after_words_that_name_the_target_dates_the_act(invented: Drafts, hedge: str) -> None:
    """'Freedonian troops shelled what they said were depots … on Tuesday night': the day is the
    shelling's (the parser hangs it on 'were' or 'described'); before, those acts had only their month."""
    drafts = invented(f"Freedonian troops shelled {hedge} in the Sylvanian town of Brod on Tuesday night.")
    assert _summary(drafts) == [("2024-06-04", "attack", "freedonia-armed-forces")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sylvania has suspended flights to Freedonia since Friday.", ("2024-06-07", "sanction", "sylvania")),
    ("Freedonian troops have occupied the village of Brod since Tuesday.",
     ("2024-06-04", "incursion", "freedonia-armed-forces"))])
def test_what_has_gone_on_since_a_day_began_on_that_day(invented: Drafts, sentence: str,
                                                       expected: tuple[str, str, str]) -> None:
    """'has suspended flights since Friday': the suspension was Friday's, not news of the day of
    publication (Saturday), which it was before; the note says why."""
    drafts = invented(sentence)
    assert _summary(drafts) == [expected]
    assert "going on since that day" in drafts[0]["date_note"]


@pytest.mark.parametrize(("told", "expected"), [
    ("Freedonian troops shelled the town of Brod on Wednesday.", ["2024-06-05"]),
    ("Freedonian troops shelled the town of Brod.", [])])
def test_on_the_day_it_happened_is_the_day_of_the_act_it_stands_for(invented: Drafts, told: str,
                                                                    expected: list[str]) -> None:
    """'condemned the shelling on the day it happened', after a paragraph about Friday: the shelling's
    Wednesday, not the passage's Friday (as before); when the report never gave the shelling a day,
    no draft: a day would be a guess."""
    drafts = invented(f"{told}\n\nOn Friday, Ivan Petrov met Anna Weber in Paris.\n\n"
                      "Anna Weber condemned the shelling on the day it happened.\n")
    assert [d["date"] for d in drafts if d["type"] == "condemnation"] == expected


@pytest.mark.parametrize("lead", [
    "Anna Weber told the Sylvanian parliament today that the border was calm.",
    "The president told the Sylvanian parliament today that the border was calm."])
def test_the_words_of_others_after_a_saying_of_the_reports_day_are_that_days(invented: Drafts,
                                                                             lead: str) -> None:
    """A report of a day's speaking (a session, a briefing) gives its first speaker the day and tells the
    others in turn: Petrov's words, told next with no day of their own, are the report's day, whether
    or not the first speaker is named. Before, they kept only the month."""
    drafts = invented(f"{lead}\n\nIvan Petrov said Freedonia had no plans to attack.\n")
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06-08"]


def test_words_after_a_saying_to_no_audience_keep_their_month(invented: Drafts) -> None:
    """'X said in a statement today' tells no session: Petrov's undated words may be days older."""
    drafts = invented("Anna Weber said in a statement today that the border was calm.\n\n"
                      "Ivan Petrov said Freedonia had no plans to attack.\n")
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06"]


def test_another_act_after_a_saying_of_the_reports_day_keeps_its_month(invented: Drafts) -> None:
    """Only words are told in turn: another's call told next may have come days before (a post, a
    letter), so it keeps the month."""
    drafts = invented("Anna Weber told the Sylvanian parliament today that the border was calm.\n\n"
                      "Ivan Petrov called on Sylvania to pull back its forces.\n")
    assert _dates_of(drafts, "ivan-petrov") == ["2024-06"]
