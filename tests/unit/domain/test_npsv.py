"""Issue 16's appraisal arithmetic, each against a hand-worked example: the Green Book
discount schedule, NPSV, switching values and the most sensitive criterion."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from typing import Any

import pytest

from smartdesk.domain.costs import (
    annuity_factor,
    discount_factors,
    uses_green_book_schedule,
    whole_life_cost,
)
from smartdesk.domain.npsv import cost_lines, switching_values
from smartdesk.domain.records import (
    Criterion,
    Option,
    Recommendation,
    Score,
    WorkshopData,
    WorkshopInfo,
)
from smartdesk.domain.sensitivity import sensitivity
from smartdesk.domain.sensitivity_sentence import most_sensitive

R35 = Fraction(1035, 1000)  # 1 + 3.5 %
R30 = Fraction(103, 100)  # 1 + 3.0 %

# ---------------------------------------------------------------------------
# The discount schedule


def test_discount_factor_at_30_31_and_60_years_follows_the_green_book_schedule() -> None:
    factors = discount_factors(60, 3.5)
    # Year 30 is the last at 3.5 %: 1.035^30 = 2.806793705, DF(30) = 0.356278411.
    assert factors[29] == 1 / R35**30
    assert float(factors[29]) == pytest.approx(0.356278410602, abs=1e-12)
    # Year 31 is the first at 3.0 %: DF(31) = 1 / (2.806793705 x 1.03) = 0.345901370,
    # not 1 / 1.035^31 = 0.344230348 as one flat rate gave.
    assert factors[30] == 1 / (R35**30 * R30)
    assert float(factors[30]) == pytest.approx(0.345901369517, abs=1e-12)
    assert float(1 / R35**31) == pytest.approx(0.344230348, abs=1e-9)
    # Year 60: 1.03^30 = 2.427262471, DF(60) = 1 / (2.806793705 x 2.427262471) = 0.146781988.
    assert factors[59] == 1 / (R35**30 * R30**30)
    assert float(factors[59]) == pytest.approx(0.146781987870, abs=1e-12)


def test_annuity_factor_over_31_and_60_years_on_the_schedule() -> None:
    # Years 1-30 at 3.5 %: (1 - 0.356278411) / 0.035 = 18.392045411.
    first_30 = (1 - 1 / R35**30) / Fraction(35, 1000)
    assert annuity_factor(30, 3.5) == first_30
    assert float(first_30) == pytest.approx(18.392045411363, abs=1e-11)
    # 31 years: 18.392045411 + 0.345901370 = 18.737946781.
    assert annuity_factor(31, 3.5) == first_30 + 1 / (R35**30 * R30)
    assert float(annuity_factor(31, 3.5)) == pytest.approx(18.737946780880, abs=1e-11)
    # 60 years: 18.392045411 + DF(30) x (1 - 1.03^-30) / 0.03
    #         = 18.392045411 + 0.356278411 x 19.600441349 = 25.375259502
    # (one flat 3.5 % gave 24.944734118).
    later_30 = (1 - 1 / R30**30) / Fraction(3, 100)
    assert annuity_factor(60, 3.5) == first_30 + later_30 / R35**30
    assert float(annuity_factor(60, 3.5)) == pytest.approx(25.375259502456, abs=1e-11)


@pytest.mark.parametrize("rate", [3.0, 3.4, 3.6, 5, 0])
def test_any_other_rate_applies_flat(rate: float) -> None:
    assert not uses_green_book_schedule(rate)
    flat = 1 + Fraction(str(rate)) / 100
    assert discount_factors(60, rate) == [1 / flat**t for t in range(1, 61)]


def test_only_3_5_is_the_schedule() -> None:
    assert uses_green_book_schedule(3.5) and uses_green_book_schedule(Fraction(7, 2))


# ---------------------------------------------------------------------------
# NPSV and switching values

AF10 = sum((1 / R35**t for t in range(1, 11)), Fraction(0))  # 8.316605323 (1-30: 3.5 %)


def _option(**values: Any) -> Option:
    return Option(**{"id": "o", "shortlisted": True, **values})


def test_npsv_counts_social_benefit_and_separate_operating_bias() -> None:
    # 10 years at 3.5 %, annuity factor 8.316605323.
    # NPC = 100,000 x 1.20 + 10,000 x 1.10 x 8.316605323 = 120,000 + 91,482.66 = 211,482.66
    # PVB = (25,000 + 5,000) x 8.316605323 = 249,498.16
    # NPSV = 249,498.16 - 211,482.66 = 38,015.50
    option = _option(
        capital_cost=100_000,
        annual_cost=10_000,
        annual_benefit=25_000,
        annual_social_benefit=5_000,
        optimism_bias_pct=20,
        optimism_bias_operating_pct=10,
    )
    cost = whole_life_cost(option, 10, 3.5)
    assert cost.npc == 120_000 + 11_000 * AF10
    assert cost.pv_benefits == 30_000 * AF10
    assert cost.npsv == 30_000 * AF10 - 120_000 - 11_000 * AF10
    assert float(cost.npc) == pytest.approx(211_482.66, abs=0.005)
    assert float(cost.pv_benefits) == pytest.approx(249_498.16, abs=0.005)
    assert float(cost.npsv) == pytest.approx(38_015.50, abs=0.005)


def test_operating_bias_left_empty_is_the_capital_bias() -> None:
    # Flat 0 %, 4 years: NPC = 1,000 x 1.5 + 100 x 1.5 x 4 = 1,500 + 600 = 2,100.
    cost = whole_life_cost(_option(capital_cost=1000, annual_cost=100, optimism_bias_pct=50), 4, 0)
    assert cost.npc == 2100
    # An operating bias of 0 is a real figure, not "the same": 1,500 + 400 = 1,900.
    biased = _option(capital_cost=1000, annual_cost=100, optimism_bias_pct=50)
    zero = replace(biased, optimism_bias_operating_pct=0)
    assert whole_life_cost(zero, 4, 0).npc == 1900


def _workshop(*options: Option, recommended: str | None = None, rate: float = 0) -> WorkshopData:
    return WorkshopData(
        workshop=WorkshopInfo(id="w", appraisal_years=4, discount_rate_pct=rate),
        criteria=(Criterion("c", "Value", weight=1),),
        options=options,
        scores=tuple(Score(o.id, "c", 5 - n) for n, o in enumerate(options)),
        recommendation=Recommendation(option_id=recommended),
    )


def test_npsv_against_the_do_minimum_and_switching_values() -> None:
    # Flat 0 % over 4 years, so each figure is a plain sum.
    # A (recommended): NPC = 1,000 x 1.5 + 100 x 1.5 x 4 = 2,100;
    #                  PVB = (400 + 200) x 4 = 2,400; NPSV = 300.
    # D (do-minimum):  NPC = 200 x 4 = 800; PVB = 100 x 4 = 400; NPSV = -400.
    # A against D: 300 - (-400) = 700; D against itself: 0.
    # Switching values of A: costs may rise 300 / 2,100 = 14.2857 %; benefits may fall
    # 300 / 2,400 = 12.5 % before its NPSV reaches 0.
    a = _option(
        id="a",
        name="A",
        capital_cost=1000,
        annual_cost=100,
        annual_benefit=400,
        annual_social_benefit=200,
        optimism_bias_pct=50,
    )
    d = _option(id="d", name="D", annual_cost=200, annual_benefit=100, do_minimum=True)
    long_list_only = Option(id="x", name="X", capital_cost=5)
    data = _workshop(a, long_list_only, d, recommended="a")
    lines = cost_lines(data)
    assert [line.option_id for line in lines] == ["a", "d"]  # short list, long-list order
    assert [(line.npc, line.pv_benefits, line.npsv) for line in lines] == [
        (2100, 2400, 300),
        (800, 400, -400),
    ]
    assert [line.npsv_vs_do_minimum for line in lines] == [700, 0]
    values = switching_values(data)
    assert values is not None and values.option_id == "a" and values.recommended
    assert values.costs_rise_pct == Fraction(100, 7)  # 14.2857... %
    assert values.benefits_fall_pct == Fraction(25, 2)  # 12.5 %


def test_no_do_minimum_and_incomplete_costs() -> None:
    data = _workshop(_option(id="a", name="A", annual_benefit=10), _option(id="b", capital_cost=1))
    a, b = cost_lines(data)
    assert a.npsv_vs_do_minimum is None and b.npsv_vs_do_minimum is None
    assert a.incomplete and not b.incomplete  # a has neither capital nor annual cost


def test_switching_values_need_a_positive_npsv_and_divisor() -> None:
    # No costs: NPSV 40 > 0 but NPC 0, so no cost switching value; benefits fall 100 %.
    free = _workshop(_option(id="a", name="A", annual_benefit=10), recommended="a")
    values = switching_values(free)
    assert values is not None and values.costs_rise_pct is None
    assert values.benefits_fall_pct == 100
    # A loss-maker has nothing to switch.
    loss = _workshop(_option(id="a", name="A", annual_cost=10, annual_benefit=5))
    values = switching_values(loss)
    assert values is not None and (values.costs_rise_pct, values.benefits_fall_pct) == (None, None)


def test_switching_values_fall_back_to_the_top_and_refuse_a_long_list_pick() -> None:
    top = _option(id="t", name="Top", annual_benefit=10)
    second = _option(id="s", name="Second", annual_benefit=10)
    data = _workshop(top, second)  # no recommendation: the top of the ranking
    values = switching_values(data)
    assert values is not None and values.option_id == "t" and not values.recommended
    outside = Option(id="x", name="Outside")
    assert switching_values(_workshop(top, outside, recommended="x")) is None
    assert switching_values(WorkshopData(options=(outside,))) is None


# ---------------------------------------------------------------------------
# The most sensitive criterion: the issue's workshop


def issue_workshop() -> WorkshopData:
    """Affordability 20 %, Community trust 0 %, Outcomes 40 %, Deliverability 40 %.

    Scores (A, T, O, D): In-house 0, 0, 4, 5 = 72 %; Managed service 5, 4, 0, 4 = 52 %.
    """
    criteria = (
        Criterion("cr-a", "Affordability", weight=20),
        Criterion("cr-t", "Community trust", weight=0),
        Criterion("cr-o", "Outcomes", weight=40),
        Criterion("cr-d", "Deliverability", weight=40),
    )
    options = (
        Option("op-m", "Managed service", shortlisted=True),
        Option("op-i", "In-house", shortlisted=True),
    )
    table = {"op-i": (0, 0, 4, 5), "op-m": (5, 4, 0, 4)}
    scores = tuple(
        Score(option_id, criterion.id, value)
        for option_id, values in table.items()
        for criterion, value in zip(criteria, values, strict=True)
    )
    return WorkshopData(criteria=criteria, options=options, scores=scores)


def test_the_issues_case_affordability_flips_it_soonest() -> None:
    # Affordability at share q (the others 0 : 40 : 40 of the rest):
    #   Managed = q x 5/5 + (1 - q) x (0 + 4)/2/5 = q + 0.4 (1 - q)
    #   In-house = (1 - q) x (4 + 5)/2/5 = 0.9 (1 - q)
    #   equal when 1.5 q = 0.5, q = 1/3: 33.33 %, 13.33 points above today's 20 %;
    #   at 0 % In-house still leads (0.9 > 0.4), so nothing overtakes below.
    # Community trust at share p (the others 20 : 40 : 40):
    #   Managed = 0.8 p + 0.52 (1 - p); In-house = 0.72 (1 - p); equal at p = 0.2:
    #   20 %, 20 points above today's 0 %. The 0 % floor is no turn.
    # Outcomes (today 40 %): Managed overtakes below 20 %, 20 points away.
    # Deliverability: In-house leads by 0.2 whatever its share.
    data = issue_workshop()
    rows = {row.name: row for row in sensitivity(data)}
    trust, afford = rows["Community trust"], rows["Affordability"]
    assert (trust.share_pct, trust.top_stays_from_pct, trust.top_stays_to_pct) == (0, 0, 20)
    assert (trust.overtaken_below_by, trust.overtaken_above_by) == (None, "op-m")
    assert (afford.share_pct, afford.top_stays_to_pct) == (20, Fraction(100, 3))
    assert rows["Outcomes"].top_stays_from_pct == 20
    found = most_sensitive(list(rows.values()))
    assert found is not None
    assert found.row.name == "Affordability" and found.row.criterion_id == "cr-a"
    assert found.points == Fraction(40, 3)  # 13.33 points
    assert found.turn.above and found.turn.overtaker_id == "op-m"


def test_appraise_text_and_json_name_affordability_for_the_issues_case() -> None:
    from smartdesk.domain.appraisal_report import appraisal_report, appraisal_text

    data = issue_workshop()
    assert appraisal_report(data)["most_sensitive"] == {"criterion_id": "cr-a", "points": 13.33}
    assert (
        "Most sensitive: Affordability, 13.33 percentage points from a change of top option "
        "(if its share rises above 33.33 %, Managed service ranks first)."
    ) in appraisal_text(data).splitlines()
