"""The one way the GUI shows a chart: drawn by matplotlib into a picture, only when on
screen (the charts themselves are in ``smartdesk.reports.charts``), with the values it
draws as text beside it (``ChartValues``, ``with_values``): a picture says nothing to a
screen reader, and a reader of the room's screen may want the figures themselves.

matplotlib costs about half a second to import, so nothing here touches it until a
chart is first shown; after that a chart is redrawn only when its figures change
(or the widget is resized or the type size changes, e.g. presentation mode).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from smartdesk.gui.common.translation import in_welsh, tr

# (width and height in inches, dots per inch, font size in points, the smallest font
# size the chart may shrink its type to in points) -> PNG bytes
Draw = Callable[[float, float, float, float, float], bytes]

# At most this many lines of a chart's values show under it (the rest scroll).
VALUE_LINES = 5

# The picture's logical pixels per inch (its dots per inch at a device pixel ratio of 1).
_PIXELS_PER_INCH = 100.0


def fitted(draw: Callable[..., bytes], width: float, height: float | None = None) -> Draw:
    """A chart whose layout is the pack's (``width`` x ``height`` inches), drawn at the
    dots per inch that fit it to the widget: ``draw`` takes ``dpi=``. Such a chart only
    shrinks, so its widget can allow a small ``smallest``.

    Without ``height`` (a chart as tall as its rows) it fits the width alone. On a
    projector (a ``least`` type size) shrinking would make it illegible: it is drawn at
    the widget's own size and type instead (``draw`` takes ``width=``, ``height=`` when
    given, and ``fontsize=``, its smallest type).
    """

    def at(space_width: float, space_height: float, dpi: float, _pt: float, least: float) -> bytes:
        if least:
            sizes = {"width": space_width} | ({"height": space_height} if height else {})
            return draw(dpi=dpi, fontsize=least, **sizes)
        scale = space_width / width
        if height is not None:
            scale = min(scale, space_height / height)
        return draw(dpi=dpi * scale)

    return at


class ChartValues(QScrollArea):
    """A chart's values in words, under (or beside) the chart; scrolls when long."""

    def __init__(self, chart_name: str, *, beside: bool = False) -> None:
        super().__init__()
        self.beside = beside
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(tr("{chart}: the values").format(chart=chart_name))
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chart's description reads it
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        if self.beside:
            return
        # As tall as its lines, up to VALUE_LINES of them: the chart keeps the room.
        wanted = self.label.heightForWidth(max(1, self.viewport().width()))
        most = VALUE_LINES * self.label.fontMetrics().lineSpacing()
        self.setFixedHeight(max(1, min(wanted, most)) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


def with_values(chart: LazyChart) -> QWidget:
    """``chart`` with its values under it, as one widget for a layout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(chart, 1)
    layout.addWidget(chart.values)
    return box


class LazyChart(QLabel):
    """Shows ``draw``'s picture at the label's width; redraws lazily.

    A chart is drawn at least ``smallest`` pixels wide and high (a chart whose layout
    follows the space would be all labels below that). While ``legible_pixels`` is
    set (presentation mode sets it) no text of a chart is smaller than that.
    """

    legible_pixels = 0

    def __init__(
        self,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        smallest: tuple[int, int] = (320, 160),
        values_beside: bool = False,
    ) -> None:
        super().__init__(parent)
        self._smallest = smallest
        self.setAccessibleName(accessible_name)
        # Placed by the page: under the chart (``with_values``) or beside it.
        self.values = ChartValues(accessible_name, beside=values_beside)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(200, 140))
        self._draw: Draw | None = None
        self._key: Hashable = None
        self._drawn_key: Hashable = object()
        self.renders = 0  # how often matplotlib drew (tests check laziness)
        self.smallest_text_pixels = 0.0  # of the picture on show (legible on a projector?)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._render_if_visible)

    def set_chart(self, draw: Draw | None, key: Hashable, description: str = "") -> None:
        """Show the chart ``draw`` makes; ``key`` identifies its figures, so an
        unchanged chart is not drawn again. ``description``: the values it draws, one
        line each, shown beside it and read by screen readers (without a chart: why
        there is none, shown in its place)."""
        self._draw, self._key = draw, key
        self.setAccessibleDescription(description)
        self.values.set_text("" if draw is None else description)
        if draw is None:
            self.clear()
            self.setText(description)
            self._drawn_key = key
            return
        # Debounced: typing a row of scores redraws once, after the last one.
        self._timer.start()

    def _state(self) -> Hashable:
        size = (self.font().pointSizeF(), LazyChart.legible_pixels)
        return (self._key, self.width(), self.height(), size, in_welsh())

    def _render_if_visible(self) -> None:
        if self._draw is None or not self.isVisible() or self._drawn_key == self._state():
            return
        ratio = self.devicePixelRatioF()
        dpi = _PIXELS_PER_INCH * ratio
        width = max(self.width(), self._smallest[0]) / _PIXELS_PER_INCH
        height = max(self.height(), self._smallest[1]) / _PIXELS_PER_INCH
        fontsize = max(7.0, self.font().pointSizeF() * 0.85)
        # Points at the picture's resolution; a hair over, so rounding never dips under.
        least = (LazyChart.legible_pixels + 0.01) * 72 / _PIXELS_PER_INCH
        if not LazyChart.legible_pixels:
            least = 0.0
        from smartdesk.reports.catalogue import writing_in
        from smartdesk.reports.charts.canvas import smallest_text_drawn

        # The charts are the pack's: they take their words from the pack's catalogue,
        # which must speak the interface's language here, not the workshop's.
        with writing_in("cy" if in_welsh() else "en"):
            png = self._draw(width, height, dpi, max(fontsize, least), least)

        self.smallest_text_pixels = smallest_text_drawn() / ratio
        self.renders += 1
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
        self._drawn_key = self._state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._timer.start()

    def render_now(self) -> None:
        """Draw at once if visible and out of date (tests, screenshots)."""
        self._timer.stop()
        self._render_if_visible()
