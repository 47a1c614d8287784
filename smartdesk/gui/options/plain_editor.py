"""A multi-line text box that reports when the user is done with it (focus leaves, or
Ctrl+Enter), so a paragraph becomes one undo step instead of one per keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommittingTextEdit(QPlainTextEdit):
    committed = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)

    def set_text_quietly(self, text: str) -> None:
        """Show the stored text unless the user is typing here."""
        if not self.hasFocus() and self.toPlainText() != text:
            self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.committed.emit(self.toPlainText())
            event.accept()
            return
        super().keyPressEvent(event)
