"""File ▸ Import Stakeholders on a register that already has some of the rows.

The real preview dialog, opened by the real import on a real CSV file, marks the
rows already in the register; they are skipped unless the user ticks "anyway".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from smartdesk.domain.records import Stakeholder
from smartdesk.gui.stakeholders.import_dialog import ImportPreviewDialog
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile

SKIPPED = "Already in the register — will be skipped"


def open_stage(qtbot, window: MainWindow) -> StakeholdersPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, StakeholdersPage)
    return page


def names(path: Path) -> list[str]:
    with WorkshopFile.open(path, read_only=True) as store:
        return [s.name for s in store.records(Stakeholder)]


def sheet(tmp_path: Path) -> Path:
    # Row 2 is in the demo register (other case and spacing); row 4 repeats row 3;
    # row 5 shares a name with the register at another organisation, so it is new.
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Organisation,Role\n"
        "  sarah  OKAFOR ,afonbridge borough council,Director\n"
        "Nia Evans,Millfield Parish Council,Clerk\n"
        "nia evans,MILLFIELD PARISH COUNCIL ,Clerk\n"
        "Sarah Okafor,Eastgate BID,Chair\n",
        encoding="utf-8",
    )
    return source


def run_dialog(
    page: StakeholdersPage, source: Path, act: Callable[[ImportPreviewDialog], None]
) -> bool:
    """Import ``source`` through the preview; ``act`` runs while the dialog is open."""

    def inside() -> None:
        try:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, ImportPreviewDialog)
            act(dialog)
        finally:
            still_open = QApplication.activeModalWidget()
            if still_open is not None:  # an assertion failed: close rather than hang
                still_open.close()

    QTimer.singleShot(0, inside)
    return page.import_file(source, confirm=True)


def markers(dialog: ImportPreviewDialog) -> list[str]:
    return [dialog.preview.item(r, 1).text() for r in range(dialog.preview.rowCount())]


def test_preview_marks_rows_already_there_and_skips_them(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    page = open_stage(qtbot, demo_window)
    before = names(demo_path)
    seen: dict[str, object] = {}

    def look_then_import(dialog: ImportPreviewDialog) -> None:
        seen["markers"] = markers(dialog)
        seen["header"] = dialog.preview.horizontalHeaderItem(1).text()
        seen["summary"] = dialog.summary.text()
        seen["button"] = dialog.import_button.text()
        seen["box"] = dialog.allow_duplicates.isVisible()
        seen["notes"] = dialog.notes.toPlainText()
        dialog.import_button.click()

    assert run_dialog(page, sheet(tmp_path), look_then_import)
    assert seen["header"] == "Already there?"
    assert seen["markers"] == [SKIPPED, "", "Repeats row 3 — will be skipped", ""]
    assert seen["summary"] == (
        "2 stakeholders will be added to the register; 2 rows already there "
        "(same name and organisation) will be skipped."
    )
    assert seen["button"] == "&Import 2 stakeholders"
    assert seen["box"] is True
    assert "Already there: row 2: 'sarah OKAFOR' (afonbridge borough council) is already" in str(
        seen["notes"]
    )
    assert names(demo_path) == [*before, "Nia Evans", "Sarah Okafor"]
    # One undo step takes the whole import back.
    assert demo_window.undo_stack.count() == 1
    demo_window.undo_stack.undo()
    assert names(demo_path) == before


def test_ticking_anyway_imports_the_rows_already_there(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    page = open_stage(qtbot, demo_window)
    before = names(demo_path)
    seen: dict[str, object] = {}

    def tick_then_import(dialog: ImportPreviewDialog) -> None:
        dialog.allow_duplicates.click()
        seen["markers"] = markers(dialog)
        seen["button"] = dialog.import_button.text()
        dialog.import_button.click()

    assert run_dialog(page, sheet(tmp_path), tick_then_import)
    assert seen["markers"] == [
        "Already in the register — will be imported anyway",
        "",
        "Repeats row 3 — will be imported anyway",
        "",
    ]
    assert seen["button"] == "&Import 4 stakeholders"
    assert len(names(demo_path)) == len(before) + 4
    assert demo_window.undo_stack.count() == 1


def test_a_sheet_wholly_in_the_register_imports_nothing(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    page = open_stage(qtbot, demo_window)
    source = tmp_path / "again.csv"
    source.write_text("Name,Organisation\nSarah Okafor,Afonbridge Borough Council\n")
    before = demo_path.read_bytes()
    seen: dict[str, object] = {}

    def look(dialog: ImportPreviewDialog) -> None:
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["markers"] = markers(dialog)
        dialog.allow_duplicates.click()
        seen["enabled anyway"] = dialog.import_button.isEnabled()
        dialog.reject()

    assert not run_dialog(page, source, look)
    assert seen == {"enabled": False, "markers": [SKIPPED], "enabled anyway": True}
    # Without the preview, the same import says why nothing was added.
    assert not page.import_file(source, confirm=False)
    assert "every row is already in the register" in demo_window.errors[-1]  # type: ignore[attr-defined]
    assert demo_path.read_bytes() == before
