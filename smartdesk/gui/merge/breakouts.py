"""File ▸ Save Breakout Copy… and File ▸ Merge Breakout Files…: the window's side of
breakout tables.

A merge is previewed (a dry run off the UI thread, ``preview_job``), then written after
a backup as ONE undo step through the session's gateway (``WorkshopSession.merge``):
undo takes the whole merge back and redo writes it again, each in one transaction.
The window knows this module only through the one line that makes a
:class:`BreakoutFiles`; it is seen here as ``BreakoutWindow``, so neither module
imports the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QWidget

from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.common.translation import QT_TR_NOOP, QT_TRANSLATE_NOOP, tr
from smartdesk.gui.merge.preview_job import MergePreview, MergePreviewJob, PreviewSignals
from smartdesk.gui.window.language import labelled

if TYPE_CHECKING:
    from smartdesk.gui.editing.session import WorkshopSession
    from smartdesk.gui.merge.dialog import MergePreviewDialog

FILE_FILTER = QT_TRANSLATE_NOOP("", "SmartDesk workshops (*.smartdesk);;All files (*)")


class BreakoutWindow(Protocol):
    @property
    def interactive(self) -> bool: ...
    @property
    def session(self) -> WorkshopSession | None: ...
    def show_error(self, message: str) -> None: ...


class BreakoutFiles:
    """The File menu's breakout entries and what they do."""

    def __init__(self, window: BreakoutWindow) -> None:
        assert isinstance(window, QMainWindow)
        self._qt: QMainWindow = window
        self._window: BreakoutWindow = window
        self.pool = QThreadPool(window)
        self.signals = PreviewSignals(window)
        self.signals.finished.connect(self._previewed)
        self.signals.failed.connect(window.show_error)
        self.dialog: MergePreviewDialog | None = None
        self._job: MergePreviewJob | None = None
        self.save_action = labelled(QAction(window), "", QT_TR_NOOP("Save &Breakout Copy…"))
        self.save_action.triggered.connect(lambda: self.save_copy_dialog())
        self.merge_action = labelled(QAction(window), "", QT_TR_NOOP("&Merge Breakout Files…"))
        self.merge_action.triggered.connect(lambda: self.merge_dialog())
        file_menu = window.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        close = QCoreApplication.translate("WindowActions", "&Close")
        before = next(a for a in file_menu.actions() if a.text() == close)
        file_menu.insertAction(before, self.save_action)
        file_menu.insertAction(before, self.merge_action)
        self.workshop_changed()

    def workshop_changed(self) -> None:
        """A workshop was opened or closed: a copy needs one open, a merge one writable."""
        session = self._window.session
        self.save_action.setEnabled(session is not None)
        self.merge_action.setEnabled(session is not None and not session.read_only)

    # -- Save Breakout Copy ------------------------------------------------------------

    def save_copy_dialog(self) -> None:
        session = self._window.session
        if session is None:
            return
        current = Path(session.store.path)
        suggestion = str(current.with_name(f"{current.stem} breakout.smartdesk"))
        name, _ = QFileDialog.getSaveFileName(
            self._qt, tr("Save a breakout copy"), suggestion, tr(FILE_FILTER)
        )
        if name:
            self.save_copy(Path(name))

    def save_copy(self, destination: Path) -> Path | None:
        """Write a breakout copy of the open workshop (see ``store.copies``)."""
        from smartdesk.store.copies import save_breakout_copy

        session = self._window.session
        if session is None:
            return None
        try:
            made = save_breakout_copy(session.store, destination)
        except WorkshopError as error:
            self._window.show_error(str(error))
            return None
        self._qt.statusBar().showMessage(
            tr("Breakout copy saved to {path}").format(path=made), 8000
        )
        return made

    # -- Merge Breakout Files ----------------------------------------------------------

    def merge_dialog(self) -> None:
        session = self._window.session
        if session is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self._qt,
            tr("Merge breakout files"),
            str(Path(session.store.path).parent),
            tr(FILE_FILTER),
        )
        if names:
            self.preview([Path(name) for name in names])

    def preview(self, paths: Sequence[Path]) -> None:
        """Work out the merge of ``paths`` off the UI thread; the preview opens when done."""
        session = self._window.session
        if session is None or session.read_only:
            return
        self._qt.statusBar().showMessage(tr("Reading the breakout files…"))
        store = session.store
        self._job = MergePreviewJob(store.load(), store.path, paths, self.signals)
        self.pool.start(self._job.run)

    def _previewed(self, preview: MergePreview) -> None:
        from smartdesk.gui.merge.dialog import MergePreviewDialog

        self._job = None
        self._qt.statusBar().clearMessage()
        session = self._window.session
        if session is None:
            return
        dialog = MergePreviewDialog(preview, Path(session.store.path).name, self._qt)
        stage = getattr(self._qt, "stack", None)
        if self._qt.isFullScreen() and isinstance(stage, QWidget):
            dialog.setFont(stage.font())  # presentation mode: the stage's large type
        size = self._qt.size()
        dialog.resize(max(640, size.width() * 3 // 5), max(480, size.height() * 7 // 10))
        dialog.accepted.connect(lambda: self.apply(preview, dialog.prefer))
        self.dialog = dialog
        if self._window.interactive:
            dialog.open()
        else:
            dialog.show()

    def apply(self, preview: MergePreview, prefer: str) -> bool:
        """Back the workshop up, then write the merge as one undo step."""
        from smartdesk.gui.merge.preview_job import way

        session = self._window.session
        if session is None:
            return False
        # Worked out again against the workshop as it is now: it may have been edited
        # while the preview was open.
        chosen = way(session.store.load(), preview.sources, prefer)
        if chosen.broken_rule is not None:
            self._window.show_error(chosen.broken_rule)
            return False
        if not chosen.result.changes:
            self._qt.statusBar().showMessage(tr("Nothing to merge: no changes"), 8000)
            return True
        names = ", ".join(Path(source.name).name for source in preview.sources)
        try:
            session.store.backup(reason="merge")
        except WorkshopError as error:
            self._window.show_error(str(error))
            return False
        if not session.merge(chosen.result.changes, text=tr("Merge {names}").format(names=names)):
            return False  # the session has said why
        result = chosen.result
        self._qt.statusBar().showMessage(
            tr("Merged {names}: {a} added, {t} taken, {k} kept").format(
                names=names, a=len(result.added), t=len(result.taken), k=len(result.kept)
            ),
            10000,
        )
        return True


__all__ = ["BreakoutFiles"]
