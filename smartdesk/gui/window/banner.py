"""A coloured strip across the top of the window that says what is wrong with the file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget


class Banner(QToolBar):
    """A fixed, non-movable bar holding one message and optional action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_banner")
        self.setMovable(False)
        self.setFloatable(False)
        self.setAccessibleName(self.tr("File warning"))
        body = QWidget()
        self._layout = QHBoxLayout(body)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.addWidget(body)
        self.setStyleSheet("QToolBar#file_banner { background: #fff3cd; color: #5c4400; }")
        self.hide()

    def show_message(
        self, text: str, actions: dict[str, Callable[[], object]] | None = None
    ) -> None:
        """Show ``text`` with a button per ``actions`` entry (label -> callback)."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.label.setText(text)
        for label, callback in (actions or {}).items():
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, c=callback: c())
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.show()

    def clear(self) -> None:
        """Hide the banner."""
        self.label.setText("")
        self.hide()

    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return self.label.text() if self.isVisible() or self.label.text() else ""
