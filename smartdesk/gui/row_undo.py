"""Undo steps of an editable table's rows, named by what they change.

A new row typed across its cells is ONE undo step, "Add stakeholder Kay Boardman": the
row is added to the file at once (nothing typed can be lost), and each cell typed
while the cursor stays on that row is merged into the add (``QUndoCommand.mergeWith``).
Undoing it removes the whole row; redoing it brings the row back with every cell.
The row stops taking cells once the person leaves it (another row, another part of
the window), once it is undone, or once any other edit goes on the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from smartdesk.gui.commands import AddRecordCommand, UpdateRecordCommand, record_kind_label

# The QUndoCommand.id() that lets a new row's cells merge into its add.
NEW_ROW_MERGE_ID = 0x4E52


def _name(record: Any) -> str:
    """The record's own name or title ("" when it has none yet)."""
    for attr in ("name", "title", "action", "dimension", "said"):
        value = getattr(record, attr, "")
        if isinstance(value, str) and value.strip():
            text = value.strip()
            return text if len(text) <= 40 else text[:39] + "…"
    return ""


def field_words(header: str) -> str:
    """A column header as words in a sentence: "Engaged now" -> "engaged now"."""
    words = header.replace("🔒", "").strip()
    if len(words) > 1 and words[1].islower():
        words = words[0].lower() + words[1:]
    return words


def add_text(record: Any) -> str:
    """ "Add stakeholder Kay Boardman" (or "Add stakeholder" before it has a name)."""
    return " ".join(filter(None, ("Add", record_kind_label(type(record)), _name(record))))


def cell_edit_text(old: Any, new: Any, header: str) -> str:
    """ "Edit stakeholder Kay Boardman: power": which record, and which of its cells."""
    who = " ".join(filter(None, (record_kind_label(type(new)), _name(old) or _name(new))))
    return f"Edit {who}: {field_words(header)}"


class NewRowCommand(AddRecordCommand):
    """Adds a new row; the cells typed into it next join this one undo step."""

    def __init__(self, store: Any, record: Any, position: int | None = None) -> None:
        super().__init__(store, record, position)
        self.setText(add_text(record))
        self.open = True  # still taking the row's cells

    def id(self) -> int:
        return NEW_ROW_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            self.open and isinstance(other, CellEditCommand) and other.new.id == self.record.id
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

    def __init__(self, store: Any, old: Any, new: Any, header: str) -> None:
        super().__init__(store, old, new)
        self.setText(cell_edit_text(old, new, header))

    def id(self) -> int:
        return NEW_ROW_MERGE_ID
