"""What the window shows with no workshop open: open one, start one, or drop one here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smartdesk.gui.common.translation import tr


def build_start_page(new_workshop: Callable[[], None], open_dialog: Callable[[], None]) -> QWidget:
    """A page with a heading, a hint and the New and Open buttons."""
    page = QWidget()
    page.setObjectName("start_page")

    layout = QVBoxLayout(page)
    layout.addStretch(1)
    heading = QLabel(tr("No workshop open"))
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    heading.setFont(font)
    hint = QLabel(tr("Open a workshop file, start a new one, or drop a .smartdesk file here."))
    new_button = QPushButton(tr("New workshop…"))
    new_button.setAccessibleName(tr("New workshop"))
    new_button.clicked.connect(new_workshop)
    open_button = QPushButton(tr("Open workshop…"))
    open_button.setAccessibleName(tr("Open workshop"))
    open_button.clicked.connect(open_dialog)
    for widget in (heading, hint):
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(open_button)
    buttons.addWidget(new_button)
    buttons.addStretch(1)
    layout.addLayout(buttons)
    layout.addStretch(2)
    return page
