"""The pack's charts, drawn with matplotlib into PNG bytes.

Only ``matplotlib.figure.Figure`` with the Agg canvas is used, never ``pyplot``: with
Qt loaded pyplot may pick a Qt backend and it is not thread-safe, and exports run off
the UI thread. matplotlib is imported inside each function so it costs nothing until a
pack is exported. Legends never rely on colour alone: series differ in line style and
marker shape too, and labels sit on the chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Any

from smartdesk import paths
from smartdesk.reports.catalogue import text
from smartdesk.reports.charts.lock import one_at_a_time

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

DPI = 150
_INK = "#1b1b1b"
_BLUE = "#1d4f91"
_ORANGE = "#c45a00"
_GREY = "#8a8a8a"
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


def _figure(width: float, height: float, *, constrained: bool = False) -> Figure:
    """A figure on the Agg canvas.

    Constrained layout draws every chart twice (about 40 % of chart time), so most
    charts set their margins by hand with :func:`_margins` instead.
    """
    paths.point_matplotlib_at_cache()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=DPI, layout="constrained" if constrained else None)
    FigureCanvasAgg(figure)
    return figure


def _margins(
    figure: Figure, *, left: float, bottom: float, top: float = 0.15, right: float = 0.5
) -> None:
    """Margins in inches (the figure's size varies with the number of rows)."""
    width, height = figure.get_size_inches()
    figure.subplots_adjust(
        left=left / width, right=1 - right / width, bottom=bottom / height, top=1 - top / height
    )


def _label_room(labels: Sequence[str], fontsize: float) -> float:
    """Inches needed left of the axes for tick labels, measured in the chart's font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    measure = TextToPath()
    font = FontProperties(size=fontsize)
    widest = max(
        (measure.get_text_width_height_descent(label, font, ismath=False)[0] for label in labels),
        default=0.0,
    )
    # Outline widths run ~10 % under Agg's hinted rendering: leave that much spare.
    # Never more than 40 % of the 6.4-inch charts, so the plot keeps its room.
    return min(2.56, 0.25 + widest * 1.12 / 72)


def _png(figure: Figure) -> bytes:
    buffer = BytesIO()
    # Fast PNG compression: ReportLab decodes and recompresses the pixels anyway.
    figure.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def _short(label: str, limit: int = 28) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _style(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(colors=_INK, labelsize=8)


@one_at_a_time
def maturity_radar(dimensions: Sequence[tuple[str, int, int]]) -> bytes:
    """Radar of current (solid, circles) against target (dashed, squares) levels 1-5.

    The first dimension is at the top, going clockwise; names sit outside the circle,
    aligned away from it, so they never cross the rings.
    """
    figure = _figure(6.0, 4.4)
    _margins(figure, left=1.55, bottom=0.4, top=0.45, right=1.55)
    axes: Any = figure.add_subplot(projection="polar")  # PolarAxes
    axes.set_theta_offset(math.pi / 2)
    axes.set_theta_direction(-1)
    count = len(dimensions)
    angles = [2 * math.pi * i / count for i in range(count)]
    closed = [*angles, angles[0]]
    for index, (name, style, marker, colour) in enumerate(
        (
            (text("chart.current"), "-", "o", _BLUE),
            (text("chart.target"), "--", "s", _ORANGE),
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
        axes.text(angle, 5.45, _short(name, 26), ha=ha, va=va, fontsize=7.5, color=_INK)
    axes.set_ylim(0, 5)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.tick_params(labelsize=7)
    axes.legend(loc="upper left", bbox_to_anchor=(1.12, 1.08), fontsize=8, frameon=False)
    return _png(figure)


@one_at_a_time
def power_interest_grid(points: Sequence[GridPoint]) -> bytes:
    """Stakeholders on a 0-10 power/interest grid split at 5, labelled, quadrants named."""
    figure = _figure(6.4, 5.4)
    _margins(figure, left=0.6, bottom=0.95, right=0.3)
    axes = figure.add_subplot()
    axes.set_xlim(0, 10)
    axes.set_ylim(0, 10)
    axes.axhline(5, color=_GREY, linewidth=0.8)
    axes.axvline(5, color=_GREY, linewidth=0.8)
    quadrants = (
        (7.5, 9.6, "quad.close"),
        (2.5, 9.6, "quad.satisfied"),
        (7.5, 0.35, "quad.informed"),
        (2.5, 0.35, "quad.monitor"),
    )
    for x, y, quadrant in quadrants:
        axes.text(
            x,
            y,
            text(quadrant),
            ha="center",
            va="center",
            fontsize=9,
            color=_GREY,
            fontweight="bold",
        )
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
            edgecolors=_INK,
            linewidths=0.5,
            label=_attitude_label(attitude),
            zorder=3,
        )
    for point, offset in zip(points, _label_offsets(points), strict=True):
        if point.label:
            axes.annotate(
                _short(point.label, 24),
                (point.interest, point.power),
                textcoords="offset points",
                xytext=offset,
                fontsize=6.5,
                color=_INK,
                ha="left" if offset[0] >= 0 else "right",
            )
    axes.set_xlabel(text("chart.interest"), fontsize=9)
    axes.set_ylabel(text("chart.power"), fontsize=9)
    _style(axes)
    if groups:
        axes.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=6, fontsize=7, frameon=False
        )
    return _png(figure)


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
def engagement_gap(rows: Sequence[tuple[str, int, int]], levels: Sequence[str]) -> bytes:
    """Per stakeholder: today's level (circle) and the needed level (triangle), joined."""
    height = max(2.2, 0.8 + 0.28 * len(rows))
    figure = _figure(6.4, height)
    _margins(figure, left=_label_room([_short(r[0], 30) for r in rows], 7), bottom=0.4, top=0.45)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    # One collection of joining lines rather than one line per stakeholder.
    axes.hlines(
        positions, [r[1] for r in rows], [r[2] for r in rows], color=_GREY, linewidth=1.5, zorder=1
    )
    axes.scatter(
        [r[1] for r in rows],
        positions,
        marker="o",
        s=45,
        color=_BLUE,
        label=text("chart.today"),
        zorder=3,
    )
    axes.scatter(
        [r[2] for r in rows],
        positions,
        marker="^",
        s=55,
        color=_ORANGE,
        edgecolors=_INK,
        linewidths=0.4,
        label=text("chart.needed"),
        zorder=4,
    )
    axes.set_yticks(positions)
    axes.set_yticklabels([_short(r[0], 30) for r in rows], fontsize=7)
    axes.set_xticks(range(len(levels)))
    axes.set_xticklabels(levels, fontsize=8)
    axes.set_xlim(-0.4, len(levels) - 0.6)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    _style(axes)
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize=8, frameon=False)
    return _png(figure)


@one_at_a_time
def ranking_bars(rows: Sequence[tuple[str, float, bool]]) -> bytes:
    """Horizontal bars of weighted scores, best at the top, values printed on the bars.

    Options not fully scored get a hatched bar (and the caption says so).
    """
    height = max(2.0, 0.8 + 0.38 * len(rows))
    figure = _figure(6.4, height)
    _margins(figure, left=_label_room([_short(r[0], 32) for r in rows], 7.5), bottom=0.55)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    # Two bar calls (complete, not fully scored) rather than one per option.
    for incomplete in (False, True):
        picked = [(y, r[1]) for y, r in zip(positions, rows, strict=True) if r[2] is incomplete]
        if picked:
            axes.barh(
                [y for y, _score in picked],
                [score for _y, score in picked],
                color=_BLUE if not incomplete else "#9fb6d6",
                hatch="//" if incomplete else None,
                edgecolor=_INK,
                linewidth=0.4,
            )
    for y, (_label, score, _incomplete) in zip(positions, rows, strict=True):
        axes.text(score + 1, y, f"{score:.1f} %", va="center", fontsize=7.5, color=_INK)
    axes.set_yticks(positions)
    axes.set_yticklabels([_short(r[0], 32) for r in rows], fontsize=7.5)
    axes.set_xlim(0, 110)
    axes.set_xticks(range(0, 101, 20))
    axes.set_xlabel(text("chart.score_axis"), fontsize=8)
    _style(axes)
    return _png(figure)


@one_at_a_time
def sensitivity_intervals(rows: Sequence[tuple[str, float, float, float]]) -> bytes:
    """Per criterion: a bar over the share range where the top option stays top,
    and a diamond at today's share."""
    height = max(2.0, 0.9 + 0.36 * len(rows))
    figure = _figure(6.4, height)
    _margins(figure, left=_label_room([_short(r[0], 30) for r in rows], 7.5), bottom=0.55, top=0.45)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    for index, (y, (_label, share, low, high)) in enumerate(zip(positions, rows, strict=True)):
        axes.barh(
            y,
            high - low,
            left=low,
            height=0.5,
            color="#b9cde5",
            edgecolor=_BLUE,
            linewidth=0.6,
            label=text("chart.range") if index == 0 else None,
        )
        axes.scatter(
            [share],
            [y],
            marker="D",
            s=36,
            color=_ORANGE,
            edgecolors=_INK,
            linewidths=0.4,
            zorder=3,
            label=text("chart.today_share") if index == 0 else None,
        )
    axes.set_yticks(positions)
    axes.set_yticklabels([_short(r[0], 30) for r in rows], fontsize=7.5)
    axes.set_xlim(0, 100)
    axes.set_xlabel(text("chart.share_axis"), fontsize=8)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    _style(axes)
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize=8, frameon=False)
    return _png(figure)


@one_at_a_time
def risk_heat_map(counts: Sequence[Sequence[int]]) -> bytes:
    """5x5 grid, likelihood across and impact up, each cell showing its count.

    ``counts[impact - 1][likelihood - 1]``. Cells are shaded by rating band and every
    cell carries its number, so the map reads without colour.
    """
    figure = _figure(4.6, 4.0)
    _margins(figure, left=0.6, bottom=0.55, right=0.2)
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
                color=_INK,
            )
            axes.text(
                likelihood + 0.42,
                impact - 0.4,
                str(rating),
                ha="right",
                va="bottom",
                fontsize=5.5,
                color=_GREY,
            )
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.set_xticks(range(1, 6))
    axes.set_yticks(range(1, 6))
    axes.set_xlabel(text("chart.likelihood"), fontsize=9)
    axes.set_ylabel(text("chart.impact"), fontsize=9)
    axes.set_aspect("equal")
    axes.tick_params(labelsize=8)
    return _png(figure)


def _rectangle(x: float, y: float, colour: str) -> Rectangle:
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), 1, 1, facecolor=colour, edgecolor="white", linewidth=1.5)
