"""Whole-life costs and value for money (smartdesk.domain.costs)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartdesk.domain.costs import (
    annuity_factor,
    value_for_money,
    whole_life_cost,
    whole_life_costs,
)
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Criterion, Option, Score, WorkshopData, WorkshopInfo

# Hand-worked: 10 years at 3.5 %. 1.035^10 = 1.4105987606..., so the annuity factor
# (1 - 1.035^-10) / 0.035 = (1 - 0.7089188...) / 0.035 = 8.316605322...
AF_10_AT_3_5 = 8.316605322577955


def test_annuity_factor_hand_worked() -> None:
    factor = annuity_factor(10, 3.5)
    assert float(factor) == pytest.approx(AF_10_AT_3_5, abs=1e-12)
    # Closed form agrees exactly.
    r = Fraction(35, 1000)
    assert factor == (1 - (1 + r) ** -10) / r


def test_annuity_factor_simple_cases() -> None:
    assert annuity_factor(10, 0) == 10
    assert annuity_factor(0, 3.5) == 0
    assert annuity_factor(1, 25) == Fraction(4, 5)  # 1 / 1.25
    assert annuity_factor(2, 100) == Fraction(1, 2) + Fraction(1, 4)


def test_npc_and_npsv_hand_worked() -> None:
    # Capital 100,000 and running cost 10,000 a year, optimism bias 20 %, 10 years at
    # 3.5 %: NPC = 100,000 x 1.2 + 10,000 x 1.2 x 8.3166053 = 120,000 + 99,799.26
    # = 219,799.26. Benefits 25,000 a year: PV = 25,000 x 8.3166053 = 207,915.13,
    # so NPSV = 207,915.13 - 219,799.26 = -11,884.13.
    option = Option(
        id="o",
        capital_cost=100_000,
        annual_cost=10_000,
        annual_benefit=25_000,
        optimism_bias_pct=20,
    )
    cost = whole_life_cost(option, 10, 3.5)
    assert float(cost.npc) == pytest.approx(219_799.26, abs=0.005)
    assert float(cost.pv_benefits) == pytest.approx(207_915.13, abs=0.005)
    assert float(cost.npsv) == pytest.approx(-11_884.13, abs=0.005)
    assert cost.npsv == cost.pv_benefits - cost.npc
    assert cost.missing == ()


def test_optimism_bias_uplifts_costs_not_benefits() -> None:
    plain = whole_life_cost(Option(id="o", annual_benefit=1000, optimism_bias_pct=0), 5, 3.5)
    biased = whole_life_cost(Option(id="o", annual_benefit=1000, optimism_bias_pct=50), 5, 3.5)
    assert plain.pv_benefits == biased.pv_benefits


def test_missing_figures_count_as_zero_and_are_named() -> None:
    cost = whole_life_cost(Option(id="o", annual_cost=1000), 3, 0)
    assert cost.npc == 3000
    assert cost.pv_benefits == 0
    assert cost.npsv == -3000
    assert cost.missing == ("capital_cost", "annual_benefit", "optimism_bias_pct")


def test_figures_are_exact_decimals() -> None:
    cost = whole_life_cost(Option(id="o", capital_cost=0.1, annual_cost=0.2), 1, 0)
    assert cost.npc == Fraction(3, 10)


def test_bad_period_or_rate_is_refused() -> None:
    with pytest.raises(WorkshopError, match="negative"):
        annuity_factor(-1, 3.5)
    with pytest.raises(WorkshopError, match="discount rate"):
        annuity_factor(5, -100)


def test_whole_life_costs_use_the_workshop_settings() -> None:
    data = WorkshopData(
        workshop=WorkshopInfo(id="w", appraisal_years=4, discount_rate_pct=0),
        options=(Option(id="a", annual_cost=10), Option(id="b", capital_cost=7)),
    )
    assert [c.npc for c in whole_life_costs(data)] == [40, 7]


def test_value_for_money_table() -> None:
    data = WorkshopData(
        workshop=WorkshopInfo(id="w", appraisal_years=2, discount_rate_pct=0),
        criteria=(Criterion(id="c", weight=1),),
        options=(
            Option(id="a", name="A", capital_cost=6000, optimism_bias_pct=0, shortlisted=True),
            Option(id="b", name="B", capital_cost=1000, shortlisted=True),
            Option(id="x", name="X", annual_cost=100, annual_benefit=300),
        ),
        scores=(Score("a", "c", 3), Score("b", "c", 0)),
    )
    a, b, x = value_for_money(data)
    # A scores 60 %: 6,000 / 60 points = 100 per point.
    assert (a.score_pct, a.rank, a.cost_per_point, a.npc) == (60, 1, 100, 6000)
    assert a.missing == ("annual_cost", "annual_benefit")
    # B scores 0: no cost per point.
    assert (b.score_pct, b.rank, b.cost_per_point) == (0, 2, None)
    # X is not short-listed: costed, not scored.
    assert (x.shortlisted, x.score_pct, x.rank, x.cost_per_point) == (False, None, None, None)
    assert (x.npc, x.npsv) == (200, 400)


@given(
    st.integers(0, 60),
    st.decimals(0, 20, places=2),
    st.decimals(0, 10**7, places=2),
    st.decimals(0, 10**6, places=2),
)
def test_npc_grows_with_costs_and_shrinks_with_the_rate(
    years: int, rate: Decimal, capital: Decimal, annual: Decimal
) -> None:
    option = Option(id="o", capital_cost=float(str(capital)), annual_cost=float(str(annual)))
    cost = whole_life_cost(option, years, float(str(rate)))
    undiscounted = Fraction(str(capital)) + Fraction(str(annual)) * years
    assert Fraction(str(capital)) <= cost.npc <= undiscounted
    if years:
        higher = whole_life_cost(option, years, float(str(rate)) + 1)
        assert higher.npc <= cost.npc
