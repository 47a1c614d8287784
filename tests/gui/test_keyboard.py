"""Every stage and tab shortcut works from every usual focus, as a facilitator types.

Keys are pressed on the widget that has the focus (``QApplication.focusWidget()``), the
way a real key press arrives: stage list, find box, a table cell, a text box, the grid.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from smartdesk.gui.options.page import OptionsPage
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.vision.page import VisionPage
from smartdesk.gui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> QWidget:
    """Press ``key`` on the focused widget; returns that widget."""
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    QApplication.processEvents()
    return focused


def _focus(widget: QWidget) -> QWidget:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is widget, QApplication.focusWidget()
    return widget


def focus_stage_list(window: MainWindow, stage: int) -> QWidget:
    window.show_stage(stage)
    return _focus(window.navigator)


def focus_find_box(window: MainWindow, stage: int) -> QWidget:
    window.show_stage(stage)
    return _focus(window.current_page().filter_box)


def focus_table(window: MainWindow, stage: int) -> QWidget:
    window.show_stage(stage)
    page = window.current_page()
    if isinstance(page, VisionPage):
        page.go_to_step(2)
        view = page.strategy_table.view
    elif isinstance(page, StakeholdersPage):
        view = page.register.view
    else:
        assert isinstance(page, OptionsPage)
        page.tabs.setCurrentIndex(0)
        view = page.long_list.view
    view.setCurrentIndex(view.model().index(0, 1))
    return _focus(view)


def focus_text_box(window: MainWindow, stage: int) -> QWidget:
    window.show_stage(stage)
    page = window.current_page()
    if isinstance(page, VisionPage):
        return _focus(page.problem)
    if isinstance(page, OptionsPage):
        page.tabs.setCurrentIndex(1)
        return _focus(page.scoring.rationale)
    return _focus(page.filter_box)


def focus_grid(window: MainWindow, stage: int) -> QWidget:
    window.show_stage(1)
    page = window.current_page()
    assert isinstance(page, StakeholdersPage)
    return _focus(page.grid)


FOCUSES: dict[str, Callable[[MainWindow, int], QWidget]] = {
    "stage list": focus_stage_list,
    "find box": focus_find_box,
    "table cell": focus_table,
    "text box": focus_text_box,
    "grid": focus_grid,
}


@pytest.mark.parametrize("where", list(FOCUSES))
def test_stage_keys_work_from_every_focus(qtbot, demo_window: MainWindow, where: str) -> None:  # type: ignore[no-untyped-def]
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)
    for start in (0, 1, 2):
        for number, key in enumerate(keys):
            FOCUSES[where](demo_window, start)
            press(qtbot, key, CTRL)
            assert demo_window.navigator.currentRow() == number, (where, start, number)
            assert demo_window.stack.currentIndex() == number


@pytest.mark.parametrize("where", list(FOCUSES))
def test_f11_and_esc_from_every_focus(qtbot, demo_window: MainWindow, where: str) -> None:  # type: ignore[no-untyped-def]
    for stage in (0, 1, 2):
        FOCUSES[where](demo_window, stage)
        press(qtbot, Qt.Key.Key_F11)
        assert demo_window.presentation_action.isChecked(), (where, stage)
        FOCUSES[where](demo_window, stage)
        press(qtbot, Qt.Key.Key_Escape)
        assert not demo_window.presentation_action.isChecked(), (where, stage)


@pytest.mark.parametrize("where", ["stage list", "find box", "table cell", "text box"])
def test_ctrl_page_keys_change_options_tabs_from_every_focus(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, where: str
) -> None:
    page = demo_window.page(2)
    assert isinstance(page, OptionsPage)
    for start in (0, 1, 2):
        FOCUSES[where](demo_window, 2)
        page.tabs.setCurrentIndex(start)
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        assert page.tabs.currentIndex() == start + 1, (where, start)
        press(qtbot, Qt.Key.Key_PageUp, CTRL)
        assert page.tabs.currentIndex() == start, (where, start)


# (key, tab) of the Stakeholders tabs' mnemonics: Alt+letter shows the tab.
STAKEHOLDER_TABS = ((Qt.Key.Key_L, 4), (Qt.Key.Key_G, 0), (Qt.Key.Key_P, 1), (Qt.Key.Key_T, 2))


@pytest.mark.parametrize("where", ["stage list", "find box", "table cell", "grid"])
def test_stakeholder_tabs_have_mnemonics(qtbot, demo_window: MainWindow, where: str) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.page(1)
    assert isinstance(page, StakeholdersPage)
    for key, tab in (*STAKEHOLDER_TABS, (Qt.Key.Key_N, 3)):
        FOCUSES[where](demo_window, 1)
        press(qtbot, key, ALT)
        assert page.tabs.currentIndex() == tab, (where, key)


def test_every_stakeholder_tab_names_its_key(demo_window: MainWindow) -> None:
    page = demo_window.page(1)
    assert isinstance(page, StakeholdersPage)
    letters = []
    for tab in range(page.tabs.count()):
        text = page.tabs.tabText(tab)
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(set(letters)) == len(letters)


@pytest.mark.parametrize("where", ["stage list", "find box", "table cell", "grid"])
def test_grid_keys_work_from_every_focus(qtbot, demo_window: MainWindow, where: str) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.page(1)
    assert isinstance(page, StakeholdersPage)
    FOCUSES[where](demo_window, 1)
    page.grid.fit()
    fitted = page.grid.zoom_level()
    press(qtbot, Qt.Key.Key_Equal, CTRL)
    assert page.grid.zoom_level() > fitted, where
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert page.grid.zoom_level() < fitted, where
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert page.grid.zoom_level() == pytest.approx(fitted)
    FOCUSES[where](demo_window, 1)
    press(qtbot, Qt.Key.Key_G, CTRL)
    assert QApplication.focusWidget() is page.grid, where


def _centre(page: StakeholdersPage) -> QPointF:
    grid = page.grid
    return grid.mapToScene(grid.viewport().rect().center())


def test_keyboard_zoom_centres_on_the_selection_not_the_pointer(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow
) -> None:
    page = demo_window.page(1)
    assert isinstance(page, StakeholdersPage)
    focus_grid(demo_window, 1)
    page.grid.fit()
    # The card nearest the middle, so the view can centre on it at any zoom.
    middle = page.grid.sceneRect().center()
    card = min(
        page.grid.cards.values(),
        key=lambda c: (c.scenePos() - middle).manhattanLength(),
    )
    page.grid.select_ids([card.stakeholder.id])
    # The pointer sits in a corner of the grid, far from the card.
    qtbot.mouseMove(page.grid.viewport(), page.grid.viewport().rect().topLeft())
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Equal, CTRL)
    target = card.scenePos()
    centre = _centre(page)
    slack = 2 / page.grid.zoom_level()  # two pixels
    assert abs(centre.x() - target.x()) <= slack and abs(centre.y() - target.y()) <= slack


def test_keyboard_zoom_without_a_selection_keeps_the_view_centre(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow
) -> None:
    page = demo_window.page(1)
    assert isinstance(page, StakeholdersPage)
    focus_grid(demo_window, 1)
    page.grid.select_ids([])
    page.grid.fit()
    before = _centre(page)
    qtbot.mouseMove(page.grid.viewport(), page.grid.viewport().rect().topLeft())
    press(qtbot, Qt.Key.Key_Equal, CTRL)
    after = _centre(page)
    slack = 2 / page.grid.zoom_level()
    assert abs(after.x() - before.x()) <= slack and abs(after.y() - before.y()) <= slack


def test_esc_in_the_find_box_clears_the_search_before_leaving_presentation(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow
) -> None:
    box = focus_find_box(demo_window, 1)
    press(qtbot, Qt.Key.Key_F11)
    assert demo_window.presentation_action.isChecked()
    qtbot.keyClicks(box, "Kay")
    press(qtbot, Qt.Key.Key_Escape)
    assert demo_window.current_page().filter_box.text() == ""
    assert demo_window.presentation_action.isChecked()  # the first Esc only cleared
    press(qtbot, Qt.Key.Key_Escape)
    assert not demo_window.presentation_action.isChecked()
