"""Text boxes that save once, when the person finishes, not at every keystroke."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that emits ``committed`` on focus out or Ctrl+Enter if it changed.

    While nothing is unsaved, Ctrl+Z / Ctrl+Shift+Z go to the workshop's undo stack
    (the box's own history would undo behind the store's back).
    """

    committed = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)  # Tab moves on, as in a form
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._saved = ""

    def text(self) -> str:
        """The text as shown."""
        return self.toPlainText()

    def show_saved(self, text: str) -> None:
        """Show the stored text, unless the person is in the middle of changing it."""
        self._saved = text
        if self.is_dirty() and self.hasFocus():
            return
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)

    def is_dirty(self) -> bool:
        return self.toPlainText() != self._saved

    def commit(self) -> None:
        """Emit ``committed`` with the text if it differs from the stored one."""
        if self.is_dirty():
            self.committed.emit(self.toPlainText())
        self.document().setModified(False)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _UNDO_KEYS)
            and not self.is_dirty()
        ):
            event.ignore()
            return True
        return super().event(event)

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


def problem_label() -> QLabel:
    """A red, wrapping label for a message beside a field (hidden when empty)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4262c;")
    label.hide()
    return label


def warning_label() -> QLabel:
    """An amber, wrapping label for advice that does not block (hidden when empty)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #8a5300; background: #fff4ce; padding: 4px; border-radius: 3px;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def set_message(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``, or hide it when there is nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))
