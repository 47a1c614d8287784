"""A count marker on the power-interest grid: cards too crowded to label, drawn as one
circle with how many they are. Its tooltip (and the grid's detail line, when it is
selected) names them; double-click or Enter zooms in until they separate."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from smartdesk.domain.records import Stakeholder
from smartdesk.gui.common.translation import tr

TOOLTIP_NAMES = 25  # a longer member list ends "and N more" (the detail line has them all)
_FILL = QBrush(QColor("#3d3d3d"))
_PEN = QPen(QColor("#ffffff"), 2)
_SELECTED_PEN = QPen(QColor("#1a5fb4"), 4)


class ClusterMarker(QGraphicsItem):
    """``members`` drawn as one marker of ``size`` pixels, the same size at any zoom."""

    def __init__(self, members: Sequence[Stakeholder], size: float, font: QFont) -> None:
        super().__init__()
        self.members = tuple(members)
        self._font = QFont(font)
        self._font.setBold(True)
        self._rect = QRectF(-size / 2, -size / 2, size, size)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        )
        self.setZValue(15)
        self.setToolTip(self.description())

    @property
    def ids(self) -> list[str]:
        return [person.id for person in self.members]

    def description(self, most: int = TOOLTIP_NAMES) -> str:
        names = sorted(person.name or tr("(no name)") for person in self.members)
        shown = ", ".join(names[:most])
        if len(names) > most:
            shown += tr(" and {n} more").format(n=len(names) - most)
        return tr(
            "{n} stakeholders too close to label: {names} (double-click or Enter to zoom in)"
        ).format(n=len(names), names=shown)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def marker_rect(self) -> QRectF:
        """The circle, in item pixels."""
        return QRectF(self._rect)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self._rect)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_SELECTED_PEN if self.isSelected() else _PEN)
        painter.setBrush(_FILL)
        painter.drawEllipse(self._rect)
        painter.setFont(self._font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, str(len(self.members)))
