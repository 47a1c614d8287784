"""The status bar: passing messages on the left, the open file and its save state on the right.

QStatusBar paints its own temporary message over the normal widgets, and hides them only
if they are already on screen: a message shown while the window opened (a stale lock
cleared) was drawn over the file name. Here the message is a label of its own beside
the file's, so the two can never overlap.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

ERROR_COLOUR = "#a4262c"


class StatusLine(QStatusBar):
    """A message area, and the file's name and save state, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel()
        self.message_label.setObjectName("status_message")
        # Takes the room the file name leaves, and gives it up first.
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_label = QLabel()
        self.retranslate()
        self.addWidget(self.message_label, 1)
        self.addPermanentWidget(self.file_label)
        self.addPermanentWidget(self.save_label)
        self._message = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def retranslate(self) -> None:
        """Name the labels for screen readers in the interface's language."""
        self.message_label.setAccessibleName(self.tr("Message"))
        self.file_label.setAccessibleName(self.tr("Open workshop file"))
        self.save_label.setAccessibleName(self.tr("Save state"))

    # QStatusBar's own message (painted over the widgets) is never used: every caller's
    # showMessage comes here.
    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        self.show_message(text, timeout or 0)

    def clearMessage(self) -> None:
        self._timer.stop()
        self._message = ""
        self.message_label.clear()
        self.message_label.setToolTip("")

    def currentMessage(self) -> str:
        return self._message

    def show_message(self, text: str, timeout: int = 0, *, error: bool = False) -> None:
        """Show ``text`` for ``timeout`` ms (0: until the next one); errors in red."""
        self._message = text
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message_label.setToolTip(text)
        self._fit_message()
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_message()

    def _fit_message(self) -> None:
        # Too long for the room left: cut at the end (the tooltip has it all).
        width = self.message_label.width()
        metrics = self.message_label.fontMetrics()
        shown = self._message
        if width > 0 and metrics.horizontalAdvance(shown) > width:
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, width)
        self.message_label.setText(shown)

    def show_file(self, path: Path | None, *, read_only: bool = False) -> None:
        """Name the open workshop (None: nothing open) and say whether it can be saved."""
        if path is None:
            self.file_label.setText(self.tr("No workshop open: File ▸ Open or New Workshop"))
            self.file_label.setToolTip("")
            self.save_label.setText("")
            return
        self.file_label.setText(str(path))
        self.file_label.setToolTip(str(path))
        self.save_label.setText(self.tr("Read-only") if read_only else self.tr("All changes saved"))

    def show_saved(self) -> None:
        self.save_label.setText(self.tr("All changes saved"))
