"""The Vision stage's text boxes (``CommitTextEdit``) and the messages beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from smartdesk.gui.common.commit_text import CommitTextEdit

__all__ = ["CommitTextEdit", "problem_label", "set_message", "warning_label"]


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
