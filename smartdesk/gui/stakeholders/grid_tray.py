"""The "not placed yet" tray beside the power-interest grid, and what its drags carry.

A stakeholder without a power or an interest waits in the tray; dragging one onto the
grid (or Enter in the tray, which places it in the middle) gives it both. The drag
carries the stakeholder's id as ``MIME_TYPE``; the grid reads it with ``dragged_id``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from smartdesk.domain.records import Stakeholder
from smartdesk.domain.stakeholder_analysis import is_placed

MIME_TYPE = "application/x-smartdesk-stakeholder"


def dragged_id(event: QDropEvent) -> str | None:
    """The id of the tray's stakeholder a drag carries (None: the drag is not one)."""
    if not event.mimeData().hasFormat(MIME_TYPE):
        return None
    return bytes(event.mimeData().data(MIME_TYPE).data()).decode("utf-8")


class PlacementTray(QListWidget):
    """Stakeholders without a place on the grid yet: drag one onto it, or press Enter."""

    place_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Not placed on the grid yet"))
        self.setToolTip(
            self.tr("Drag a stakeholder onto the grid, or press Enter to place it in the middle")
        )
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemActivated.connect(
            lambda item: self.place_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_records(self, stakeholders: Sequence[Stakeholder]) -> None:
        self.clear()
        for person in stakeholders:
            if is_placed(person):
                continue
            item = QListWidgetItem(person.name or self.tr("(no name)"))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(person.organisation or person.role or person.name)
            self.addItem(item)

    def ids(self) -> list[str]:
        return [str(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())]

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        mime = QMimeData()
        mime.setData(MIME_TYPE, str(item.data(Qt.ItemDataRole.UserRole)).encode("utf-8"))
        mime.setText(item.text())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)
