"""File ▸ Save Breakout Copy and File ▸ Merge Breakout Files, driven as a facilitator would:
the copy, the preview, the merge as one undo step, undo, redo and reopening the file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smartdesk.domain.records import Criterion, Option, Score, Stakeholder, new_id
from smartdesk.gui.merge.dialog import MergePreviewDialog
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile
from tests.gui.conftest import stored


def _preview(qtbot: QtBot, window: MainWindow, *paths: Path) -> MergePreviewDialog:
    breakouts = window.breakouts
    breakouts.dialog = None
    with qtbot.waitSignal(breakouts.signals.finished, timeout=30000):
        breakouts.preview(list(paths))
    dialog = breakouts.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _breakout_with_edits(window: MainWindow, tmp_path: Path) -> Path:
    """A breakout copy in which the table added a stakeholder and an option with a
    score, and changed the first option's notes."""
    copy = window.breakouts.save_copy(tmp_path / "table 2")
    assert copy is not None
    with WorkshopFile.open(copy) as table:
        first = table.records(Option)[0]
        table.update(dataclasses.replace(first, notes="Table 2 says: cheaper than it looks"))
        table.add(Stakeholder(id=new_id(), name="Harbour traders' association"))
        option = Option(id=new_id(), name="Community energy co-op")
        table.add(option)
        table.add(Score(option.id, table.records(Criterion)[0].id, 4))
    return copy


def test_a_breakout_copy_is_its_own_file_with_the_same_workshop_and_merges_back_identical(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    window = demo_window
    assert window.breakouts.save_action.isEnabled()
    copy = window.breakouts.save_copy(tmp_path / "table 1")
    assert copy == tmp_path / "table 1.smartdesk"
    assert stored(copy) == stored(demo_path)  # same workshop id, same record ids
    with WorkshopFile.open(copy) as table:
        copy_instance = table.instance_id
    assert copy_instance != window.session.store.instance_id  # type: ignore[union-attr]
    # The open file itself is refused.
    assert window.breakouts.save_copy(demo_path) is None
    assert "open workshop itself" in window.errors[-1]  # type: ignore[attr-defined]

    dialog = _preview(qtbot, window, copy)
    result = dialog.chosen.result
    assert (result.added, result.kept, result.taken, result.missing) == ([], [], [], [])
    assert result.left[str(copy)] > 100
    assert not dialog.choice.isVisible()  # nothing differs: no choice to make
    before = stored(demo_path)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert stored(demo_path) == before
    assert window.undo_stack.count() == 0  # nothing merged, nothing to undo


def test_merge_preview_then_one_undo_step_undone_redone_and_reopened(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    window = demo_window
    copy = _breakout_with_edits(window, tmp_path)
    before = stored(demo_path)

    dialog = _preview(qtbot, window, copy)
    assert stored(demo_path) == before  # a preview writes nothing
    assert dialog.choice.isVisible()
    assert [entry.fields for entry in dialog.chosen.result.kept] == [("notes",)]
    added = [f"{entry.kind} {entry.name}" for entry in dialog.chosen.result.added]
    assert added == [
        "stakeholder 'Harbour traders' association'",
        "option 'Community energy co-op'",
        "score 'Community energy co-op' on 'Strategic fit'",
    ]
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.prefer == "source"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    merged = stored(demo_path)
    assert merged.stakeholders[-1].name == "Harbour traders' association"  # after the target's
    assert merged.options[-1].name == "Community energy co-op"
    assert merged.options[0].notes == "Table 2 says: cheaper than it looks"
    assert merged.scores[-1].score == 4
    assert merged == dataclasses.replace(stored(copy), workshop=merged.workshop)
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    assert stored(demo_path) == before
    window.undo_stack.redo()
    assert stored(demo_path) == merged

    window.close_workshop()
    assert window.open_path(demo_path)
    assert window.session is not None
    assert window.session.store.load() == merged
    assert window.errors == []  # type: ignore[attr-defined]


def test_a_merge_that_would_break_a_rule_cannot_be_applied(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    window = demo_window
    copy = window.breakouts.save_copy(tmp_path / "table 3")
    assert copy is not None
    with WorkshopFile.open(copy) as table:
        options = table.records(Option)
        do_minimum = next(option for option in options if option.do_minimum)
        other = next(o for o in options if o.shortlisted and not o.do_minimum and not o.bau)
        table.update(dataclasses.replace(do_minimum, do_minimum=False))
        table.update(dataclasses.replace(other, do_minimum=True))
    # Keeping this workshop's options, and taking the breakout's, are both sound; a
    # second breakout that adds a do-minimum option of its own is not.
    second = window.breakouts.save_copy(tmp_path / "table 4")
    assert second is not None
    with WorkshopFile.open(second) as table:
        table.add(Option(id=new_id(), name="Do the least", shortlisted=True, do_minimum=True))
    before = stored(demo_path)

    dialog = _preview(qtbot, window, copy, second)
    assert not dialog.merge_button.isEnabled()
    assert "do-minimum" in dialog.broken_rule.text()
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert not dialog.merge_button.isEnabled()
    dialog.reject()
    assert stored(demo_path) == before
