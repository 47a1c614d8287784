"""The short list's net present social value (NPSV) and the preferred option's
switching values (Green Book 5.59-5.61).

Built on :mod:`smartdesk.domain.costs`; the formulas are in docs/json-format.md
("Appraise output"):

- each short-listed option's NPC, present value of benefits (cashable and social),
  NPSV, and NPSV against the do-minimum option's (None without a do-minimum);
- for the recommended option (or the top of the ranking when none is recommended),
  how far its whole-life cost may rise, and its benefits fall, before its NPSV
  reaches zero: NPSV / NPC and NPSV / PVB, in percent. Each is None unless the NPSV
  is positive and the divisor too (an option that already costs more than it brings
  has no value left to switch).

Exact arithmetic throughout; round only for output.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from smartdesk.domain.appraisal import HUNDRED, rank_options
from smartdesk.domain.costs import whole_life_costs
from smartdesk.domain.records import Option, WorkshopData


@dataclass(frozen=True, slots=True)
class CostLine:
    """One short-listed option's whole-life figures (GBP, exact, today's prices)."""

    option_id: str
    name: str
    npc: Fraction
    pv_benefits: Fraction
    npsv: Fraction
    npsv_vs_do_minimum: Fraction | None
    incomplete: bool  # no capital or annual cost given


def cost_lines(data: WorkshopData) -> list[CostLine]:
    """The short-listed options' figures, in long-list order."""
    pairs = list(zip(data.options, whole_life_costs(data), strict=True))
    baseline = next((cost.npsv for option, cost in pairs if option.do_minimum), None)
    return [
        CostLine(
            option_id=option.id,
            name=option.name,
            npc=cost.npc,
            pv_benefits=cost.pv_benefits,
            npsv=cost.npsv,
            npsv_vs_do_minimum=None if baseline is None else cost.npsv - baseline,
            incomplete=cost.incomplete,
        )
        for option, cost in pairs
        if option.shortlisted
    ]


@dataclass(frozen=True, slots=True)
class SwitchingValues:
    """How far the preferred option's costs may rise, or its benefits fall, in percent,
    before its NPSV reaches zero (None: no positive NPSV to lose, or nothing to divide by)."""

    option_id: str
    costs_rise_pct: Fraction | None
    benefits_fall_pct: Fraction | None
    recommended: bool  # False: the top of the ranking stands in for a recommendation


def preferred_option(data: WorkshopData) -> tuple[Option, bool] | None:
    """The option switching values are for, and whether it is the recommended one:
    the recommended option, or the top of the ranking when none is recommended. None
    when nothing is short-listed or the recommended option is not short-listed."""
    by_id = {option.id: option for option in data.options}
    chosen = by_id.get(data.recommendation.option_id or "")
    if chosen is not None:
        return (chosen, True) if chosen.shortlisted else None
    ranking = rank_options(data)
    return (by_id[ranking[0].option_id], False) if ranking else None


def _share(part: Fraction, whole: Fraction) -> Fraction | None:
    return part / whole * HUNDRED if part > 0 and whole > 0 else None


def switching_values(data: WorkshopData) -> SwitchingValues | None:
    """The preferred option's switching values (see :func:`preferred_option`)."""
    preferred = preferred_option(data)
    if preferred is None:
        return None
    option, recommended = preferred
    line = next(line for line in cost_lines(data) if line.option_id == option.id)
    return SwitchingValues(
        option_id=option.id,
        costs_rise_pct=_share(line.npsv, line.npc),
        benefits_fall_pct=_share(line.npsv, line.pv_benefits),
        recommended=recommended,
    )
