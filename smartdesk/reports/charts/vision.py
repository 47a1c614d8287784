"""The maturity radar: current against target levels of the Vision stage's dimensions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from smartdesk.reports.catalogue import text
from smartdesk.reports.charts.canvas import (
    BLUE,
    DPI,
    INK,
    ORANGE,
    label_chars,
    label_room,
    margins,
    new_figure,
    png,
    short,
)
from smartdesk.reports.charts.lock import one_at_a_time

RADAR_WIDTH, RADAR_HEIGHT = 6.0, 4.4  # inches: the layout is fixed


@one_at_a_time
def maturity_radar(
    dimensions: Sequence[tuple[str, int, int]],
    *,
    dpi: float = DPI,
    width: float = RADAR_WIDTH,
    height: float = RADAR_HEIGHT,
    fontsize: float = 7,
) -> bytes:
    """Radar of current (solid, circles) against target (dashed, squares) levels 1-5.

    The first dimension is at the top, going clockwise; names sit outside the circle,
    aligned away from it, so they never cross the rings. The pack's layout is 6 x 4.4
    inches, its smallest type ``fontsize`` points; the screen sets ``dpi`` to fit it to
    the space it has, or on a projector its own size and type (the margins follow the
    names' width).
    """
    grow = fontsize / 7
    words = max((len(word) for d in dimensions for word in d[0].split()), default=0)
    chars = max(min(words, 26), label_chars(width, fontsize + 0.5, 26, share=0.22))
    names = [short(d[0], chars, lines=3) for d in dimensions]
    side, bottom, top = 1.55, 0.4, 0.45
    # Large type (a projector): the names take the sides and up to three lines above
    # and below the circle, the legend goes along the bottom edge.
    under = grow > 1.5
    if under:
        side = min(max(side, label_room(names, fontsize + 0.5, width)), 0.3 * width)
        name_lines = 3 * (fontsize + 0.5) * 1.25 / 72
        top = name_lines + 0.1
        bottom = name_lines + (fontsize + 1) * 1.8 / 72
    figure = new_figure(width, height, dpi)
    margins(figure, left=side, bottom=bottom, top=top, right=side)
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
    for angle, name in zip(angles, names, strict=True):
        # Clockwise from the top: the right half has sin > 0.
        side = math.sin(angle)
        ha = "center" if abs(side) < 0.2 else "left" if side > 0 else "right"
        va = "bottom" if math.cos(angle) > 0.5 else "top" if math.cos(angle) < -0.5 else "center"
        axes.text(angle, 5.45, name, ha=ha, va=va, fontsize=fontsize + 0.5, color=INK)
    axes.set_ylim(0, 5)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.tick_params(labelsize=fontsize)
    if under:
        handles, labels = axes.get_legend_handles_labels()
        figure.legend(
            handles, labels, loc="lower center", ncol=2, fontsize=fontsize + 1, frameon=False
        )
    else:
        axes.legend(
            loc="upper left", bbox_to_anchor=(1.12, 1.08), fontsize=fontsize + 1, frameon=False
        )
    return png(figure)
