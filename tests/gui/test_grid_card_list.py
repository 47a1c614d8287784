"""The grid's cards as a list (the "Grid cards" tab): what a screen reader reads of the
drawn grid, kept in step with it both ways, and usable to move a card by keyboard."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartdesk.domain.records import Stakeholder
from smartdesk.gui.stakeholders.card_list import ID_ROLE
from smartdesk.gui.stakeholders.grid_moves import STEP
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import open_stakeholders_stage, stored

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_list(qtbot: QtBot, window: MainWindow) -> StakeholdersPage:
    page = open_stakeholders_stage(qtbot, window)
    page.tabs.setCurrentWidget(page.card_list)
    QApplication.processEvents()
    return page


def _row_text(page: StakeholdersPage, stakeholder_id: str) -> str:
    lines = page.card_list
    row = lines.ids().index(stakeholder_id)
    return str(lines.item(row).data(Qt.ItemDataRole.AccessibleTextRole))


def test_each_card_is_a_row_a_screen_reader_reads(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = _open_list(qtbot, demo_window)
    lines = page.card_list
    assert sorted(lines.ids()) == sorted(page.grid.cards)
    assert lines.accessibleName() == "Stakeholders on the grid"
    interface = QAccessible.queryAccessibleInterface(lines)
    assert interface is not None and interface.childCount() >= len(page.grid.cards)
    for card in page.grid.cards.values():
        text = _row_text(page, card.id)
        # name, quadrant and attitude: what the card shows, in words
        assert card.accessible_description() in text, text
        assert card.stakeholder.name in text
    read = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
    first = next(iter(page.grid.cards.values()))
    assert any(first.accessible_description() in name for name in read), read


def test_selection_follows_both_ways(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = _open_list(qtbot, demo_window)
    lines = page.card_list
    first, second = lines.ids()[:2]
    lines.item(0).setSelected(True)
    assert page.grid.selected_ids() == [first]
    assert page.register.selected_ids() == [first]
    page.grid.select_ids([second])
    page.grid.selection_changed.emit(page.grid.selected_ids())  # as a click on the card
    assert lines.selected_ids() == [second]
    page.register.select_ids([first])
    page.register.selection_changed.emit([first])
    assert lines.selected_ids() == [first]


def test_ctrl_arrows_in_the_list_move_the_card_and_undo_puts_it_back(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = _open_list(qtbot, demo_window)
    lines = page.card_list
    person = next(
        c.stakeholder for c in page.grid.cards.values() if 1 <= (c.stakeholder.interest or 0) <= 8
    )
    before = _row_text(page, person.id)
    lines.setFocus()
    lines.select_ids([person.id])
    lines.selection_changed.emit([person.id])
    qtbot.keyClick(lines, Qt.Key.Key_Right, CTRL)
    moved = {s.id: s for s in stored(demo_path).stakeholders}[person.id]
    assert moved.interest == round(person.interest + STEP, 1)  # type: ignore[operator]
    QApplication.processEvents()
    after = _row_text(page, person.id)
    assert f"interest {moved.interest:g}" in after and after != before
    assert lines.selected_ids() == [person.id]  # still chosen: the next key moves it on
    assert page.grid.cards[person.id].stakeholder.interest == moved.interest
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, CTRL)
    QApplication.processEvents()
    assert _row_text(page, person.id) == before


def test_enter_in_the_list_puts_the_keyboard_on_the_grid(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = _open_list(qtbot, demo_window)
    lines = page.card_list
    demo_window.activateWindow()
    lines.setFocus()
    lines.item(0).setSelected(True)
    qtbot.keyClick(lines, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.grid
    assert page.grid.selected_ids() == [lines.item(0).data(ID_ROLE)]


def test_placing_and_deleting_update_the_list(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = _open_list(qtbot, demo_window)
    assert demo_window.session is not None
    store = demo_window.session.store
    person = store.records(Stakeholder)[0]
    store.update(dataclasses.replace(person, power=None))  # off the grid, into the tray
    QApplication.processEvents()
    assert person.id not in page.card_list.ids()
    page.grid.place(person.id)
    QApplication.processEvents()
    assert person.id in page.card_list.ids()
    page.register.select_ids([person.id])
    page.register.delete_selected()
    QApplication.processEvents()
    assert person.id not in page.card_list.ids()
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, CTRL)
    QApplication.processEvents()
    assert person.id in page.card_list.ids()
