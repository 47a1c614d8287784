"""A vote round's results: one bar per subject, most votes at the top.

Drawn for the pack at its size; the GUI can ask for a bigger one for the projector
(``width``, ``dpi``, ``fontsize``). Every bar carries its total and share, so the
chart reads without colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from smartdesk.reports.charts.canvas import (
    BLUE,
    DPI,
    INK,
    label_room,
    margins,
    new_figure,
    png,
    short,
    style,
)
from smartdesk.reports.charts.lock import one_at_a_time


def natural_height(rows: int) -> float:
    """The height (inches) of a vote chart of ``rows`` bars drawn at its own size."""
    return 0.8 + 0.34 * rows


@one_at_a_time
def vote_bars(
    rows: Sequence[tuple[str, int, str]],
    axis_label: str,
    *,
    width: float = 6.4,
    dpi: float = DPI,
    fontsize: float = 7.5,
    height: float | None = None,
) -> bytes:
    """Horizontal bars of ``(name, total, share text)`` rows in the order given (the
    round's ranking), the first at the top, each labelled "12 (40%)".

    ``height`` (inches) fits the chart to a given space, the bars closer together; by
    default the chart is as tall as its rows need."""
    height = max(1.6, height if height is not None else natural_height(len(rows)))
    figure = new_figure(width, height, dpi)
    labels = [short(name, 32, blank="(unnamed)") for name, _total, _share in rows]
    margins(figure, left=label_room(labels, fontsize, width), bottom=0.5)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    totals = [total for _name, total, _share in rows]
    axes.barh(positions, totals, color=BLUE, edgecolor=INK, linewidth=0.4)
    most = max(totals, default=0) or 1
    for y, (_name, total, share) in zip(positions, rows, strict=True):
        axes.text(
            total + most * 0.02, y, f"{total} ({share})", va="center", fontsize=fontsize, color=INK
        )
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=fontsize)
    from matplotlib.ticker import MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # dots and points are whole
    axes.set_xlim(0, most * 1.25)
    axes.set_xlabel(axis_label, fontsize=fontsize + 0.5)
    style(axes, fontsize)
    return png(figure)
