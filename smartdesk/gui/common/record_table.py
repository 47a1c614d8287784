"""A thin, sortable, filterable table view; the Delete key asks to remove the selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from smartdesk.gui.common.column_words import column_word
from smartdesk.gui.common.header_view import WrappingHeader
from smartdesk.gui.common.table_model import SORT_ROLE

_MAX_COLUMN_WIDTH = 260


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's sort keys (numbers as numbers) and filters on any column."""

    def __init__(self) -> None:
        super().__init__()
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        left_key = model.data(left, SORT_ROLE)
        right_key = model.data(right, SORT_ROLE)
        return bool(left_key < right_key)


class RecordTableView(QTableView):
    """Shows a ``RecordTableModel`` through a sort/filter proxy.

    ``delete_requested`` carries the ``Target`` list of the selected rows (or cells).
    """

    delete_requested = Signal(list)

    # The headers of the columns a projector must show (presentation mode hides the
    # others, and a column added later is hidden there until it is listed); empty: all.
    essential: tuple[str, ...] = ()

    def __init__(self, model: Any, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(self))
        self.source_model = model
        self.proxy = RecordFilterProxy()
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        # Names are marked QT_TRANSLATE_NOOP("Tables", ...) where the tables are made.
        self.setAccessibleName(QCoreApplication.translate("Tables", accessible_name))
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab moves on to the next widget, not cell to cell
        self.verticalHeader().setVisible(False)
        # Rows one line high, growing with the font (presentation mode).
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # No sort column at first: the room's order; clicking a header sorts.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        # Column -> width for columns whose width the stage sets rather than measures.
        self.fixed_widths: dict[int, int] = {}
        self._fit_pending = False
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Size columns to their contents, capped so one long text cannot hide the rest.

        Measuring every cell is the dearest part of showing a table, so a table out of
        sight (another stage, another tab) is measured when it is first shown.
        """
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionSize(column) > _MAX_COLUMN_WIDTH:
                header.resizeSection(column, _MAX_COLUMN_WIDTH)
        for column, width in self.fixed_widths.items():
            self.setColumnWidth(column, width)

    def show_essential_only(self) -> list[int]:
        """Presentation mode: hide the columns not essential, wrap the headers, fit the
        columns to the larger type. Returns the columns it hid."""
        header = self.horizontalHeader()
        hidden = []
        if self.essential:
            model = self.model()
            for column in range(header.count()):
                title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                wanted = {column_word(name) for name in self.essential}
                if title not in wanted and not header.isSectionHidden(column):
                    header.hideSection(column)
                    hidden.append(column)
        if isinstance(header, WrappingHeader):
            header.set_wrapping(True)
        self.fit_columns()
        return hidden

    def show_all_columns(self, hidden: list[int]) -> None:
        """Leaving presentation mode: the columns ``show_essential_only`` hid come back."""
        header = self.horizontalHeader()
        for column in hidden:
            header.showSection(column)
        if isinstance(header, WrappingHeader):
            header.set_wrapping(False)
        self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_columns()

    def selected_targets(self) -> list[Any]:
        """The stored records behind the current selection."""
        indexes = [self.proxy.mapToSource(index) for index in self.selectedIndexes()]
        targets: list[Any] = self.source_model.targets(indexes)
        return targets

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            targets = self.selected_targets()
            if targets:
                self.delete_requested.emit(targets)
                event.accept()
                return
        super().keyPressEvent(event)
