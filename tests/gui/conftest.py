"""Fixtures for the GUI tests: Qt without a screen, a copy of the demo, a main window;
and the helpers several GUI test files share."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from smartdesk.domain.records import WorkshopData
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.interchange.demo import create_demo_copy
from smartdesk.store import WorkshopFile


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    folder.mkdir()
    return create_demo_copy(folder)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, interactive=False)
    # The size the tests are written for, on any screen (the offscreen one is 800 x 600,
    # where the window would first open smaller).
    main.resize(1280, 720)
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


def stored(path: Path) -> WorkshopData:
    """The workshop as the file on disk now holds it (tests check the file, not widgets)."""
    with WorkshopFile.open(path, read_only=True) as store:
        return store.load()


def record_table(window: MainWindow, stage: int, kind: type) -> EditableRecordTable:
    """Stage ``stage``'s editable table of ``kind`` records (the stage is shown)."""
    window.show_stage(stage)
    tables = window.current_page().findChildren(EditableRecordTable)
    return next(table for table in tables if table.model.kind is kind)


def open_stakeholders_stage(qtbot: QtBot, window: MainWindow) -> StakeholdersPage:
    """Go to the Stakeholders stage with Ctrl+2, its grid fitted to the view."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, StakeholdersPage)
    page.grid.fit()
    return page


def type_into_cell(
    qtbot: QtBot, table: EditableRecordTable, row: int, column: int, text: str
) -> None:
    """Type ``text`` over a table cell as a user does: F2, select all, type, Enter."""
    table.view.setFocus()
    table.view.setCurrentIndex(table.view.model().index(row, column))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    # The editor open on the current cell (offscreen windows are never 'active').
    editor = table.view.indexWidget(table.view.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Enter through a queued call
