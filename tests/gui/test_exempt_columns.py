"""The exempt paragraph of an option and a confidential listening-log item, set in the
tables as the officer would and checked in the workshop file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from smartdesk.domain.enums import Nation
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.options.page import OptionsPage
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
