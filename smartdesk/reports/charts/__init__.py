"""Every chart SmartDesk draws, for the briefing pack and for the screen.

Each chart is a function that draws with matplotlib (a ``Figure`` on the Agg canvas,
never ``pyplot``; see :mod:`.canvas`) into PNG bytes, holding the lock of
:mod:`.lock` so the UI thread and the export worker never draw at the same time.
The pack embeds the bytes; the GUI shows them in ``smartdesk.gui.common.chart_view``.
Importing this package does not import matplotlib.
"""

from __future__ import annotations

from smartdesk.reports.charts.appraisal import (
    SensitivityRange,
    StackedScore,
    ranking_bars,
    sensitivity_ranges,
    stacked_scores,
)
from smartdesk.reports.charts.risk import risk_heat_map
from smartdesk.reports.charts.stakeholders import (
    GridPoint,
    engagement_gap,
    power_interest_grid,
    quadrant_counts,
)
from smartdesk.reports.charts.vision import maturity_radar
from smartdesk.reports.charts.votes import vote_bars

__all__ = [
    "GridPoint",
    "SensitivityRange",
    "StackedScore",
    "engagement_gap",
    "maturity_radar",
    "power_interest_grid",
    "quadrant_counts",
    "ranking_bars",
    "risk_heat_map",
    "sensitivity_ranges",
    "stacked_scores",
    "vote_bars",
]
