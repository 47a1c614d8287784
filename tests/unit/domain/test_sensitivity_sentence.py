"""The rules the screen and the pack read the sensitivity rows by."""

from __future__ import annotations

from fractions import Fraction

from smartdesk.domain.sensitivity import SensitivityRow
from smartdesk.domain.sensitivity_sentence import nearest_turn, tightest, turns


def row(
    cid: str,
    share: int,
    low: int,
    high: int,
    below: str | None = None,
    above: str | None = None,
) -> SensitivityRow:
    return SensitivityRow(
        criterion_id=cid,
        name=cid.upper(),
        share_pct=Fraction(share),
        top_stays_from_pct=Fraction(low),
        top_stays_to_pct=Fraction(high),
        top_option_id="top",
        overtaken_below_by=below,
        overtaken_above_by=above,
    )


def test_turns_are_nearest_first_and_ties_keep_the_rows_order() -> None:
    rows = [
        row("a", 30, 20, 60, below="x", above="y"),  # 10 below, 30 above
        row("b", 50, 0, 55, above="z"),  # 5 above
        row("c", 40, 30, 100, below="w"),  # 10 below: ties with a's, comes after it
    ]
    found = [(t.criterion_id, t.above, t.distance, t.overtaker_id) for t in turns(rows)]
    assert found == [
        ("b", True, 5, "z"),
        ("a", False, 10, "x"),
        ("c", False, 10, "w"),
        ("a", True, 30, "y"),
    ]


def test_a_row_turns_above_before_below() -> None:
    equal = row("a", 50, 40, 60, below="x", above="y")
    assert [t.above for t in turns([equal])] == [True, False]


def test_nearest_turn_counts_only_ends_where_an_option_overtakes() -> None:
    assert nearest_turn(row("a", 30, 0, 60, above="y")) == 30  # 0 % is no turn
    assert nearest_turn(row("a", 30, 25, 60, below="x", above="y")) == 5
    assert nearest_turn(row("a", 30, 0, 100)) is None


def test_tightest_is_none_when_no_single_weight_changes_the_top() -> None:
    assert tightest([row("a", 30, 0, 100), row("b", 70, 0, 100)]) is None
    assert tightest([]) is None


def test_tightest_counts_an_end_where_nothing_overtakes() -> None:
    # The pack's rule (kept as it prints today): "a" is 10 points from 0 %, where
    # nothing overtakes, so it counts as tighter than "b", which is 20 points from a
    # real turn. The pasted sentence (turns) leads with "b" instead.
    a = row("a", 10, 0, 60, above="y")
    b = row("b", 30, 10, 100, below="x")
    assert tightest([a, b]) is a
    assert turns([a, b])[0].criterion_id == "b"
