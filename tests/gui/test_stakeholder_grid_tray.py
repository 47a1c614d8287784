"""Cards dragged from the "not placed yet" tray onto the power-interest grid: real drag
and drop events sent to the grid, checked against the file on disk."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from smartdesk.domain.records import Stakeholder
from smartdesk.gui.stakeholders.grid_items import grid_values, scene_point
from smartdesk.gui.stakeholders.grid_tray import MIME_TYPE
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import open_stakeholders_stage, stored


def _unplaced(window: MainWindow) -> Stakeholder:
    """The first stakeholder, its power taken away so it waits in the tray."""
    assert window.session is not None
    store = window.session.store
    person = store.records(Stakeholder)[0]
    store.update(dataclasses.replace(person, power=None))
    return person


def _drag_onto(page: StakeholdersPage, mime: QMimeData, power: float, interest: float) -> bool:
    """Drag ``mime`` onto the grid at (power, interest) and drop it; whether the grid took
    the drag when it entered."""
    point = page.grid.mapFromScene(scene_point(power, interest))
    viewport = page.grid.viewport()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    return enter.isAccepted()


def test_a_tray_card_dropped_on_the_grid_is_placed_where_it_falls(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    person = _unplaced(demo_window)
    assert person.id in page.tray.ids()
    mime = QMimeData()
    mime.setData(MIME_TYPE, person.id.encode("utf-8"))

    assert _drag_onto(page, mime, 2.0, 3.0)

    placed = {s.id: s for s in stored(demo_path).stakeholders}[person.id]
    where = grid_values(page.grid.mapToScene(page.grid.mapFromScene(scene_point(2.0, 3.0))))
    assert (placed.power, placed.interest) == where
    assert abs(placed.power - 2.0) <= 0.3 and abs(placed.interest - 3.0) <= 0.3  # type: ignore[operator]
    assert person.id in page.grid.cards and person.id not in page.tray.ids()
    assert demo_window.undo_stack.count() == 1


def test_a_drag_that_is_not_a_tray_card_is_refused(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    person = _unplaced(demo_window)
    before = stored(demo_path)
    mime = QMimeData()
    mime.setText(person.id)  # text, as from another program: not a card from the tray

    assert not _drag_onto(page, mime, 2.0, 3.0)

    assert stored(demo_path) == before
    assert person.id in page.tray.ids() and person.id not in page.grid.cards
    assert demo_window.undo_stack.count() == 0
