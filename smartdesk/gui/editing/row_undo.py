"""Undo steps of a table row typed in: a new row and the cells typed into it are one step.

A new row typed across its cells is ONE undo step, "Add stakeholder Kay Boardman": the
row is added to the file at once (nothing typed can be lost), and each cell typed
while the cursor stays on that row is merged into the add (``QUndoCommand.mergeWith``).
Undoing it removes the whole row; redoing it brings the row back with every cell.
The row stops taking cells once the person leaves it (another row, another part of
the window), once it is undone, or once any other edit goes on the undo stack.

Only ``WorkshopSession`` makes these (``add_row``, ``update_cell``): each cell is
checked against the domain's rules before it is written, merged or not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from smartdesk.gui.editing.commands import AddRecordCommand, UpdateRecordCommand, key_of
from smartdesk.gui.editing.undo_text import add_text

if TYPE_CHECKING:
    from smartdesk.store.workshop_file import WorkshopFile

# The QUndoCommand.id() that lets a new row's cells merge into its add.
NEW_ROW_MERGE_ID = 0x4E52


class NewRowCommand(AddRecordCommand):
    """Adds a new row; the cells typed into it next join this one undo step."""

    def __init__(self, store: WorkshopFile, record: Any, position: int | None = None) -> None:
        super().__init__(store, record, position)
        self.open = True  # still taking the row's cells

    def id(self) -> int:
        return NEW_ROW_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            self.open
            and isinstance(other, CellEditCommand)
            and key_of(other.new) == key_of(self.record)
        ):
            return False
        # The cell is already written; redo now adds the row with it.
        self.record = other.new
        self.setText(add_text(self.record))
        return True

    def _undo(self) -> None:
        self.open = False  # after undo and redo, later edits are steps of their own
        super()._undo()


class CellEditCommand(UpdateRecordCommand):
    """One cell of a table row; joins the row's ``NewRowCommand`` if that is still open."""

    def id(self) -> int:
        return NEW_ROW_MERGE_ID
