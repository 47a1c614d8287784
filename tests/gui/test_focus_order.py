"""Keyboard only: Tab walks every control of every stage and tab in reading order.

For each stage (each Vision step, each tab of the others) the focus starts on the stage
list and Tab is pressed until it comes back there. The walk must reach every visible
interactive control of the page, never stick (a table lets Tab go on), and read as the
page is laid out: each next control is lower down, on the same row further right, or
at the top of a column further right (a new panel). Positions are where the layout puts
a control (inside a scroll area: as if scrolled to the top), so scrolling on the way
does not count as a jump.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.stages import STAGES
from smartdesk.gui.vision.page import VisionPage
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.test_accessible_names import INTERACTIVE, _inner

SLACK = 6  # pixels: controls on one row are not all aligned to the pixel


def laid_out(widget: QWidget) -> QRect:
    """Where the layout puts ``widget`` in the window, ignoring any scrolling."""
    area = widget.parentWidget()
    while area is not None and not (isinstance(area, QScrollArea) and area.widget()):
        area = area.parentWidget()
    if isinstance(area, QScrollArea) and area.widget() is not None:
        inner = widget.mapTo(area.widget(), QPoint(0, 0))
        top = area.mapTo(widget.window(), QPoint(0, 0)) + inner
    else:
        top = widget.mapTo(widget.window(), QPoint(0, 0))
    return QRect(top, widget.size())


def out_of_order(before: QWidget, after: QWidget) -> bool:
    """True when Tab from ``before`` to ``after`` jumps back up or left in one column."""
    a, b = laid_out(before), laid_out(after)
    if b.left() >= a.right() - SLACK:  # a column (panel) to the right: may start higher
        return False
    if b.top() >= a.top() - SLACK and b.top() > a.bottom() - SLACK:  # lower down
        return False
    same_row = abs(b.center().y() - a.center().y()) <= max(a.height(), b.height()) // 2
    if same_row and b.left() >= a.left():  # further along the row
        return False
    # A big control (a table, a text box) and the small ones beside it start level.
    return not (b.top() >= a.top() - SLACK and b.left() >= a.left() - SLACK)


def tab_walk(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """The focus chain Tab follows from the stage list round to it again."""
    window.activateWindow()
    window.navigator.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _press in range(600):  # a table's cells take Tab too, until its last cell
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is window, focused
        if seen and focused is seen[0]:
            return seen
        if not seen or focused is not seen[-1]:
            assert focused not in seen, f"Tab is stuck in a loop at {describe(focused)}"
            seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
    raise AssertionError("Tab never came back to the stage list: " + describe(seen[-1]))


def describe(widget: QWidget) -> str:
    place = laid_out(widget)
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {name!r} at ({place.x()}, {place.y()})"


def reachable(page: QWidget) -> set[QWidget]:
    """The controls on ``page`` a keyboard user must be able to reach."""
    return {
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _inner(w)
    }


def every_view(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    """Each stage's pages: every Vision step, every tab of the others."""
    views: list[tuple[str, Callable[[], None]]] = []
    for number, stage in enumerate(STAGES):
        window.show_stage(number)
        page = window.current_page()
        if isinstance(page, VisionPage):
            for step in range(page.steps.count()):
                views.append((f"Vision step {step + 1}", _go(window, number, page, step)))
            continue
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if not tabs:
            views.append((stage.title, _go(window, number, page, None)))
            continue
        for tab in range(tabs[0].count()):
            name = f"{stage.title} / {tabs[0].tabText(tab)}"
            views.append((name, _go(window, number, page, tab, tabs[0])))
    return views


def _go(
    window: MainWindow,
    number: int,
    page: StagePage,
    index: int | None,
    tabs: QTabWidget | None = None,
) -> Callable[[], None]:
    def show() -> None:
        window.show_stage(number)
        if isinstance(page, VisionPage) and index is not None:
            page.go_to_step(index)
        elif tabs is not None and index is not None:
            tabs.setCurrentIndex(index)
        QApplication.processEvents()

    return show


def test_tab_reaches_every_control_in_reading_order_on_every_stage(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    problems = []
    walked = 0
    for where, show in every_view(window):
        show()
        page = window.current_page()
        chain = tab_walk(qtbot, window)
        walked += 1
        missed = reachable(page) - set(chain)
        problems += [f"{where}: Tab never reaches {describe(w)}" for w in missed]
        on_page = [w for w in chain if page.isAncestorOf(w)]
        for before, after in pairwise(on_page):
            if out_of_order(before, after):
                problems.append(f"{where}: {describe(before)} -> {describe(after)}")
    assert walked >= 5 + 4 + 6 + 2 + 3, walked  # Vision steps, tabs of the others
    assert not problems, "\n".join(problems)


def test_a_table_s_buttons_come_before_its_cells(qtbot: QtBot, demo_window: MainWindow) -> None:
    # The Add/Delete/Up/Down buttons sit above a table: Tab used to reach them only
    # after the cells, jumping back up the page.
    window = demo_window
    window.show_stage(4)
    page = window.current_page()
    chain = tab_walk(qtbot, window)
    table = page.participants.view if hasattr(page, "participants") else None
    names = [w.accessibleName() for w in chain]
    add = names.index("Add — Participants")
    assert names.index("Participants") == add + 5, names
    assert table is None or chain[add + 5] is table


def test_ctrl_page_down_turns_the_tabs_from_inside_a_table(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.show_stage(2)
    page = window.current_page()
    tabs = next(t for t in page.findChildren(QTabWidget) if t.isVisible())
    tabs.setCurrentIndex(0)
    chain = tab_walk(qtbot, window)
    table = next(w for w in chain if w.accessibleName() == "Options (long list)")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
