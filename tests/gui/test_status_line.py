"""The status bar keeps passing messages and the file's name apart: nothing overlaps."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store.lock import lock_path, this_machine

CLEARED = "Cleared a lock left by a SmartDesk that had stopped"


def _fully_shown(label: QLabel, text: str) -> bool:
    width = label.contentsRect().width()
    return (
        label.isVisible()
        and label.text() == text
        and (label.fontMetrics().horizontalAdvance(text) <= width)
    )


def _stale_lock(path: Path) -> None:
    """A lock left by a SmartDesk on this machine whose process has ended."""
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock = {"app": "SmartDesk", "user": "sam", "machine": this_machine(), "pid": int(ended.stdout)}
    lock_path(path).write_text(json.dumps({**lock, "time": ""}), encoding="utf-8")


def test_a_message_at_opening_never_covers_the_file_name(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, demo_path: Path
) -> None:
    # As at start-up with a file named: opened (and the stale lock cleared) before the
    # window is on screen.
    _stale_lock(demo_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, interactive=False)
    window.resize(1280, 720)  # as the window fixture: the offscreen screen is 800 x 600
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()

    status = window.status_line
    assert status.currentMessage() == CLEARED
    message, name = status.message_label, window.file_label
    assert _fully_shown(message, CLEARED)
    assert _fully_shown(name, str(demo_path))
    assert not message.geometry().intersects(name.geometry())
    assert not message.geometry().intersects(window.save_label.geometry())
    assert not name.geometry().intersects(window.save_label.geometry())
    window.close()


def test_messages_come_and_go_beside_the_file_name(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    status = demo_window.status_line
    status.showMessage("Copy saved to somewhere")
    QApplication.processEvents()
    assert status.message_label.text() == "Copy saved to somewhere"
    assert demo_window.file_label.isVisible()
    status.clearMessage()
    assert status.message_label.text() == "" and status.currentMessage() == ""
    # A message too long for the room left is cut, never drawn over the file name.
    status.showMessage("word " * 400)
    QApplication.processEvents()
    assert status.message_label.text().endswith("…")
    assert not status.message_label.geometry().intersects(demo_window.file_label.geometry())
