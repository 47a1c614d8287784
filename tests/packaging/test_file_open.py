"""macOS hands documents to the app as QFileOpenEvent: the handler must open them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from smartdesk.gui.window.file_open import install_file_open_handler


def test_file_open_event_opens_the_file(qapp: QApplication, tmp_path: Path) -> None:
    opened: list[str] = []
    handler = install_file_open_handler(qapp, opened.append)
    try:
        workshop = tmp_path / "budget workshop.smartdesk"
        QApplication.sendEvent(qapp, QFileOpenEvent(str(workshop)))
        QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(workshop))))
    finally:
        qapp.removeEventFilter(handler)
    assert opened == [str(workshop), str(workshop)]


def test_other_events_pass_through(qapp: QApplication) -> None:
    opened: list[str] = []
    handler = install_file_open_handler(qapp, opened.append)
    try:
        qapp.processEvents()
    finally:
        qapp.removeEventFilter(handler)
    assert opened == []
