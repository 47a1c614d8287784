"""Whole-life costs and value for money of each option (Green Book style).

Over N = the workshop's appraisal years, with DF(t) the discount factor of year t,
capital optimism bias b and operating optimism bias b_op (docs/scales-and-rules.md
"Whole-life costs")::

    NPC  = capital x (1 + b) + sum over t = 1..N of annual_cost x (1 + b_op) x DF(t)
    PVB  = sum over t = 1..N of (annual_benefit + annual_social_benefit) x DF(t)
    NPSV = PVB - NPC

When the workshop's rate is the Green Book's 3.5 % the Green Book's declining schedule
applies, DF(t) = 1 / (1.035^min(t, 30) x 1.03^max(t - 30, 0)) (3.5 % for years 1-30,
3.0 % after); any other rate r applies flat, DF(t) = 1 / (1 + r)^t. Capital falls in
year 0, running costs and benefits at the end of years 1..N, all in today's (real)
prices. b_op left empty means "the same as b". Optimism bias uplifts costs only, never
benefits. The net present social value (NPSV) counts monetised non-cash (social)
benefits as well as cashable ones. A figure the room has not given counts as 0 and is
named in ``missing``, so a report can say the total is not the whole story. Arithmetic
is exact (fractions); round only for output.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from smartdesk.domain.appraisal import HUNDRED, exact, rank_options
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Option, WorkshopData

# The option fields the calculation needs, in the order a report lists them. The social
# benefit and the operating-cost bias are not here: most options have no social benefit
# to monetise, and an empty operating bias means "the same as capital", not 0.
COST_FIELDS: tuple[str, ...] = (
    "capital_cost",
    "annual_cost",
    "annual_benefit",
    "optimism_bias_pct",
)

GREEN_BOOK_RATE_PCT = Fraction(35, 10)
"""The Green Book's social time preference rate for years 1-30 (real terms)."""
GREEN_BOOK_LATER_RATE_PCT = Fraction(3)
"""The Green Book's rate for years 31-75."""
GREEN_BOOK_STEP_YEAR = 30
"""The last year discounted at :data:`GREEN_BOOK_RATE_PCT`."""


def uses_green_book_schedule(rate_pct: float | Fraction) -> bool:
    """Whether ``rate_pct`` (the workshop's rate) means the Green Book's declining
    schedule rather than one flat rate: it does when it is exactly 3.5."""
    return exact(rate_pct) == GREEN_BOOK_RATE_PCT


def discount_factors(years: int, rate_pct: float | Fraction) -> list[Fraction]:
    """DF(1) .. DF(years), exactly: the Green Book schedule at 3.5, flat otherwise."""
    if years < 0:
        raise WorkshopError(f"The appraisal period cannot be negative ({years} years).")
    rate = exact(rate_pct) / HUNDRED
    if rate <= -1:
        raise WorkshopError(f"A discount rate of {rate_pct} % is not usable; use 0 to 20 %.")
    schedule = uses_green_book_schedule(rate_pct)
    later = 1 / (1 + GREEN_BOOK_LATER_RATE_PCT / HUNDRED)
    early = 1 / (1 + rate)
    factors, term = [], Fraction(1)
    for year in range(1, years + 1):
        term *= later if schedule and year > GREEN_BOOK_STEP_YEAR else early
        factors.append(term)
    return factors


def annuity_factor(years: int, rate_pct: float | Fraction) -> Fraction:
    """Sum over t = 1..years of DF(t), exactly; ``years`` when r is 0.

    E.g. 10 years at 3.5 % gives 8.3166053...
    """
    return sum(discount_factors(years, rate_pct), Fraction(0))


@dataclass(frozen=True, slots=True)
class WholeLifeCost:
    """An option's discounted totals in GBP (exact). ``missing`` names the option
    fields that were empty and counted as 0, in :data:`COST_FIELDS` order."""

    option_id: str
    npc: Fraction
    pv_benefits: Fraction
    npsv: Fraction
    missing: tuple[str, ...]

    @property
    def incomplete(self) -> bool:
        """No cost at all was given (capital and annual cost both empty)."""
        return "capital_cost" in self.missing and "annual_cost" in self.missing


def _figure(value: float | None) -> Fraction:
    return Fraction(0) if value is None else exact(value)


def operating_bias_pct(option: Option) -> Fraction:
    """The optimism bias on operating costs: its own figure, or the capital one."""
    if option.optimism_bias_operating_pct is not None:
        return exact(option.optimism_bias_operating_pct)
    return _figure(option.optimism_bias_pct)


def whole_life_cost(option: Option, years: int, rate_pct: float | Fraction) -> WholeLifeCost:
    """Net present cost, benefits and social value of one option over ``years``."""
    missing = tuple(name for name in COST_FIELDS if getattr(option, name) is None)
    factor = annuity_factor(years, rate_pct)
    capital = _figure(option.capital_cost) * (1 + _figure(option.optimism_bias_pct) / HUNDRED)
    running = _figure(option.annual_cost) * (1 + operating_bias_pct(option) / HUNDRED)
    npc = capital + running * factor
    benefits = _figure(option.annual_benefit) + _figure(option.annual_social_benefit)
    pv_benefits = benefits * factor
    return WholeLifeCost(
        option_id=option.id,
        npc=npc,
        pv_benefits=pv_benefits,
        npsv=pv_benefits - npc,
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
    npsv: Fraction
    score_pct: Fraction | None
    rank: int | None
    cost_per_point: Fraction | None
    missing: tuple[str, ...]


def value_for_money(data: WorkshopData) -> list[ValueForMoneyRow]:
    """One row per option, in the room's order (sort by ``rank`` to follow the
    ranking): whole-life cost, net present social value, weighted score, cost per point."""
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
                npsv=cost.npsv,
                score_pct=score,
                rank=None if position is None else position.rank,
                cost_per_point=None if not score else cost.npc / score,
                missing=cost.missing,
            )
        )
    return rows
