"""The figures the pack shows, one function per section, all from the domain's rules.

The pack never does appraisal arithmetic itself: ranking, sensitivity, whole-life
costs and the risk heat map come from ``smartdesk.domain``, so the pack, the GUI and
``smartdesk appraise`` always agree.
"""

from __future__ import annotations

from smartdesk.domain import costs, risk
from smartdesk.domain.appraisal import RankedOption, rank_options
from smartdesk.domain.records import WorkshopData
from smartdesk.domain.sensitivity import SensitivityRow, sensitivity


def ranking(data: WorkshopData) -> list[RankedOption]:
    """The short list ranked under today's weights, best first."""
    return rank_options(data)


def sensitivity_rows(data: WorkshopData) -> list[SensitivityRow]:
    """Per criterion, the range of its weight share over which the top stays top."""
    if not data.criteria or not any(o.shortlisted for o in data.options):
        return []
    return sensitivity(data)


def whole_life_costs(data: WorkshopData) -> list[costs.WholeLifeCost]:
    """NPC, PVB and NPSV of every option, in the room's order."""
    return costs.whole_life_costs(data)


def risk_heat_counts(data: WorkshopData) -> list[list[int]]:
    """Number of rated risks per cell: ``counts[impact - 1][likelihood - 1]``."""
    return risk.heat_map(data.risks)


def very_high_risks(data: WorkshopData) -> int:
    """How many risks are rated 15 or more."""
    return sum(1 for r in data.risks if risk.is_very_high(r))
