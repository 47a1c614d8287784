"""The exempt paragraph of an option, a stakeholder, a risk and a strategy, and a
confidential listening-log item, set in the tables as the officer would and checked in
the workshop file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from smartdesk.domain.enums import Nation
from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.options.page import OptionsPage
from smartdesk.gui.vision.page import VisionPage
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import open_stakeholders_stage, stored


def _column(table: EditableRecordTable, field: str) -> int:
    return next(i for i, f in enumerate(table.model.fields) if f.name == field)


def _choose(qtbot, table: EditableRecordTable, row: int, column: int, value: object) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's list with F2, pick ``value``, press Enter."""
    table.view.setFocus()
    table.view.setCurrentIndex(table.view.model().index(row, column))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = table.view.indexWidget(table.view.currentIndex())
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_an_option_names_its_exempt_paragraph_from_the_nations_law(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    demo_window.show_stage(2)
    page = demo_window.current_page()
    assert isinstance(page, OptionsPage)
    page.show_tab(0)
    QApplication.processEvents()
    table = page.long_list
    column = _column(table, "exempt_paragraph")
    field = table.model.fields[column]
    assert [value for value, _ in field.pairs()] == ["1", "2", "3", "4", "5", "6", "7"]
    assert dict(field.pairs())["5"] == "5: legal advice"

    row = 0
    option_id = table.model.record(table.view.proxy.mapToSource(
        table.view.model().index(row, 0)).row()).id  # fmt: skip
    _choose(qtbot, table, row, column, "5")
    assert {o.id: o.exempt_paragraph for o in stored(demo_path).options}[option_id] == "5"
    # The empty entry gives the option back its kind's default (stored as "", not null).
    _choose(qtbot, table, row, column, None)
    assert {o.id: o.exempt_paragraph for o in stored(demo_path).options}[option_id] == ""
    assert demo_window.errors == []  # type: ignore[attr-defined]

    session = demo_window.session
    assert session is not None
    info = session.store.info()
    assert session.set_part(info, dataclasses.replace(info, nation=Nation.SCOTLAND))
    QApplication.processEvents()
    assert [value for value, _ in field.pairs()] == [str(n) for n in range(1, 16)]


def test_a_listening_log_item_can_be_ticked_confidential(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    table = page.log
    index = table.view.model().index(0, _column(table, "confidential"))
    entry_id = table.model.record(table.view.proxy.mapToSource(index).row()).id
    assert not {e.id: e.confidential for e in stored(demo_path).listening_log}[entry_id]
    table.view.model().setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    QApplication.processEvents()
    assert {e.id: e.confidential for e in stored(demo_path).listening_log}[entry_id]


def _register(qtbot, window: MainWindow) -> EditableRecordTable:  # type: ignore[no-untyped-def]
    return open_stakeholders_stage(qtbot, window).register


def _risks(qtbot, window: MainWindow) -> EditableRecordTable:  # type: ignore[no-untyped-def]
    window.show_stage(2)
    page = window.current_page()
    assert isinstance(page, OptionsPage)
    page.show_tab(4)
    QApplication.processEvents()
    return page.risk_table


def _strategies(qtbot, window: MainWindow) -> EditableRecordTable:  # type: ignore[no-untyped-def]
    window.show_stage(0)
    page = window.current_page()
    assert isinstance(page, VisionPage)
    page.show_step(2)
    QApplication.processEvents()
    return page.strategy_table


# (the table as the officer reaches it, the records it edits, the paragraph picked)
TABLES = {
    "stakeholder register": (_register, "stakeholders", "2"),
    "risk register": (_risks, "risks", "5"),
    "strategies": (_strategies, "strategies", "3"),
}


def _paragraphs(path: Path, collection: str) -> dict[str, str]:
    return {r.id: r.exempt_paragraph for r in getattr(stored(path), collection)}


@pytest.mark.parametrize("name", list(TABLES))
def test_each_confidential_kind_names_its_paragraph_undoes_it_and_keeps_it(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path, name: str
) -> None:
    reach, collection, number = TABLES[name]
    table = reach(qtbot, demo_window)
    column = _column(table, "exempt_paragraph")
    field = table.model.fields[column]
    # The demo is English: Schedule 12A's paragraphs, blank first (the kind's default).
    assert [value for value, _ in field.pairs()] == ["1", "2", "3", "4", "5", "6", "7"]
    record_id = table.model.record(table.view.proxy.mapToSource(
        table.view.model().index(0, 0)).row()).id  # fmt: skip
    assert _paragraphs(demo_path, collection)[record_id] == ""

    _choose(qtbot, table, 0, column, number)
    assert _paragraphs(demo_path, collection)[record_id] == number
    demo_window.undo_action.trigger()
    QApplication.processEvents()
    assert _paragraphs(demo_path, collection)[record_id] == ""
    demo_window.redo_action.trigger()
    QApplication.processEvents()
    assert demo_window.errors == []  # type: ignore[attr-defined]

    # Closed and opened again, the cell shows the paragraph with what it covers.
    demo_window.close_workshop()
    assert demo_window.open_path(demo_path)
    table = reach(qtbot, demo_window)
    row = table.view.proxy.mapFromSource(table.model.index(table.model.row_for_id(record_id), 0))
    shown = table.view.model().index(row.row(), column).data()
    assert shown == dict(field.pairs())[number] and shown.startswith(f"{number}: ")

    # Wales has paragraphs 12-18: the list follows the workshop's nation.
    session = demo_window.session
    assert session is not None
    info = session.store.info()
    assert session.set_part(info, dataclasses.replace(info, nation=Nation.WALES))
    QApplication.processEvents()
    table = reach(qtbot, demo_window)
    assert [value for value, _ in field.pairs()] == [str(n) for n in range(12, 19)]


def test_a_pasted_row_with_a_paragraph_the_nation_lacks_is_refused_beside_the_table(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    table = _risks(qtbot, demo_window)
    before = stored(demo_path).risks
    cells = [""] * len(table.model.fields)
    cells[0] = "Supplier fails"
    cells[_column(table, "exempt_paragraph")] = "14"  # Wales's, not England's
    editable = [f for f in table.model.fields if not f.read_only]
    row = "\t".join(cells[i] for i, f in enumerate(table.model.fields) if f in editable)
    assert not table.paste(row)
    assert stored(demo_path).risks == before
    assert table.message.isVisible()
    assert "Exempt paragraph: '14' is not one of: 1: individual" in table.message.text()


def test_the_checklist_names_a_paragraph_a_change_of_nation_left_behind(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    table = _register(qtbot, demo_window)
    _choose(qtbot, table, 0, _column(table, "exempt_paragraph"), "2")
    named = next(s for s in stored(demo_path).stakeholders if s.exempt_paragraph == "2")
    session = demo_window.session
    assert session is not None
    info = session.store.info()
    assert session.set_part(info, dataclasses.replace(info, nation=Nation.WALES))
    demo_window.show_stage(3)
    page = demo_window.current_page()
    assert isinstance(page, BriefingPage)
    shown = [page.readiness.gaps.item(i).text() for i in range(page.readiness.gaps.count())]
    assert (
        f"Fix first · Stakeholders: Stakeholder '{named.name}' names exempt paragraph 2, "
        "which the law in Wales does not have: its paragraphs are 12, 13, 14, 15, 16, 17 "
        "and 18. Choose one of them, or leave it blank for the usual paragraph for a "
        "stakeholder."
    ) in shown
