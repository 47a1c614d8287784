"""The options appraisal's charts: weighted scores, score by criterion, sensitivity.

The ranking bars are the pack's; the score-by-criterion bars are the Options stage's;
the sensitivity ranges are drawn for both (the pack's size, or the widget's). Series
differ by hatch as well as colour, and every bar carries its figure, so the charts
read without colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartdesk.domain.formatting import percent
from smartdesk.reports.catalogue import text
from smartdesk.reports.charts.canvas import (
    BLUE,
    DPI,
    INK,
    ORANGE,
    fit_font,
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

# Colour-blind-safe qualitative palette (Okabe-Ito), with hatches so print reads too.
_SERIES = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999")
_HATCHES = ("", "//", "..", "xx", "\\\\", "++", "--", "oo")


@dataclass(frozen=True, slots=True)
class StackedScore:
    """One option's bar: its name, each criterion's contribution in percentage points
    (in the criteria's order), and whether some score is missing."""

    name: str
    parts: tuple[float, ...]
    incomplete: bool = False


@dataclass(frozen=True, slots=True)
class SensitivityRange:
    """One criterion's row: today's share, the range where the top option stays top, and
    who overtakes below and above it (None: nobody)."""

    name: str
    share_pct: float
    from_pct: float
    to_pct: float
    below_by: str | None = None
    above_by: str | None = None


def _left_margin(labels: Sequence[str], width: float, fontsize: float) -> float:
    longest = max((len(line) for label in labels for line in label.splitlines()), default=0)
    inches = 0.3 + longest * fontsize * 0.55 / 72
    return min(0.5, inches / width)


@one_at_a_time
def ranking_bars(rows: Sequence[tuple[str, float, bool]]) -> bytes:
    """Horizontal bars of weighted scores, best at the top, values printed on the bars.

    Options not fully scored get a hatched bar (and the caption says so).
    """
    height = max(2.0, 0.8 + 0.38 * len(rows))
    figure = new_figure(6.4, height)
    margins(figure, left=label_room([short(r[0], 32) for r in rows], 7.5), bottom=0.55)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    # Two bar calls (complete, not fully scored) rather than one per option.
    for incomplete in (False, True):
        picked = [(y, r[1]) for y, r in zip(positions, rows, strict=True) if r[2] is incomplete]
        if picked:
            axes.barh(
                [y for y, _score in picked],
                [score for _y, score in picked],
                color=BLUE if not incomplete else "#9fb6d6",
                hatch="//" if incomplete else None,
                edgecolor=INK,
                linewidth=0.4,
            )
    for y, (_label, score, _incomplete) in zip(positions, rows, strict=True):
        axes.text(
            score + 1, y, percent(score, 1, half_up=False), va="center", fontsize=7.5, color=INK
        )
    axes.set_yticks(positions)
    axes.set_yticklabels([short(r[0], 32) for r in rows], fontsize=7.5)
    axes.set_xlim(0, 110)
    axes.set_xticks(range(0, 101, 20))
    axes.set_xlabel(text("chart.score_axis"), fontsize=8)
    style(axes)
    return png(figure)


@one_at_a_time
def stacked_scores(
    rows: Sequence[StackedScore],
    criteria: Sequence[str],
    *,
    width: float = 6.4,
    height: float | None = None,
    dpi: float = 100,
    fontsize: float = 8,
    least: float = 5.0,
) -> bytes:
    """Horizontal stacked bars, best option at the top: each segment is a criterion's
    contribution to the weighted score; the total is printed at the bar's end.
    Options with a missing score are marked with an asterisk.

    Within ``height`` the type shrinks to fit, never under ``least`` points (no text
    is smaller; on a projector the chart then grows taller than asked)."""
    columns = 2 if width < 6 else 3
    if width * 72 / fontsize < 40:  # large type (a projector): fewer, wider columns
        columns = 1 if width * 72 / fontsize < 25 else 2
    per_column = -(-len(criteria) // columns)
    # Each name wraps to fit its column; a legend row is as tall as its tallest name.
    chars = label_chars(width / columns, fontsize, 24, share=0.7)
    names = [short(criterion, chars, blank="(unnamed)") for criterion in criteria]
    legend_rows = sum(
        max(name.count("\n") + 1 for name in names[row::per_column]) for row in range(per_column)
    )
    lines = len(rows) * 2.4 + legend_rows * 1.9 + 5
    if height is not None:
        fontsize = fit_font(fontsize, height, lines, least)
        height = max(height, lines * fontsize / 72)
    legend_inches = 0.15 + legend_rows * fontsize * 1.9 / 72
    if height is None:
        height = legend_inches + 0.7 + 0.38 * len(rows)
    figure = new_figure(width, height, dpi)
    labels = [
        short(row.name, label_chars(width, fontsize, 30), blank="(unnamed)")
        + (" *" if row.incomplete else "")
        for row in rows
    ]
    figure.subplots_adjust(
        left=_left_margin(labels, width, fontsize),
        right=0.97,
        bottom=min(0.45, (fontsize * 3.2 / 72) / height),
        top=max(0.35, 1 - legend_inches / height),
    )
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    for column in range(len(criteria)):
        lefts = [sum(row.parts[:column]) for row in rows]
        values = [row.parts[column] if column < len(row.parts) else 0.0 for row in rows]
        axes.barh(
            positions,
            values,
            left=lefts,
            height=0.6,
            color=_SERIES[column % len(_SERIES)],
            hatch=_HATCHES[column % len(_HATCHES)],
            edgecolor="white",
            linewidth=0.6,
            label=names[column],
        )
    for y, row in zip(positions, rows, strict=True):
        total = sum(row.parts)
        axes.text(
            total + 1,
            y,
            percent(total, 1, half_up=False),
            va="center",
            fontsize=fontsize,
            color=INK,
        )
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=fontsize)
    axes.set_xlim(0, 112)
    # Large type: fewer ticks, so their figures never run into each other.
    axes.set_xticks(range(0, 101, 20 if width * 72 / fontsize > 30 else 50))
    axes.set_xlabel("Weighted score (%)", fontsize=fontsize)
    style(axes, fontsize)
    if criteria:
        # Large type: the legend spans the figure from its left edge, not the bars'.
        wide = width * 72 / fontsize < 40
        anchor = figure.transFigure if wide else axes.transAxes
        axes.legend(
            loc="lower left",
            bbox_to_anchor=(0.01, figure.subplotpars.top) if wide else (0.0, 1.0),
            bbox_transform=anchor,
            ncol=columns,
            fontsize=max(least, fontsize * 0.9),
            frameon=False,
        )
    return png(figure)


@one_at_a_time
def sensitivity_ranges(
    rows: Sequence[SensitivityRange],
    *,
    width: float = 6.4,
    height: float | None = None,
    dpi: float = DPI,
    fontsize: float = 7.5,
    least: float = 5.0,
    name_overtakers: bool = False,
) -> bytes:
    """Per criterion, a bar over the range of its weight share where today's top option
    stays top, and a diamond at today's share.

    The pack's chart is 6.4 inches wide and a line a criterion high. The screen gives
    its own size and font (the font shrinks to fit ``height``, never under ``least``
    points: the chart then grows taller) and asks for the name of who overtakes beside
    an end of a bar where there is room (its table names them all).
    """
    # The legend's two entries side by side, unless projector type (a ``least``
    # above the shrinking floor) leaves no room: then one above the other.
    side_by_side = least <= 5 or width * 72 / fontsize > 40
    if height is None:
        height = max(2.0, 0.9 + 0.36 * len(rows))
    else:
        lines = len(rows) * 2.4 + (7 if side_by_side else 8.5)
        fontsize = fit_font(fontsize, height, lines, least)
        height = max(height, lines * fontsize / 72)
    grow = fontsize / 7.5  # the pack's margins and markers, grown with a larger font
    labels = [short(row.name, label_chars(width, fontsize, 30)) for row in rows]
    top = 0.45 * grow * (1 if side_by_side else 1.8)
    if least > 5:  # projector type: the margins and a bar a row always fit
        height = max(height, top + 0.55 * grow + len(rows) * fontsize * 2 / 72)
    figure = new_figure(width, height, dpi)
    margins(figure, left=label_room(labels, fontsize, width), bottom=0.55 * grow, top=top)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    for index, (y, row) in enumerate(zip(positions, rows, strict=True)):
        axes.barh(
            y,
            row.to_pct - row.from_pct,
            left=row.from_pct,
            height=0.5,
            color="#b9cde5",
            edgecolor=BLUE,
            linewidth=0.6,
            label=text("chart.range") if index == 0 else None,
        )
        axes.scatter(
            [row.share_pct],
            [y],
            marker="D",
            s=36 * grow,
            color=ORANGE,
            edgecolors=INK,
            linewidths=0.4,
            zorder=3,
            label=text("chart.today_share") if index == 0 else None,
        )
        if name_overtakers:
            room = width - label_room(labels, fontsize, width) - 0.5
            _name_overtakers(axes, y, row, max(least, fontsize * 0.85), room)
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=fontsize)
    axes.set_xlim(0, 100)
    axes.set_xlabel(text("chart.share_axis"), fontsize=fontsize + 0.5)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    style(axes, fontsize + 0.5)
    if rows:
        axes.legend(
            loc="lower center",
            bbox_to_anchor=(0.5, 1.0),
            ncol=2 if side_by_side else 1,
            fontsize=fontsize + 0.5,
            frameon=False,
        )
    return png(figure)


def _name_overtakers(
    axes: Axes, y: float, row: SensitivityRange, fontsize: float, inches: float
) -> None:
    """Who overtakes, written beside an end of the bar where there is room (the axes
    are ``inches`` wide; a name is at most 18 characters a line, on two lines)."""
    name_inches = 18 * fontsize * 0.6 / 72
    if row.below_by and row.from_pct >= 30 and row.from_pct / 100 * inches >= name_inches:
        axes.text(
            row.from_pct - 1,
            y,
            short(row.below_by, 18),
            ha="right",
            va="center",
            fontsize=fontsize,
            color=INK,
        )
    if row.above_by and row.to_pct <= 70 and (100 - row.to_pct) / 100 * inches >= name_inches:
        axes.text(
            row.to_pct + 1,
            y,
            short(row.above_by, 18),
            ha="left",
            va="center",
            fontsize=fontsize,
            color=INK,
        )
