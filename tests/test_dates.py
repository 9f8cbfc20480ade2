"""Partial dates: how they sort against each other, as the chronology lists them."""

from __future__ import annotations

import pytest

from chronicle.dates import PartialDate


def dates(*texts: str) -> list[PartialDate]:
    return [PartialDate.parse(t) for t in texts]


def test_a_year_a_month_and_a_day_sort_coarse_first() -> None:
    shuffled = dates("2021-05-01", "2021", "2020-12-31", "2021-05", "2021-04-30", "2022")
    in_order = ["2020-12-31", "2021", "2021-04-30", "2021-05", "2021-05-01", "2022"]
    assert [d.iso() for d in sorted(shuffled)] == in_order


@pytest.mark.parametrize(("earlier", "later"), [
    ("2021", "2021-01"),        # a year before the months it holds
    ("2021-05", "2021-05-01"),  # a month before its days
    ("2021-12-31", "2022"),     # a day before the next year
    ("2021-05-31", "2021-06"),  # a day before the next month
])
def test_comparisons_follow_the_chronology_order(earlier: str, later: str) -> None:
    a, b = PartialDate.parse(earlier), PartialDate.parse(later)
    assert a < b and b > a and a <= b and b >= a and a != b
    assert min(b, a) == a and max(a, b) == b


def test_equal_dates_are_equal_and_hash_alike() -> None:
    assert PartialDate.parse("2021-05") == PartialDate(2021, 5)
    assert len({PartialDate.parse("2021-05"), PartialDate(2021, 5), PartialDate(2021)}) == 2


def test_a_date_does_not_compare_with_text() -> None:
    with pytest.raises(TypeError):
        _ = PartialDate(2021) < "2021"  # type: ignore[operator]
