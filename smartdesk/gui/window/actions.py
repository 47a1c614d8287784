"""The window's commands: one QAction each with its keys, and the menus that list them.

Every action is also added to the window itself, so its keys work in presentation mode
(no menu bar) and whichever widget has the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP
from smartdesk.gui.stages import STAGES
from smartdesk.gui.window.language import LANGUAGES, labelled

Keys = tuple[str | QKeySequence | QKeySequence.StandardKey, ...]
STAGE_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")
# The translators' context of the menus' words: lupdate reads each QT_TRANSLATE_NOOP,
# and ``labelled`` translates the text (again, whenever the language changes).
_CONTEXT = "WindowActions"


class CommandHost(Protocol):
    """What the actions call on the window (MainWindow is one)."""

    undo_stack: QUndoStack

    def new_workshop(self) -> None: ...
    def open_dialog(self) -> None: ...
    def save_copy_dialog(self) -> None: ...
    def import_stakeholders(self) -> None: ...
    def close_workshop(self) -> None: ...
    def find_in_stage(self) -> None: ...
    def show_stage(self, number: int) -> None: ...
    def toggle_presentation(self) -> None: ...
    def next_agenda_step(self) -> None: ...
    def leave_presentation(self) -> None: ...
    def show_about(self) -> None: ...
    def invite_phones(self) -> None: ...
    def choose_language(self, code: str) -> None: ...
    def open_path(self, path: str | Path) -> bool: ...


class WindowActions:
    """The window's actions, by the names the menus (and tests) know them."""

    def __init__(self, qt: QMainWindow, host: CommandHost) -> None:
        self._qt = qt
        add = self.add
        self.new = add(
            QT_TRANSLATE_NOOP("WindowActions", "&New Workshop…"),
            host.new_workshop,
            ("Ctrl+Shift+N",),
        )
        self.open = add(
            QT_TRANSLATE_NOOP("WindowActions", "&Open…"),
            host.open_dialog,
            (QKeySequence.StandardKey.Open,),
        )
        self.save_copy = add(
            QT_TRANSLATE_NOOP("WindowActions", "Save a &Copy…"), host.save_copy_dialog
        )
        self.import_stakeholders = add(
            QT_TRANSLATE_NOOP("WindowActions", "&Import Stakeholders…"), host.import_stakeholders
        )
        self.close = add(
            QT_TRANSLATE_NOOP("WindowActions", "&Close"), host.close_workshop, ("Ctrl+W",)
        )
        self.quit = add(
            QT_TRANSLATE_NOOP("WindowActions", "&Quit"), qt.close, (QKeySequence.StandardKey.Quit,)
        )

        self.undo = UndoAction(host.undo_stack, qt, redo=False)
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo = UndoAction(host.undo_stack, qt, redo=True)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        qt.addAction(self.undo)
        qt.addAction(self.redo)
        self.find = add(
            QT_TRANSLATE_NOOP("WindowActions", "&Find in Stage"), host.find_in_stage, ("Ctrl+F",)
        )

        self.stages = [
            add(stage.title, _stage_slot(host, number), (STAGE_KEYS[number],), context="Stages")
            for number, stage in enumerate(STAGES)
        ]
        self.presentation = add(
            QT_TRANSLATE_NOOP("WindowActions", "&Presentation Mode"),
            host.toggle_presentation,
            ("F11",),
        )
        self.presentation.setCheckable(True)
        self.next_step = add(
            QT_TRANSLATE_NOOP("WindowActions", "Next Agenda &Step"), host.next_agenda_step, ("F8",)
        )
        self.invite_phones = add(
            QT_TRANSLATE_NOOP("WindowActions", "Invite &Phones…"), host.invite_phones
        )
        self.leave_presentation = add(
            QT_TRANSLATE_NOOP("WindowActions", "Leave Presentation Mode"),
            host.leave_presentation,
            ("Esc",),
        )
        self.leave_presentation.setEnabled(False)
        self.about = add(QT_TRANSLATE_NOOP("WindowActions", "&About SmartDesk"), host.show_about)
        self.recent_menu = QMenu(qt)
        labelled(
            self.recent_menu.menuAction(),
            _CONTEXT,
            QT_TRANSLATE_NOOP("WindowActions", "Open &Recent"),
        )
        # Help > Language: each language by its own name, so anyone can find their own.
        self.languages = QActionGroup(qt)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, self.languages)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(_language_slot(host, code))
            self.language_actions[code] = action

    def add(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcuts: Keys = (),
        *,
        context: str = _CONTEXT,
    ) -> QAction:
        """An action of the window's, with ``shortcuts``, calling ``slot``."""
        action = labelled(QAction(self._qt), context, text)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self._qt.addAction(action)  # shortcuts work even in presentation mode (no menu bar)
        return action

    def build_menus(self) -> None:
        """File, Edit, View, Room and Help."""
        file_menu = self._menu(QT_TRANSLATE_NOOP("WindowActions", "&File"))
        file_menu.addAction(self.new)
        file_menu.addAction(self.open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_stakeholders)
        file_menu.addAction(self.save_copy)
        file_menu.addAction(self.close)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = self._menu(QT_TRANSLATE_NOOP("WindowActions", "&Edit"))
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)

        view_menu = self._menu(QT_TRANSLATE_NOOP("WindowActions", "&View"))
        for action in self.stages:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.presentation)
        view_menu.addAction(self.next_step)

        self._menu(QT_TRANSLATE_NOOP("WindowActions", "&Room")).addAction(self.invite_phones)

        help_menu = self._menu(QT_TRANSLATE_NOOP("WindowActions", "&Help"))
        language_menu = help_menu.addMenu("")
        labelled(
            language_menu.menuAction(), _CONTEXT, QT_TRANSLATE_NOOP("WindowActions", "&Language")
        )
        language_menu.addActions(self.languages.actions())
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def _menu(self, title: str) -> QMenu:
        menu = self._qt.menuBar().addMenu("")
        labelled(menu.menuAction(), _CONTEXT, title)
        return menu


class UndoAction(QAction):
    """Edit > Undo or Redo: "Undo" and the step's name, in the interface's language.

    QUndoStack's own actions keep the prefix they were made with, so they would stay in
    the first language after Help > Language; these translate it each time.
    """

    def __init__(self, stack: QUndoStack, parent: QMainWindow, *, redo: bool) -> None:
        super().__init__(parent)
        self._stack, self._redo = stack, redo
        if redo:
            self.triggered.connect(stack.redo)
            stack.canRedoChanged.connect(self.setEnabled)
            stack.redoTextChanged.connect(self.retranslate)
        else:
            self.triggered.connect(stack.undo)
            stack.canUndoChanged.connect(self.setEnabled)
            stack.undoTextChanged.connect(self.retranslate)
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self.retranslate()

    def retranslate(self, *_: object) -> None:
        if self._redo:
            prefix = QT_TRANSLATE_NOOP("WindowActions", "&Redo")
            step = self._stack.redoText()
        else:
            prefix = QT_TRANSLATE_NOOP("WindowActions", "&Undo")
            step = self._stack.undoText()
        prefix = QCoreApplication.translate(_CONTEXT, prefix)
        self.setText(f"{prefix} {step}" if step else prefix)


def _language_slot(host: CommandHost, code: str) -> Callable[[], None]:
    return lambda: host.choose_language(code)


def _stage_slot(host: CommandHost, number: int) -> Callable[[], None]:
    return lambda: host.show_stage(number)


__all__ = ["STAGE_KEYS", "CommandHost", "UndoAction", "WindowActions"]
