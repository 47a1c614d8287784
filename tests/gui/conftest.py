"""Fixtures for the GUI tests: Qt without a screen, a copy of the demo, a main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from smartdesk.gui.demo import create_demo_copy
from smartdesk.gui.main_window import MainWindow


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    folder.mkdir()
    return create_demo_copy(folder)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, interactive=False)
    errors: list[str] = []
    main.errors = errors  # type: ignore[attr-defined]
    main.show_error = errors.append  # type: ignore[method-assign]
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def demo_window(window: MainWindow, demo_path: Path) -> MainWindow:
    assert window.open_path(demo_path)
    return window
