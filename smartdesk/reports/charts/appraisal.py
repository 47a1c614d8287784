"""Charts of the options appraisal for the screen: score by criterion, sensitivity ranges.

Drawn with ``matplotlib.figure.Figure`` on the Agg canvas (never ``pyplot``, which may
pick a Qt backend) into PNG bytes, so the GUI can show them in a ``QPixmap`` and a
report could embed them. matplotlib is imported inside each function: it costs nothing
until a chart is first drawn. Series differ by hatch as well as colour, and every bar
carries its figure, so the charts read without colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING

from smartdesk import paths
from smartdesk.reports.charts.lock import one_at_a_time

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_INK = "#1b1b1b"
_ORANGE = "#c45a00"
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
    """One criterion's row: today's share and the range where the top option stays top."""

    name: str
    share_pct: float
    from_pct: float
    to_pct: float
    below_by: str | None = None
    above_by: str | None = None


def _figure(width: float, height: float, dpi: float) -> Figure:
    paths.point_matplotlib_at_cache()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Figure) -> bytes:
    buffer = BytesIO()
    figure.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def _short(label: str, limit: int) -> str:
    label = " ".join(label.split()) or "(unnamed)"
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _left_margin(labels: Sequence[str], width: float, fontsize: float) -> float:
    longest = max((len(label) for label in labels), default=0)
    inches = 0.3 + longest * fontsize * 0.55 / 72
    return min(0.5, inches / width)


def _fit_font(fontsize: float, height: float, lines: float) -> float:
    """The font size, reduced so ``lines`` lines of text fit ``height`` inches (a
    small chart area would otherwise be all labels and no bars)."""
    return max(5.0, min(fontsize, height * 72 / lines))


def _style(axes: Axes, fontsize: float) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(colors=_INK, labelsize=fontsize)


@one_at_a_time
def stacked_scores(
    rows: Sequence[StackedScore],
    criteria: Sequence[str],
    *,
    width: float = 6.4,
    height: float | None = None,
    dpi: float = 100,
    fontsize: float = 8,
) -> bytes:
    """Horizontal stacked bars, best option at the top: each segment is a criterion's
    contribution to the weighted score; the total is printed at the bar's end.
    Options with a missing score are marked with an asterisk."""
    columns = 2 if width < 6 else 3
    legend_rows = -(-len(criteria) // columns)
    if height is not None:
        fontsize = _fit_font(fontsize, height, len(rows) * 2.4 + legend_rows * 1.9 + 5)
    legend_inches = 0.15 + legend_rows * fontsize * 1.9 / 72
    if height is None:
        height = legend_inches + 0.7 + 0.38 * len(rows)
    figure = _figure(width, height, dpi)
    labels = [_short(row.name, 30) + (" *" if row.incomplete else "") for row in rows]
    figure.subplots_adjust(
        left=_left_margin(labels, width, fontsize),
        right=0.97,
        bottom=min(0.45, (fontsize * 3.2 / 72) / height),
        top=max(0.35, 1 - legend_inches / height),
    )
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    for column, criterion in enumerate(criteria):
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
            label=_short(criterion, 24),
        )
    for y, row in zip(positions, rows, strict=True):
        total = sum(row.parts)
        axes.text(total + 1, y, f"{total:.1f} %", va="center", fontsize=fontsize, color=_INK)
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=fontsize)
    axes.set_xlim(0, 112)
    axes.set_xticks(range(0, 101, 20))
    axes.set_xlabel("Weighted score (%)", fontsize=fontsize)
    _style(axes, fontsize)
    if criteria:
        axes.legend(
            loc="lower left",
            bbox_to_anchor=(0.0, 1.0),
            ncol=columns,
            fontsize=fontsize * 0.9,
            frameon=False,
        )
    return _png(figure)


@one_at_a_time
def sensitivity_ranges(
    rows: Sequence[SensitivityRange],
    *,
    width: float = 6.4,
    height: float | None = None,
    dpi: float = 100,
    fontsize: float = 8,
) -> bytes:
    """Per criterion, a bar over the range of its weight share where today's top option
    stays top, a diamond at today's share, and who overtakes written beside an end
    where there is room (the table beside the chart names them all)."""
    if height is not None:
        fontsize = _fit_font(fontsize, height, len(rows) * 2.4 + 7)
    legend_inches = 0.2 + fontsize * 1.9 / 72
    if height is None:
        height = legend_inches + 0.7 + 0.42 * len(rows)
    figure = _figure(width, height, dpi)
    labels = [_short(row.name, 28) for row in rows]
    figure.subplots_adjust(
        left=_left_margin(labels, width, fontsize),
        right=0.97,
        bottom=min(0.45, (fontsize * 3.2 / 72) / height),
        top=max(0.35, 1 - legend_inches / height),
    )
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    for index, (y, row) in enumerate(zip(positions, rows, strict=True)):
        axes.barh(
            y,
            row.to_pct - row.from_pct,
            left=row.from_pct,
            height=0.5,
            color="#b9cde5",
            edgecolor="#1d4f91",
            linewidth=0.8,
            label="Top option stays top" if index == 0 else None,
        )
        axes.scatter(
            [row.share_pct],
            [y],
            marker="D",
            s=40,
            color=_ORANGE,
            edgecolors=_INK,
            linewidths=0.5,
            zorder=3,
            label="Today's share" if index == 0 else None,
        )
        small = fontsize * 0.85
        if row.below_by and row.from_pct >= 30:
            axes.text(
                row.from_pct - 1,
                y,
                _short(row.below_by, 18),
                ha="right",
                va="center",
                fontsize=small,
                color=_INK,
            )
        if row.above_by and row.to_pct <= 70:
            axes.text(
                row.to_pct + 1,
                y,
                _short(row.above_by, 18),
                ha="left",
                va="center",
                fontsize=small,
                color=_INK,
            )
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=fontsize)
    axes.set_xlim(0, 100)
    axes.set_ylim(-0.7, len(rows) - 0.3)
    axes.set_xlabel("Share of the total weight (%)", fontsize=fontsize)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    _style(axes, fontsize)
    if rows:
        axes.legend(
            loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2, fontsize=fontsize, frameon=False
        )
    return _png(figure)
