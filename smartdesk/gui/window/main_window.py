"""The main window: menus, the stage navigator and pages, the status bar, opening files."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import smartdesk
from smartdesk import paths
from smartdesk.domain.errors import WorkshopError
from smartdesk.files import output_problem, resolved
from smartdesk.gui.common.stack import replace_placeholder
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.gui.merge.breakouts import BreakoutFiles
from smartdesk.gui.stages import STAGES
from smartdesk.gui.window.file_guard import FileGuard
from smartdesk.gui.window.recent_files import RecentFiles

if TYPE_CHECKING:
    from smartdesk.store.workshop_file import WorkshopFile

FILE_SUFFIX = ".smartdesk"
FILE_FILTER = "SmartDesk workshops (*.smartdesk);;All files (*)"
PRESENTATION_SCALE = 1.6
STAGE_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")


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
        self._normal_font_size = self.font().pointSizeF()

        self.navigator = QListWidget()
        self.navigator.setAccessibleName(self.tr("Workshop stages"))
        self.navigator.setObjectName("stage_navigator")
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Stage"))
        # Pages are built when first shown (see ``page``); until then a placeholder.
        self._pages: list[StagePage | None] = [None] * len(STAGES)
        for number, stage in enumerate(STAGES, 1):
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(f"{number}  {stage.title}")
            item.setToolTip(f"{stage.title} ({STAGE_KEYS[number - 1]})")
            self.navigator.addItem(item)
        self.navigator.currentRowChanged.connect(self._show_page)
        self.navigator.setSpacing(4)
        self._fit_navigator()

        stages = QWidget()
        layout = QHBoxLayout(stages)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigator)
        layout.addWidget(self.stack, 1)
        # Without a workshop the window offers to open or create one instead of empty stages.
        self.start_page = self._build_start_page()
        self.central = QStackedWidget()
        self.central.addWidget(self.start_page)
        self.central.addWidget(stages)
        self.setCentralWidget(self.central)
        self.setTabOrder(self.navigator, self.stack)

        self.file_label = QLabel()
        self.file_label.setAccessibleName(self.tr("Open workshop file"))
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)

        self._build_actions()
        self._build_menus()
        self.setAcceptDrops(True)
        self.setWindowIcon(_app_icon())
        self.resize(QSize(1280, 720))
        self.navigator.setCurrentRow(0)
        self._bind(None)
        # Locks, read-only places and disk faults; Restore from Backup, Remove Personal Data.
        self.file_guard = FileGuard(self)
        self.workshop_changed.connect(self.file_guard.workshop_changed)
        self.breakouts = BreakoutFiles(self)  # Save Breakout Copy, Merge Breakout Files
        self.workshop_changed.connect(self.breakouts.workshop_changed)

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        heading = QLabel(self.tr("No workshop open"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(
            self.tr("Open a workshop file, start a new one, or drop a .smartdesk file here.")
        )
        new_button = QPushButton(self.tr("New workshop…"))
        new_button.clicked.connect(self.new_workshop)
        open_button = QPushButton(self.tr("Open workshop…"))
        open_button.clicked.connect(self.open_dialog)
        for widget in (heading, hint):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(open_button)
        buttons.addWidget(new_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    # -- actions and menus ----------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        shortcuts: tuple[str | QKeySequence | QKeySequence.StandardKey, ...] = (),
    ) -> QAction:
        action = QAction(self.tr(text), self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even in presentation mode (no menu bar)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("&New Workshop…", self.new_workshop, ("Ctrl+Shift+N",))
        self.open_action = self._action(
            "&Open…", self.open_dialog, (QKeySequence.StandardKey.Open,)
        )
        self.save_copy_action = self._action("Save a &Copy…", self.save_copy_dialog)
        self.import_stakeholders_action = self._action(
            "&Import Stakeholders…", self.import_stakeholders
        )
        self.close_action = self._action("&Close", self.close_workshop, ("Ctrl+W",))
        self.quit_action = self._action("&Quit", self.close, (QKeySequence.StandardKey.Quit,))

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = self._action("&Find in Stage", self.find_in_stage, ("Ctrl+F",))

        self.stage_actions = []
        for number, stage in enumerate(STAGES):
            action = self._action(
                stage.title, lambda _=False, n=number: self.show_stage(n), (STAGE_KEYS[number],)
            )
            self.stage_actions.append(action)
        self.presentation_action = self._action(
            "&Presentation Mode", self.toggle_presentation, ("F11",)
        )
        self.presentation_action.setCheckable(True)
        self.leave_presentation_action = self._action(
            "Leave Presentation Mode", lambda: self.set_presentation(False), ("Esc",)
        )
        self.leave_presentation_action.setEnabled(False)
        self.about_action = self._action("&About SmartDesk", self.show_about)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_stakeholders_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        view_menu = menus.addMenu(self.tr("&View"))
        for action in self.stage_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.presentation_action)

        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        missing = self.recent.prune_missing()
        if missing:
            names = ", ".join(p.name for p in missing)
            self.statusBar().showMessage(
                self.tr("Removed from Open Recent (no longer there): {names}").format(names=names),
                8000,
            )
        self.recent_menu.clear()
        for path in self.recent.paths():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(no recent workshops)")).setEnabled(False)

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
            self.show_error(str(error))
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
            self.show_error(str(error))
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
        for page in self._built_pages():
            page.bind(session)
        if session is not None:
            self._show_page(self.navigator.currentRow())  # built and shown on first open
        has_file = session is not None
        for action in (self.save_copy_action, self.close_action, self.find_action):
            action.setEnabled(has_file)
        self.import_stakeholders_action.setEnabled(session is not None and not session.read_only)
        self.central.setCurrentIndex(1 if has_file else 0)
        self._show_file_state()
        self.workshop_changed.emit()

    def _show_file_state(self) -> None:
        if self.session is None:
            self.setWindowTitle("SmartDesk")
            self.file_label.setText(self.tr("No workshop open: File ▸ Open or New Workshop"))
            self.save_label.setText("")
            return
        path = Path(self.session.store.path)
        self.setWindowTitle(f"{path.stem} — SmartDesk")
        self.file_label.setText(str(path))
        self.save_label.setText(
            self.tr("Read-only") if self.session.read_only else self.tr("All changes saved")
        )

    def _on_saved(self, _change: Any) -> None:
        self.save_label.setText(self.tr("All changes saved"))

    # -- dialogs ------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """Tell the user what went wrong (tests replace this to read the message)."""
        self.statusBar().showMessage(message, 10000)
        if self.interactive:
            QMessageBox.warning(self, self.tr("SmartDesk"), message)
        else:
            print(message, file=sys.stderr)

    def start_folder(self) -> str:
        """Where the file dialogs start: the open workshop's folder, or home."""
        if self.session is not None:
            return str(Path(self.session.store.path).parent)
        return str(Path.home())

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workshop"), self.start_folder(), FILE_FILTER
        )
        if name:
            self.open_path(name)

    def new_workshop(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workshop"), self.start_folder(), FILE_FILTER
        )
        if name:
            self.create_workshop(name)

    def save_copy_dialog(self) -> None:
        if self.session is None:
            return
        current = Path(self.session.store.path)
        suggestion = str(current.with_name(f"{current.stem} copy{FILE_SUFFIX}"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), suggestion, FILE_FILTER)
        if name:
            self.save_copy(name)

    def save_copy(self, destination: str | Path) -> Path | None:
        """Write a consistent copy of the open workshop to ``destination`` (SQLite backup)."""
        if self.session is None:
            return None
        dest = Path(destination)
        if dest.suffix.lower() != FILE_SUFFIX:
            dest = dest.with_name(dest.name + FILE_SUFFIX)
        problem = output_problem(dest)
        if problem is not None:
            self.show_error(
                self.tr("Could not save a copy to {path}: {problem}").format(
                    path=dest, problem=problem
                )
            )
            return None
        if resolved(dest) == resolved(Path(self.session.store.path)):
            self.show_error(self.tr("That is the open workshop itself: choose another name."))
            return None
        from smartdesk.store.instance import renew as renew_instance

        try:
            # The backup is made beside the destination, then renamed into place, so a
            # half-written copy never carries the chosen name.
            with tempfile.TemporaryDirectory(dir=dest.parent) as folder:
                made = self.session.store.backup(Path(folder))
                renew_instance(made)  # the copy is a file of its own, with its own backups
                os.replace(made, dest)
        except (WorkshopError, OSError) as error:
            self.show_error(self.tr("Could not save a copy: {error}").format(error=error))
            return None
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=dest), 8000)
        return dest

    def import_stakeholders(self) -> None:
        """File ▸ Import Stakeholders: the Stakeholders stage's import, with a preview."""
        if self.session is None:
            return
        self.show_stage(1)
        self.page(1).start_import()  # type: ignore[attr-defined]

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
        """Show stage ``number`` (0 Vision ... 3 Briefing pack)."""
        self.navigator.setCurrentRow(number)

    def _show_page(self, number: int) -> None:
        # With no workshop open the start page covers the stages: build none for it.
        if self.session is not None:
            self.page(number)
        self.stack.setCurrentIndex(number)

    def page(self, number: int) -> StagePage:
        """Stage ``number``'s page, built (and shown the open workshop) on first use."""
        page = self._pages[number]
        if page is None:
            page = STAGES[number].load()()
            replace_placeholder(self.stack, number, page)
            self._pages[number] = page
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

    def toggle_presentation(self) -> None:
        self.set_presentation(not self.isFullScreen())

    def set_presentation(self, on: bool) -> None:
        """Full screen with large type on the stage, for a projector."""
        font = self.stack.font()
        font.setPointSizeF(self._normal_font_size * (PRESENTATION_SCALE if on else 1.0))
        self.stack.setFont(font)
        self.navigator.setFont(font)
        self._fit_navigator()
        for page in self._built_pages():
            for table in page.tables:
                table.fit_columns()
        self.presentation_action.setChecked(on)
        self.leave_presentation_action.setEnabled(on)
        self.menuBar().setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- window events ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_workshop(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_workshop(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._built_pages():
            page.shutdown()
        self.close_workshop()
        super().closeEvent(event)


def _app_icon() -> QIcon:
    """SmartDesk's icon at every size shipped in ``resources/icons``."""
    icon = QIcon()
    folder = paths.resource("icons")
    for png in sorted(folder.glob("smartdesk-*.png")) if folder.is_dir() else []:
        icon.addFile(str(png))
    return icon


def _dropped_workshop(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first local ``.smartdesk`` file in a drag, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(FILE_SUFFIX):
            return Path(url.toLocalFile())
    return None


__all__ = ["MainWindow", "default_settings"]
