"""The Stakeholders charts: the power-interest grid and the engagement gap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartdesk.domain.stakeholder_analysis import SPLIT, Quadrant
from smartdesk.reports.catalogue import text
from smartdesk.reports.charts.canvas import (
    BLUE,
    DPI,
    GREY,
    INK,
    ORANGE,
    label_chars,
    label_room,
    margins,
    new_figure,
    png,
    short,
    style,
)
from smartdesk.reports.charts.lock import one_at_a_time

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

GAP_WIDTH = 6.4  # inches
# Centre of each quadrant on the grid (interest across, power up).
_QUADRANT_PLACES = {
    Quadrant.CLOSE: (7.5, 7.5),
    Quadrant.SATISFIED: (2.5, 7.5),
    Quadrant.INFORMED: (7.5, 2.5),
    Quadrant.MONITOR: (2.5, 2.5),
}

# Attitude -2..2 -> (marker, colour); the shape carries the meaning, colour only helps.
_ATTITUDE_MARKERS: dict[int | None, tuple[str, str]] = {
    -2: ("X", "#b2182b"),
    -1: ("v", "#ef8a62"),
    0: ("o", "#7a7a7a"),
    1: ("^", "#67a9cf"),
    2: ("*", "#2166ac"),
    None: ("s", "#bdbdbd"),
}


@dataclass(frozen=True, slots=True)
class GridPoint:
    label: str
    power: float
    interest: float
    attitude: int | None


def _grid_frame() -> tuple[Figure, Axes]:
    """The empty 0-10 grid, split at 5, its quadrants named."""
    figure = new_figure(6.4, 5.4)
    margins(figure, left=0.6, bottom=0.95, right=0.3)
    axes = figure.add_subplot()
    axes.set_xlim(0, 10)
    axes.set_ylim(0, 10)
    axes.axhline(SPLIT, color=GREY, linewidth=0.8)
    axes.axvline(SPLIT, color=GREY, linewidth=0.8)
    for quadrant, (x, y) in _QUADRANT_PLACES.items():
        axes.text(
            x,
            y + 2.1 if y > SPLIT else y - 2.15,
            text(f"quad.{quadrant}"),
            ha="center",
            va="center",
            fontsize=9,
            color=GREY,
            fontweight="bold",
        )
    axes.set_xlabel(text("chart.interest"), fontsize=9)
    axes.set_ylabel(text("chart.power"), fontsize=9)
    return figure, axes


@one_at_a_time
def quadrant_counts(counts: dict[Quadrant, int]) -> bytes:
    """The grid with the number of stakeholders in each quadrant and no one placed:
    the public version's grid, which shows no individual's position."""
    figure, axes = _grid_frame()
    for quadrant, (x, y) in _QUADRANT_PLACES.items():
        axes.text(x, y, str(counts.get(quadrant, 0)), ha="center", va="center", fontsize=28)
        axes.text(x, y - 1.0, text("chart.stakeholders"), ha="center", fontsize=8, color=INK)
    style(axes)
    return png(figure)


@one_at_a_time
def power_interest_grid(points: Sequence[GridPoint]) -> bytes:
    """Stakeholders on a 0-10 power/interest grid split at 5, labelled, quadrants named."""
    figure, axes = _grid_frame()
    # One scatter call per attitude (not per point): a 1,000-stakeholder grid stays fast.
    groups: dict[int | None, list[GridPoint]] = {}
    for point in points:
        attitude = point.attitude if point.attitude in _ATTITUDE_MARKERS else None
        groups.setdefault(attitude, []).append(point)
    for attitude in sorted(groups, key=lambda a: -3 if a is None else a):
        marker, colour = _ATTITUDE_MARKERS[attitude]
        members = groups[attitude]
        axes.scatter(
            [p.interest for p in members],
            [p.power for p in members],
            marker=marker,
            s=70 if len(points) <= 100 else 18,
            color=colour,
            edgecolors=INK,
            linewidths=0.5,
            label=_attitude_label(attitude),
            zorder=3,
        )
    for point, offset in zip(points, _label_offsets(points), strict=True):
        if point.label:
            axes.annotate(
                short(point.label, 24),
                (point.interest, point.power),
                textcoords="offset points",
                xytext=offset,
                fontsize=6.5,
                color=INK,
                ha="left" if offset[0] >= 0 else "right",
            )
    style(axes)
    if groups:
        axes.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=6, fontsize=7, frameon=False
        )
    return png(figure)


def _label_offsets(points: Sequence[GridPoint]) -> list[tuple[float, float]]:
    """Label offsets (points) that fan out labels of stakeholders at the same spot."""
    offsets: list[tuple[float, float]] = []
    seen: dict[tuple[float, float], int] = {}
    fan = ((6, 4), (-6, 4), (6, -9), (-6, -9), (0, 9), (0, -13))
    for point in points:
        spot = (round(point.interest * 2) / 2, round(point.power * 2) / 2)
        count = seen.get(spot, 0)
        seen[spot] = count + 1
        dx, dy = fan[count % len(fan)]
        ring = 1 + count // len(fan)
        offsets.append((dx * ring, dy * ring))
    return offsets


def _attitude_label(attitude: int | None) -> str:
    return text("attitude.none" if attitude is None else f"attitude.{attitude}")


@one_at_a_time
def engagement_gap(
    rows: Sequence[tuple[str, int, int]],
    levels: Sequence[str],
    *,
    dpi: float = DPI,
    width: float = GAP_WIDTH,
    fontsize: float = 8,
) -> bytes:
    """Per stakeholder: today's level (circle) and the needed level (triangle), joined.

    The pack's layout is 6.4 inches wide, a line a stakeholder, all its type
    ``fontsize`` points; the screen sets ``dpi`` to fit it to the space it has, or on
    a projector its own ``width`` and type (margins, lines and labels follow the type).
    """
    grow = fontsize / 8
    labels = [short(r[0], label_chars(width, fontsize, 30)) for r in rows]
    # A line a stakeholder; two when a name wraps, so names never run into each other.
    lines = 2.7 if any("\n" in label for label in labels) else 1.7
    line = max(0.28, fontsize * lines / 72)
    # Level names side by side while they fit; slanted when large type crowds them.
    longest = max((len(level) for level in levels), default=0) * fontsize * 0.55 / 72
    room = width * 0.55 / max(1, len(levels))
    slant = 0 if longest <= room else 30
    bottom = 0.4 * grow + (longest * 0.5 if slant else 0)
    height = max(2.2, 0.4 * grow + bottom + line * len(rows))
    figure = new_figure(width, height, dpi)
    margins(
        figure,
        left=label_room(labels, fontsize, width),
        bottom=bottom,
        top=0.45 * grow,
        right=0.5 * grow,
    )
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    # One collection of joining lines rather than one line per stakeholder.
    axes.hlines(
        positions, [r[1] for r in rows], [r[2] for r in rows], color=GREY, linewidth=1.5, zorder=1
    )
    axes.scatter(
        [r[1] for r in rows],
        positions,
        marker="o",
        s=45 * grow,
        color=BLUE,
        label=text("chart.today"),
        zorder=3,
    )
    axes.scatter(
        [r[2] for r in rows],
        positions,
        marker="^",
        s=55 * grow,
        color=ORANGE,
        edgecolors=INK,
        linewidths=0.4,
        label=text("chart.needed"),
        zorder=4,
    )
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=fontsize)
    axes.set_xticks(range(len(levels)))
    axes.set_xticklabels(
        levels, fontsize=fontsize, rotation=slant, ha="right" if slant else "center"
    )
    axes.set_xlim(-0.4, len(levels) - 0.6)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    style(axes, fontsize)
    axes.legend(
        loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize=fontsize, frameon=False
    )
    return png(figure)
