"""The charts, drawn with matplotlib into PNG bytes (the pack's in :mod:`.stakeholders`
for now, the Options stage's in :mod:`.appraisal`)."""

from __future__ import annotations

from smartdesk.reports.charts.stakeholders import (
    GridPoint,
    engagement_gap,
    maturity_radar,
    power_interest_grid,
    ranking_bars,
    risk_heat_map,
    sensitivity_intervals,
)

__all__ = [
    "GridPoint",
    "engagement_gap",
    "maturity_radar",
    "power_interest_grid",
    "ranking_bars",
    "risk_heat_map",
    "sensitivity_intervals",
]
