"""Qt table models over domain records: a generic one, and the options x criteria matrix.

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

from smartdesk.domain.records import Criterion, Option, Score
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


class RecordTableModel(QAbstractTableModel):
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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_word(self.columns[section].header)
        return str(section + 1)


class ScoreMatrixModel(QAbstractTableModel):
    """Options down, criteria across, each cell the option's score (0-5) on the criterion."""

    def __init__(self) -> None:
        super().__init__()
        self._options: list[Option] = []
        self._criteria: list[Criterion] = []
        self._scores: dict[tuple[str, str], Score] = {}

    def set_records(
        self, options: Sequence[Option], criteria: Sequence[Criterion], scores: Sequence[Score]
    ) -> None:
        self.beginResetModel()
        self._options = list(options)
        self._criteria = list(criteria)
        self._scores = {score.key: score for score in scores}
        self.endResetModel()

    def score(self, row: int, column: int) -> Score | None:
        if column == 0:
            return None
        key = (self._options[row].id, self._criteria[column - 1].id)
        return self._scores.get(key)

    def targets(self, indexes: Sequence[_Index]) -> list[Target]:
        """The score cells behind ``indexes`` that hold a stored score."""
        found: list[Target] = []
        for index in sorted(indexes, key=lambda i: (i.row(), i.column())):
            score = self.score(index.row(), index.column()) if index.isValid() else None
            if score is not None:
                found.append(Target(Score, score.key))
        return found

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._options)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._options else len(self._criteria) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        option = self._options[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return option.name
            if role == SORT_ROLE:
                return sort_key(option.name)
            return None
        score = self.score(index.row(), index.column())
        value = score.score if score is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return score.rationale if score is not None and score.rationale else None
        if role == SORT_ROLE:
            return sort_key(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return column_word("Option")
        criterion = self._criteria[section - 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return criterion.description or criterion.name
        return criterion.name
