"""Undo and redo with the cursor in a text box or a table cell, checked in the file.

The rule under test (smartdesk/gui/common/undo_keys.py): typing not saved yet is undone in the
box; once saved, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y go to the window's undo stack and the
box shows what they put back, so leaving the box never quietly saves the undone text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from smartdesk.domain.records import WorkshopData
from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.options.page import OptionsPage
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.vision.page import VisionPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ADDED = " Footfall counters agree."


def stored(path: Path) -> WorkshopData:
    with WorkshopFile.open(path, read_only=True) as store:
        return store.load()


def key(qtbot: QtBot, widget: QWidget, letter: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(widget, letter, modifiers)
    QApplication.processEvents()  # a cell editor commits through a queued call


def undo(qtbot: QtBot, widget: QWidget) -> None:
    key(qtbot, widget, Qt.Key.Key_Z, CTRL)


def reopen(window: MainWindow, path: Path) -> WorkshopData:
    window.close_workshop()
    assert window.open_path(path)
    return stored(path)


def problem_box(qtbot: QtBot, window: MainWindow) -> VisionPage:
    window.show_stage(0)
    page = window.current_page()
    assert isinstance(page, VisionPage)
    page.problem.setFocus()
    page.problem.moveCursor(page.problem.textCursor().MoveOperation.End)
    return page


# -- the problem box -------------------------------------------------------------------------


def test_undo_in_the_problem_box_shows_the_old_text_and_leaving_keeps_it_undone(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    old = stored(demo_path).vision.problem
    page = problem_box(qtbot, demo_window)
    qtbot.keyClicks(page.problem, ADDED)
    key(qtbot, page.problem, Qt.Key.Key_Return, CTRL)
    assert stored(demo_path).vision.problem == old + ADDED
    undo(qtbot, page.problem)
    assert stored(demo_path).vision.problem == old
    assert page.problem.toPlainText() == old  # the box shows what undo put back
    page.statement.setFocus()  # leaving the box must not save the new text again
    assert not page.problem.hasFocus()
    assert demo_window.undo_stack.count() == 1 and demo_window.undo_stack.index() == 0
    assert reopen(demo_window, demo_path).vision.problem == old
    assert problem_box(qtbot, demo_window).problem.toPlainText() == old


def test_ctrl_shift_z_and_ctrl_y_both_redo_in_the_problem_box(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    old = stored(demo_path).vision.problem
    page = problem_box(qtbot, demo_window)
    qtbot.keyClicks(page.problem, ADDED)
    key(qtbot, page.problem, Qt.Key.Key_Return, CTRL)
    for redo in (CTRL_SHIFT, CTRL):
        undo(qtbot, page.problem)
        assert page.problem.toPlainText() == old
        letter = Qt.Key.Key_Z if redo == CTRL_SHIFT else Qt.Key.Key_Y
        key(qtbot, page.problem, letter, redo)
        assert page.problem.hasFocus()
        assert stored(demo_path).vision.problem == old + ADDED
        assert page.problem.toPlainText() == old + ADDED
    page.statement.setFocus()
    assert reopen(demo_window, demo_path).vision.problem == old + ADDED


def test_typing_not_saved_is_undone_in_the_box_first_then_the_window(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    old = stored(demo_path).vision.problem
    page = problem_box(qtbot, demo_window)
    qtbot.keyClicks(page.problem, ADDED)
    key(qtbot, page.problem, Qt.Key.Key_Return, CTRL)  # saved: one window step
    qtbot.keyClicks(page.problem, " Not saved")
    undo(qtbot, page.problem)  # the box's own undo: only the unsaved typing goes
    assert page.problem.toPlainText() == old + ADDED
    assert demo_window.undo_stack.index() == 1
    undo(qtbot, page.problem)  # nothing unsaved now: the window's undo
    assert demo_window.undo_stack.index() == 0
    assert page.problem.toPlainText() == old == stored(demo_path).vision.problem


# -- a cover-form field and the recommendation's reasons --------------------------------------


def test_undo_and_both_redo_keys_in_a_cover_field(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    demo_window.show_stage(3)
    page = demo_window.current_page()
    assert isinstance(page, BriefingPage)
    page.tabs.setCurrentIndex(0)
    field = page.cover.fields["committee"]
    old = stored(demo_path).workshop.committee
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Cabinet")
    key(qtbot, field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert stored(demo_path).workshop.committee == "Cabinet"
    for letter, modifiers in ((Qt.Key.Key_Z, CTRL_SHIFT), (Qt.Key.Key_Y, CTRL)):
        undo(qtbot, field)
        assert stored(demo_path).workshop.committee == old
        assert field.text() == old
        key(qtbot, field, letter, modifiers)
        assert stored(demo_path).workshop.committee == "Cabinet"
        assert field.text() == "Cabinet"
    undo(qtbot, field)
    assert field.text() == old
    page.cover.fields["council"].setFocus()  # leaving the field saves nothing
    assert demo_window.undo_stack.index() == 0
    assert reopen(demo_window, demo_path).workshop.committee == old


def test_undo_in_the_recommendation_reasons_shows_the_old_reasons(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    demo_window.show_stage(2)
    page = demo_window.current_page()
    assert isinstance(page, OptionsPage)
    page.show_tab(5)
    box = page.recommendation.rationale
    old = stored(demo_path).recommendation.rationale
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " Agreed by the board.")
    key(qtbot, box, Qt.Key.Key_Return, CTRL)
    assert stored(demo_path).recommendation.rationale == old + " Agreed by the board."
    # Offscreen, refreshing the hidden scoring matrix deactivates the window; click back.
    QApplication.processEvents()
    demo_window.activateWindow()
    qtbot.waitActive(demo_window)
    QApplication.processEvents()
    box.setFocus()
    assert QApplication.focusWidget() is box
    undo(qtbot, box)
    assert stored(demo_path).recommendation.rationale == old  # the window's undo did it
    assert box.toPlainText() == old
    page.recommendation.decisions.setFocus()
    assert demo_window.undo_stack.index() == 0  # leaving the box saved nothing
    assert reopen(demo_window, demo_path).recommendation.rationale == old


# -- a table cell editor ---------------------------------------------------------------------


def register(qtbot: QtBot, window: MainWindow) -> StakeholdersPage:
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.current_page()
    assert isinstance(page, StakeholdersPage)
    return page


def test_an_open_cell_editor_shows_what_undo_and_redo_put_back(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = register(qtbot, demo_window)
    view = page.register.view
    column = [f.name for f in page.stakeholders.fields].index("role")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column))
    person = page.stakeholders.record(view.proxy.mapToSource(view.currentIndex()).row())

    def role() -> str:
        return next(s.role for s in stored(demo_path).stakeholders if s.id == person.id)

    old = role()
    key(qtbot, view, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Chair")
    key(qtbot, editor, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert role() == "Chair"
    key(qtbot, view, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)  # open it again
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit) and editor.text() == "Chair"
    for letter, modifiers in ((Qt.Key.Key_Z, CTRL_SHIFT), (Qt.Key.Key_Y, CTRL)):
        undo(qtbot, editor)
        assert role() == old
        assert editor.text() == old  # the open editor follows the file
        key(qtbot, editor, letter, modifiers)
        assert role() == "Chair" and editor.text() == "Chair"
    undo(qtbot, editor)
    key(qtbot, editor, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)  # confirms "old"
    assert demo_window.undo_stack.index() == 0
    reopen(demo_window, demo_path)
    assert role() == old


# -- a new row is one undo step ---------------------------------------------------------------


def type_and_tab(qtbot: QtBot, view: QWidget, text: str) -> None:
    """Type into the open cell editor (if any text) and Tab to the next cell."""
    editor = view.indexWidget(view.currentIndex())  # type: ignore[attr-defined]
    assert editor is not None
    if text:
        qtbot.keyClicks(editor, text)
    key(qtbot, editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)


def test_a_new_stakeholder_typed_across_its_row_is_one_named_undo_step(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = register(qtbot, demo_window)
    view = page.register.view
    stack = demo_window.undo_stack
    before = len(stored(demo_path).stakeholders)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    key(qtbot, view, Qt.Key.Key_N, CTRL)
    for text in ("Kay Boardman", "Town Centre BID", "Chair", "", "7"):  # "" skips Category
        type_and_tab(qtbot, view, text)
    editor = view.indexWidget(view.currentIndex())
    qtbot.keyClicks(editor, "8")  # Interest, confirmed with Enter
    key(qtbot, editor, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    view.setCurrentIndex(view.model().index(0, 0))  # leave the row

    def kay() -> list:  # type: ignore[type-arg]
        return [s for s in stored(demo_path).stakeholders if s.name == "Kay Boardman"]

    (added,) = kay()
    assert (added.organisation, added.role, added.power, added.interest) == (
        "Town Centre BID",
        "Chair",
        7.0,
        8.0,
    )
    assert stack.count() == 1
    assert stack.undoText() == "Add stakeholder Kay Boardman"
    assert demo_window.undo_action.text() == "&Undo Add stakeholder Kay Boardman"

    stack.undo()  # the whole row goes, from the file and the screen
    assert kay() == [] and len(stored(demo_path).stakeholders) == before
    names = [page.stakeholders.record(r).name for r in range(page.stakeholders.rowCount())]
    assert "Kay Boardman" not in names
    stack.redo()  # and comes back with every cell
    assert kay() == [added]
    row = page.stakeholders.row_for_id(added.id)
    assert page.stakeholders.index(row, 4).data() == "7"

    # Once the row is left, an edit of it is a step of its own, named by what it changes.
    page.register.model.set_value(row, 4, 6.0)
    assert stack.count() == 2
    assert stack.undoText() == "Set power of Kay Boardman to 6"
