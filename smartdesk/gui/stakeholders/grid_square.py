"""The empty power-interest grid: the square split at 5 into the four tinted quadrants,
their names, the tick numbers and the axis titles, in the type the cards are written in.

Interest runs left to right and power bottom to top (the briefing pack's chart is drawn
the same way). ``StakeholderGrid`` puts the workshop's stakeholders on it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView, QWidget

from smartdesk.domain.stakeholder_analysis import QUADRANTS
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.stakeholders.grid_items import SIZE, UNIT, AxisLabel
from smartdesk.gui.stakeholders.grid_labels import APRON

QUADRANT_TINTS = ("#fde9d9", "#eef3fb", "#eef7ee", "#f4f4f4")  # close, satisfied, informed, monitor


class GridSquare(QGraphicsView):
    """A view of the grid's scene (``grid_scene``) with its fixed parts drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_font = QFont(self.font())
        self.card_metrics = QFontMetricsF(self.card_font)
        self.grid_scene = QGraphicsScene(self)
        self.grid_scene.setSceneRect(
            QRectF(-0.9 * UNIT, -0.6 * UNIT, SIZE + 1.5 * UNIT, SIZE + 1.3 * UNIT)
        )
        self.setScene(self.grid_scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self._labels: list[AxisLabel] = []
        self._draw_background()

    def _draw_background(self) -> None:
        half = SIZE / 2
        # (quadrant, left, top) in scene units; power grows upwards.
        places = ((0, half, 0.0), (1, 0.0, 0.0), (2, half, half), (3, 0.0, half))
        for index, left, top in places:
            rect = QGraphicsRectItem(left, top, half, half)
            rect.setBrush(QBrush(QColor(QUADRANT_TINTS[index])))
            rect.setPen(QPen(QColor("#9a9a9a"), 0))
            rect.setZValue(-10)
            rect.setToolTip(choice_word(QUADRANTS[index]))
            self.grid_scene.addItem(rect)
        # The titles sit outside the square, beyond a margin (APRON) the cards' badges and
        # names keep to, so no card or name ever covers them: the top quadrants' names
        # above it, the bottom ones' below the tick numbers, each at its own end.
        top, bottom = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignTop
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        corners = (
            (0, QPointF(SIZE, 0), right | top, -APRON),
            (1, QPointF(0, 0), left | top, -APRON),
            (2, QPointF(SIZE, SIZE), right | bottom, APRON + 1),
            (3, QPointF(0, SIZE), left | bottom, APRON + 1),
        )
        self._quadrant_titles = [
            self._add_label(
                choice_word(QUADRANTS[index]).upper(), point, alignment, bold=True, lines=down
            )
            for index, point, alignment, down in corners
        ]
        below = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for value in (0, 5, 10):
            self._add_label(str(value), QPointF(value * UNIT, SIZE), below, lines=APRON)
            self._add_label(
                str(value),
                QPointF(0, (10 - value) * UNIT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                across=-APRON,
            )
        # Axis titles sit a line beyond the tick numbers, so the "5"s never hide them.
        self._interest_title = self._add_label(
            self.tr("Interest →"), QPointF(half, SIZE), below, bold=True, lines=APRON + 1
        )
        power = self._add_label(
            self.tr("Power →"), QPointF(0, half), below, bold=True, lines=-(APRON + 2.3)
        )
        power.setRotation(-90)

    def _add_label(
        self,
        text: str,
        point: QPointF,
        alignment: Qt.AlignmentFlag,
        *,
        bold: bool = False,
        lines: float = 0.0,
        across: float = 0.0,
    ) -> AxisLabel:
        def font() -> QFont:
            chosen = QFont(self.card_font)
            chosen.setBold(bold)
            return chosen

        if alignment & Qt.AlignmentFlag.AlignVCenter:
            # AxisLabel anchors top or bottom; centre by hand.
            point = QPointF(point.x(), point.y() - QFontMetricsF(font()).height() / 2 - 2)
        label = AxisLabel(text, alignment, font, lines, across)
        label.setPos(point)
        label.setZValue(-5)
        self.grid_scene.addItem(label)
        self._labels.append(label)
        return label

    def titles(self) -> list[AxisLabel]:
        """The quadrant names, axis titles and tick numbers."""
        return list(self._labels)
