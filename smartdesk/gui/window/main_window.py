"""The main window: menus, the stage navigator and pages, the status bar, opening files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import smartdesk
from smartdesk import paths
from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.common import focus_ring
from smartdesk.gui.common.stack import replace_placeholder
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.common.stored_minutes import StoredTimeBoxes
from smartdesk.gui.common.time_boxes import TimeBoxPlan
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, sentence, tr
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.gui.merge.breakouts import BreakoutFiles
from smartdesk.gui.room.agenda_strip import AgendaStrip
from smartdesk.gui.stages import STAGES, stage_title
from smartdesk.gui.window import language
from smartdesk.gui.window.actions import STAGE_KEYS, WindowActions
from smartdesk.gui.window.desktop import FILE_SUFFIX, app_icon, dropped_workshop, first_size
from smartdesk.gui.window.file_guard import FileGuard
from smartdesk.gui.window.presentation import Presentation
from smartdesk.gui.window.recent_files import RecentFiles, fill_recent_menu
from smartdesk.gui.window.retranslate import rebuild_pages
from smartdesk.gui.window.save_copy import copy_destination, write_copy
from smartdesk.gui.window.start_page import build_start_page
from smartdesk.gui.window.status_line import StatusLine

if TYPE_CHECKING:
    from smartdesk.store.workshop_file import WorkshopFile

FILE_FILTER = QT_TRANSLATE_NOOP("", "SmartDesk workshops (*.smartdesk);;All files (*)")


def default_settings() -> QSettings:
    """The user's settings file, in the settings folder ``paths`` names (XDG on Linux)."""
    return QSettings(str(paths.user_config_dir() / "settings.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """One window shows one workshop at a time, a stage per page."""

    workshop_changed = Signal()  # a workshop was opened or closed

    def __init__(self, settings: QSettings | None = None, *, interactive: bool = True) -> None:
        super().__init__()
        # interactive=False: errors go to stderr and the status bar, never a modal dialog.
        self.interactive = interactive
        self.settings = settings if settings is not None else default_settings()
        self.recent = RecentFiles(self.settings)
        self.session: WorkshopSession | None = None
        self.undo_stack = QUndoStack(self)
        # Minutes per stage and the clocks' choices, for as long as the window is open.
        self.time_plan = TimeBoxPlan(parent=self)
        # ... which the open workshop's agenda holds (see stored_minutes).
        self.stored_minutes = StoredTimeBoxes(self.time_plan, self)

        self.navigator = QListWidget()
        self.navigator.setObjectName("stage_navigator")
        self.stack = QStackedWidget()
        # Pages are built when first shown (see ``page``); until then a placeholder.
        self._pages: list[StagePage | None] = [None] * len(STAGES)
        for _stage in STAGES:
            self.stack.addWidget(QWidget())
            self.navigator.addItem(QListWidgetItem())
        self._name_stages()
        self.navigator.currentRowChanged.connect(self._show_page)
        self.navigator.setSpacing(4)
        self._fit_navigator()

        stages = QWidget()
        layout = QHBoxLayout(stages)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigator)
        # In presentation mode the current agenda step and its clock run over every stage.
        self.agenda_strip = AgendaStrip(self)
        column = QVBoxLayout()
        column.addWidget(self.agenda_strip)
        column.addWidget(self.stack, 1)
        layout.addLayout(column, 1)
        # Without a workshop the window offers to open or create one instead of empty stages.
        self.start_page = build_start_page(self.new_workshop, self.open_dialog)
        self.central = QStackedWidget()
        self.central.addWidget(self.start_page)
        self.central.addWidget(stages)
        self.setCentralWidget(self.central)
        self.setTabOrder(self.navigator, self.stack)

        self.status_line = StatusLine()
        self.setStatusBar(self.status_line)
        self.file_label = self.status_line.file_label
        self.save_label = self.status_line.save_label

        self.presentation = Presentation(self, self._fit_navigator)
        focus_ring.install(QApplication.instance())  # type: ignore[arg-type]
        self._retranslating = False
        self._build_actions()
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self.resize(first_size(self.screen()))
        self.navigator.setCurrentRow(0)
        self._bind(None)
        # Locks, read-only places and disk faults; Restore from Backup, Remove Personal Data.
        self.file_guard = FileGuard(self)
        self.workshop_changed.connect(self.file_guard.workshop_changed)
        self.breakouts = BreakoutFiles(self)  # Save Breakout Copy, Merge Breakout Files
        self.workshop_changed.connect(self.breakouts.workshop_changed)

    # -- actions and menus ----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.commands = actions = WindowActions(self, self)
        # The names the file guard and tests use.
        self.save_copy_action = actions.save_copy
        self.undo_action = actions.undo
        self.redo_action = actions.redo
        self.recent_menu = actions.recent_menu
        self.presentation_action = actions.presentation
        self.recent_menu.aboutToShow.connect(
            lambda: fill_recent_menu(
                self.recent_menu,
                self.recent,
                self.open_path,
                lambda text: self.statusBar().showMessage(text, 8000),
            )
        )
        actions.build_menus()
        self._tick_language()

    # -- the interface's language ---------------------------------------------------------

    def _name_stages(self) -> None:
        self.navigator.setAccessibleName(self.tr("Workshop stages"))
        self.stack.setAccessibleName(self.tr("Stage"))
        for number, stage in enumerate(STAGES):
            item = self.navigator.item(number)
            title = stage_title(stage.title)
            item.setText(f"{number + 1}  {title}")
            item.setToolTip(f"{title} ({STAGE_KEYS[number]})")

    def choose_language(self, code: str) -> None:
        """Help > Language: switch the interface now and remember the choice."""
        language.remember(self.settings, code)
        if code != language.current():
            self.finish_typing()  # saved in the language it was typed in
            language.install(code)
        self._tick_language()

    def _tick_language(self) -> None:
        self.commands.language_actions[language.current()].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        # Qt tells every widget; the window answers once, after the events are through.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Put every text of the window in the interface's language, pages rebuilt."""
        self._retranslating = False
        language.retranslate_actions(self)
        self._name_stages()
        self._fit_navigator()
        self.status_line.retranslate()
        start_page = build_start_page(self.new_workshop, self.open_dialog)
        replace_placeholder(self.central, 0, start_page)
        self.start_page = start_page
        shown = self.stack.currentIndex()
        self._pages = rebuild_pages(self.stack, self._pages)
        if self.session is not None:
            self.page(shown)
        self.stack.setCurrentIndex(shown)
        self._show_file_state()
        self._tick_language()

    # -- opening and closing workshops ------------------------------------------------------

    def open_path(
        self, path: str | Path, *, read_only: bool = False, throwaway: bool = False
    ) -> bool:
        """Open the workshop at ``path``; on failure show why and keep the current one.

        ``throwaway``: a temporary copy (the demo), deleted at exit, so it is neither
        backed up on opening nor added to Open Recent.
        """
        # The store is imported on first use (in the file guard) so the window appears
        # before sqlite-utils loads.
        path = Path(path)
        try:
            # Locks, read-only files and folders: asks or falls back to read-only.
            store = self.file_guard.open_store(path, read_only=read_only, backup=not throwaway)
        except WorkshopError as error:
            if not path.exists():
                self.recent.remove(path)
            self.alert(str(error))
            return False
        if store is None:  # the user cancelled
            return False
        self._replace_session(store)
        if not throwaway:
            self.recent.add(path)
        return True

    def create_workshop(self, path: str | Path) -> bool:
        """Create an empty workshop at ``path`` (titled after the file) and open it."""
        from smartdesk.domain.records import WorkshopData, WorkshopInfo, new_id
        from smartdesk.store import WorkshopFile

        path = Path(path)
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        try:
            store = WorkshopFile.create(
                path, WorkshopData(workshop=WorkshopInfo(id=new_id(), title=path.stem))
            )
        except WorkshopError as error:
            self.alert(str(error))
            return False
        self._replace_session(store)
        self.recent.add(path)
        return True

    def _replace_session(self, store: WorkshopFile) -> None:
        self.close_workshop()
        session = WorkshopSession(store, self.undo_stack, self)
        session.changed.connect(self._on_saved)
        session.failed.connect(self.show_error)
        self._bind(session)
        self.file_guard.watch(store)

    def close_workshop(self) -> None:
        """Close the open workshop, saving first what is being typed (see finish_typing)."""
        if self.session is not None:
            self.finish_typing()
            session, self.session = self.session, None
            self._bind(None)
            session.close()
            session.deleteLater()

    def finish_typing(self) -> None:
        """Save the text box or table cell being typed in, as leaving it would.

        Text is saved when the person finishes with a box (it loses the focus); closing
        the window or the workshop, or opening another, finishes it too - or what was
        typed last before the lid closed would be lost.
        """
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()  # sends the focus-out that commits the box or cell
            QApplication.processEvents()  # a table cell commits through a queued call

    def _bind(self, session: WorkshopSession | None) -> None:
        self.session = session
        self.undo_stack.clear()
        self.stored_minutes.bind(session)
        self.agenda_strip.bind(session)
        for page in self._built_pages():
            page.bind(session)
        if session is not None:
            self._show_page(self.navigator.currentRow())  # built and shown on first open
        has_file = session is not None
        for action in (
            self.save_copy_action,
            self.commands.close,
            self.commands.find,
            self.commands.invite_phones,
        ):
            action.setEnabled(has_file)
        self.commands.import_stakeholders.setEnabled(session is not None and not session.read_only)
        self.central.setCurrentIndex(1 if has_file else 0)
        self._show_file_state()
        self.workshop_changed.emit()

    def _show_file_state(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("SmartDesk"))
            self.status_line.show_file(None)
            return
        path = Path(self.session.store.path)
        self.setWindowTitle(f"{path.stem} — SmartDesk")
        self.status_line.show_file(path, read_only=self.session.read_only)

    def _on_saved(self, _change: Any) -> None:
        self.status_line.show_saved()

    # -- dialogs ------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """Say what went wrong in the status bar, never in a modal box: a refused entry
        is also shown beside its field, and the room keeps typing (tests replace this
        to read the message)."""
        message = sentence(message)  # a refusal from the store or the rules, translated
        self.status_line.show_message(message, 10000, error=True)
        if not self.interactive:
            print(message, file=sys.stderr)

    def alert(self, message: str) -> None:
        """A file could not be opened, created or copied: say so in a box as well, as
        the person is waiting on that one action (not typing)."""
        self.show_error(message)
        if self.interactive:
            QMessageBox.warning(self, self.tr("SmartDesk"), sentence(message))

    def start_folder(self) -> str:
        """Where the file dialogs start: the open workshop's folder, or home."""
        if self.session is not None:
            return str(Path(self.session.store.path).parent)
        return str(Path.home())

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workshop"), self.start_folder(), tr(FILE_FILTER)
        )
        if name:
            self.open_path(name)

    def new_workshop(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workshop"), self.start_folder(), tr(FILE_FILTER)
        )
        if name:
            self.create_workshop(name)

    def save_copy_dialog(self) -> None:
        if self.session is None:
            return
        current = Path(self.session.store.path)
        suggestion = str(current.with_name(f"{current.stem} copy{FILE_SUFFIX}"))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), suggestion, tr(FILE_FILTER)
        )
        if name:
            self.save_copy(name)

    def save_copy(self, destination: str | Path) -> Path | None:
        """Write a consistent copy of the open workshop to ``destination`` (SQLite backup)."""
        if self.session is None:
            return None
        dest = copy_destination(destination)
        try:
            write_copy(self.session.store, dest)
        except WorkshopError as error:
            self.alert(str(error))
            return None
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=dest), 8000)
        return dest

    def import_stakeholders(self) -> None:
        """File ▸ Import Stakeholders: the Stakeholders stage's import, with a preview."""
        if self.session is None:
            return
        self.show_stage(1)
        self.page(1).start_import()  # type: ignore[attr-defined]

    def invite_phones(self) -> None:
        """Room > Invite Phones: serve the phones' page until stopped or the workshop closes."""
        from smartdesk.gui.room.invite_dialog import invite_phones  # Qt's network: on demand

        running = getattr(self, "invite_dialog", None)
        if running is not None:
            running.raise_()  # one server at a time
        elif self.session is not None:
            try:
                self.invite_dialog = invite_phones(self.session, self, self.workshop_changed)
            except WorkshopError as error:
                self.show_error(str(error))
                return
            self.invite_dialog.stopped.connect(lambda: setattr(self, "invite_dialog", None))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SmartDesk"),
            self.tr(
                "SmartDesk {version}\n\nPlan a smart-place initiative in a workshop and "
                "turn it into a committee briefing pack. Works offline."
            ).format(version=smartdesk.__version__),
        )

    # -- stages, find, presentation mode ----------------------------------------------------

    def show_stage(self, number: int) -> None:
        """Show stage ``number`` (0 Vision ... 3 Briefing pack, 4 In the room)."""
        self.navigator.setCurrentRow(number)

    def _show_page(self, number: int) -> None:
        # With no workshop open the start page covers the stages: build none for it.
        if self.session is not None:
            self.page(number)
        left = self._pages[self.stack.currentIndex()]
        self.stack.setCurrentIndex(number)
        shown = self._pages[number]
        if left is not None and left is not shown:
            left.time_box.leave_stage()
            if shown is not None:
                shown.time_box.enter_stage()

    def page(self, number: int) -> StagePage:
        """Stage ``number``'s page, built (and shown the open workshop) on first use."""
        page = self._pages[number]
        if page is None:
            page = STAGES[number].load()()
            replace_placeholder(self.stack, number, page)
            self._pages[number] = page
            page.time_box.attach(self.time_plan, page.time_key)
            page.bind(self.session)
        return page

    @property
    def pages(self) -> list[StagePage]:
        """Every stage's page (building those not shown yet)."""
        return [self.page(number) for number in range(len(STAGES))]

    def _built_pages(self) -> list[StagePage]:
        return [page for page in self._pages if page is not None]

    def current_page(self) -> StagePage:
        page = self.stack.currentWidget()
        assert isinstance(page, StagePage)
        return page

    def _fit_navigator(self) -> None:
        self.navigator.setFixedWidth(self.navigator.sizeHintForColumn(0) + 24)

    def find_in_stage(self) -> None:
        self.current_page().focus_filter()

    def next_agenda_step(self) -> None:
        """F8: the next agenda step, its stage, and its time box restarted."""
        if self.session is not None:
            self.agenda_strip.next_step()
            focus = QApplication.focusWidget()
            if focus is None or not focus.isVisible():
                self.navigator.setFocus()  # keys keep working once the old stage is hidden

    def leave_presentation(self) -> None:
        self.set_presentation(False)

    def toggle_presentation(self) -> None:
        self.set_presentation(not self.isFullScreen())

    def set_presentation(self, on: bool) -> None:
        """Full screen with large type and a layout for a projector (see presentation.py)."""
        self.presentation.set_active(on)
        self.agenda_strip.set_shown(on)
        self._fit_navigator()
        for page in self._built_pages():
            for table in page.tables:
                table.fit_columns()
        self.presentation_action.setChecked(on)
        self.commands.leave_presentation.setEnabled(on)
        self.menuBar().setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- window events ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_workshop(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_workshop(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._built_pages():
            page.shutdown()
        self.close_workshop()
        super().closeEvent(event)


__all__ = ["MainWindow", "default_settings"]
