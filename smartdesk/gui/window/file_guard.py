"""Keeps the open workshop safe in the window: locks, read-only places, disk faults.

- Opening: a workshop open elsewhere offers read-only, a copy or (when the holder may
  be gone) taking over; a read-only file or folder opens read-only with a banner.
- While open: a write the disk refuses (full, gone, read-only) shows a banner, turns
  the window read-only and offers Save a Copy; the failed edit never reaches the undo
  stack and the user is told it was not saved. A timer notices a file that vanished
  or a lock someone else took over.
- File menu: Restore from Backup… and Remove Personal Data….

The window owns one ``FileGuard``; the guard knows the window only as ``GuardedWindow``
(what it uses of it), so the two modules do not import each other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox

from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.common.translation import QT_TR_NOOP, sentence, tr
from smartdesk.gui.window.banner import Banner
from smartdesk.gui.window.language import labelled
from smartdesk.gui.window.lock_dialog import LockChoice, ask_lock_choice, lock_message

if TYPE_CHECKING:
    from smartdesk.gui.editing.session import WorkshopSession
    from smartdesk.store.lock import LockInfo

CHECK_INTERVAL_MS = 5000


class GuardedWindow(Protocol):
    """What the guard uses of the window besides QMainWindow's own menus, bars and dialogs."""

    @property
    def interactive(self) -> bool: ...
    @property
    def session(self) -> WorkshopSession | None: ...
    @property
    def undo_stack(self) -> QUndoStack: ...
    @property
    def save_label(self) -> QLabel: ...
    @property
    def save_copy_action(self) -> QAction: ...
    def save_copy_dialog(self) -> None: ...
    def show_error(self, message: str) -> None: ...
    def open_path(
        self, path: str | Path, *, read_only: bool = False, throwaway: bool = False
    ) -> bool: ...
    def start_folder(self) -> str: ...


class FileGuard:
    """The window's guard of its open file, and the File menu's backup and scrub entries."""

    def __init__(self, window: GuardedWindow) -> None:
        # One object seen two ways: its QMainWindow side for menus, bars and dialog
        # parents, its GuardedWindow side for the workshop it has open.
        assert isinstance(window, QMainWindow)
        self._qt: QMainWindow = window
        self._window: GuardedWindow = window
        self._pending_banner = ""
        # Tests answer the lock and copy questions without a dialog.
        self.lock_chooser: Callable[[str, LockInfo], LockChoice] | None = None
        self.copy_destination: Callable[[Path], Path] | None = None
        self.restore_action, self.scrub_action = self._install()

    def banner(self) -> Banner:
        """The window's file banner, made on first use."""
        existing = self._qt.findChild(Banner, "file_banner")
        if isinstance(existing, Banner):
            return existing
        made = Banner(self._qt)
        self._qt.addToolBar(made)
        return made

    def open_store(self, path: Path, *, read_only: bool = False, backup: bool = True) -> Any:
        """Open ``path`` as the GUI should; None if the user cancelled. Raises WorkshopError.

        ``backup=False`` skips the backup made on opening (for the throw-away demo copy).
        """
        from smartdesk.store import LockedError, NotWritableError, WorkshopFile

        window = self._qt
        self._pending_banner = ""
        try:
            return WorkshopFile.open(path, read_only=read_only, backup=backup)
        except NotWritableError as error:
            store = WorkshopFile.open(path, read_only=True)
            self._pending_banner = tr(
                "{reason}. Changes cannot be saved here: use File ▸ Save a Copy to keep working."
            ).format(reason=sentence(str(error)).rstrip("."))
            return store
        except LockedError as locked:
            if self.lock_chooser is not None:
                choice = self.lock_chooser(path.name, locked.lock)
            elif self._window.interactive:
                choice = ask_lock_choice(window, path.name, locked.lock)
            else:
                choice = LockChoice.READ_ONLY
            if choice is LockChoice.TAKE_OVER:
                return WorkshopFile.open(path, override_lock=locked.lock)
            if choice is LockChoice.COPY:
                return self._open_copy(path)
            if choice is LockChoice.READ_ONLY:
                store = WorkshopFile.open(path, read_only=True)
                self._pending_banner = tr("Read-only: {who}").format(
                    who=lock_message(path.name, locked.lock)
                )
                return store
            return None

    def _open_copy(self, path: Path) -> Any:
        from smartdesk.gui.window.restore_backup import restore_to
        from smartdesk.store import WorkshopFile

        if self.copy_destination is not None:
            name = str(self.copy_destination(path))
        else:
            suggestion = str(path.with_name(f"{path.stem} copy.smartdesk"))
            name, _ = QFileDialog.getSaveFileName(
                self._qt,
                tr("Edit a copy"),
                suggestion,
                tr("SmartDesk workshops (*.smartdesk)"),
            )
        if not name:
            return None
        return WorkshopFile.open(restore_to(path, Path(name)))

    def watch(self, store: Any) -> None:
        """Show any banner the opening left, and watch ``store`` for disk and share faults."""
        window = self._qt
        bar = self.banner()
        pending, self._pending_banner = self._pending_banner, ""
        if pending:
            bar.show_message(pending, {tr("Save a Copy…"): self._window.save_copy_dialog})
        else:
            bar.clear()
        if store.cleared_lock is not None if hasattr(store, "cleared_lock") else False:
            window.statusBar().showMessage(
                tr("Cleared a lock left by a SmartDesk that had stopped"), 8000
            )
        if store.read_only:
            return
        store.subscribe_faults(lambda failure: self._fault(store, str(failure)))
        timer = QTimer(self._window.session)
        timer.setInterval(CHECK_INTERVAL_MS)
        timer.timeout.connect(self.check_now)
        timer.start()

    def check_now(self) -> None:
        """Has the open file vanished, or has someone taken over its lock? (the timer's job)"""
        session = self._window.session
        if session is None or session.store.read_only:
            return
        store = session.store
        if not store.still_there():
            self._fault(
                store, tr("{path} has been moved, renamed or deleted.").format(path=store.path)
            )
        elif not store.lock_still_ours():
            self._fault(store, tr("Someone else has taken over editing this workshop."))

    def _fault(self, store: Any, message: str) -> None:
        store.read_only = True  # nothing more is written to a file we cannot trust
        self.banner().show_message(
            tr(
                "{message} Any change you just made was NOT saved. The workshop is now "
                "read-only; save a copy elsewhere to keep working."
            ).format(message=message.rstrip(".") + "."),
            {tr("Save a Copy…"): self._window.save_copy_dialog},
        )
        self._window.save_label.setText(tr("Read-only: not saving"))

    # -- File menu actions -----------------------------------------------------------------

    def _install(self) -> tuple[QAction, QAction]:
        """Add Restore from Backup… and Remove Personal Data… to the File menu."""
        window = self._qt
        restore = labelled(QAction(window), "", QT_TR_NOOP("Restore from &Backup…"))
        restore.triggered.connect(lambda: self.restore_dialog())
        scrub = labelled(QAction(window), "", QT_TR_NOOP("Remove &Personal Data…"))
        scrub.triggered.connect(lambda: self.remove_personal_data())
        file_menu = window.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        file_menu.insertAction(self._window.save_copy_action, restore)
        file_menu.insertAction(self._window.save_copy_action, scrub)
        scrub.setEnabled(False)
        return restore, scrub

    def workshop_changed(self) -> None:
        """A workshop was opened or closed: Remove Personal Data needs one open for writing."""
        session = self._window.session
        self.scrub_action.setEnabled(session is not None and not session.read_only)

    def restore_dialog(self) -> None:
        from smartdesk.gui.window.restore_backup import choose_backup, list_backups

        window = self._window
        # With a workshop open, only its own backups: other copies of it have their own.
        session = window.session
        backups = list_backups(session.store.instance_id if session is not None else None)
        if not backups:
            if session is not None:
                window.show_error(tr("There are no backups of this workshop file yet."))
            else:
                window.show_error(tr("There are no backups yet."))
            return
        chosen = choose_backup(self._qt, backups)
        if chosen is None:
            return
        suggestion = str(Path(window.start_folder()) / f"{chosen.stem} restored.smartdesk")
        name, _ = QFileDialog.getSaveFileName(
            self._qt,
            tr("Save the restored workshop as"),
            suggestion,
            tr("SmartDesk workshops (*.smartdesk)"),
        )
        if name:
            self.restore_backup(chosen, Path(name))

    def restore_backup(self, backup: Path, destination: Path) -> bool:
        """Restore ``backup`` as the new file ``destination`` and open it."""
        from smartdesk.gui.window.restore_backup import restore_to

        try:
            made = restore_to(backup, destination)
        except WorkshopError as error:
            self._window.show_error(str(error))
            return False
        return self._window.open_path(made)

    def remove_personal_data(self, stakeholder_id: str | None = None) -> bool:
        """Blank contact details (all, or one stakeholder's) after asking; clears undo."""
        from smartdesk.store.scrub import remove_personal_data as scrub

        window = self._window
        session = window.session
        if session is None:
            return False
        if window.interactive:
            answer = QMessageBox.question(
                self._qt,
                tr("Remove personal data"),
                tr(
                    "Remove every stakeholder's email address and phone number from this "
                    "workshop, and delete the backups that still hold them? This cannot be "
                    "undone."
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
        message = tr("Removed the contact details of {n} stakeholders; deleted {b} backups")
        message = message.format(n=len(result.stakeholders), b=len(result.backups_removed))
        if result.older_backups:
            # Loose backups of an earlier SmartDesk may be another copy's: never deleted.
            message += tr(
                "; {k} backups from an earlier SmartDesk in {folder} still hold some"
            ).format(k=len(result.older_backups), folder=result.older_backups[0].parent)
        self._qt.statusBar().showMessage(message, 10000)
        return True
