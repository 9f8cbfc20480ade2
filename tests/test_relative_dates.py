"""Relative dates as a reviewer resolved them by hand: the resolver reads each the same way.

The cases (tests/fixtures/relative_dates.yaml) come from the bundled chronology's reports,
but they are fixtures: the live chronology may change without touching them.
"""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from chronicle.ingest.temporal import find
from conftest import FIXTURES

CASES = yaml.safe_load((FIXTURES / "relative_dates.yaml").read_text(encoding="utf-8"))


def test_the_fixture_keeps_the_hand_resolved_cases() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CASES, ids=[c["words"] for c in CASES])
def test_hand_resolved_relative_date(case: dict) -> None:
    refs = find(case["words"], date.fromisoformat(case["published"]))
    assert [str(ref.date) for ref in refs if ref.anchors_event] == [case["date"]], refs
