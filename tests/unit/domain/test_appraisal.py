"""Weighted scoring and ranking of the short list (smartdesk.domain.appraisal)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartdesk.domain.appraisal import (
    exact,
    normalised_weights,
    rank_options,
    round_half_up,
    weighted_score,
)
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Criterion, Option, Score, WorkshopData


def workshop(
    weights: dict[str, float | None],
    scores: dict[str, dict[str, int | None]],
    *,
    not_shortlisted: tuple[str, ...] = (),
) -> WorkshopData:
    """Criteria named by id with weights; options named by id with their scores."""
    return WorkshopData(
        criteria=tuple(Criterion(id=cid, name=cid, weight=w) for cid, w in weights.items()),
        options=tuple(
            Option(id=oid, name=oid, shortlisted=oid not in not_shortlisted) for oid in scores
        ),
        scores=tuple(
            Score(option_id=oid, criterion_id=cid, score=s)
            for oid, row in scores.items()
            for cid, s in row.items()
        ),
    )


def test_weighted_score_follows_the_formula() -> None:
    # (3 x 4 + 1 x 2) / (5 x 4) x 100 = 14 / 20 x 100 = 70 %
    data = workshop({"c1": 3, "c2": 1}, {"A": {"c1": 4, "c2": 2}})
    [ranked] = rank_options(data)
    assert ranked.score == Fraction(70)
    assert ranked.rank == 1
    assert not ranked.incomplete


def test_ranking_is_best_first_with_sequential_ranks() -> None:
    data = workshop(
        {"c": 1},
        {"Low": {"c": 1}, "High": {"c": 5}, "Mid": {"c": 3}},
    )
    ranking = rank_options(data)
    assert [r.option_id for r in ranking] == ["High", "Mid", "Low"]
    assert [r.rank for r in ranking] == [1, 2, 3]
    assert [r.score for r in ranking] == [100, 60, 20]


def test_only_shortlisted_options_are_ranked() -> None:
    data = workshop({"c": 1}, {"In": {"c": 2}, "Out": {"c": 5}}, not_shortlisted=("Out",))
    assert [r.option_id for r in rank_options(data)] == ["In"]


def test_missing_score_counts_zero_and_marks_incomplete() -> None:
    data = workshop({"c1": 1, "c2": 1}, {"A": {"c1": 5}, "B": {"c1": 5, "c2": None}})
    ranking = rank_options(data)
    assert all(r.incomplete for r in ranking)
    assert all(r.score == 50 for r in ranking)


def test_a_zero_weight_criterion_still_needs_a_score_to_be_complete() -> None:
    data = workshop({"c1": 1, "c2": 0}, {"A": {"c1": 5}})
    [ranked] = rank_options(data)
    assert ranked.score == 100
    assert ranked.incomplete


def test_none_weight_counts_as_zero() -> None:
    data = workshop({"c1": 2, "c2": None}, {"A": {"c1": 5, "c2": 0}})
    assert rank_options(data)[0].score == 100


def test_all_weights_zero_scores_every_option_zero_and_ties_by_name() -> None:
    data = workshop({"c1": 0, "c2": None}, {"b": {"c1": 5, "c2": 5}, "A": {"c1": 1, "c2": 1}})
    ranking = rank_options(data)
    assert [r.score for r in ranking] == [0, 0]
    assert [r.option_id for r in ranking] == ["A", "b"]  # case-insensitive: A < b


def test_no_criteria_scores_zero_and_is_not_incomplete() -> None:
    data = workshop({}, {"A": {}})
    [ranked] = rank_options(data)
    assert ranked.score == 0
    assert not ranked.incomplete


def test_ties_rank_by_name_case_insensitively_then_id() -> None:
    data = WorkshopData(
        criteria=(Criterion(id="c", weight=1),),
        options=(
            Option(id="z2", name="beta", shortlisted=True),
            Option(id="z1", name="Beta", shortlisted=True),
            Option(id="a9", name="ALPHA", shortlisted=True),
            Option(id="m", name="alpha", shortlisted=True),
        ),
        scores=tuple(
            Score(option_id=o, criterion_id="c", score=3) for o in ("z2", "z1", "a9", "m")
        ),
    )
    assert [r.option_id for r in rank_options(data)] == ["a9", "m", "z1", "z2"]
    assert [r.rank for r in rank_options(data)] == [1, 2, 3, 4]


def test_exact_arithmetic_makes_decimal_ties_real_ties() -> None:
    # In binary floats 0.1 + 0.2 > 0.3, so "Beta" would beat "Alpha"; exactly they tie
    # and the tie rule puts Alpha first.
    assert 0.1 * 1 + 0.2 * 1 != 0.3 * 1
    data = WorkshopData(
        criteria=(
            Criterion(id="c1", weight=0.1),
            Criterion(id="c2", weight=0.2),
            Criterion(id="c3", weight=0.3),
        ),
        options=(
            Option(id="b", name="Beta", shortlisted=True),
            Option(id="a", name="Alpha", shortlisted=True),
        ),
        scores=(
            Score(option_id="b", criterion_id="c1", score=1),
            Score(option_id="b", criterion_id="c2", score=1),
            Score(option_id="b", criterion_id="c3", score=0),
            Score(option_id="a", criterion_id="c1", score=0),
            Score(option_id="a", criterion_id="c2", score=0),
            Score(option_id="a", criterion_id="c3", score=1),
        ),
    )
    ranking = rank_options(data)
    assert ranking[0].score == ranking[1].score == 10
    assert [r.name for r in ranking] == ["Alpha", "Beta"]


def test_normalised_weights_sum_to_exactly_100() -> None:
    criteria = [Criterion(id=c, weight=w) for c, w in (("a", 0.1), ("b", 0.2), ("c", None))]
    shares = normalised_weights(criteria)
    assert shares == {"a": Fraction(100, 3), "b": Fraction(200, 3), "c": 0}
    assert sum(shares.values()) == 100


def test_normalised_weights_are_equal_when_all_weights_are_zero() -> None:
    shares = normalised_weights([Criterion(id=c, weight=0) for c in "abc"])
    assert shares == dict.fromkeys("abc", Fraction(100, 3))
    assert normalised_weights([]) == {}


def test_negative_or_non_finite_weights_are_refused_with_a_plain_message() -> None:
    with pytest.raises(WorkshopError, match=r"Cost.*negative weight"):
        rank_options(workshop({"Cost": -1}, {"A": {}}))
    with pytest.raises(WorkshopError, match="finite"):
        exact(float("nan"))


def test_out_of_range_score_is_refused() -> None:
    with pytest.raises(WorkshopError, match="0 to 5"):
        rank_options(workshop({"c": 1}, {"A": {"c": 6}}))


def test_scores_of_unknown_criteria_are_ignored() -> None:
    data = workshop({"c": 1}, {"A": {"c": 5, "gone": 0}})
    assert rank_options(data)[0].score == 100


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(71125, 1000), 2, 71.13),
        (Fraction(-71125, 1000), 2, -71.13),
        (Fraction(200, 3), 2, 66.67),
        (Fraction(100, 3), 1, 33.3),
        (Fraction(1, 200), 2, 0.01),
        (Fraction(0), 2, 0.0),
    ],
)
def test_round_half_up(value: Fraction, places: int, expected: float) -> None:
    assert round_half_up(value, places) == expected


@given(
    st.lists(st.integers(0, 5), min_size=1, max_size=6),
    st.lists(st.decimals(0, 100, places=2), min_size=1, max_size=6),
)
def test_weighted_score_is_between_0_and_100_and_scales(
    scores: list[int], weights: list[Decimal]
) -> None:
    n = min(len(scores), len(weights))
    score_map = {str(i): scores[i] for i in range(n)}
    weight_map = {str(i): Fraction(str(weights[i])) for i in range(n)}
    result = weighted_score(score_map, weight_map)
    assert 0 <= result <= 100
    # Only proportions matter: doubling every weight changes nothing.
    assert weighted_score(score_map, {k: 2 * w for k, w in weight_map.items()}) == result
    if sum(weight_map.values()) > 0 and all(s == 5 for s in score_map.values()):
        assert result == 100
