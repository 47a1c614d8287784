"""One open workshop in the window: the store, its change signal and the undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopData, WorkshopInfo
from smartdesk.gui.commands import StoreCommand

# What a page shows while no workshop is open. One shared empty workshop, with no id to
# make: a fresh WorkshopData() would draw a random id, and that would load the uuid
# module (and the platform module it needs) into every start.
NOTHING_OPEN = WorkshopData(workshop=WorkshopInfo(id=""))


class WorkshopSession(QObject):
    """Bridges a ``WorkshopFile`` to Qt: ``changed`` fires after every committed edit.

    Widgets never hold the truth; they re-read the store when ``changed`` fires. Every
    edit goes through ``push`` so undo, persistence and tests follow one path.
    """

    changed = Signal(object)  # smartdesk.store.Change
    failed = Signal(str)  # a WorkshopError message fit to show the user

    def __init__(self, store: Any, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self._open = True
        store.subscribe(self._on_store_change)

    @property
    def read_only(self) -> bool:
        return bool(self.store.read_only)

    def _on_store_change(self, change: Any) -> None:
        # The store keeps its listeners for its lifetime; stay quiet once closed.
        if self._open:
            self.changed.emit(change)

    def push(self, command: StoreCommand) -> bool:
        """Apply ``command`` and put it on the undo stack; False (and ``failed``) if refused."""
        try:
            command.apply()
        except WorkshopError as error:
            self.failed.emit(str(error))
            return False
        self.undo_stack.push(command)
        return True

    def push_all(self, text: str, commands: list[StoreCommand]) -> bool:
        """Several commands as one undo step (e.g. deleting several selected rows)."""
        if len(commands) == 1:
            return self.push(commands[0])
        self.undo_stack.beginMacro(text)
        try:
            # all() stops at the first refusal, so one error message is enough.
            return all(self.push(command) for command in commands)
        finally:
            self.undo_stack.endMacro()

    def close(self) -> None:
        """Close the workshop file; the undo stack is cleared as its commands die with it."""
        if self._open:
            self._open = False
            self.undo_stack.clear()
            self.store.close()
