"""The "Not placed yet" list as a side panel beside the grid that folds to a narrow
button, so it never takes the grid's room: open it is at most ``MOST_SHARE`` of the
grid's panel, and it folds by itself when the window goes full screen (presentation
mode, F11), where the room needs the grid."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from smartdesk.gui.stakeholders.grid_tray import PlacementTray

MOST_SHARE = 0.3  # of the grid panel's width, when the list is open


class TrayPanel(QWidget):
    """``tray`` under a button that folds and unfolds it."""

    def __init__(self, tray: PlacementTray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._show_open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(tray, 1)
        self._folded_by_window = False
        self._show_open(True)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, open_: bool) -> None:
        self.toggle.setChecked(open_)

    def _show_open(self, open_: bool) -> None:
        count = self.tray.count()
        self.tray.setVisible(open_)
        if open_:
            self.toggle.setText(self.tr("Not placed yet ({n}) ▸").format(n=count))
            self.toggle.setToolTip(self.tr("Fold the list away to give the grid the room"))
        else:
            self.toggle.setText(self.tr("◂ {n}").format(n=count))
            self.toggle.setToolTip(
                self.tr("Show the {n} stakeholders not placed on the grid yet").format(n=count)
            )
        self.toggle.setAccessibleName(self.toggle.toolTip())
        self._fit_width()

    def refresh(self) -> None:
        """Show the tray's count (after its list changed)."""
        self._show_open(self.is_open())

    def _fit_width(self) -> None:
        parent = self.parentWidget()
        room = parent.width() if parent is not None else 0
        if self.is_open() and room > 0:
            self.setMaximumWidth(max(self.toggle.sizeHint().width(), int(room * MOST_SHARE)))
        else:
            self.setMaximumWidth(self.toggle.sizeHint().width() + 4)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        # Installing twice is harmless (Qt keeps one), so every show may do it.
        for watched in (self.window(), self.parentWidget()):
            if watched is not None:
                watched.installEventFilter(self)
        self._fit_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._fit_width()
        elif event.type() == QEvent.Type.WindowStateChange and watched is self.window():
            full = self.window().isFullScreen()
            if full and self.is_open():
                self._folded_by_window = True
                self.set_open(False)
            elif not full and self._folded_by_window:
                self._folded_by_window = False
                self.set_open(True)
        return False
