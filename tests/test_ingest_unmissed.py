"""`chronicle ingest` drafts acts that gave no candidate at all before: shapes of general English in
which a report tells an act (a relative clause on a day, …).

Short texts of our own about the invented states of test_ingest (published Saturday 8 June 2024),
never sentences from an evaluation set. Each asserts the draft's date, type and principal actor.
"""

from __future__ import annotations

from collections.abc import Callable

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


def test_an_act_in_a_relative_clause_on_a_day(invented: Drafts) -> None:
    """'The war began on 4 May 2023, when X ordered an offensive': the 'when' clause hangs on the day
    and tells what happened on it (it was dropped as describing a noun)."""
    drafts = invented("The war began on 4 May 2023, when Freedonia ordered an offensive in Sylvania.")
    assert _summary(drafts) == [("2023-05-04", "attack", "freedonia")]


def test_a_side_that_joined_an_act_told_as_a_noun(invented: Drafts) -> None:
    """'Freedonian troops joined the offensive': 'join' is a light verb, the noun is the act (it gave
    no draft)."""
    drafts = invented("Freedonian troops joined the offensive on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "attack", "freedonia-armed-forces")]


def test_a_call_for_something_is_an_appeal(invented: Drafts) -> None:
    """'issued a call for calm' asks for calm; it is no phone call (it was typed phone-call)."""
    drafts = invented("Sylvania issued a call for calm on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "appeal", "sylvania")]
