"""A chart drawn by matplotlib into a picture, only when it is on screen.

matplotlib costs about half a second to import, so nothing here touches it until a
chart is first shown; after that a chart is redrawn only when its figures change
(or the widget is resized or the type size changes, e.g. presentation mode).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# (width and height in inches, dots per inch, font size in points) -> PNG bytes
Draw = Callable[[float, float, float, float], bytes]


class LazyChart(QLabel):
    """Shows ``draw``'s picture at the label's width; redraws lazily."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(200, 140))
        self._draw: Draw | None = None
        self._key: Hashable = None
        self._drawn_key: Hashable = object()
        self.renders = 0  # how often matplotlib drew (tests check laziness)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._render_if_visible)

    def set_chart(self, draw: Draw | None, key: Hashable, description: str = "") -> None:
        """Show the chart ``draw`` makes; ``key`` identifies its figures, so an
        unchanged chart is not drawn again. ``description`` is read by screen readers."""
        self._draw, self._key = draw, key
        self.setAccessibleDescription(description)
        if draw is None:
            self.clear()
            self.setText(description)
            self._drawn_key = key
            return
        # Debounced: typing a row of scores redraws once, after the last one.
        self._timer.start()

    def _state(self) -> Hashable:
        return (self._key, self.width(), self.height(), self.font().pointSizeF())

    def _render_if_visible(self) -> None:
        if self._draw is None or not self.isVisible() or self._drawn_key == self._state():
            return
        ratio = self.devicePixelRatioF()
        dpi = 100.0 * ratio
        width = max(self.width(), 320) / 100.0
        height = max(self.height(), 160) / 100.0
        fontsize = max(7.0, self.font().pointSizeF() * 0.85)
        png = self._draw(width, height, dpi, fontsize)
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
