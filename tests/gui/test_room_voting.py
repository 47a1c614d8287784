"""A whole voting round from the keyboard, as the room calls the votes out: create it,
type three voters' points (Enter moves along each row), an over-budget count refused
on the line below the grid, close it, apply it to the weights, undo, redo, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from smartdesk.domain.appraisal import rank_options
from smartdesk.domain.enums import RoundStatus, VoteMethod, VoteSubject
from smartdesk.gui.room.page import RoomPage
from smartdesk.gui.room.vote_grid import VoteGridView
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import stored

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(qtbot: QtBot, key: Qt.Key | str, modifier: Qt.KeyboardModifier = NONE) -> None:
    """Press ``key`` on whichever widget has the focus, as a real key arrives."""
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    QApplication.processEvents()


def type_count(qtbot: QtBot, grid: VoteGridView, text: str) -> None:
    """Type ``text`` over the current cell and press Enter ("" : Enter alone skips)."""
    if text:
        qtbot.keyClick(grid, text[0])  # opens the cell's editor with that digit
        editor = grid.indexWidget(grid.currentIndex())
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits, then the cursor moves on
    QApplication.processEvents()


def open_voting(qtbot: QtBot, window: MainWindow) -> RoomPage:
    press(qtbot, Qt.Key.Key_5, CTRL)
    page = window.current_page()
    assert isinstance(page, RoomPage)
    press(qtbot, Qt.Key.Key_O, ALT)  # V&oting
    assert page.tabs.currentIndex() == 2
    return page


def weights(path: Path) -> list[float]:
    return [c.weight for c in stored(path).criteria]


def test_a_criteria_round_from_the_keyboard_sets_the_weights_in_one_undo_step(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    before = stored(demo_path)
    old_weights = [c.weight for c in before.criteria]
    old_ranking = [r.name for r in rank_options(before)]
    page = open_voting(qtbot, demo_window)
    voting = page.voting

    # The question, its subject and method typed; Enter creates it and opens the grid.
    press(qtbot, Qt.Key.Key_T, ALT)
    assert QApplication.focusWidget() is voting.form.title
    qtbot.keyClicks(voting.form.title, "What should count most now?")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_C)  # Criteria
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_P)  # Points: 100 each
    press(qtbot, Qt.Key.Key_Return)
    rounds = stored(demo_path).vote_rounds
    assert len(rounds) == 3
    new = rounds[-1]
    assert (new.subject, new.method, new.budget) == (VoteSubject.CRITERIA, VoteMethod.POINTS, 100)
    assert new.status is RoundStatus.OPEN
    grid = voting.grid
    assert QApplication.focusWidget() is grid
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 0)

    # Voter 1: 60 on strategic fit, 40 on achievability (Enter alone skips a criterion).
    for text in ("60", "", "", "", "40", ""):
        type_count(qtbot, grid, text)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 0)
    # Voter 2: 60, then 50 is over the 100 points: refused on the line below, no box.
    type_count(qtbot, grid, "60")
    type_count(qtbot, grid, "50")
    assert "40 points left" in voting.message.text()
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 1)
    mine = [v for v in stored(demo_path).votes if v.round_id == new.id]
    assert sorted(v.points for v in mine) == [40, 60, 60]
    for text in ("40", "", "", "", ""):
        type_count(qtbot, grid, text)
    # Voter 3 (a person too): all 100 on community benefit.
    for text in ("", "", "", "", "", "100"):
        type_count(qtbot, grid, text)
    assert voting.grid_model.left(2) == 0
    assert "3 of 8 voters have voted; 300 points given." in voting.results.text.text()

    # A button's Alt key clicks it as a mouse would: pressed, then released a moment later.
    press(qtbot, Qt.Key.Key_L, ALT)  # C&lose round
    qtbot.waitUntil(lambda: stored(demo_path).vote_rounds[-1].status is RoundStatus.CLOSED)
    assert weights(demo_path) == old_weights  # votes never change the weights themselves

    press(qtbot, Qt.Key.Key_W, ALT)  # Apply to &weights
    applied = [40.0, 13.33, 0.0, 0.0, 13.33, 33.33]
    qtbot.waitUntil(lambda: weights(demo_path) == applied)
    assert [r.name for r in rank_options(stored(demo_path))] != old_ranking
    assert not voting.apply_button.isEnabled()

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert weights(demo_path) == old_weights
    assert [r.name for r in rank_options(stored(demo_path))] == old_ranking
    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert weights(demo_path) == applied

    demo_window.close_workshop()
    assert demo_window.open_path(demo_path)
    again = stored(demo_path)
    assert [c.weight for c in again.criteria] == applied
    assert sum(v.points for v in again.votes if v.round_id == new.id) == 300


def test_a_second_open_round_is_refused_on_the_form(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    voting = open_voting(qtbot, demo_window).voting
    voting.form.title.setText("First")
    voting.form.submit()
    voting.form.title.setText("Second")
    voting.form.submit()
    assert "already open" in voting.form.message.text()
    assert voting.form.message.isVisible()
    assert [r.title for r in demo_window.session.store.load().vote_rounds][-1] == "First"  # type: ignore[union-attr]
