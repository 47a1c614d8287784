"""The Vision stage driven as a facilitator would, then checked in the workshop file."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from smartdesk.domain.vision_checks import DEFAULT_MATURITY_DIMENSIONS
from smartdesk.gui.vision.alignment import TICK
from smartdesk.gui.vision.page import VisionPage
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import stored

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def vision_page(window: MainWindow) -> VisionPage:
    page = window.page(0)
    assert isinstance(page, VisionPage)
    window.show_stage(0)
    return page


def new_workshop(window: MainWindow, tmp_path: Path) -> tuple[Path, VisionPage]:
    path = tmp_path / "vision.smartdesk"
    assert window.create_workshop(path)
    return path, vision_page(window)


def step(qtbot, page: VisionPage, number: int) -> None:  # type: ignore[no-untyped-def]
    """Alt+<number> goes to a step, as the facilitator would."""
    qtbot.keyClick(page, getattr(Qt.Key, f"Key_{number}"), ALT)
    assert page.steps.currentRow() == number - 1


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()  # a cell editor commits through a queued call


def cell_editor(table) -> QWidget:  # type: ignore[no-untyped-def]
    editor = table.view.indexWidget(table.view.currentIndex())
    assert editor is not None
    return editor


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    table.view.setFocus()
    table.view.setCurrentIndex(table.view.model().index(row, column))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = cell_editor(table)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    press(qtbot, editor, Qt.Key.Key_Return)


def test_problem_is_saved_once_when_typing_finishes(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, page = new_workshop(window, tmp_path)
    step(qtbot, page, 1)
    assert "Ask the room" in page.guidance.guidance_text()
    page.problem.setFocus()
    qtbot.keyClicks(page.problem, "Footfall fell 18% since 2019")
    assert stored(path).vision.problem == ""  # nothing written per keystroke
    qtbot.keyClick(page.problem, Qt.Key.Key_Return, CTRL)
    assert stored(path).vision.problem == "Footfall fell 18% since 2019"
    assert window.undo_stack.count() == 1
    # Focus out saves too, still as one step.
    qtbot.keyClicks(page.problem, " (BID counters).")
    page.statement.setFocus()
    page.problem.clearFocus()
    assert stored(path).vision.problem == "Footfall fell 18% since 2019 (BID counters)."
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert stored(path).vision.problem == "Footfall fell 18% since 2019"
    assert page.problem.text() == "Footfall fell 18% since 2019"


def test_statement_warns_live_and_horizon_is_checked_where_typed(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, page = new_workshop(window, tmp_path)
    step(qtbot, page, 2)
    page.statement.setFocus()
    qtbot.keyClicks(page.statement, "A city-wide IoT sensor platform")
    warnings = page.statement_warnings
    assert warnings.isVisible() and "no outcome" in warnings.text()
    assert "No horizon year" in warnings.text()
    qtbot.keyClick(page.statement, Qt.Key.Key_Return, CTRL)
    assert stored(path).vision.statement == "A city-wide IoT sensor platform"
    qtbot.keyClicks(page.statement, " so fewer residents are hurt on the roads")
    assert "no outcome" not in warnings.text()  # live, before saving

    page.horizon.setFocus()
    qtbot.keyClicks(page.horizon, "20x5")
    qtbot.keyClick(page.horizon, Qt.Key.Key_Return)
    assert "not a year" in page.horizon_message.text() and page.horizon_message.isVisible()
    assert window.errors and "not a year" in window.errors[-1]
    page.horizon.selectAll()
    qtbot.keyClicks(page.horizon, "1999")
    qtbot.keyClick(page.horizon, Qt.Key.Key_Return)
    assert "between 2000 and 2100" in page.horizon_message.text()
    assert stored(path).vision.horizon_year is None
    page.horizon.selectAll()
    qtbot.keyClicks(page.horizon, "2032")
    qtbot.keyClick(page.horizon, Qt.Key.Key_Return)
    vision = stored(path).vision
    assert vision.horizon_year == 2032
    assert vision.statement.endswith("hurt on the roads")  # saved when focus left it
    assert not page.horizon_message.isVisible()
    assert not warnings.isVisible()
    window.undo_stack.undo()
    assert stored(path).vision.horizon_year is None
    assert page.horizon.text() == ""


def test_strategies_paste_type_and_reopen(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, page = new_workshop(window, tmp_path)
    step(qtbot, page, 3)
    table = page.strategy_table
    assert table.view.hasFocus() or table.view.isVisible()
    QGuiApplication.clipboard().setText(
        "Local Plan 2040\tHead of Planning\tHomes near town-centre services\tno\n"
        "Net Zero 2030\tClimate Manager\tFewer car trips\tyes\n"
    )
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(table.view, Qt.Key.Key_N, CTRL)
    editor = cell_editor(table)
    qtbot.keyClicks(editor, "Health and Wellbeing Strategy")
    press(qtbot, editor, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 2  # paste; add with the title typed in it
    assert window.undo_stack.undoText() == "Add strategy Health and Wellbeing Strategy"
    window.close_workshop()
    data = stored(path)
    assert [s.title for s in data.strategies] == [
        "Local Plan 2040",
        "Net Zero 2030",
        "Health and Wellbeing Strategy",
    ]
    assert data.strategies[1].confidential is True
    assert data.strategies[0].owner == "Head of Planning"


def test_outcomes_paste_warnings_bad_date_and_alignment(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, page = new_workshop(window, tmp_path)
    step(qtbot, page, 3)
    page.strategy_table.paste("Local Plan\tPlanning\t\t\nNet Zero\tClimate\t\t\n")
    step(qtbot, page, 4)
    table = page.outcome_table
    QGuiApplication.clipboard().setText(
        "Footfall\tWeekly visitors\tvisitors\t42,000\t50000\t31/03/2028\tEconomy\tLocal Plan\n"
        "Air quality\tNO2\tµg/m³\t31.5\t31.5\t2030-12-31\t\t\n"
    )
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_V, CTRL)
    data = stored(path)
    assert [o.title for o in data.outcomes] == ["Footfall", "Air quality"]
    assert data.outcomes[0].baseline == 42000 and data.outcomes[0].target_date == date(2028, 3, 31)
    assert data.outcomes[0].strategy_ids == (data.strategies[0].id,)
    text = page.outcome_warnings.text()
    assert "'Air quality' has no owner" in text
    assert "target equal to its baseline" in text
    assert "Footfall" not in text
    assert "⚠" in page.steps.item(3).text()

    # A target date that is not a date is refused beside the table, nothing saved.
    type_in_cell(qtbot, table, 1, 5, "next spring")
    assert "not a date" in table.message.text() and table.message.isVisible()
    assert stored(path).outcomes[1].target_date == date(2030, 12, 31)
    type_in_cell(qtbot, table, 1, 4, "25")
    assert "target equal to its baseline" not in page.outcome_warnings.text()

    # Alignment: 'Net Zero' is served by nothing until linked from the matrix.
    step(qtbot, page, 7)
    matrix = page.alignment.matrix
    assert matrix.horizontalHeaderItem(1).text().startswith("⚠")
    assert "No outcome serves: Net Zero" in page.alignment.summary.text()
    matrix.setFocus()
    matrix.setCurrentCell(1, 1)
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    data = stored(path)
    assert data.outcomes[1].strategy_ids == (data.strategies[1].id,)
    assert matrix.item(1, 1).text() == TICK
    assert not matrix.horizontalHeaderItem(1).text().startswith("⚠")
    window.undo_stack.undo()
    assert stored(path).outcomes[1].strategy_ids == ()


def test_principles_add_and_reorder_by_keyboard(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, page = new_workshop(window, tmp_path)
    step(qtbot, page, 5)
    principles = page.principles
    for text in ("Open standards", "Residents first", "Data stays in the UK"):
        principles.setFocus()
        qtbot.keyClick(principles, Qt.Key.Key_N, CTRL)
        editor = principles.indexWidget(principles.currentIndex())
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, text)
        press(qtbot, editor, Qt.Key.Key_Return)
    assert stored(path).vision.principles == (
        "Open standards",
        "Residents first",
        "Data stays in the UK",
    )
    count = window.undo_stack.count()
    principles.setCurrentRow(1)
    qtbot.keyClick(principles, Qt.Key.Key_Up, CTRL_SHIFT)
    assert stored(path).vision.principles[0] == "Residents first"
    assert window.undo_stack.count() == count + 1
    assert window.undo_stack.undoText() == "Reorder principles"
    qtbot.keyClick(principles, Qt.Key.Key_Delete)
    assert stored(path).vision.principles == ("Open standards", "Data stays in the UK")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert stored(path).vision.principles[0] == "Open standards"
    assert principles.item(0).text() == "Open standards"


def test_maturity_defaults_levels_and_radar(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, page = new_workshop(window, tmp_path)
    step(qtbot, page, 6)
    maturity = page.maturity_step
    assert maturity.defaults_button.isVisible()
    qtbot.mouseClick(maturity.defaults_button, Qt.MouseButton.LeftButton)
    assert [d.dimension for d in stored(path).maturity] == list(DEFAULT_MATURITY_DIMENSIONS)
    assert window.undo_stack.count() == 1 and not maturity.defaults_button.isVisible()

    table = maturity.table
    type_in_cell(qtbot, table, 0, 1, "6")
    assert "between 1 and 5" in table.message.text()
    assert stored(path).maturity[0].current is None
    type_in_cell(qtbot, table, 0, 1, "2")
    type_in_cell(qtbot, table, 0, 2, "4")
    assert (stored(path).maturity[0].current, stored(path).maturity[0].target) == (2, 4)
    table.select_ids([stored(path).maturity[0].id])
    assert "2 Developing" in maturity.levels.text() and "4 Managed" in maturity.levels.text()

    qtbot.mouseClick(maturity.radar_button, Qt.MouseButton.LeftButton)
    assert "at least three" in maturity.radar.text()
    for row in (1, 2):
        type_in_cell(qtbot, table, row, 1, "3")
        type_in_cell(qtbot, table, row, 2, "5")
    maturity.radar.render_now()
    pixmap = maturity.radar.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    # Drawn to fit the space it has (the pack's layout at the screen's resolution).
    assert pixmap.width() <= maturity.radar.width() * pixmap.devicePixelRatio() + 1
    drawn = maturity.radar.renders
    maturity.show_data(stored(path))  # the same figures: nothing to draw again
    maturity.radar.render_now()
    assert maturity.radar.renders == drawn


def test_read_only_file_shows_but_does_not_edit(qtbot, window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = stored(demo_path)
    assert window.open_path(demo_path, read_only=True)
    page = vision_page(window)
    assert page.statement.isReadOnly() and page.statement.text() == before.vision.statement
    assert not page.strategy_table.add_button.isEnabled()
    page.strategy_table.view.setFocus()
    qtbot.keyClick(page.strategy_table.view, Qt.Key.Key_N, CTRL)
    assert stored(demo_path) == before


def test_later_steps_appear_with_the_workshop_as_it_is_when_shown(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    # The tables and the alignment matrix are built when their step is first shown;
    # changes made before that, the step marks and the filter must all still hold.
    page = vision_page(demo_window)
    data = stored(demo_path)
    unserved = [
        s for s in data.strategies if not any(s.id in o.strategy_ids for o in data.outcomes)
    ]
    assert ("⚠" in page.steps.item(6).text()) == bool(unserved)
    store = demo_window.session.store  # type: ignore[union-attr]
    first = data.strategies[0]
    store.update(dataclasses.replace(first, title="Renamed before shown"))
    page.filter_box.setText("Renamed before")
    step(qtbot, page, 3)
    assert page.strategy_table.view.model().rowCount() == 1
    assert page.strategies.record(0).title == "Renamed before shown"
    page.filter_box.clear()
    step(qtbot, page, 7)
    headers = [
        page.alignment.matrix.horizontalHeaderItem(c).text()
        for c in range(page.alignment.matrix.columnCount())
    ]
    assert any("Renamed before shown" in header for header in headers)
    assert len(headers) == len(data.strategies)


def test_an_over_long_paste_is_refused_and_kept_for_trimming(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = vision_page(demo_window)
    saved = stored(demo_path).vision.problem
    pasted = "Too much. " * 15_000  # 150,000 characters
    page.problem.setPlainText(pasted)
    page.problem.setFocus()
    press(qtbot, page.problem, Qt.Key.Key_Return, CTRL)
    assert "problem is 150,000 characters long; it can be at most 100,000" in (
        page.problem_message.text()
    )
    assert stored(demo_path).vision.problem == saved
    assert page.problem.toPlainText() == pasted  # nothing the facilitator typed is lost


def test_closing_the_window_saves_what_is_being_typed(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    # The lid closes (or Ctrl+Q) with the cursor still in a box: that finishes it.
    page = vision_page(demo_window)
    page.problem.setFocus()
    page.problem.moveCursor(page.problem.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.problem, " Typed last.")
    demo_window.close()
    assert stored(demo_path).vision.problem.endswith(" Typed last.")


def test_closing_the_workshop_saves_a_cell_being_typed(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = vision_page(demo_window)
    step(qtbot, page, 3)
    table = page.strategy_table
    table.view.setFocus()
    table.view.setCurrentIndex(table.view.model().index(0, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = cell_editor(table)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed, never confirmed")
    qtbot.keyClick(demo_window, Qt.Key.Key_W, CTRL)  # Ctrl+W with the cell still open
    assert demo_window.session is None
    assert stored(demo_path).strategies[0].title == "Renamed, never confirmed"
