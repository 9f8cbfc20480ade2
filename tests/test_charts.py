"""The SVG chart's year labels stay readable, whichever years a chronology covers; its data
table has a caption."""

from __future__ import annotations

import pytest

from chronicle.charts import events_per_month
from chronicle.load import build_event


def _events(dates: list[str]) -> list:
    return [
        build_event({
            "id": f"{d}-event-{n}", "status": "reviewed", "date": d, "title": "An event",
            "summary": "An event.", "type": "statement", "actors": ["someone"],
            "sources": [{"url": "https://example.org/", "outlet": "Example", "title": "Report",
                         "published": d}],
        })
        for n, d in enumerate(dates)
    ]


@pytest.mark.parametrize("dates", [
    ["2020-11-10", "2021-05-13", "2022-09-13", "2023-09-19"],  # a first label in November
    ["2020-12", "2021-01-02", "2025-03-01"],                   # a year's gap, a later year
    ["2021-05-13", "2021-06-01", "2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01"],
])
def test_year_labels_never_overlap(dates: list[str]) -> None:
    events = _events(dates)
    chart = events_per_month(events, "home", "events")
    assert chart is not None
    positions = [x for x, _ in chart.ticks]
    labels = [label for _, label in chart.ticks]
    assert labels and labels == sorted(set(labels))
    assert labels[-1] == dates[-1][:4]
    assert all(b - a >= 40 for a, b in zip(positions, positions[1:], strict=False))
    assert sum(bar.count for bar in chart.bars) == len(events)


def test_the_chart_data_table_has_a_caption() -> None:
    """Screen readers announce a table by its caption: the chart's title names its numbers."""
    from chronicle.render import render

    chart = events_per_month(_events(["2021-05-13", "2021-06-01"]), "x", "events")
    assert chart is not None
    html = render("chart.html.j2", "", c=chart)
    assert "<table><caption>Events per month</caption><thead>" in html
