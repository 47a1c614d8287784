"""What every stage page shares: a heading, a filter box (Ctrl+F), tables, refresh on change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.records import WorkshopData
from smartdesk.gui.common.record_table import RecordTableView
from smartdesk.gui.common.table_model import Target
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession


class StagePage(QWidget):
    """A stage of the workshop. Subclasses build their widgets and fill them in ``show_data``."""

    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.tables: list[RecordTableView] = []
        self._stale = True

        self.heading = QLabel(self.title)
        self._style_heading()

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Find in this stage (Ctrl+F)"))
        self.filter_box.setAccessibleName(self.tr("Find in {stage}").format(stage=self.title))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMaximumWidth(320)
        self.filter_box.textChanged.connect(self._apply_filter)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.filter_box)

        self.body = QVBoxLayout(self)
        self.body.addLayout(top)

    def _style_heading(self) -> None:
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

    def changeEvent(self, event: QEvent) -> None:
        # The heading has its own font, so it follows presentation mode's size by hand.
        if event.type() == QEvent.Type.FontChange:
            self._style_heading()
        super().changeEvent(event)

    # -- building blocks for subclasses --------------------------------------------------

    def add_table(self, model: Any, name: str) -> RecordTableView:
        """A table for ``model`` that the filter box filters and the Delete key edits."""
        view = RecordTableView(model, name)
        view.delete_requested.connect(self.delete_targets)
        self.tables.append(view)
        return view

    def table_for(self, model: Any) -> RecordTableView:
        """The view that shows ``model``."""
        return next(view for view in self.tables if view.source_model is model)

    @staticmethod
    def group(title: str, widget: QWidget) -> QGroupBox:
        """``widget`` under a titled frame."""
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(widget)
        return box

    @staticmethod
    def scrolling(widget: QWidget) -> QScrollArea:
        """``widget`` in a frameless scroll area, for prose that may run long."""
        scroll = QScrollArea()
        scroll.setWidget(widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    # -- life cycle -----------------------------------------------------------------------

    def bind(self, session: WorkshopSession | None) -> None:
        """Show ``session``'s workshop (None: no workshop open)."""
        self.session = session
        if session is not None:
            session.changed.connect(self._on_change)
        self._stale = True
        # Pages out of sight are filled when first shown: start-up pays for one stage.
        if self.isVisible() or session is None:
            self.refresh()

    def _on_change(self, _change: Any) -> None:
        # Off-screen pages wait until they are shown again.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Re-read the workshop from the store and show it."""
        self._stale = False
        data = self.session.store.load() if self.session is not None else NOTHING_OPEN
        self.show_data(data)
        self._apply_filter(self.filter_box.text())

    def show_data(self, data: WorkshopData) -> None:
        raise NotImplementedError

    def shutdown(self) -> None:
        """The window is closing: finish or stop any work still running (none here)."""

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in this stage's filter box."""
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def _apply_filter(self, text: str) -> None:
        for view in self.tables:
            view.proxy.setFilterFixedString(text)

    # -- edits ----------------------------------------------------------------------------

    def delete_targets(self, targets: list[Target]) -> None:
        """Delete the selected records as one undo step."""
        if self.session is None:
            return
        if targets:
            # One table, one kind of record.
            self.session.delete(targets[0].kind, [t.key for t in targets])
