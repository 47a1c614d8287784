"""A multi-line text box bound to the workshop file: saved once, when the person finishes.

It saves (emits ``committed``) on Ctrl+Enter or when the cursor leaves it, so a
paragraph is one undo step, not one per keystroke. It always shows the file's text
unless it holds typing that is not saved yet: after the window's Undo or Redo it shows
what was put back, even with the cursor still in it, so leaving it cannot quietly save
the undone text again. Undo keys follow ``smartdesk.gui.common.undo_keys``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from smartdesk.gui.common.undo_keys import forget_typing_history, route_undo_keys


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that emits ``committed`` on focus out or Ctrl+Enter if it changed."""

    committed = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)  # Tab moves on, as in a form
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._saved = ""
        route_undo_keys(self, self.is_dirty)

    def text(self) -> str:
        """The text as shown."""
        return self.toPlainText()

    def show_saved(self, text: str) -> None:
        """Show the file's text, unless the person is in the middle of changing it.

        "In the middle" means the box differs from the text the file held before this
        change: typing not saved yet. A box that still shows the old saved text (the
        window's Undo just changed the file under it) follows the file.
        """
        typing = self.is_dirty() and self.hasFocus()
        self._saved = text
        if typing:
            return
        if self.toPlainText() != text:
            at = self.textCursor().position()
            self.setPlainText(text)  # also starts the box's own history afresh
            if self.hasFocus():  # after Undo the cursor stays about where it was
                cursor = self.textCursor()
                cursor.setPosition(min(at, self.document().characterCount() - 1))
                self.setTextCursor(cursor)
        else:
            forget_typing_history(self)

    def is_dirty(self) -> bool:
        """Whether the box holds typing the file does not have."""
        return self.toPlainText() != self._saved

    def commit(self) -> None:
        """Emit ``committed`` with the text if it differs from the stored one."""
        if self.is_dirty():
            self.committed.emit(self.toPlainText())
        if not self.is_dirty():
            # Saved: the box's own undo must not reach back past what the file now holds.
            forget_typing_history(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)
