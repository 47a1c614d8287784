"""Percentages and pounds as people read them, on screen, in ``appraise`` and in the pack."""

from __future__ import annotations

from fractions import Fraction

import pytest

from smartdesk.domain.formatting import money, percent


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(619, 10), 2, "61.90 %"),
        (Fraction(25), 1, "25.0 %"),
        (Fraction(0), 2, "0.00 %"),
        (Fraction(100), 2, "100.00 %"),
        (Fraction(100, 3), 2, "33.33 %"),
        (Fraction(200, 3), 2, "66.67 %"),
        (Fraction(71125, 1000), 2, "71.13 %"),  # a half goes up, not to even
        (Fraction(625, 100), 1, "6.3 %"),
        (Fraction(-625, 100), 1, "-6.3 %"),  # and away from zero below it
        (0.1, 2, "0.10 %"),
        (7, 0, "7 %"),
    ],
)
def test_percent_rounds_half_away_from_zero(
    value: Fraction | float, places: int, expected: str
) -> None:
    assert percent(value, places) == expected


def test_percent_of_nothing_is_blank_and_of_zero_is_zero() -> None:
    assert percent(None) == ""
    assert percent(None, 1, trim=True) == ""
    assert percent(0) == "0.00 %"
    assert percent(Fraction(0), 1, trim=True) == "0 %"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(40), "40 %"),
        (Fraction(100, 3), "33.3 %"),
        (Fraction(3999, 100), "40 %"),  # rounds to a whole number: no ".0"
        (Fraction(4005, 100), "40.1 %"),
        (Fraction(100), "100 %"),
    ],
)
def test_percent_trimmed_shows_one_decimal_at_most(value: Fraction, expected: str) -> None:
    assert percent(value, 1, trim=True) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # The pack formats the float: a half may go down, as it always has.
        (Fraction(625, 100), "6.2 %"),
        (Fraction(100, 3), "33.3 %"),
        (12.5, "12.5 %"),
        (0, "0.0 %"),
    ],
)
def test_percent_as_the_pack_prints_it(value: Fraction | float, expected: str) -> None:
    assert percent(value, 1, half_up=False) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(0), "£0"),
        (Fraction(1234567), "£1,234,567"),
        (Fraction(12345, 10), "£1,235"),  # 1,234.50 -> half up
        (Fraction(12344, 10), "£1,234"),
        (Fraction(-12345, 10), "-£1,235"),  # away from zero
        (Fraction(-4, 10), "£0"),  # rounds to nothing: no minus sign on nought
        (Fraction(-5, 10), "-£1"),
        (999.5, "£1,000"),
        (-1_000_000, "-£1,000,000"),
    ],
)
def test_money_is_whole_pounds_with_a_minus_sign(value: Fraction | float, expected: str) -> None:
    assert money(value) == expected


def test_money_of_nothing_is_the_missing_mark() -> None:
    assert money(None) == ""
    assert money(None, missing="*") == "*"
    assert money(None, missing="*", half_up=False) == "*"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234.5, "£1,234"),  # the pack formats the float: the half goes to even
        (1235.5, "£1,236"),
        (-1234.4, "-£1,234"),
        (-0.4, "-£0"),  # the pack keeps the sign of a small negative sum
        (0.0, "£0"),
        (2_500_000.0, "£2,500,000"),
    ],
)
def test_money_as_the_pack_prints_it(value: float, expected: str) -> None:
    assert money(value, half_up=False) == expected
