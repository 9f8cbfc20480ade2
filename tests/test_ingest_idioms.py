"""`chronicle ingest`: an act's verb in an idiom tells no act of its class.

'Crossed a red line' is a judgement, not an incursion; 'struck a balance' and 'prices hit a record'
are no attack; 'fired the minister' is a dismissal; 'its demands were met' is no meeting. Short texts
of our own (the invented states of test_ingest, published Saturday 8 June 2024), never sentences
from an evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import test_ingest
import test_ingest_selection

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented
_read = test_ingest_selection._read


@pytest.mark.usefixtures("invented")
@pytest.mark.parametrize("text", [
    "Anna Weber said on Friday that Freedonia had crossed every red line.",
    "Anna Weber said on Friday that the Freedonian government had struck the wrong tone.",
    "Anna Weber said on Friday that Freedonian troops had hit a record high in desertions.",
    "Anna Weber said on Friday that Sylvania would return to the talks only once its demands were met.",
])
def test_an_idiom_is_no_act_of_its_verbs_class(project: Path, tmp_path: Path, text: str) -> None:
    """The saying is Weber's statement; no incursion or attack is drafted from the idiom in it."""
    drafts, _ = _read(project, tmp_path, text)
    assert drafts == [("2024-06-07", "statement", "anna-weber")]


@pytest.mark.usefixtures("invented")
def test_the_verb_with_a_real_object_is_still_the_act(project: Path, tmp_path: Path) -> None:
    """'crossed the river' is a crossing: only the idiom's object makes it none."""
    drafts, _ = _read(project, tmp_path, "Freedonian troops crossed the river on Wednesday.")
    assert drafts == [("2024-06-05", "incursion", "freedonia-armed-forces")]
