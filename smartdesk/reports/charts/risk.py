"""The risk heat map: how many risks sit in each cell of the 5 x 5 matrix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from smartdesk.reports.catalogue import text
from smartdesk.reports.charts.canvas import GREY, INK, margins, new_figure, png
from smartdesk.reports.charts.lock import one_at_a_time

if TYPE_CHECKING:
    from matplotlib.patches import Rectangle


@one_at_a_time
def risk_heat_map(counts: Sequence[Sequence[int]]) -> bytes:
    """5x5 grid, likelihood across and impact up, each cell showing its count.

    ``counts[impact - 1][likelihood - 1]``. Cells are shaded by rating band and every
    cell carries its number, so the map reads without colour.
    """
    figure = new_figure(4.6, 4.0)
    margins(figure, left=0.6, bottom=0.55, right=0.2)
    axes = figure.add_subplot()
    for impact in range(1, 6):
        for likelihood in range(1, 6):
            rating = impact * likelihood
            shade = "#f4c7c3" if rating >= 15 else "#fde9b6" if rating >= 8 else "#d9ead3"
            axes.add_patch(_rectangle(likelihood - 0.5, impact - 0.5, shade))
            count = counts[impact - 1][likelihood - 1]
            axes.text(
                likelihood,
                impact,
                str(count) if count else "",
                ha="center",
                va="center",
                fontsize=11,
                fontweight="bold",
                color=INK,
            )
            axes.text(
                likelihood + 0.42,
                impact - 0.4,
                str(rating),
                ha="right",
                va="bottom",
                fontsize=5.5,
                color=GREY,
            )
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.set_xticks(range(1, 6))
    axes.set_yticks(range(1, 6))
    axes.set_xlabel(text("chart.likelihood"), fontsize=9)
    axes.set_ylabel(text("chart.impact"), fontsize=9)
    axes.set_aspect("equal")
    axes.tick_params(labelsize=8)
    return png(figure)


def _rectangle(x: float, y: float, colour: str) -> Rectangle:
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), 1, 1, facecolor=colour, edgecolor="white", linewidth=1.5)
