"""A small read-only table model for computed figures (ranking, value for money,
sensitivity): rows of ready-made cells, refreshed whole from the domain's results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from smartdesk.gui.common.table_model import FlatTableModel

_Index = QModelIndex | QPersistentModelIndex
WARN_BACKGROUND = QColor("#fde9b6")
WARN_MARK = "⚠"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: its text, and how it reads (numbers right-aligned, warnings shaded)."""

    text: str
    number: bool = False
    tooltip: str = ""
    warn: bool = False


class RowsModel(FlatTableModel):
    """Headers across, ``Cell`` rows down; ``set_rows`` replaces everything."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self.headers = list(headers)
        self._rows: list[tuple[Cell, ...]] = []

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        new = [tuple(row) for row in rows]
        if len(new) == len(self._rows) and new:
            self._rows = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.headers) - 1))
        elif new != self._rows:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def texts(self) -> list[list[str]]:
        """Every cell's text, row by row (what a reader of the table sees)."""
        return [[cell.text for cell in row] for row in self._rows]

    def shape(self) -> tuple[int, int]:
        return len(self._rows), len(self.headers)

    def header(self, section: int) -> str:
        return self.headers[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            # A shaded figure is marked too (a sentence in a cell already says why).
            return f"{WARN_MARK} {cell.text}" if cell.warn and cell.number else cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and cell.warn:
            return QBrush(WARN_BACKGROUND)
        return None
