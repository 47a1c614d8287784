"""The window's commands: one QAction each with its keys, and the menus that list them.

Every action is also added to the window itself, so its keys work in presentation mode
(no menu bar) and whichever widget has the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from smartdesk.gui.stages import STAGES

Keys = tuple[str | QKeySequence | QKeySequence.StandardKey, ...]
STAGE_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")


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
    def open_path(self, path: str | Path) -> bool: ...


class WindowActions:
    """The window's actions, by the names the menus (and tests) know them."""

    def __init__(self, qt: QMainWindow, host: CommandHost) -> None:
        self._qt = qt
        add = self.add
        self.new = add("&New Workshop…", host.new_workshop, ("Ctrl+Shift+N",))
        self.open = add("&Open…", host.open_dialog, (QKeySequence.StandardKey.Open,))
        self.save_copy = add("Save a &Copy…", host.save_copy_dialog)
        self.import_stakeholders = add("&Import Stakeholders…", host.import_stakeholders)
        self.close = add("&Close", host.close_workshop, ("Ctrl+W",))
        self.quit = add("&Quit", qt.close, (QKeySequence.StandardKey.Quit,))

        self.undo = host.undo_stack.createUndoAction(qt, qt.tr("&Undo"))
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo = host.undo_stack.createRedoAction(qt, qt.tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        qt.addAction(self.undo)
        qt.addAction(self.redo)
        self.find = add("&Find in Stage", host.find_in_stage, ("Ctrl+F",))

        self.stages = [
            add(stage.title, _stage_slot(host, number), (STAGE_KEYS[number],))
            for number, stage in enumerate(STAGES)
        ]
        self.presentation = add("&Presentation Mode", host.toggle_presentation, ("F11",))
        self.presentation.setCheckable(True)
        self.next_step = add("Next Agenda &Step", host.next_agenda_step, ("F8",))
        self.leave_presentation = add("Leave Presentation Mode", host.leave_presentation, ("Esc",))
        self.leave_presentation.setEnabled(False)
        self.invite_phones = add("Invite &Phones…", host.invite_phones)
        self.about = add("&About SmartDesk", host.show_about)
        self.recent_menu = QMenu(qt.tr("Open &Recent"), qt)

    def add(self, text: str, slot: Callable[..., Any], shortcuts: Keys = ()) -> QAction:
        """An action of the window's, with ``shortcuts``, calling ``slot``."""
        action = QAction(self._qt.tr(text), self._qt)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self._qt.addAction(action)  # shortcuts work even in presentation mode (no menu bar)
        return action

    def build_menus(self) -> None:
        """File, Edit, View, Room and Help."""
        menus = self._qt.menuBar()
        file_menu = menus.addMenu(self._qt.tr("&File"))
        file_menu.addAction(self.new)
        file_menu.addAction(self.open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_stakeholders)
        file_menu.addAction(self.save_copy)
        file_menu.addAction(self.close)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = menus.addMenu(self._qt.tr("&Edit"))
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)

        view_menu = menus.addMenu(self._qt.tr("&View"))
        for action in self.stages:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.presentation)
        view_menu.addAction(self.next_step)

        menus.addMenu(self._qt.tr("&Room")).addAction(self.invite_phones)

        help_menu = menus.addMenu(self._qt.tr("&Help"))
        help_menu.addAction(self.about)


def _stage_slot(host: CommandHost, number: int) -> Callable[[], None]:
    return lambda: host.show_stage(number)


__all__ = ["STAGE_KEYS", "CommandHost", "WindowActions"]
