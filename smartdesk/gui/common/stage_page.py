"""What every stage page shares: a heading, a filter box (Ctrl+F), tables, refresh on change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.records import WorkshopData
from smartdesk.gui.common.guidance import TimeBox
from smartdesk.gui.common.record_table import RecordTableView
from smartdesk.gui.common.table_model import Target
from smartdesk.gui.common.time_boxes import DEFAULT_MINUTES, FALLBACK_MINUTES, TimeUpBanner
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession


class StagePage(QWidget):
    """A stage of the workshop. Subclasses build their widgets and fill them in ``show_data``."""

    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.tables: list[RecordTableView] = []
        self._stale = True

        # ``title`` is the stage's English name (its key); the heading shows it translated.
        shown_title = QCoreApplication.translate("Stages", self.title)
        self.heading = QLabel(shown_title)
        self._style_heading()

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Find in this stage (Ctrl+F)"))
        self.filter_box.setAccessibleName(self.tr("Find in {stage}").format(stage=shown_title))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMaximumWidth(320)
        self.filter_box.textChanged.connect(self._apply_filter)
        # Esc clears a search before it can leave presentation mode (a second Esc does).
        self.filter_box.installEventFilter(self)

        # Every stage has its time box; at zero a large "Time's up" covers the page's top.
        self.time_box = TimeBox(DEFAULT_MINUTES.get(self.time_key, FALLBACK_MINUTES))
        self.time_up = TimeUpBanner(self)
        self.time_box.finished.connect(self.time_up.show_over_host)
        self.time_box.was_reset.connect(self.time_up.hide)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.time_box)
        top.addWidget(self.filter_box)

        self.body = QVBoxLayout(self)
        self.body.addLayout(top)

    @property
    def time_key(self) -> str:
        """The stage's name in the time box plan (and a workshop's agenda): ``vision``..."""
        return self.title.split(" ")[0].lower()

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter_box
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.filter_box.text()
        ):
            # Claimed before the window's Esc shortcut sees it, then used to clear.
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.filter_box.clear()
            return True
        return super().eventFilter(watched, event)

    # -- building blocks for subclasses --------------------------------------------------

    def add_tab_keys(self, tabs: QTabWidget) -> None:
        """Ctrl+PgDn / Ctrl+PgUp turn ``tabs``' pages wherever the focus is on this page,
        or in the stage list (a hidden page's shortcuts sleep, so stages never clash)."""
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(
                lambda s=step: tabs.setCurrentIndex((tabs.currentIndex() + s) % tabs.count())
            )

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
