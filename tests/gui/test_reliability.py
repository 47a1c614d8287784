"""The window under hostile conditions: locks, read-only places, disk faults, backups, scrub."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QInputDialog

from smartdesk.domain.records import Stakeholder, Vision, WorkshopData
from smartdesk.gui.window.lock_dialog import LockChoice
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.gui.window.restore_backup import backup_label, list_backups
from smartdesk.interchange.demo import create_demo_copy
from smartdesk.store import WorkshopFile, read_lock
from smartdesk.store.faults import simulate_full_disk
from smartdesk.store.lock import lock_path


def foreign_lock(path: Path) -> None:
    lock_path(path).write_text(
        json.dumps({"user": "sam", "machine": "OTHER-PC", "pid": 9, "time": "2025-01-01T09:00:00"})
    )


def test_locked_elsewhere_opens_read_only_with_a_banner(
    window: MainWindow, demo_path: Path
) -> None:
    foreign_lock(demo_path)
    asked: list[str] = []
    window.file_guard.lock_chooser = lambda name, lock: (
        asked.append(lock.machine) or LockChoice.READ_ONLY
    )
    assert window.open_path(demo_path)
    assert asked == ["OTHER-PC"]
    assert window.session is not None and window.session.read_only
    assert "sam on OTHER-PC" in window.file_guard.banner().label.text()
    window.close_workshop()
    assert read_lock(demo_path) is not None and read_lock(demo_path).machine == "OTHER-PC"  # type: ignore[union-attr]


def test_take_over_and_edit_a_copy(window: MainWindow, demo_path: Path, tmp_path: Path) -> None:
    foreign_lock(demo_path)
    window.file_guard.lock_chooser = lambda name, lock: LockChoice.COPY
    window.file_guard.copy_destination = lambda path: tmp_path / "mine"
    assert window.open_path(demo_path)
    assert window.session is not None and not window.session.read_only
    assert Path(window.session.store.path) == tmp_path / "mine.smartdesk"
    window.file_guard.lock_chooser = lambda name, lock: LockChoice.TAKE_OVER
    assert window.open_path(demo_path)
    assert not window.session.read_only
    assert read_lock(demo_path).machine != "OTHER-PC"  # type: ignore[union-attr]
    window.file_guard.lock_chooser = lambda name, lock: LockChoice.CANCEL
    foreign_lock(tmp_path / "mine.smartdesk")
    assert not window.open_path(tmp_path / "mine.smartdesk")


def test_read_only_file_opens_read_only(window: MainWindow, demo_path: Path) -> None:
    demo_path.chmod(0o444)
    assert window.open_path(demo_path)
    assert window.session is not None and window.session.read_only
    assert "read-only" in window.file_guard.banner().label.text()


def test_full_disk_edit_is_not_saved_nor_undoable(window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    session = window.session
    assert session is not None
    store = session.store
    simulate_full_disk(store)
    old = store.vision()
    # Within the rules (100,000 characters at most), but more than the full disk holds.
    huge = Vision(problem="p" * 90_000)
    assert not session.set_part(old, huge)
    assert window.undo_stack.count() == 0
    assert "NOT saved" in window.file_guard.banner().label.text()
    assert session.read_only  # switched
    assert window.errors  # type: ignore[attr-defined]
    window.close_workshop()
    with WorkshopFile.open(demo_path, read_only=True) as reopened:
        assert reopened.vision() == old


def test_vanished_file_is_noticed(window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    demo_path.unlink()
    window.file_guard.check_now()
    assert "moved, renamed or deleted" in window.file_guard.banner().label.text()
    assert window.session is not None and window.session.read_only


def test_restore_from_backup_makes_a_new_copy(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    assert window.open_path(demo_path)  # opening made a backup
    (backup,) = list_backups(window.session.store.instance_id)  # type: ignore[union-attr]
    assert "when opened" in backup_label(backup)
    before = demo_path.read_bytes()
    target = tmp_path / "restored.smartdesk"
    assert window.file_guard.restore_backup(backup, target)
    assert Path(window.session.store.path) == target  # type: ignore[union-attr]
    # The restored file is a file of its own: its backups are not the original's.
    with WorkshopFile.open(demo_path, read_only=True) as original:
        assert window.session.store.instance_id != original.instance_id  # type: ignore[union-attr]
    assert demo_path.read_bytes() == before
    assert not window.file_guard.restore_backup(backup, target)  # never overwrites
    assert window.errors and "already exists" in window.errors[-1]  # type: ignore[attr-defined]


def _items_offered(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """Choose File ▸ Restore from Backup, read the backups offered, and cancel."""
    offered: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if not shown:
            QTimer.singleShot(10, answer)
            return
        offered.extend(shown[0].comboBoxItems())
        shown[0].reject()

    QTimer.singleShot(0, answer)
    window.file_guard.restore_action.trigger()
    return offered


def test_restore_from_backup_offers_only_this_files_backups(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    # Another copy of the same demo, with the same name, in another folder.
    (tmp_path / "other").mkdir()
    twin = create_demo_copy(tmp_path / "other")
    assert twin.name == demo_path.name
    for path in (twin, twin, demo_path):
        assert window.open_path(path)  # each opening makes a backup
    offered = _items_offered(qtbot, window)
    assert len(offered) == 1 and offered[0].startswith(f"{demo_path.stem} — ")
    assert window.open_path(twin)
    assert len(_items_offered(qtbot, window)) == 3
    # A file never backed up has none to offer, rather than every other file's.
    fresh = tmp_path / "fresh.smartdesk"
    assert window.create_workshop(fresh)
    assert _items_offered(qtbot, window) == []
    assert window.errors[-1] == "There are no backups of this workshop file yet."  # type: ignore[attr-defined]


def test_save_a_copy_is_a_file_of_its_own(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    assert window.open_path(demo_path) and window.session is not None
    original = window.session.store.instance_id
    copy = window.save_copy(tmp_path / "copy")
    assert copy is not None and window.open_path(copy)
    made = window.session.store.instance_id
    assert made not in (None, original)
    assert len(list_backups(original)) == 1 and len(list_backups(made)) == 1


def test_remove_personal_data_from_the_window(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "people.smartdesk"
    email = "private.person@example.org"
    WorkshopFile.create(
        path, WorkshopData(stakeholders=(Stakeholder("s1", "P", email=email),))
    ).close()
    assert window.open_path(path)
    assert window.file_guard.scrub_action.isEnabled()
    assert window.file_guard.remove_personal_data()
    assert window.undo_stack.count() == 0
    raw = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert email.encode() not in raw


HOSTILE = (
    "<b>bold</b> & 'quotes' \"double\" 😀 مرحبا עברית \u202e reversed \x00 nul \x07 bell "
    + "long " * 2000
)


def test_hostile_text_in_every_table(window: MainWindow, tmp_path: Path) -> None:
    from smartdesk.interchange.json_format import read_workshop_json
    from smartdesk.paths import resource

    demo = read_workshop_json(resource("demo", "demo.json"))

    def spoil(record: object) -> object:
        changes = {
            f.name: HOSTILE
            for f in dataclasses.fields(record)  # type: ignore[arg-type]
            if f.type in ("str", str) and f.name not in {"id"} and not f.name.endswith("_id")
        }
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]

    spoiled = dataclasses.replace(
        demo,
        workshop=spoil(demo.workshop),
        vision=spoil(demo.vision),
        stakeholders=tuple(spoil(s) for s in demo.stakeholders),
        options=tuple(spoil(o) for o in demo.options),
        risks=tuple(spoil(r) for r in demo.risks),
    )
    path = tmp_path / "hostile.smartdesk"
    WorkshopFile.create(path, spoiled).close()
    with WorkshopFile.open(path, read_only=True) as store:
        assert store.load() == spoiled  # the file keeps every character
    assert window.open_path(path)
    for number in range(len(window.pages)):
        window.show_stage(number)
        window.grab()
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            root = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(min(model.rowCount(root), 20)):
                for column in range(columns):
                    model.data(model.index(row, column, root))
    assert window.session is not None
