"""The Stakeholders stage driven as a facilitator would, checked against the file on disk."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from smartdesk.domain.enums import ActionStatus, EngagementLevel, ListeningStatus
from smartdesk.domain.records import (
    EngagementAction,
    Relationship,
    Stakeholder,
)
from smartdesk.domain.stakeholder_analysis import engagement_gaps, silos, unconnected
from smartdesk.gui.stakeholders.grid_items import grid_values, scene_point
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile
from tests.gui.conftest import open_stakeholders_stage, stored


def stored_stakeholder(path: Path, stakeholder_id: str) -> Stakeholder:
    """The stakeholder as the file on disk now holds it."""
    return {found.id: found for found in stored(path).stakeholders}[stakeholder_id]


def card_centre(page: StakeholdersPage, stakeholder_id: str) -> QPoint:
    return page.grid.mapFromScene(page.grid.cards[stakeholder_id].pos())


def test_drag_a_card_writes_one_undoable_command(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    person = next(iter(page.grid.cards.values())).stakeholder
    viewport = page.grid.viewport()
    start = card_centre(page, person.id)
    target_scene = scene_point(2.0, 3.0)  # power 2, interest 3
    end = page.grid.mapFromScene(target_scene)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    # Several moves in between, as a real drag: still one command at the end.
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    assert demo_window.undo_stack.count() == 1
    moved = stored_stakeholder(demo_path, person.id)
    expected = grid_values(page.grid.mapToScene(end))
    assert (moved.power, moved.interest) == expected
    assert abs(moved.power - 2.0) <= 0.3 and abs(moved.interest - 3.0) <= 0.3  # type: ignore[operator]
    assert dataclasses.replace(moved, power=person.power, interest=person.interest) == person

    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_stakeholder(demo_path, person.id) == person
    assert page.grid.cards[person.id].pos() == scene_point(person.power, person.interest)  # type: ignore[arg-type]


def test_arrow_keys_move_a_card_and_merge_into_one_undo_step(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    person = next(
        s.stakeholder for s in page.grid.cards.values() if 1 <= (s.stakeholder.interest or 0) <= 8
    )
    page.register.select_ids([person.id])
    assert page.grid.selected_ids() == [person.id]  # register -> grid
    page.register.view.setFocus()
    qtbot.keyClick(page.register.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert page.grid.hasFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    qtbot.keyClick(page.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = stored_stakeholder(demo_path, person.id)
    assert moved.interest == round(person.interest + 1.0, 1)  # type: ignore[operator]
    assert moved.power == round(person.power - 0.1, 1)  # type: ignore[operator]
    assert demo_window.undo_stack.count() == 1  # merged (QUndoCommand.mergeWith)
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_stakeholder(demo_path, person.id) == person


def test_gap_chart_is_drawn_when_its_tab_is_shown_at_the_tab_width(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    chart = page.gaps.chart
    assert chart.renders == 0  # a tab not looked at draws nothing
    page.tabs.setCurrentWidget(page.gaps)
    chart.render_now()
    assert chart.renders == 1
    pixmap = chart.pixmap()
    assert not pixmap.isNull()
    # The chart is drawn for the space it has, not a pack-sized picture scaled down.
    assert abs(pixmap.width() / pixmap.devicePixelRatio() - max(chart.width(), 200)) <= 1
    chart.render_now()
    assert chart.renders == 1  # nothing changed: not drawn again


def test_selecting_a_card_selects_its_register_row(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    person = list(page.grid.cards.values())[3].stakeholder
    qtbot.mouseClick(
        page.grid.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(page, person.id)
    )
    assert page.grid.selected_ids() == [person.id]
    assert page.register.selected_ids() == [person.id]
    assert demo_window.undo_stack.count() == 0  # a click is not a move


def test_filter_fades_cards_and_filters_the_register(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.filter_box, "Okafor")
    assert page.register.view.model().rowCount() == 1
    faded = [c for c in page.grid.cards.values() if c.opacity() < 1]
    assert len(faded) == len(page.grid.cards) - 1


def test_register_edit_in_place_is_saved(qtbot, demo_window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    view = page.register.view
    person = page.stakeholders.record(0)
    column = [f.name for f in page.stakeholders.fields].index("power")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column))
    qtbot.keyClicks(view, "3")  # typing starts the editor with the first key
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "3"
    qtbot.keyClicks(editor, ".5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call
    assert stored_stakeholder(demo_path, person.id).power == 3.5
    assert page.grid.cards[person.id].pos() == scene_point(3.5, person.interest)  # type: ignore[arg-type]


def test_unplaced_stakeholder_waits_in_the_tray_then_is_placed(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    assert demo_window.session is not None
    store = demo_window.session.store
    person = store.records(Stakeholder)[0]
    store.update(dataclasses.replace(person, power=None))
    assert page.tray.ids() == [person.id] and person.id not in page.grid.cards
    page.tray.setCurrentRow(0)
    page.tray.setFocus()
    qtbot.keyClick(page.tray, Qt.Key.Key_Return)
    placed = stored_stakeholder(demo_path, person.id)
    assert (placed.power, placed.interest) == (5.0, 5.0)
    assert page.tray.count() == 0 and person.id in page.grid.cards


def test_import_good_file_then_undo(
    qtbot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    before = len(page.stakeholders.records())
    source = tmp_path / "more.csv"
    source.write_bytes(
        "Full name,Organization,Influence,Interest,Stance\r\nSiân Ellis,Café Côr,3,8,champion\r\n"
        "Ben Ode,,6,2,skeptic\r\n".encode("cp1252")
    )
    assert page.import_file(source, confirm=False)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        names = [s.name for s in store.records(Stakeholder)]
    assert names[-2:] == ["Siân Ellis", "Ben Ode"]
    assert len(page.stakeholders.records()) == before + 2
    assert demo_window.undo_stack.count() == 1
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert len(store.records(Stakeholder)) == before


def test_import_bad_file_is_refused_and_file_untouched(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    source = tmp_path / "bad.csv"
    source.write_text("Name,Power\nGood,3\nBad,12\n", encoding="utf-8")
    before = demo_path.read_bytes()
    assert not page.import_file(source, confirm=False)
    assert "row 3: power must be from 0 to 10, got 12" in demo_window.errors[-1]  # type: ignore[attr-defined]
    assert demo_path.read_bytes() == before


def test_import_preview_shows_the_mapping_before_writing(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    from smartdesk.gui.stakeholders.import_dialog import ImportPreviewDialog
    from smartdesk.interchange.spreadsheet import read_stakeholder_sheet

    source = tmp_path / "p.csv"
    source.write_text("Stakeholder,E-mail,Shoe size\nAnn,a@b.uk,5\n", encoding="utf-8")
    dialog = ImportPreviewDialog(read_stakeholder_sheet(source))
    qtbot.addWidget(dialog)
    rows = [
        [dialog.mapping.item(r, c).text() for c in range(3)]
        for r in range(dialog.mapping.rowCount())
    ]
    assert rows == [
        ["A", "Stakeholder", "Name"],
        ["B", "E-mail", "Email (personal data)"],
        ["C", "Shoe size", "(not imported)"],
    ]
    assert dialog.import_button.isEnabled()
    bad = tmp_path / "b.csv"
    bad.write_text("Name,Power\nX,99\n", encoding="utf-8")
    refused = ImportPreviewDialog(read_stakeholder_sheet(bad))
    qtbot.addWidget(refused)
    assert not refused.import_button.isEnabled()
    assert "row 2" in refused.notes.toPlainText()


def test_listening_log_status_filter(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    entries = page.listening.records()
    open_count = sum(1 for e in entries if e.status is ListeningStatus.OPEN)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ListeningStatus.OPEN))
    assert page.log.view.model().rowCount() == open_count < len(entries)
    page.status_filter.setCurrentIndex(0)
    assert page.log.view.model().rowCount() == len(entries)


def test_overdue_actions_are_marked(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    actions = page.engagement.records()
    planned = [a for a in actions if a.status is ActionStatus.PLANNED and a.due is not None]
    assert planned
    page.today = lambda: max(a.due for a in planned) + dt.timedelta(days=1)  # type: ignore[type-var, operator]
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = page.plan.view
    delegate = view.itemDelegate()
    due_column = [f.name for f in page.engagement.fields].index("due")
    row = actions.index(planned[0])
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, view.model().index(row, due_column))  # type: ignore[attr-defined]
    assert option.text.endswith("overdue")


def test_presentation_mode_enlarges_the_cards(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    card = next(iter(page.grid.cards.values()))
    normal = card.boundingRect().height()
    demo_window.set_presentation(True)
    # The application's font reaches the grid through the event loop.
    qtbot.waitUntil(lambda: card.boundingRect().height() > normal * 1.3)
    demo_window.set_presentation(False)
    qtbot.waitUntil(lambda: card.boundingRect().height() == normal)


def test_zoom_and_fit(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    fitted = page.grid.zoom_level()
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.grid.zoom_level() > fitted
    qtbot.keyClick(page.grid, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(page.grid.zoom_level() - fitted) < 1e-6


def test_relationship_lines_and_silos(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_stakeholders_stage(qtbot, demo_window)
    assert page.grid.line_count()  # lines are drawn between linked cards
    assert page.silos.group_count() >= 1
    data = demo_window.session.store.load()  # type: ignore[union-attr]
    assert page.silos.unconnected_names() == [
        s.name for s in unconnected(data.stakeholders, data.relationships)
    ]


# -- the stage's rules, without Qt ---------------------------------------------------------


def test_grid_positions_read_back_as_power_and_interest() -> None:
    # The quadrant rule itself is tested in tests/unit/domain/test_stakeholder_analysis.py.
    assert grid_values(QPointF(scene_point(7.3, 2.1))) == (7.3, 2.1)


def test_gaps_grouped_by_quadrant_biggest_first() -> None:
    people = [
        Stakeholder(
            id="a", name="A", power=8, interest=8, engagement_needed=EngagementLevel.INVOLVE
        ),
        Stakeholder(
            id="b",
            name="B",
            power=8,
            interest=8,
            engagement_current=EngagementLevel.INFORM,
            engagement_needed=EngagementLevel.EMPOWER,
        ),
        Stakeholder(
            id="c",
            name="C",
            power=1,
            interest=1,
            engagement_current=EngagementLevel.INVOLVE,
            engagement_needed=EngagementLevel.CONSULT,
        ),
        Stakeholder(id="d", name="D", engagement_needed=EngagementLevel.CONSULT),
    ]
    gaps = engagement_gaps(people)
    assert list(gaps) == ["Manage closely", "Not placed"]
    assert [(g.stakeholder.id, g.steps) for g in gaps["Manage closely"]] == [("b", 4), ("a", 3)]


def test_silos_and_unconnected() -> None:
    people = [Stakeholder(id=i, name=i.upper()) for i in "abcdef"]
    links = [
        Relationship(id="1", from_id="a", to_id="b"),
        Relationship(id="2", from_id="b", to_id="c"),
        Relationship(id="3", from_id="d", to_id="e"),
    ]
    assert [[p.id for p in group] for group in silos(people, links)] == [
        ["a", "b", "c"],
        ["d", "e"],
    ]
    assert [p.id for p in unconnected(people, links)] == ["f"]
    assert EngagementAction(id="x").status is ActionStatus.PLANNED
