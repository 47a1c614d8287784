"""The generic editable table driven by keyboard and mouse, checked in the workshop file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from smartdesk.domain.enums import StakeholderCategory
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Outcome, Stakeholder, Strategy, WorkshopData
from smartdesk.gui.common.checklist_dialog import ChecklistDialog
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.common.fields import Field, parse_date
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.store import WorkshopFile
from tests.gui.conftest import stored, type_into_cell

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

STRATEGIES = (
    Strategy(id="s1", title="Local Plan", owner="Planning"),
    Strategy(id="s2", title="Net Zero 2030", owner="Climate"),
    Strategy(id="s3", title="Health and Wellbeing", owner="Public health"),
)


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[tuple[Path, WorkshopSession]]:
    path = tmp_path / "table.smartdesk"
    data = WorkshopData(
        strategies=STRATEGIES,
        outcomes=(Outcome(id="o1", title="Fewer potholes", strategy_ids=("s1",)),),
    )
    store = WorkshopFile.create(path, data)
    session = WorkshopSession(store, QUndoStack())
    yield path, session
    session.close()


def strategy_table(qtbot, session: WorkshopSession) -> EditableRecordTable:  # type: ignore[no-untyped-def]
    table = EditableRecordTable(
        session,
        Strategy,
        [
            Field("Strategy", "title"),
            Field("Owner", "owner"),
            Field("How it aligns", "alignment", "multiline"),
            Field("Confidential", "confidential", "bool"),
        ],
        "Strategies",
    )
    qtbot.addWidget(table)
    table.resize(900, 400)
    show(qtbot, table)
    return table


def outcome_table(qtbot, session: WorkshopSession) -> EditableRecordTable:  # type: ignore[no-untyped-def]
    def strategies() -> list[tuple[str, str]]:
        return [(s.id, s.title) for s in session.store.records(Strategy)]

    table = EditableRecordTable(
        session,
        Outcome,
        [
            Field("Outcome", "title"),
            Field("Baseline", "baseline", "float"),
            Field("Target", "target", "float"),
            Field("By", "target_date", "date"),
            Field("Serves", "strategy_ids", "ids", choices=strategies),
        ],
        "Outcomes",
    )
    qtbot.addWidget(table)
    show(qtbot, table)
    return table


def show(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)


def editor_of(table: EditableRecordTable) -> QWidget | None:
    """The editor open on the current cell (offscreen windows are never 'active')."""
    return table.view.indexWidget(table.view.currentIndex())


def press(qtbot, editor: QWidget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key in a cell editor; the delegate commits on Enter through a queued call."""
    qtbot.keyClick(editor, key)
    QApplication.processEvents()


def go_to(table: EditableRecordTable, row: int, column: int) -> None:
    index = table.view.model().index(row, column)
    table.view.setFocus()
    table.view.setCurrentIndex(index)


# -- parsing --------------------------------------------------------------------------------


def test_dates_money_and_numbers_parse_as_people_type_them() -> None:
    assert parse_date("12/03/2027") == date(2027, 3, 12)
    assert parse_date("2027-03-12") == date(2027, 3, 12)
    assert parse_date("  ") is None
    with pytest.raises(WorkshopError, match="not a date"):
        parse_date("31/02/2027")
    money = Field("Capital", "capital_cost", "money")
    assert money.parse("£1,200,000") == 1_200_000
    assert money.parse("1.2m") == 1_200_000
    assert money.parse("£250k") == 250_000
    assert money.parse("") is None
    assert money.edit_text(1_200_000.0) == "£1,200,000"
    with pytest.raises(WorkshopError, match="not an amount of money"):
        money.parse("lots")
    whole = Field("Level", "current", "int")
    assert whole.parse("3") == 3
    with pytest.raises(WorkshopError, match="whole number"):
        whole.parse("3.5")
    category = Field("Category", "category", "enum", choices=StakeholderCategory)
    assert category.parse("elected member") is StakeholderCategory.ELECTED_MEMBER
    assert category.parse("business") is StakeholderCategory.BUSINESS
    with pytest.raises(WorkshopError, match="not one of"):
        category.parse("alien")


# -- editing --------------------------------------------------------------------------------


def test_typing_in_a_cell_saves_one_undo_step(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = strategy_table(qtbot, session)
    type_into_cell(qtbot, table, 1, 1, "Climate team")
    assert stored(path).strategies[1].owner == "Climate team"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert stored(path).strategies[1].owner == "Climate"
    assert table.model.index(1, 1).data() == "Climate"
    session.undo_stack.redo()
    assert stored(path).strategies[1].owner == "Climate team"


def test_typing_starts_editing_at_once(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = strategy_table(qtbot, session)
    go_to(table, 0, 0)
    qtbot.keyClicks(table.view, "L")
    editor = editor_of(table)
    assert isinstance(editor, QLineEdit) and editor.text() == "L"
    qtbot.keyClicks(editor, "ocal Plan 2040")
    press(qtbot, editor, Qt.Key.Key_Return)
    assert stored(path).strategies[0].title == "Local Plan 2040"


def test_bad_date_is_refused_beside_the_table_and_not_saved(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    failures: list[str] = []
    session.failed.connect(failures.append)
    table = outcome_table(qtbot, session)
    type_into_cell(qtbot, table, 0, 3, "31/02/2027")
    assert stored(path).outcomes[0].target_date is None
    assert session.undo_stack.count() == 0
    assert table.message.isVisible() and "not a date" in table.message.text()
    assert failures and "not a date" in failures[0]
    assert "not a date" in table.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    type_into_cell(qtbot, table, 0, 3, "31/03/2027")
    assert stored(path).outcomes[0].target_date == date(2027, 3, 31)
    assert not table.message.isVisible()
    assert table.model.index(0, 3).data() == "31/03/2027"


def test_space_ticks_a_check_box(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = strategy_table(qtbot, session)
    go_to(table, 2, 3)
    qtbot.keyClick(table.view, Qt.Key.Key_Space)
    assert stored(path).strategies[2].confidential is True
    qtbot.keyClick(table.view, Qt.Key.Key_Space)
    assert stored(path).strategies[2].confidential is False
    assert session.undo_stack.count() == 2


def test_choice_column_edits_with_a_combo_box(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "people.smartdesk"
    store = WorkshopFile.create(
        path, WorkshopData(stakeholders=(Stakeholder(id="p1", name="Ann"),))
    )
    session = WorkshopSession(store, QUndoStack())
    try:
        table = EditableRecordTable(
            session,
            Stakeholder,
            [
                Field("Name", "name"),
                Field("Category", "category", "enum", choices=StakeholderCategory),
                Field("Power", "power", "float"),
            ],
            "Stakeholders",
        )
        qtbot.addWidget(table)
        show(qtbot, table)
        go_to(table, 0, 1)
        qtbot.keyClick(table.view, Qt.Key.Key_F2)
        combo = editor_of(table)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText("Business"))
        press(qtbot, combo, Qt.Key.Key_Return)
        assert stored(path).stakeholders[0].category is StakeholderCategory.BUSINESS
        # A domain rule (power 0-10) refuses the edit with the domain's own message.
        type_into_cell(qtbot, table, 0, 2, "11")
        assert stored(path).stakeholders[0].power is None
        assert "between 0 and 10" in table.message.text()
    finally:
        session.close()


def test_ctrl_n_adds_after_the_current_row_and_opens_the_first_cell(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = strategy_table(qtbot, session)
    go_to(table, 0, 0)
    qtbot.keyClick(table.view, Qt.Key.Key_N, CTRL)
    editor = editor_of(table)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Economic Growth")
    press(qtbot, editor, Qt.Key.Key_Return)
    titles = [s.title for s in stored(path).strategies]
    assert titles == ["Local Plan", "Economic Growth", "Net Zero 2030", "Health and Wellbeing"]
    # Insert adds too.
    go_to(table, 3, 1)
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    escape_editor = editor_of(table)
    assert escape_editor is not None
    press(qtbot, escape_editor, Qt.Key.Key_Escape)
    assert len(stored(path).strategies) == 5
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [s.title for s in stored(path).strategies] == [s.title for s in STRATEGIES]


def test_delete_several_rows_is_one_undo_step(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = strategy_table(qtbot, session)
    table.select_ids(["s1", "s3"])
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    data = stored(path)
    assert [s.id for s in data.strategies] == ["s2"]
    assert data.outcomes[0].strategy_ids == ()  # the link went with the strategy
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    data = stored(path)
    assert [s.id for s in data.strategies] == ["s1", "s2", "s3"]
    assert data.outcomes[0].strategy_ids == ("s1",)


def test_ctrl_shift_arrows_move_rows(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = strategy_table(qtbot, session)
    go_to(table, 0, 0)
    table.select_ids(["s1"])
    qtbot.keyClick(table.view, Qt.Key.Key_Down, CTRL_SHIFT)
    qtbot.keyClick(table.view, Qt.Key.Key_Down, CTRL_SHIFT)
    assert [s.id for s in stored(path).strategies] == ["s2", "s3", "s1"]
    assert table.selected_ids() == ["s1"]
    qtbot.keyClick(table.view, Qt.Key.Key_Up, CTRL_SHIFT)
    assert [s.id for s in stored(path).strategies] == ["s2", "s1", "s3"]
    assert session.undo_stack.count() == 3
    for _ in range(3):
        session.undo_stack.undo()
    assert [s.id for s in stored(path).strategies] == ["s1", "s2", "s3"]


def test_paste_rows_from_a_spreadsheet(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = outcome_table(qtbot, session)
    go_to(table, 0, 0)
    QGuiApplication.clipboard().setText(
        "Cleaner air\t40\t25\t31/03/2030\tNet Zero 2030; Health and Wellbeing\r\n"
        "More footfall\t1,200\t1500\t2028-06-30\t\r\n"
    )
    qtbot.keyClick(table.view, Qt.Key.Key_V, CTRL)
    outcomes = stored(path).outcomes
    assert [o.title for o in outcomes] == ["Fewer potholes", "Cleaner air", "More footfall"]
    assert outcomes[1].strategy_ids == ("s2", "s3")
    assert outcomes[1].target_date == date(2030, 3, 31)
    assert outcomes[2].baseline == 1200
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert len(stored(path).outcomes) == 1


def test_a_bad_row_refuses_the_whole_paste(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = outcome_table(qtbot, session)
    table.view.setFocus()
    QGuiApplication.clipboard().setText("Good\t1\t2\t\t\nBad\t1\t2\tsoon\t\n")
    qtbot.keyClick(table.view, Qt.Key.Key_V, CTRL)
    assert len(stored(path).outcomes) == 1
    assert table.message.text().startswith("Row 2:")
    assert session.undo_stack.count() == 0


def test_links_are_picked_from_a_tick_list(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = outcome_table(qtbot, session)

    def tick_third_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChecklistDialog)
        dialog.list.setCurrentRow(2)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    QTimer.singleShot(0, tick_third_and_accept)
    go_to(table, 0, 4)
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    assert stored(path).outcomes[0].strategy_ids == ("s1", "s3")
    assert table.model.index(0, 4).data() == "Local Plan; Health and Wellbeing"


def test_sort_filter_and_cross_selection(qtbot, workshop) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    table = strategy_table(qtbot, session)
    header = table.view.horizontalHeader()
    click = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    titles = [table.view.model().index(row, 0).data() for row in range(3)]
    assert titles in (sorted(titles), sorted(titles, reverse=True))
    assert titles != [s.title for s in STRATEGIES]
    assert table.row_for_id("s3") == titles.index("Health and Wellbeing")
    table.set_filter("zero")
    assert table.view.model().rowCount() == 1
    assert table.row_for_id("s1") == -1
    table.set_filter("")
    seen: list[list[str]] = []
    table.selection_changed.connect(seen.append)
    table.select_ids(["s2"])
    assert table.selected_ids() == ["s2"] and seen[-1] == ["s2"]
    assert stored(path).strategies[0].title == "Local Plan"  # sorting never reorders the file


def test_read_only_file_cannot_be_edited(qtbot, workshop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, session = workshop
    session.close()
    store = WorkshopFile.open(path, read_only=True)
    read_only = WorkshopSession(store, QUndoStack())
    try:
        table = strategy_table(qtbot, read_only)
        assert not table.add_button.isEnabled()
        assert not table.model.flags(table.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
        table.view.setFocus()
        table.view.selectionModel().setCurrentIndex(
            table.view.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        qtbot.keyClick(table.view, Qt.Key.Key_Delete)
        assert len(stored(path).strategies) == 3
    finally:
        read_only.close()
