"""How much of the power-interest grid the view shows: zoom steps, the whole grid
fitted to the window (with room for the titles round the square), and a close look
at a count marker's cards.

The view owns one ``GridZoom``; it gives it the view, the titles that stack when the
grid is narrow, the type the titles are written in and ``settled``, called when the
names should be laid out again for the new zoom.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsView

from smartdesk.gui.stakeholders.grid_items import SIZE, UNIT, AxisLabel
from smartdesk.gui.stakeholders.grid_labels import APRON, title_box

ZOOM_STEP = 1.25


class GridZoom:
    """The zoom of ``view``: ``quadrant_titles`` (close, satisfied, informed, monitor) and
    ``interest_title`` move a line out when a narrow grid would run them together."""

    def __init__(
        self,
        view: QGraphicsView,
        quadrant_titles: Sequence[AxisLabel],
        interest_title: AxisLabel,
        font: Callable[[], QFont],
        settled: Callable[[], None],
    ) -> None:
        self.view = view
        self._quadrant_titles = list(quadrant_titles)
        self._interest_title = interest_title
        self._font = font
        self._settled = settled
        self.fitted = True
        self._stacked = (0, 0)  # extra title lines above and below the square

    def zoom_on_focus(self, factor: float, target: QPointF | None) -> None:
        """Zoom by ``factor`` on ``target`` (None: keep the view's centre)."""
        # Keys and buttons zoom on the selected cards, or keep the view's centre: the
        # pointer may be anywhere (on the other side of the room's screen).
        if target is None:
            target = self.view.mapToScene(self.view.viewport().rect().center())
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        try:
            zoomed = self.zoom(factor)
        finally:
            self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        if zoomed:
            self.view.centerOn(target)
            # Scroll bars that appear with the zoom shrink the view a moment later.
            QTimer.singleShot(0, self.view, lambda: self.view.centerOn(target))

    def zoom(self, factor: float) -> bool:
        """Zoom by ``factor`` on the anchor (False: beyond the zoom the grid allows)."""
        current = self.view.transform().m11()
        if not 0.05 <= current * factor <= 8:
            return False
        self.fitted = False
        self.view.scale(factor, factor)
        self._settled()
        return True

    def show_closely(self, points: Sequence[QPointF], centre: QPointF) -> None:
        """Zoom in on ``points`` (a count marker's cards, the marker at ``centre``)."""
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        area = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        area = area.adjusted(-0.6 * UNIT, -0.6 * UNIT, 0.6 * UNIT, 0.6 * UNIT)
        seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        if area.width() > seen.width() / 2 or area.height() > seen.height() / 2:
            # Members spread wide (a marker the crowd grew): twice as close, on the marker.
            area = QRectF(0, 0, seen.width() / 2, seen.height() / 2)
            area.moveCenter(centre)
        self.fitted = False
        self.view.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)

    def fit(self) -> None:
        """Show the whole grid in the window (and keep doing so as the window resizes)."""
        self.fitted = True
        self._stacked = (0, 0)
        close, satisfied, informed, monitor = self._quadrant_titles
        interest = self._interest_title
        base = {close: -APRON, interest: APRON + 1, informed: APRON + 1}
        for label, down in base.items():
            label.lines_down = down
            label.relayout()
        self._fit_scene()
        # On a narrow grid the titles of a row would run into each other: the right-hand
        # one (then the middle one) moves a line out, and the scene makes room for it.
        zoom = self.view.transform()

        def clash(one: AxisLabel, *others: AxisLabel) -> bool:
            return any(title_box(one, zoom).intersects(title_box(o, zoom)) for o in others)

        top = clash(close, satisfied)
        middle = clash(interest, monitor, informed)
        corner = clash(informed, monitor)
        close.lines_down -= top
        interest.lines_down += middle
        informed.lines_down += corner + (middle and corner)
        for label in base:
            label.relayout()
        if top or middle or corner:
            self._stacked = (int(top), int(middle) + int(corner))
            self._fit_scene()
        self._settled()

    def _fit_scene(self) -> None:
        # The titles round the square keep their pixel size whatever the zoom: the scene
        # gets just the margin (in pixels) they need at the scale the square fits at.
        line = QFontMetricsF(self._font()).height() + 4
        left, right = (APRON + 3.4) * line, APRON * line + 6
        top = (APRON + 1.1 + self._stacked[0]) * line
        bottom = (APRON + 2.1 + self._stacked[1]) * line
        view = self.view.viewport().size()
        scale = min(
            (view.width() - left - right - 4) / SIZE, (view.height() - top - bottom - 4) / SIZE
        )
        scale = max(scale, 0.05)
        scene = self.view.scene()
        scene.setSceneRect(
            QRectF(
                -left / scale,
                -top / scale,
                SIZE + (left + right) / scale,
                SIZE + (top + bottom) / scale,
            )
        )
        self.view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
