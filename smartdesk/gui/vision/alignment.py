"""Which outcomes serve which strategies, and which strategies nothing serves."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.records import Outcome, WorkshopData
from smartdesk.domain.vision_checks import alignment_matrix, outcome_name, unserved_strategies
from smartdesk.gui.common.header_view import WrappingHeader
from smartdesk.gui.common.translation import tr
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession

TICK = "✓"
_UNSERVED = QBrush(QColor("#fde7c4"))


class AlignmentMatrix(QTableWidget):
    """Outcomes down, strategies across; Space or double-click links or unlinks."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            parent = self.parent()
            while parent is not None and not isinstance(parent, AlignmentView):
                parent = parent.parent()
            if isinstance(parent, AlignmentView):
                parent.toggle(self.currentRow(), self.currentColumn())
            event.accept()
            return
        super().keyPressEvent(event)


class AlignmentView(QWidget):
    """The alignment matrix with a plain-words summary of the gaps beneath it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self._data = NOTHING_OPEN
        self.matrix = AlignmentMatrix()
        self.matrix.setAccessibleName(self.tr("Strategy and outcome alignment"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setTabKeyNavigation(False)
        self.matrix.setHorizontalHeader(WrappingHeader(self.matrix))  # presentation mode's rules
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.cellDoubleClicked.connect(self.toggle)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Alignment gaps"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(self.tr("Space or double-click links or unlinks an outcome and a strategy."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(self.summary)
        layout.addWidget(hint)

    def bind(self, session: WorkshopSession | None) -> None:
        self.session = session

    def show_data(self, data: WorkshopData) -> None:
        """Redraw the matrix from ``data``."""
        self._data = data
        current = (self.matrix.currentRow(), self.matrix.currentColumn())
        matrix = alignment_matrix(data)
        unserved = {s.id for s in unserved_strategies(data)}
        self.matrix.clear()
        self.matrix.setRowCount(len(data.outcomes))
        self.matrix.setColumnCount(len(data.strategies))
        for column, strategy in enumerate(data.strategies):
            header = QTableWidgetItem(strategy.title or self.tr("(untitled)"))
            if strategy.id in unserved:
                header.setBackground(_UNSERVED)
                header.setToolTip(self.tr("No outcome serves this strategy"))
                header.setText(f"⚠ {header.text()}")
            self.matrix.setHorizontalHeaderItem(column, header)
        for row, outcome in enumerate(data.outcomes):
            self.matrix.setVerticalHeaderItem(row, QTableWidgetItem(outcome_name(outcome)))
            for column, strategy in enumerate(data.strategies):
                item = QTableWidgetItem(TICK if matrix[row][column] else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if matrix[row][column]:
                    font = item.font()
                    font.setBold(True)
                    font.setPointSizeF(self.font().pointSizeF() * 1.3)
                    item.setFont(font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                served = self.tr("serves") if matrix[row][column] else self.tr("does not serve")
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{outcome_name(outcome)} {served} {strategy.title}",
                )
                if strategy.id in unserved:
                    item.setBackground(_UNSERVED)
                self.matrix.setItem(row, column, item)
        self.matrix.resizeColumnsToContents()
        if 0 <= current[0] < self.matrix.rowCount() and 0 <= current[1] < self.matrix.columnCount():
            self.matrix.setCurrentCell(*current)
        self.summary.setText(self._summary(data, unserved))

    def _summary(self, data: WorkshopData, unserved: set[str]) -> str:
        if not data.strategies and not data.outcomes:
            return self.tr("Add strategies and outcomes to see how they line up.")
        lines = []
        names = [s.title or self.tr("(untitled)") for s in data.strategies if s.id in unserved]
        if names:
            lines.append(self.tr("No outcome serves: {0}.").format("; ".join(names)))
        lonely = [outcome_name(o) for o in data.outcomes if not o.strategy_ids]
        if lonely:
            lines.append(self.tr("Outcomes serving no strategy: {0}.").format("; ".join(lonely)))
        return "\n".join(lines) or self.tr("Every strategy is served and every outcome serves one.")

    def toggle(self, row: int, column: int) -> None:
        """Link or unlink outcome ``row`` and strategy ``column`` (one undo step)."""
        if self.session is None or self.session.read_only:
            return
        if not (0 <= row < len(self._data.outcomes) and 0 <= column < len(self._data.strategies)):
            return
        outcome: Outcome = self._data.outcomes[row]
        strategy_id = self._data.strategies[column].id
        strategy = self._data.strategies[column]
        names = tr("{outcome} and {strategy}").format(
            outcome=outcome_name(outcome), strategy=strategy.title or tr("an untitled strategy")
        )
        if strategy_id in outcome.strategy_ids:
            ids = tuple(i for i in outcome.strategy_ids if i != strategy_id)
            text = tr("Unlink {names}").format(names=names)
        else:
            order = [s.id for s in self._data.strategies]
            ids = tuple(sorted({*outcome.strategy_ids, strategy_id}, key=order.index))
            text = tr("Link {names}").format(names=names)
        new = dataclasses.replace(outcome, strategy_ids=ids)
        self.session.update(outcome, new, text=text)
