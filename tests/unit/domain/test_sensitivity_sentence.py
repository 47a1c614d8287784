"""The rules the screen and the pack read the sensitivity rows by."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from smartdesk.domain.records import Criterion, Option, Score, WorkshopData
from smartdesk.domain.sensitivity import SensitivityRow
from smartdesk.domain.sensitivity_sentence import (
    most_sensitive,
    nearest_turn,
    scored_cells,
    sensitivity_sentence,
    turns,
)


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


def test_turns_are_nearest_first_and_ties_go_by_name() -> None:
    rows = [
        row("a", 30, 20, 60, below="x", above="y"),  # 10 below, 30 above
        row("b", 50, 0, 55, above="z"),  # 5 above
        row("c", 40, 30, 100, below="w"),  # 10 below: ties with a's, comes after it by name
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


def test_most_sensitive_is_none_when_no_single_weight_changes_the_top() -> None:
    assert most_sensitive([row("a", 30, 0, 100), row("b", 70, 0, 100)]) is None
    assert most_sensitive([]) is None


def test_most_sensitive_counts_only_ends_where_an_option_overtakes() -> None:
    # "a" is 10 points from 0 %, where nothing overtakes: that is no turn. Its real
    # turn is 50 points away (60 %); "b" turns 20 points away (10 %), so "b" is the
    # most sensitive. (The pack used to pick "a" here.)
    a = row("a", 10, 0, 60, above="y")
    b = row("b", 30, 10, 100, below="x")
    found = most_sensitive([a, b])
    assert found is not None and found.row is b and found.points == 20
    assert (found.turn.above, found.turn.overtaker_id) == (False, "x")
    assert turns([a, b])[0].criterion_id == "b"  # the pasted sentence agrees


def test_most_sensitive_ties_go_by_name_then_id() -> None:
    late = row("z-id", 30, 20, 100, below="x")
    early = row("a-id", 30, 0, 40, above="y")
    same = row("b-id", 30, 20, 100, below="x")
    late, early, same = (
        replace(late, name="alpha"),
        replace(early, name="Beta"),
        replace(same, name="ALPHA"),
    )
    found = most_sensitive([early, late, same])
    assert found is not None and found.row is same  # alpha == ALPHA by name; b-id < z-id
    assert found.points == 10


def _short_list(scores: tuple[tuple[str, str, int | None], ...]) -> WorkshopData:
    """Three short-listed options, two criteria of equal weight, the scores given."""
    return WorkshopData(
        criteria=(Criterion(id="c1", name="Cost", weight=1), Criterion(id="c2", weight=1)),
        options=tuple(
            Option(id=key, name=key.title(), shortlisted=True) for key in ("alpha", "beta", "gamma")
        ),
        scores=tuple(Score(o, c, value) for o, c, value in scores),
    )


def test_mostly_unscored_short_list_is_not_called_robust() -> None:
    # Two of six cells scored: Alpha "stays first whatever the weight" would mislead.
    data = _short_list((("alpha", "c1", 5), ("alpha", "c2", 5), ("beta", "c1", None)))
    assert scored_cells(data) == (2, 6)
    sentence = sensitivity_sentence(data)
    assert "stays first" not in sentence and "whatever" not in sentence
    assert sentence == (
        "Only 2 of the short list's 6 scores are in, so the ranking is not yet "
        "meaningful: score at least half before testing the weights."
    )


def test_half_the_short_list_scored_gives_the_robustness_sentence() -> None:
    data = _short_list((("alpha", "c1", 5), ("alpha", "c2", 5), ("beta", "c1", 1)))
    assert scored_cells(data) == (3, 6)
    assert sensitivity_sentence(data).startswith("Alpha stays first")


def test_scores_outside_the_short_list_do_not_count() -> None:
    data = _short_list((("alpha", "c1", 5), ("alpha", "c2", 5), ("beta", "c1", 1)))
    data = replace(
        data,
        options=(*data.options, Option(id="delta", name="Delta")),
        scores=(*data.scores, Score("delta", "c1", 4), Score("delta", "c2", 4)),
    )
    assert scored_cells(data) == (3, 6)
