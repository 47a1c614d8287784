"""Typing in cells as in a spreadsheet: F2 adds to a cell, a digit scores the cell the
cursor is on (so Alt+T annotates that one), and a refused value never opens a box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from smartdesk.gui.options.page import OptionsPage
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import stored

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _register(window: MainWindow) -> StakeholdersPage:
    window.show_stage(1)
    page = window.current_page()
    assert isinstance(page, StakeholdersPage)
    page.tabs.setCurrentIndex(0)
    return page


def test_f2_puts_the_cursor_at_the_end_of_the_cell(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = _register(demo_window)
    view = page.register.view
    column = [f.name for f in page.stakeholders.fields].index("name")
    person = page.stakeholders.record(view.proxy.mapToSource(view.model().index(0, 0)).row())
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == person.name
    assert editor.selectedText() == ""  # nothing selected, so typing does not overwrite
    assert editor.cursorPosition() == len(person.name)
    qtbot.keyClicks(editor, " Jr")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call
    names = {s.id: s.name for s in stored(demo_path).stakeholders}
    assert names[person.id] == f"{person.name} Jr"


def test_a_key_typed_on_a_cell_still_starts_it_afresh(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _register(demo_window)
    view = page.register.view
    column = [f.name for f in page.stakeholders.fields].index("name")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column))
    qtbot.keyClicks(view, "Z")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Z"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_a_digit_scores_the_cell_and_alt_t_explains_that_same_cell(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    demo_window.show_stage(2)
    page = demo_window.current_page()
    assert isinstance(page, OptionsPage)
    page.show_tab(1)
    view = page.scoring.view
    view.setFocus()
    view.setCurrentIndex(page.scores.index(0, 0))
    first, second = page.scores.key(0, 0), page.scores.key(0, 1)
    second_before = next((s for s in stored(demo_path).scores if s.key == second), None)

    qtbot.keyClick(view, Qt.Key.Key_3)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 0)
    qtbot.keyClick(view, Qt.Key.Key_T, ALT)
    box = QApplication.focusWidget()
    assert box is page.scoring.rationale
    box.selectAll()
    qtbot.keyClicks(box, "Sensors already in place")
    qtbot.keyClick(box, Qt.Key.Key_Return)

    scores = {s.key: s for s in stored(demo_path).scores}
    assert (scores[first].score, scores[first].rationale) == (3, "Sensors already in place")
    assert scores.get(second) == second_before  # the next cell is untouched


def test_enter_and_tab_move_on_shift_tab_back(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_stage(2)
    page = demo_window.current_page()
    assert isinstance(page, OptionsPage)
    page.show_tab(1)
    view = page.scoring.view
    columns = page.scores.columnCount()
    view.setFocus()
    view.setCurrentIndex(page.scores.index(0, columns - 2))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, columns - 1)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the end of a row: on to the next option
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 0)
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Backtab, SHIFT)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, columns - 1)
    # Past the last cell Tab leaves the matrix: the keyboard is never trapped there.
    view.setCurrentIndex(page.scores.index(page.scores.rowCount() - 1, columns - 1))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view


def test_an_out_of_range_value_opens_no_modal_box(qtbot, tmp_path: Path, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    # An interactive window, as a user has it (the shared fixture's never opens boxes).
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, interactive=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(demo_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    boxes: list[str] = []

    def close_any_box() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            boxes.append(modal.windowTitle())
            modal.close()

    watcher = QTimer()
    watcher.timeout.connect(close_any_box)
    watcher.start(20)
    try:
        page = _register(window)
        view = page.register.view
        column = [f.name for f in page.stakeholders.fields].index("power")
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, column))
        qtbot.keyClicks(view, "1")  # typing starts the editor with the first key
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, "2")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()  # the delegate commits through a queued call
        close_any_box()
    finally:
        watcher.stop()
    assert boxes == []
    assert "between 0 and 10" in page.register.message.text()  # said beside the table
    assert "between 0 and 10" in window.status_line.currentMessage()  # and in the status bar
    window.close()
