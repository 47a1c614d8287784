"""The maturity radar: current against target levels of the Vision stage's dimensions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from smartdesk.reports.catalogue import text
from smartdesk.reports.charts.canvas import BLUE, DPI, INK, ORANGE, margins, new_figure, png, short
from smartdesk.reports.charts.lock import one_at_a_time

RADAR_WIDTH, RADAR_HEIGHT = 6.0, 4.4  # inches: the layout is fixed


@one_at_a_time
def maturity_radar(dimensions: Sequence[tuple[str, int, int]], *, dpi: float = DPI) -> bytes:
    """Radar of current (solid, circles) against target (dashed, squares) levels 1-5.

    The first dimension is at the top, going clockwise; names sit outside the circle,
    aligned away from it, so they never cross the rings. The layout is fixed (6 x 4.4
    inches); the screen sets ``dpi`` to fit it to the space it has.
    """
    figure = new_figure(RADAR_WIDTH, RADAR_HEIGHT, dpi)
    margins(figure, left=1.55, bottom=0.4, top=0.45, right=1.55)
    axes: Any = figure.add_subplot(projection="polar")  # PolarAxes
    axes.set_theta_offset(math.pi / 2)
    axes.set_theta_direction(-1)
    count = len(dimensions)
    angles = [2 * math.pi * i / count for i in range(count)]
    closed = [*angles, angles[0]]
    for index, (name, style, marker, colour) in enumerate(
        (
            (text("chart.current"), "-", "o", BLUE),
            (text("chart.target"), "--", "s", ORANGE),
        )
    ):
        values = [d[1 + index] for d in dimensions]
        axes.plot(closed, [*values, values[0]], style, marker=marker, color=colour, label=name)
        if index == 0:
            axes.fill(closed, [*values, values[0]], color=colour, alpha=0.12)
    axes.set_xticks(angles)
    axes.set_xticklabels([])
    for angle, (name, _current, _target) in zip(angles, dimensions, strict=True):
        # Clockwise from the top: the right half has sin > 0.
        side = math.sin(angle)
        ha = "center" if abs(side) < 0.2 else "left" if side > 0 else "right"
        va = "bottom" if math.cos(angle) > 0.5 else "top" if math.cos(angle) < -0.5 else "center"
        axes.text(angle, 5.45, short(name, 26), ha=ha, va=va, fontsize=7.5, color=INK)
    axes.set_ylim(0, 5)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.tick_params(labelsize=7)
    axes.legend(loc="upper left", bbox_to_anchor=(1.12, 1.08), fontsize=8, frameon=False)
    return png(figure)
