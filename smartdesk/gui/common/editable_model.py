"""The records of one kind as a table model whose edits go through the session.

The model never owns the records: it re-reads ``store.records(kind)`` whenever the
session reports a change, and every edit goes through the session's gateway, which
checks the domain rules and makes it one undo step. Typed text is read by the column's
``Field`` (``fields.py``); a refusal, whether of the text or by the rules, is kept on
the cell as its tooltip and sent out as ``refused``, never saved.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopData, new_id
from smartdesk.domain.validation import apply_edit, validate_edit
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.table_model import (
    SORT_ROLE,
    Column,
    RecordTableModel,
    sort_key,
)
from smartdesk.gui.common.translation import sentence, tr
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession
from smartdesk.gui.editing.undo_text import update_text

_Index = QModelIndex | QPersistentModelIndex
_ERROR_BRUSH = QBrush(QColor("#f8d7da"))


def _getter(name: str) -> Callable[[Any], object]:
    def get(record: Any) -> object:
        return getattr(record, name)

    return get


class EditableRecordModel(RecordTableModel):
    """The records of ``kind`` in the store, one column per ``Field``; edits are commands.

    ``refused`` carries the message of an edit that was not saved (it also goes to
    ``session.failed``); the refused cell keeps the message as its tooltip until the
    next accepted edit.
    """

    refused = Signal(str)
    accepted = Signal()

    def __init__(self, session: WorkshopSession | None, kind: type, fields: Sequence[Field]):
        columns = [Column(f.header, _getter(f.name), money=f.kind == "money") for f in fields]
        super().__init__(kind, columns)
        self.fields = list(fields)
        self.session: WorkshopSession | None = None
        self._errors: dict[tuple[str, int], str] = {}
        # The id of the row just added and still being typed in: its cells join its
        # "Add" step (``WorkshopSession.add_row``).
        self.new_row: str | None = None
        self.bind(session)

    # -- life cycle ------------------------------------------------------------------------

    def bind(self, session: WorkshopSession | None) -> None:
        """Show ``session``'s records of this kind (None: empty) and follow its changes."""
        if self.session is not None:
            # The session may have gone already.
            with contextlib.suppress(RuntimeError, TypeError):
                self.session.changed.disconnect(self._on_change)
        self.session = session
        self.new_row = None
        if session is not None:
            session.changed.connect(self._on_change)
        self.reload()

    def _on_change(self, _change: Any) -> None:
        # Any change may rename a record an ids or choice column shows, so re-read always.
        self.reload()

    def reload(self) -> None:
        """Re-read the records from the store."""
        records: list[Any] = []
        if self.session is not None:
            records = self.session.store.records(self.kind)
        self.set_records(records)

    @property
    def read_only(self) -> bool:
        return self.session is None or self.session.read_only

    # -- Qt model --------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.fields[index.column()]
        record = self.record(index.row())
        value = getattr(record, field.name)
        error = self._errors.get((record.id, index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            # A refused cell is marked as well as shaded (its tooltip says why).
            return f"⚠ {field.display(value)}" if error else field.display(value)
        if role == Qt.ItemDataRole.EditRole:
            return field.edit_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or field.display(value) or field.shown_tooltip or None
        if role == SORT_ROLE and field.kind in ("enum", "ids"):
            return sort_key(field.display(value))
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return _ERROR_BRUSH
        if role == Qt.ItemDataRole.CheckStateRole and field.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                f"{field.shown_header}: {field.display(value) or ('yes' if value is True else '')}"
            )
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and self.fields[section].tooltip
        ):
            return self.fields[section].shown_tooltip
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or self.read_only or self.fields[index.column()].read_only:
            return flags
        if self.fields[index.column()].kind == "bool":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.session is None:
            return False
        field = self.fields[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and field.kind == "bool":
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            return self.set_value(index.row(), index.column(), checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str):
            try:
                value = field.parse(value)
            except WorkshopError as error:
                self._refuse(index.row(), index.column(), str(error))
                return False
        return self.set_value(index.row(), index.column(), value)

    # -- edits -----------------------------------------------------------------------------

    def set_value(self, row: int, column: int, value: Any) -> bool:
        """Store ``value`` in one cell as ONE undo step, if the domain rules allow it."""
        if self.session is None or self.read_only:
            return False
        field = self.fields[column]
        if value is None:
            value = field.blank  # the combo box's empty entry
        old = self.record(row)
        new = dataclasses.replace(old, **{field.name: value})
        if new == old:
            self._clear_error(old.id, column)
            return True
        refused = False

        def refuse(message: str) -> None:
            nonlocal refused
            refused = True
            self._refuse(row, column, message)

        # "Set power of Kay Boardman to 7", as the table shows the column and the value.
        text = update_text(old, new, column=field.header, shown=field.display(value))
        # If this is the row just added, the cell joins its "Add" step.
        ok = self.session.update_cell(old, new, text=text, on_refused=refuse)
        if not refused:
            self._clear_error(old.id, column)
        if ok:
            self.accepted.emit()
        return ok

    def _refuse(self, row: int, column: int, message: str) -> None:
        message = sentence(message)  # a parse or rule refusal, in the window's language
        self._errors[(self.record(row).id, column)] = message
        index = self.index(row, column)
        self.dataChanged.emit(index, index)
        self.refused.emit(message)
        if self.session is not None:
            self.session.failed.emit(message)

    def _clear_error(self, record_id: str, column: int) -> None:
        self._errors.pop((record_id, column), None)

    def row_for_id(self, record_id: str) -> int:
        """The row of the record with ``record_id`` (-1 if not shown)."""
        return next((row for row, r in enumerate(self._records) if r.id == record_id), -1)

    def records_from_rows(self, rows: Sequence[Sequence[str]]) -> list[Any]:
        """New records from pasted rows (columns in this table's order), checked in turn.

        Every row must be sound, or WorkshopError names the first bad row (counting from 1)
        and nothing is added.
        """
        data: WorkshopData = self.session.store.load() if self.session else NOTHING_OPEN
        records: list[Any] = []
        editable = [f for f in self.fields if not f.read_only]
        for number, cells in enumerate(rows, start=1):
            try:
                values = {f.name: f.parse(text) for f, text in zip(editable, cells, strict=False)}
            except WorkshopError as error:
                raise WorkshopError(
                    tr("Row {number}: {problem}").format(number=number, problem=error)
                ) from None
            if len(cells) > len(editable) and any(c.strip() for c in cells[len(editable) :]):
                raise WorkshopError(
                    tr("Row {number} has {cells} columns; this table has {columns}.").format(
                        number=number, cells=len(cells), columns=len(editable)
                    )
                )
            record = self.kind(id=new_id(), **values)
            problems = validate_edit(data, record)
            if problems:
                raise WorkshopError(
                    tr("Row {number}: {problem}").format(
                        number=number, problem=sentence(problems[0])
                    )
                )
            data = apply_edit(data, record)[0]
            records.append(record)
        return records
