"""What every chart is drawn on: a matplotlib figure on the Agg canvas, saved as PNG.

Only ``matplotlib.figure.Figure`` with the Agg canvas is used, never ``pyplot``: with
Qt loaded pyplot may pick a Qt backend and it is not thread-safe, and exports run off
the UI thread. matplotlib is imported inside these functions, so it costs nothing
until a chart is first drawn (the window's first paint never waits for it).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from io import BytesIO
from typing import TYPE_CHECKING

from smartdesk import paths

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

DPI = 150  # the pack's resolution; the screen passes its own
INK = "#1b1b1b"
BLUE = "#1d4f91"
ORANGE = "#c45a00"
GREY = "#8a8a8a"

# The smallest text of the chart this thread drew last, in the picture's pixels: the
# screen checks its charts stay legible on a projector (presentation mode).
_drawn = threading.local()


def new_figure(width: float, height: float, dpi: float = DPI) -> Figure:
    """A figure of ``width`` x ``height`` inches on the Agg canvas.

    Constrained layout would draw every chart twice (about 40 % of chart time), so
    charts set their margins by hand with :func:`margins` instead.
    """
    paths.point_matplotlib_at_cache()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    return figure


def margins(
    figure: Figure, *, left: float, bottom: float, top: float = 0.15, right: float = 0.5
) -> None:
    """Margins in inches (the figure's size varies with the number of rows)."""
    width, height = figure.get_size_inches()
    figure.subplots_adjust(
        left=left / width, right=1 - right / width, bottom=bottom / height, top=1 - top / height
    )


def label_room(labels: Sequence[str], fontsize: float, width: float = 6.4) -> float:
    """Inches needed left of the axes for tick labels, measured in the chart's font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    measure = TextToPath()
    font = FontProperties(size=fontsize)
    widest = max(
        (
            measure.get_text_width_height_descent(line, font, ismath=False)[0]
            for label in labels
            for line in label.splitlines()
        ),
        default=0.0,
    )
    # Outline widths run ~10 % under Agg's hinted rendering: leave that much spare.
    # Never more than 40 % of the chart's width, so the plot keeps its room.
    return min(0.4 * width, 0.25 + widest * 1.12 / 72)


def label_chars(width: float, fontsize: float, most: int, share: float = 0.4) -> int:
    """How many characters a line of a tick label may have so labels take at most
    ``share`` of a chart ``width`` inches wide (the pack's ``most`` unless the type is
    large, as on a projector; the screen's table beside the chart has the full name)."""
    return max(12, min(most, int(share * width * 72 / (fontsize * 0.6))))


def fit_font(fontsize: float, height: float, lines: float, least: float = 5.0) -> float:
    """The font size, reduced so ``lines`` lines of text fit ``height`` inches (a
    small chart area would otherwise be all labels and no bars), never under ``least``
    (a projector's smallest legible type: the chart then needs more height)."""
    return max(least, min(fontsize, height * 72 / lines))


def png(figure: Figure) -> bytes:
    save = _SAVER.get()  # the HTML pack's SVG (see saving_with), else PNG
    if save is not None:
        return save(figure)
    buffer = BytesIO()
    # Fast PNG compression: ReportLab and Qt decode the pixels anyway.
    figure.savefig(buffer, format="png", dpi=figure.dpi, pil_kwargs={"compress_level": 1})
    _drawn.smallest = _smallest_text(figure)
    return buffer.getvalue()


def _smallest_text(figure: Figure) -> float:
    from matplotlib.text import Text

    # After drawing, so tick labels hold their text; empty and hidden texts draw nothing.
    sizes = [
        float(text.get_fontsize())
        for text in figure.findobj(Text)
        if text.get_visible() and text.get_text().strip()
    ]
    return min(sizes, default=0.0) * figure.dpi / 72


def smallest_text_drawn() -> float:
    """The smallest text, in pixels, of the last chart this thread turned into a PNG."""
    return float(getattr(_drawn, "smallest", 0.0))


def short(label: str, limit: int = 28, *, blank: str = "", lines: int = 2) -> str:
    """``label`` wrapped at word boundaries into at most ``lines`` lines of ``limit``
    characters; cut with an ellipsis only beyond that. Emoji are named as in the text
    (:mod:`smartdesk.reports.symbols`), so no glyph is missing."""
    import textwrap

    from smartdesk.reports.symbols import name_emoji

    label = name_emoji(" ".join(label.split())) or blank
    if len(label) <= limit:
        return label
    wrapped = textwrap.wrap(label, limit, break_on_hyphens=True)
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[: lines - 1]
    rest = " ".join(wrapped[lines - 1 :])
    return "\n".join([*kept, rest[: limit - 1].rstrip() + "…"])


def style(axes: Axes, fontsize: float = 8) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(colors=INK, labelsize=fontsize)


# How a finished figure becomes bytes, when not PNG: the HTML pack draws the same charts
# as inline SVG. Per thread (and context): the window's charts stay PNG.
_SAVER: ContextVar[Callable[[Figure], bytes] | None] = ContextVar("chart_saver", default=None)


@contextmanager
def saving_with(save: Callable[[Figure], bytes]) -> Iterator[None]:
    """While in force, every chart this thread draws is saved by ``save``, not as PNG."""
    token = _SAVER.set(save)
    try:
        yield
    finally:
        _SAVER.reset(token)
