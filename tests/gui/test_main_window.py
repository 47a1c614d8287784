"""The main window driven as a user would, checked against the workshop file on disk."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from smartdesk import paths
from smartdesk.domain.records import Relationship, Stakeholder
from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.options.page import OptionsPage
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.vision.page import VisionPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.interchange.demo import TEMPLATE_FOLDER
from smartdesk.store import WorkshopFile

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def stored_title(path: Path) -> str:
    with WorkshopFile.open(path, read_only=True) as store:
        return store.info().title


def test_window_shows_the_open_workshop(demo_window: MainWindow, demo_path: Path) -> None:
    assert demo_window.windowTitle() == f"{demo_path.stem} — SmartDesk"
    assert demo_window.file_label.text() == str(demo_path)
    page = demo_window.current_page()
    assert isinstance(page, VisionPage)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        data = store.load()
    assert page.outcomes.rowCount() == len(data.outcomes) > 0
    assert page.statement.text() == data.vision.statement


def test_ctrl_number_switches_stage(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    expected = [VisionPage, StakeholdersPage, OptionsPage, BriefingPage]
    for key, page_class in zip(
        [Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_1],
        expected[1:] + expected[:1],
        strict=True,
    ):
        qtbot.keyClick(demo_window, key, Qt.KeyboardModifier.ControlModifier)
        assert isinstance(demo_window.current_page(), page_class)
    options = demo_window.pages[2]
    assert isinstance(options, OptionsPage)
    assert options.options.rowCount() > 0 and options.scores.columnCount() > 1


def test_edit_title_then_undo_and_redo(qtbot, demo_window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = stored_title(demo_path)
    qtbot.keyClick(demo_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = demo_window.current_page()
    assert isinstance(page, BriefingPage)
    title = page.cover.fields["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Smart Streets for Afonbridge")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert stored_title(demo_path) == "Smart Streets for Afonbridge"
    assert demo_window.save_label.text() == "All changes saved"
    assert demo_window.undo_stack.count() == 1

    # Ctrl+Z in the field itself: its text is saved, so the workshop's undo gets the key.
    assert title.hasFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_title(demo_path) == original
    assert title.text() == original

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, redo)
    assert stored_title(demo_path) == "Smart Streets for Afonbridge"
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(demo_window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_title(demo_path) == "Smart Streets for Afonbridge"


def test_bad_meeting_date_is_refused_without_writing(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.pages[3]
    assert isinstance(page, BriefingPage)
    demo_window.show_stage(3)
    field = page.cover.fields["meeting_date"]
    before = field.text()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "next Tuesday")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == before
    assert demo_window.undo_stack.count() == 0
    assert "not a date" in demo_window.errors[-1]  # type: ignore[attr-defined]


def test_delete_stakeholder_and_undo_restores_links(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    with WorkshopFile.open(demo_path, read_only=True) as store:
        stakeholders = store.records(Stakeholder)
        relationships = store.records(Relationship)
    linked = [
        (row, s)
        for row, s in enumerate(stakeholders)
        if any(s.id in (r.from_id, r.to_id) for r in relationships)
    ]
    row, victim = linked[0]
    victim_links = [r for r in relationships if victim.id in (r.from_id, r.to_id)]

    qtbot.keyClick(demo_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = demo_window.current_page()
    assert isinstance(page, StakeholdersPage)
    table = page.table_for(page.stakeholders)
    table.setFocus()
    table.selectionModel().setCurrentIndex(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(table, Qt.Key.Key_Delete)

    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert store.get(Stakeholder, victim.id) is None
        assert not [r for r in store.records(Relationship) if r in victim_links]
    assert page.stakeholders.rowCount() == len(stakeholders) - 1
    assert page.relationships.rowCount() == len(relationships) - len(victim_links)

    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert store.records(Stakeholder) == stakeholders
        assert store.records(Relationship) == relationships
    assert page.stakeholders.record(row) == victim


def test_opening_a_text_file_keeps_the_current_workshop(
    demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Not a workshop at all.\n", encoding="utf-8")
    assert not demo_window.open_path(notes)
    errors = demo_window.errors  # type: ignore[attr-defined]
    assert len(errors) == 1 and errors[0]
    assert demo_window.session is not None
    assert Path(demo_window.session.store.path) == demo_path
    assert notes.read_text(encoding="utf-8") == "Not a workshop at all.\n"
    # The window still works: edits still reach the demo file.
    assert demo_window.pages[0].outcomes.rowCount() > 0  # type: ignore[attr-defined]


def test_open_recent_and_save_a_copy(window: MainWindow, demo_path: Path, tmp_path: Path) -> None:
    assert window.open_path(demo_path)
    copy = window.save_copy(tmp_path / "copy")
    assert copy == tmp_path / "copy.smartdesk"
    assert stored_title(copy) == stored_title(demo_path)
    assert window.open_path(copy)
    assert window.recent.paths()[:2] == [copy.resolve(), demo_path.resolve()]
    copy.unlink()
    assert window.recent.prune_missing() == [copy.resolve()]
    assert window.recent.paths() == [demo_path.resolve()]


def test_dropping_a_workshop_opens_it(window: MainWindow, demo_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_path))])
    centre = window.rect().center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # QDragEnterEvent takes a QPoint, QDropEvent a QPointF.
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, drop)
    assert window.session is not None
    assert Path(window.session.store.path) == demo_path


def test_read_only_file_refuses_edits(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(demo_path, read_only=True)
    assert window.save_label.text() == "Read-only"
    page = window.pages[1]
    assert isinstance(page, StakeholdersPage)
    window.show_stage(1)
    table = page.table_for(page.stakeholders)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.undo_stack.count() == 0
    assert window.errors  # type: ignore[attr-defined]
    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert len(store.records(Stakeholder)) == page.stakeholders.rowCount()


def test_find_focuses_the_stage_filter(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_stage(1)
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = demo_window.current_page()
    assert QApplication.focusWidget() is page.filter_box
    assert isinstance(page, StakeholdersPage)
    table = page.table_for(page.stakeholders)
    total = table.model().rowCount()
    qtbot.keyClicks(page.filter_box, "zzz-nobody")
    assert table.model().rowCount() == 0 < total


def test_presentation_mode_enlarges_stage_text(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    normal = demo_window.stack.font().pointSizeF()
    qtbot.keyClick(demo_window, Qt.Key.Key_F11)
    assert demo_window.presentation_action.isChecked()
    # The application's font reaches each widget through the event loop.
    qtbot.waitUntil(lambda: demo_window.stack.font().pointSizeF() > normal)
    heading = demo_window.current_page().heading
    assert heading.font().pointSizeF() > demo_window.stack.font().pointSizeF()
    qtbot.keyClick(demo_window, Qt.Key.Key_Escape)
    assert not demo_window.presentation_action.isChecked()
    qtbot.waitUntil(lambda: demo_window.stack.font().pointSizeF() == normal)


def test_closing_the_window_closes_the_file(demo_window: MainWindow, demo_path: Path) -> None:
    demo_window.close()
    assert demo_window.session is None
    # Closed cleanly: it opens for writing again at once.
    with WorkshopFile.open(demo_path) as store:
        assert store.info().title


def test_start_up_imports_no_chart_pdf_or_write_library(tmp_path: Path) -> None:
    # sqlite-utils is only needed to write: opening and showing a workshop goes without.
    # Nor does the first screen need the Vision tables (built when their step is shown)
    # or a new record id (uuid), nor the JSON reader (only the demo template's first
    # build reads the sample's JSON).
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from smartdesk.gui.launch import run_gui\n"
        "status = run_gui(None, demo=True, quit_after_show=True)\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] in "
        "('matplotlib', 'reportlab', 'sqlite_utils', 'numpy', 'uuid') "
        "or m in ('smartdesk.gui.common.editable_table', 'smartdesk.interchange.json_format')))\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(PROJECT_ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "HOME": str(tmp_path),
    }
    # The first start built the demo template (which needs sqlite-utils to write it);
    # the second copies it, as every later start does.
    first = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("0 ")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 []"
    # The demo copy lived in the cache folder and is gone again; only the template stays.
    left = list((tmp_path / "cache").rglob("*.smartdesk"))
    assert [path.parent.name for path in left] == [TEMPLATE_FOLDER]


def test_ctrl_w_closes_to_the_start_page(qtbot, demo_window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert demo_window.central.currentWidget() is not demo_window.start_page
    qtbot.keyClick(demo_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.session is None
    assert demo_window.central.currentWidget() is demo_window.start_page
    assert demo_window.windowTitle() == "SmartDesk"
    assert not demo_window.undo_action.isEnabled()


def test_throwaway_demo_copy_is_neither_backed_up_nor_remembered(
    window: MainWindow, demo_path: Path
) -> None:
    # `smartdesk --demo` opens a temporary copy that is deleted at exit.
    assert window.open_path(demo_path, throwaway=True)
    assert window.session is not None
    assert not list(paths.backups_dir().rglob("*"))
    assert window.recent.paths() == []
    window.close_workshop()
    # An ordinary opening of the same file does both.
    assert window.open_path(demo_path)
    assert list(paths.backups_dir().rglob("*.smartdesk"))
    assert window.recent.paths() == [demo_path.resolve()]


def test_stages_are_built_when_a_workshop_needs_them(window: MainWindow, demo_path: Path) -> None:
    # No workshop: the start page shows, and no stage has been built behind it.
    assert window.central.currentWidget() is window.start_page
    assert not isinstance(window.stack.currentWidget(), VisionPage)
    window.show_stage(2)  # Ctrl+3 on the start page: nothing to build yet
    assert not isinstance(window.stack.currentWidget(), OptionsPage)
    assert window.open_path(demo_path)
    # The stage chosen is built and shows the workshop; the others wait.
    assert isinstance(window.current_page(), OptionsPage)
    assert window.current_page().session is window.session
    assert not isinstance(window.stack.widget(0), VisionPage)
    window.show_stage(0)
    assert isinstance(window.current_page(), VisionPage)


def test_paths_that_are_not_files_get_a_message(
    demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    loop = tmp_path / "loop.smartdesk"
    loop.symlink_to(loop)
    assert not demo_window.open_path(loop)
    assert "too many levels of symbolic links" in demo_window.errors[-1]  # type: ignore[attr-defined]
    assert demo_window.session is not None  # the open workshop stays open
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.smartdesk"
        os.mkfifo(pipe)
        assert demo_window.save_copy(pipe) is None
        assert "device, pipe or socket" in demo_window.errors[-1]  # type: ignore[attr-defined]
        assert stat.S_ISFIFO(pipe.lstat().st_mode)
