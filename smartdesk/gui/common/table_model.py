"""Qt table models over domain records: what every flat table answers Qt, and a generic
table of records.

A model never owns the records: a stage page re-reads them from the store and hands them
over with ``set_records``. Each model can say which stored records a selection stands
for (``targets``), so one Delete key path serves every table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from smartdesk.gui.common.column_words import choice_word, column_word

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One table column: its header and how to read its value from a record."""

    header: str
    value: Callable[[Any], object]
    money: bool = False


@dataclass(frozen=True)
class Target:
    """A stored record a table cell stands for: what the Delete key removes.

    ``key`` is the record's id; a score's is its (option id, criterion id).
    """

    kind: type
    key: str | tuple[str, str]


def display_text(value: object, *, money: bool = False) -> str:
    """How a record value reads in a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Columns", "Yes") if value else ""
    if isinstance(value, Enum):
        return choice_word(str(getattr(value, "label", value.value)))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float | int):
        if money:
            return f"£{value:,.0f}"
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, tuple | list):
        return ", ".join(display_text(item) for item in value)
    return str(value)


def sort_key(value: object) -> tuple[int, Any]:
    """Numbers before text before blanks, so sorting a column never mixes types."""
    if value is None or value == "" or value == ():
        return (2, "")
    if isinstance(value, bool):
        return (0, float(value))
    if isinstance(value, int | float) and not isinstance(value, Enum):
        return (0, float(value))
    return (1, display_text(value).casefold())


class FlatTableModel(QAbstractTableModel):
    """A table with no rows under its rows: a subclass gives its ``shape`` and, unless it
    words its headers itself, each column's ``header``; rows are numbered from 1."""

    def shape(self) -> tuple[int, int]:
        """(rows, columns) the table shows now."""
        raise NotImplementedError

    def header(self, section: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shape()[0]

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shape()[1]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            # Headers are marked for the translators where the columns are made.
            return column_word(self.header(section))
        return str(section + 1)


class RecordTableModel(FlatTableModel):
    """Rows are records of one kind, columns are ``Column`` getters. Read-only."""

    def __init__(self, kind: type, columns: Sequence[Column]) -> None:
        super().__init__()
        self.kind = kind
        self.columns = list(columns)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        """Show ``records``; keeps the selection when only values changed."""
        records = list(records)
        same_rows = [r.id for r in records] == [r.id for r in self._records]
        self._records = records
        if same_rows and records:
            last = self.index(len(records) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        elif not same_rows:
            self.beginResetModel()
            self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def targets(self, indexes: Sequence[_Index]) -> list[Target]:
        """The records behind ``indexes`` (one per row, in row order)."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return [Target(self.kind, self._records[row].id) for row in rows]

    def shape(self) -> tuple[int, int]:
        return len(self._records), len(self.columns)

    def header(self, section: int) -> str:
        return self.columns[section].header

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = column.value(self._records[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(value, money=column.money)
        if role == SORT_ROLE:
            return sort_key(value)
        is_number = isinstance(value, int | float) and not isinstance(value, bool | Enum)
        if role == Qt.ItemDataRole.TextAlignmentRole and is_number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
