"""Whole-life costs and value for money of each option (Green Book style).

Over N = the workshop's appraisal years, at discount rate r and optimism bias b
(docs/scales-and-rules.md "Whole-life costs")::

    NPC = capital x (1 + b) + sum over t = 1..N of annual_cost x (1 + b) / (1 + r)^t
    NPV = sum over t = 1..N of annual_benefit / (1 + r)^t - NPC

Costs fall in year 0 (capital) and at the end of years 1..N (running costs and
benefits). Optimism bias uplifts costs only, never benefits. A figure the room has
not given counts as 0 and is named in ``missing``, so a report can say the total is
not the whole story. Arithmetic is exact (fractions); round only for output.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from smartdesk.domain.appraisal import HUNDRED, exact, rank_options
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Option, WorkshopData

# The option fields the calculation uses, in the order a report lists them.
COST_FIELDS: tuple[str, ...] = (
    "capital_cost",
    "annual_cost",
    "annual_benefit",
    "optimism_bias_pct",
)


def annuity_factor(years: int, rate_pct: float | Fraction) -> Fraction:
    """Sum over t = 1..years of 1 / (1 + r)^t, exactly; ``years`` when r is 0.

    E.g. 10 years at 3.5 % gives 8.3166053...
    """
    if years < 0:
        raise WorkshopError(f"The appraisal period cannot be negative ({years} years).")
    rate = exact(rate_pct) / HUNDRED
    if rate <= -1:
        raise WorkshopError(f"A discount rate of {rate_pct} % is not usable; use 0 to 20 %.")
    discount = 1 / (1 + rate)
    factor, term = Fraction(0), Fraction(1)
    for _ in range(years):
        term *= discount
        factor += term
    return factor


@dataclass(frozen=True, slots=True)
class WholeLifeCost:
    """An option's discounted totals in GBP (exact). ``missing`` names the option
    fields that were empty and counted as 0, in :data:`COST_FIELDS` order."""

    option_id: str
    npc: Fraction
    pv_benefits: Fraction
    npv: Fraction
    missing: tuple[str, ...]


def whole_life_cost(option: Option, years: int, rate_pct: float | Fraction) -> WholeLifeCost:
    """Net present cost and value of one option over ``years`` at ``rate_pct``."""
    missing = tuple(name for name in COST_FIELDS if getattr(option, name) is None)

    def figure(value: float | None) -> Fraction:
        return Fraction(0) if value is None else exact(value)

    uplift = 1 + figure(option.optimism_bias_pct) / HUNDRED
    factor = annuity_factor(years, rate_pct)
    npc = figure(option.capital_cost) * uplift + figure(option.annual_cost) * uplift * factor
    pv_benefits = figure(option.annual_benefit) * factor
    return WholeLifeCost(
        option_id=option.id,
        npc=npc,
        pv_benefits=pv_benefits,
        npv=pv_benefits - npc,
        missing=missing,
    )


def whole_life_costs(data: WorkshopData) -> list[WholeLifeCost]:
    """Every option's whole-life cost under the workshop's appraisal period and rate,
    in the room's order."""
    info = data.workshop
    return [
        whole_life_cost(option, info.appraisal_years, info.discount_rate_pct)
        for option in data.options
    ]


@dataclass(frozen=True, slots=True)
class ValueForMoneyRow:
    """One option in the value-for-money table.

    ``score_pct`` and ``rank`` are None for options not on the short list;
    ``cost_per_point`` is NPC per percentage point of weighted score, None when the
    score is 0 or the option is not ranked.
    """

    option_id: str
    name: str
    shortlisted: bool
    npc: Fraction
    npv: Fraction
    score_pct: Fraction | None
    rank: int | None
    cost_per_point: Fraction | None
    missing: tuple[str, ...]


def value_for_money(data: WorkshopData) -> list[ValueForMoneyRow]:
    """One row per option, in the room's order (sort by ``rank`` to follow the
    ranking): whole-life cost, net present value, weighted score, cost per point."""
    ranked = {r.option_id: r for r in rank_options(data)}
    rows = []
    for option, cost in zip(data.options, whole_life_costs(data), strict=True):
        position = ranked.get(option.id)
        score = None if position is None else position.score
        rows.append(
            ValueForMoneyRow(
                option_id=option.id,
                name=option.name,
                shortlisted=option.shortlisted,
                npc=cost.npc,
                npv=cost.npv,
                score_pct=score,
                rank=None if position is None else position.rank,
                cost_per_point=None if not score else cost.npc / score,
                missing=cost.missing,
            )
        )
    return rows
