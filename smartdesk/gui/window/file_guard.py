"""Keeps the open workshop safe in the window: locks, read-only places, disk faults.

- Opening: a workshop open elsewhere offers read-only, a copy or (when the holder may
  be gone) taking over; a read-only file or folder opens read-only with a banner.
- While open: a write the disk refuses (full, gone, read-only) shows a banner, turns
  the window read-only and offers Save a Copy; the failed edit never reaches the undo
  stack and the user is told it was not saved. A timer notices a file that vanished
  or a lock someone else took over.
- File menu: Restore from Backup… and Remove Personal Data….
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.window.banner import Banner
from smartdesk.gui.window.lock_dialog import LockChoice, ask_lock_choice, lock_message

if TYPE_CHECKING:
    from smartdesk.gui.window.main_window import MainWindow

CHECK_INTERVAL_MS = 5000


def banner(window: MainWindow) -> Banner:
    """The window's file banner, made on first use."""
    existing = window.findChild(Banner, "file_banner")
    if isinstance(existing, Banner):
        return existing
    made = Banner(window)
    window.addToolBar(made)
    return made


def open_store(
    window: MainWindow, path: Path, *, read_only: bool = False, backup: bool = True
) -> Any:
    """Open ``path`` as the GUI should; None if the user cancelled. Raises WorkshopError.

    ``backup=False`` skips the backup made on opening (for the throw-away demo copy).
    """
    from smartdesk.store import LockedError, NotWritableError, WorkshopFile

    window._pending_banner = ""  # type: ignore[attr-defined]
    try:
        return WorkshopFile.open(path, read_only=read_only, backup=backup)
    except NotWritableError as error:
        store = WorkshopFile.open(path, read_only=True)
        window._pending_banner = window.tr(  # type: ignore[attr-defined]
            "{reason}. Changes cannot be saved here: use File ▸ Save a Copy to keep working."
        ).format(reason=str(error).rstrip("."))
        return store
    except LockedError as locked:
        chooser = getattr(window, "lock_chooser", None)
        if chooser is not None:
            choice = chooser(path.name, locked.lock)
        elif window.interactive:
            choice = ask_lock_choice(window, path.name, locked.lock)
        else:
            choice = LockChoice.READ_ONLY
        if choice is LockChoice.TAKE_OVER:
            return WorkshopFile.open(path, override_lock=locked.lock)
        if choice is LockChoice.COPY:
            return _open_copy(window, path)
        if choice is LockChoice.READ_ONLY:
            store = WorkshopFile.open(path, read_only=True)
            window._pending_banner = window.tr(  # type: ignore[attr-defined]
                "Read-only: {who}"
            ).format(who=lock_message(path.name, locked.lock))
            return store
        return None


def _open_copy(window: MainWindow, path: Path) -> Any:
    from smartdesk.gui.window.restore_backup import restore_to
    from smartdesk.store import WorkshopFile

    chooser = getattr(window, "copy_destination", None)
    if chooser is not None:
        name = str(chooser(path))
    else:
        suggestion = str(path.with_name(f"{path.stem} copy.smartdesk"))
        name, _ = QFileDialog.getSaveFileName(
            window, window.tr("Edit a copy"), suggestion, "SmartDesk workshops (*.smartdesk)"
        )
    if not name:
        return None
    return WorkshopFile.open(restore_to(path, Path(name)))


def watch(window: MainWindow, store: Any) -> None:
    """Show any banner the opening left, and watch ``store`` for disk and share faults."""
    bar = banner(window)
    pending = getattr(window, "_pending_banner", "")
    window._pending_banner = ""  # type: ignore[attr-defined]
    if pending:
        bar.show_message(pending, {window.tr("Save a Copy…"): window.save_copy_dialog})
    else:
        bar.clear()
    if store.cleared_lock is not None if hasattr(store, "cleared_lock") else False:
        window.statusBar().showMessage(
            window.tr("Cleared a lock left by a SmartDesk that had stopped"), 8000
        )
    if store.read_only:
        return
    store.subscribe_faults(lambda failure: _fault(window, store, str(failure)))
    timer = QTimer(window.session)
    timer.setInterval(CHECK_INTERVAL_MS)
    timer.timeout.connect(lambda: check_now(window))
    timer.start()


def check_now(window: MainWindow) -> None:
    """Has the open file vanished, or has someone taken over its lock? (the timer's job)"""
    session = window.session
    if session is None or session.store.read_only:
        return
    store = session.store
    if not store.still_there():
        _fault(
            window,
            store,
            window.tr("{path} has been moved, renamed or deleted.").format(path=store.path),
        )
    elif not store.lock_still_ours():
        _fault(window, store, window.tr("Someone else has taken over editing this workshop."))


def _fault(window: MainWindow, store: Any, message: str) -> None:
    store.read_only = True  # nothing more is written to a file we cannot trust
    banner(window).show_message(
        window.tr(
            "{message} Any change you just made was NOT saved. The workshop is now "
            "read-only; save a copy elsewhere to keep working."
        ).format(message=message.rstrip(".") + "."),
        {window.tr("Save a Copy…"): window.save_copy_dialog},
    )
    window.save_label.setText(window.tr("Read-only: not saving"))


# -- File menu actions -------------------------------------------------------------------------


def install(window: MainWindow) -> None:
    """Add Restore from Backup… and Remove Personal Data… to the File menu."""
    restore = QAction(window.tr("Restore from &Backup…"), window)
    restore.triggered.connect(lambda: restore_dialog(window))
    scrub = QAction(window.tr("Remove &Personal Data…"), window)
    scrub.triggered.connect(lambda: remove_personal_data(window))
    window.restore_action = restore  # type: ignore[attr-defined]
    window.scrub_action = scrub  # type: ignore[attr-defined]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    file_menu.insertAction(window.save_copy_action, restore)
    file_menu.insertAction(window.save_copy_action, scrub)
    window.workshop_changed.connect(
        lambda: scrub.setEnabled(window.session is not None and not window.session.read_only)
    )
    scrub.setEnabled(False)


def restore_dialog(window: MainWindow) -> None:
    from smartdesk.gui.window.restore_backup import choose_backup, list_backups

    # With a workshop open, only its own backups: other copies of it have their own.
    session = window.session
    backups = list_backups(session.store.instance_id if session is not None else None)
    if not backups:
        if session is not None:
            window.show_error(window.tr("There are no backups of this workshop file yet."))
        else:
            window.show_error(window.tr("There are no backups yet."))
        return
    chosen = choose_backup(window, backups)
    if chosen is None:
        return
    suggestion = str(Path(window._start_folder()) / f"{chosen.stem} restored.smartdesk")
    name, _ = QFileDialog.getSaveFileName(
        window,
        window.tr("Save the restored workshop as"),
        suggestion,
        "SmartDesk workshops (*.smartdesk)",
    )
    if name:
        restore_backup(window, chosen, Path(name))


def restore_backup(window: MainWindow, backup: Path, destination: Path) -> bool:
    """Restore ``backup`` as the new file ``destination`` and open it."""
    from smartdesk.gui.window.restore_backup import restore_to

    try:
        made = restore_to(backup, destination)
    except WorkshopError as error:
        window.show_error(str(error))
        return False
    return window.open_path(made)


def remove_personal_data(window: MainWindow, stakeholder_id: str | None = None) -> bool:
    """Blank contact details (all, or one stakeholder's) after asking; clears undo."""
    from smartdesk.store.scrub import remove_personal_data as scrub

    session = window.session
    if session is None:
        return False
    if window.interactive:
        answer = QMessageBox.question(
            window,
            window.tr("Remove personal data"),
            window.tr(
                "Remove every stakeholder's email address and phone number from this "
                "workshop, and delete the backups that still hold them? This cannot be undone."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        result = scrub(session.store, stakeholder_id)
    except WorkshopError as error:
        window.show_error(str(error))
        return False
    # Undo could otherwise put the removed details back.
    window.undo_stack.clear()
    message = window.tr("Removed the contact details of {n} stakeholders; deleted {b} backups")
    message = message.format(n=len(result.stakeholders), b=len(result.backups_removed))
    if result.older_backups:
        # Loose backups of an earlier SmartDesk may be another copy's: never deleted.
        message += window.tr(
            "; {k} backups from an earlier SmartDesk in {folder} still hold some"
        ).format(k=len(result.older_backups), folder=result.older_backups[0].parent)
    window.statusBar().showMessage(message, 10000)
    return True
