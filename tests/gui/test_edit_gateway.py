"""Every edit goes through the session's gateway: the domain's rules first, a refusal told
to the user, undo texts that say what changes, and a failed undo never kept quiet."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import smartdesk.gui
from smartdesk.domain.enums import EngagementLevel
from smartdesk.domain.records import Criterion, Option, Stakeholder
from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.options.page import OptionsPage
from smartdesk.gui.stakeholders.grid_items import grid_values
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile

GUI = Path(smartdesk.gui.__file__).parent
# Only these modules may build undo commands or push them onto the undo stack.
GATEWAY = {GUI / "editing" / name for name in ("session.py", "commands.py", "row_undo.py")}
COMMAND_MODULES = {"smartdesk.gui.editing.commands", "smartdesk.gui.editing.row_undo"}
COMMANDS = {
    "StoreCommand",
    "AddRecordCommand",
    "AddManyCommand",
    "UpdateRecordCommand",
    "MergingUpdateCommand",
    "DeleteRecordCommand",
    "MoveRecordsCommand",
    "GroupCommand",
    "MergeCommand",
    "SetSingletonCommand",
    "NewRowCommand",
    "CellEditCommand",
}


def errors_of(window: MainWindow) -> list[str]:
    return window.errors  # type: ignore[attr-defined, no-any-return]


def open_store(path: Path) -> WorkshopFile:
    return WorkshopFile.open(path, read_only=True)


def scoring_page(window: MainWindow) -> OptionsPage:
    window.show_stage(2)
    page = window.current_page()
    assert isinstance(page, OptionsPage)
    page.show_tab(1)
    QApplication.processEvents()
    return page


def score_new_column(qtbot: QtBot, window: MainWindow) -> tuple[Option, Criterion]:
    """Add criterion Cost (blank cells), then type 3 in the first option's Cost cell."""
    session = window.session
    assert session is not None
    criterion = Criterion(id="cr-cost", name="Cost", weight=10.0)
    assert session.add(criterion)
    view = scoring_page(window).scoring.view
    model = view.model()
    column = model.columnCount() - 1
    view.setFocus()
    view.setCurrentIndex(model.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_3)
    option = scoring_page(window).scoring.model.option(0)
    return option, criterion


def test_undoing_a_first_score_blanks_the_cell_and_redo_brings_it_back(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    option, criterion = score_new_column(qtbot, demo_window)
    assert demo_window.undo_stack.undoText() == f"Score {option.name} on Cost: 3"
    model = scoring_page(demo_window).scoring.model
    cell = (0, model.columnCount() - 1)

    demo_window.undo_action.trigger()
    with open_store(demo_path) as store:
        assert store.score(option.id, criterion.id) is None
    assert model.score(*cell) is None
    assert model.data(model.index(*cell)) == "·"  # shown as not scored

    demo_window.redo_action.trigger()
    with open_store(demo_path) as store:
        kept = store.score(option.id, criterion.id)
    assert kept is not None and kept.score == 3
    assert model.data(model.index(*cell)) == "3"
    assert errors_of(demo_window) == []
    assert demo_window.undo_stack.count() == 2  # the criterion and the score


def test_an_undo_the_file_refuses_is_told_and_leaves_the_list(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    session = demo_window.session
    assert session is not None
    people = session.store.records(Stakeholder)
    person = people[0]
    assert session.update(person, replace(person, role="Chair"))
    steps = demo_window.undo_stack.count()
    # Something outside the undo list takes the record away (as a scrub of personal
    # data would): undoing the edit can no longer be done.
    session.store.delete(Stakeholder, person.id)

    demo_window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(errors_of(demo_window)))
    (message,) = errors_of(demo_window)
    assert message.startswith(f"Could not undo “Set role of {person.name} to Chair”")
    assert "The file keeps the change" in message
    assert demo_window.undo_stack.count() == steps - 1  # the step is not offered again
    with open_store(demo_path) as store:
        assert store.get(Stakeholder, person.id) is None


def test_undo_texts_say_what_changes(demo_window: MainWindow) -> None:
    session = demo_window.session
    assert session is not None
    criterion = session.store.records(Criterion)[0]
    assert session.update(criterion, replace(criterion, weight=20.0))
    assert demo_window.undo_stack.undoText() == f"Set weight of {criterion.name} to 20"
    kay = Stakeholder(id="st-kay", name="Kay Boardman")
    assert session.add(kay)
    assert demo_window.undo_stack.undoText() == "Add stakeholder Kay Boardman"
    assert session.delete(Stakeholder, [kay.id])
    assert demo_window.undo_stack.undoText() == "Delete stakeholder Kay Boardman"


def test_a_table_cell_step_is_named_by_its_column_and_the_value_it_shows(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    # The column as the table heads it ("Engaged now", not engagement_current), the
    # value as the cell shows it (a choice's label, not its stored code).
    qtbot.keyClick(demo_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = demo_window.current_page()
    assert isinstance(page, StakeholdersPage)
    model = page.register.model
    column = next(c for c, f in enumerate(model.fields) if f.name == "engagement_current")
    person = model.record(0)
    level = next(e for e in EngagementLevel if e != person.engagement_current)
    assert model.set_value(0, column, level)
    assert demo_window.undo_stack.undoText() == f"Set engaged now of {person.name} to {level.label}"


def test_a_cell_typed_into_a_new_row_is_checked_before_it_joins_the_add(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    # Cells typed into the row just added join its "Add" step, but each is checked by
    # the domain's rules before it is written: power 11 is refused, never stored.
    qtbot.keyClick(demo_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = demo_window.current_page()
    assert isinstance(page, StakeholdersPage)
    view = page.register.view
    stack = demo_window.undo_stack
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    for text in ("Kay Boardman", "", "", ""):  # name; organisation, role, category left
        editor = view.indexWidget(view.currentIndex())
        assert editor is not None
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        QApplication.processEvents()  # a cell editor commits through a queued call
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, "11")  # power
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()

    (message,) = errors_of(demo_window)
    assert "power" in message.lower() and "11" in message
    with open_store(demo_path) as store:
        (kay,) = [s for s in store.records(Stakeholder) if s.name == "Kay Boardman"]
    assert kay.power is None
    assert stack.count() == 1
    assert stack.undoText() == "Add stakeholder Kay Boardman"
    stack.undo()
    with open_store(demo_path) as store:
        assert store.get(Stakeholder, kay.id) is None


def test_cover_form_refuses_a_5000_character_title_with_the_rule(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    demo_window.show_stage(3)
    page = demo_window.current_page()
    assert isinstance(page, BriefingPage)
    with open_store(demo_path) as store:
        title = store.info().title
    steps = demo_window.undo_stack.count()
    field = page.cover.fields["title"]
    field.setFocus()
    field.setText("T" * 5000)
    qtbot.keyClick(field, Qt.Key.Key_Return)

    (message,) = errors_of(demo_window)
    assert message.startswith("Workshop 'TTTT")
    assert message.endswith(": title is 5,000 characters long; it can be at most 1,000")
    assert demo_window.undo_stack.count() == steps
    with open_store(demo_path) as store:
        assert store.info().title == title
    assert field.text() == "T" * 5000  # kept to be shortened, not thrown away


def test_a_card_nudged_past_the_edge_is_refused_by_the_rule_and_goes_back(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    session = demo_window.session
    assert session is not None
    person = session.store.records(Stakeholder)[0]
    assert session.update(person, replace(person, interest=9.8))
    demo_window.show_stage(1)
    page = demo_window.current_page()
    assert isinstance(page, StakeholdersPage)
    QApplication.processEvents()
    steps = demo_window.undo_stack.count()

    page.grid.select_ids([person.id])
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)  # 9.8 + 0.5

    assert errors_of(demo_window) == [
        f"Stakeholder '{person.name}': interest must be between 0 and 10, got 10.3"
    ]
    assert demo_window.undo_stack.count() == steps
    with open_store(demo_path) as store:
        kept = store.get(Stakeholder, person.id)
    assert kept is not None and kept.interest == 9.8
    assert grid_values(page.grid.cards[person.id].pos())[1] == 9.8


def _calls_push(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"push", "_push", "beginMacro"}
    )


def _builds_command(node: ast.AST) -> bool:
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        return name in COMMANDS
    if isinstance(node, ast.ClassDef):
        return any(
            getattr(base, "id", getattr(base, "attr", "")) in COMMANDS for base in node.bases
        )
    if isinstance(node, ast.ImportFrom):
        return node.module in COMMAND_MODULES and any(
            alias.name in COMMANDS for alias in node.names
        )
    return False


def _reaches_score_encoding(node: ast.AST) -> bool:
    names = {"score_id", "key_of"}
    if isinstance(node, ast.ImportFrom):
        return (node.module or "").startswith("smartdesk.store") and any(
            alias.name in names for alias in node.names
        )
    return isinstance(node, ast.Attribute) and node.attr == "score_id"


def test_no_widget_makes_or_pushes_undo_commands_but_through_the_session() -> None:
    offences = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(GUI)}:{getattr(node, 'lineno', '?')}"
            if path not in GATEWAY and (_calls_push(node) or _builds_command(node)):
                offences.append(f"{where} edits without the session's gateway")
            if _reaches_score_encoding(node):
                offences.append(f"{where} uses the store's encoding of a score's key")
    assert offences == []


def test_a_step_of_several_parts_is_all_or_nothing(tmp_path: Path) -> None:
    # The second part is refused by the file (the same id twice): the first is taken back.
    from smartdesk.domain.errors import WorkshopError
    from smartdesk.gui.editing.commands import AddRecordCommand, GroupCommand

    kay = Stakeholder(id="st-kay", name="Kay Boardman")
    with WorkshopFile.create(tmp_path / "parts.smartdesk") as store:
        step = GroupCommand(
            store, "Paste 2 stakeholder records", [AddRecordCommand(store, kay)] * 2
        )
        with pytest.raises(WorkshopError, match="same id"):
            step.apply()
        assert store.records(Stakeholder) == []
