"""The SVG chart's year labels stay readable on the bundled chronology."""

from __future__ import annotations

from chronicle.charts import events_per_month
from chronicle.load import build_chronology, read_chronology
from chronicle.project import Project
from conftest import REPO


def test_year_labels_never_overlap() -> None:
    """The chronology starts in November 2020: its label would sit on top of 2021's."""
    events = build_chronology(read_chronology(Project(REPO))).events
    chart = events_per_month(events, "home", "events")
    assert chart is not None
    positions = [x for x, _ in chart.ticks]
    assert [label for _, label in chart.ticks] == ["2021", "2022", "2023"]
    assert all(b - a >= 40 for a, b in zip(positions, positions[1:], strict=False))
    assert sum(bar.count for bar in chart.bars) == len(events)
