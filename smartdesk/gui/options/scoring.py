"""The scoring matrix: short-listed options down, criteria across, a score 0-5 per cell.

Built for speed in the room, and like a spreadsheet: type a digit and the cell is
scored, the cursor staying on it, so Alt+T writes the reason for that score; Enter or
Tab moves on to the next cell (along the row, then to the next option), Shift+Tab back;
Delete clears a cell; the field below the matrix holds the current cell's rationale.
Each cell typed is one undoable command.
Cells not yet scored are shaded and show a dot, so gaps are plain on a projector.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.appraisal import MAX_SCORE, criterion_label, option_label
from smartdesk.domain.labels import option_letters
from smartdesk.domain.records import Criterion, Option, Score, WorkshopData
from smartdesk.gui.common.header_view import WrappingHeader, word_width
from smartdesk.gui.common.table_model import FlatTableModel
from smartdesk.gui.common.translation import tr
from smartdesk.gui.common.undo_keys import has_typing, route_undo_keys
from smartdesk.gui.editing.session import WorkshopSession

_Index = QModelIndex | QPersistentModelIndex
UNSCORED_MARK = "·"
UNSCORED_BACKGROUND = QColor("#fde9b6")


class ScoringMatrixModel(FlatTableModel):
    """Short-listed options (rows) x criteria (columns); each cell a ``Score`` or empty."""

    def __init__(self) -> None:
        super().__init__()
        self._options: list[Option] = []
        self._criteria: list[Criterion] = []
        self._scores: dict[tuple[str, str], Score] = {}
        self._letters: dict[str, str] = {}
        # Rows named by the option's letter alone (a projector's narrow room; the
        # header's tooltip has the name).
        self.letters_only = False

    def set_letters_only(self, on: bool) -> None:
        if on != self.letters_only:
            self.letters_only = on
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(self._options) - 1, 0))

    def set_data(self, data: WorkshopData) -> None:
        self._letters = option_letters(data.options)
        options = [option for option in data.options if option.shortlisted]
        criteria = list(data.criteria)
        same_shape = [o.id for o in options] == [o.id for o in self._options] and [
            c.id for c in criteria
        ] == [c.id for c in self._criteria]
        if not same_shape:
            self.beginResetModel()
        self._options, self._criteria = options, criteria
        self._scores = {score.key: score for score in data.scores}
        if same_shape:
            # Same cells: keep the cursor where the room left it.
            if options and criteria:
                last = self.index(len(options) - 1, len(criteria) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(criteria) - 1, 0))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(options) - 1, 0))
        else:
            self.endResetModel()

    def key(self, row: int, column: int) -> tuple[str, str]:
        """(option id, criterion id) of a cell."""
        return (self._options[row].id, self._criteria[column].id)

    def score(self, row: int, column: int) -> Score | None:
        return self._scores.get(self.key(row, column))

    def option(self, row: int) -> Option:
        return self._options[row]

    def criterion(self, column: int) -> Criterion:
        return self._criteria[column]

    def shape(self) -> tuple[int, int]:
        return len(self._options), len(self._criteria)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        score = self.score(index.row(), index.column())
        value = score.score if score is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return UNSCORED_MARK if value is None else str(value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if value is None:
                return tr("not scored")
            return tr("{score} out of {most}").format(score=value, most=MAX_SCORE)
        if role == Qt.ItemDataRole.ToolTipRole:
            rationale = score.rationale if score is not None else ""
            if value is None:
                return tr("Not scored yet: type 0 to 5.") + (f"\n{rationale}" if rationale else "")
            return rationale or None
        if role == Qt.ItemDataRole.BackgroundRole and value is None:
            return QBrush(UNSCORED_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self._criteria):
                return None
            criterion = self._criteria[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return criterion_label(criterion)
            if role == Qt.ItemDataRole.ToolTipRole:
                return criterion.description or criterion_label(criterion)
            return None
        if section >= len(self._options) or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        option = self._options[section]
        if self.letters_only and role == Qt.ItemDataRole.DisplayRole:
            return self._letters.get(option.id, option_label(option))
        return option_label(option)


class ScoringMatrixView(QTableView):
    """The matrix's view: digits score, Delete clears, arrows move."""

    score_typed = Signal(int)
    clear_requested = Signal()
    refused_key = Signal(str)
    move_requested = Signal(int)  # +1 next cell, -1 previous (Enter / Tab, Shift+Tab)

    def __init__(self, model: ScoringMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Scoring matrix"))
        # Qt's own corner button (top left, between the headers) is a control too.
        corner = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select the whole matrix"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setHorizontalHeader(WrappingHeader(self))  # presentation mode's rules
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # Criterion names wrap onto up to four lines rather than being cut off.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(4 * self.fontMetrics().height() + 8)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_row_names()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            # Once the headers have the new type too (it reaches them after the view).
            QTimer.singleShot(0, self, self._fit_row_names)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_row_names()

    def _fit_row_names(self) -> None:
        """Long option names are cut so the score columns keep most of the room; on a
        projector (wrapping titles) a name is never cut: beside every criterion's
        longest word it is whole, or else the row shows the option's letter alone."""
        rows = self.verticalHeader()
        header = self.horizontalHeader()
        model = self.model()
        if not (isinstance(header, WrappingHeader) and header.wrapping):
            if isinstance(model, ScoringMatrixModel):
                model.set_letters_only(False)
            rows.setMaximumWidth(max(120, self.width() * 3 // 10))
            return
        least = header.minimumSectionSize()  # stretched columns: none narrower
        words = sum(max(least, word_width(header, c)) for c in range(header.count()))
        metrics = rows.fontMetrics()
        bold = QFont(rows.font())
        bold.setBold(True)  # the current row's name is drawn bold
        names = [
            str(model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole))
            for row in range(model.rowCount())
        ]
        widest = max((QFontMetrics(bold).horizontalAdvance(n) for n in names), default=0)
        room = self.width() - words - self.verticalScrollBar().sizeHint().width() - 4
        if isinstance(model, ScoringMatrixModel):
            model.set_letters_only(widest + 2 * metrics.averageCharWidth() > room)
        rows.setMaximumWidth(max(room, 2 * metrics.height()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not (
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if plain and len(text) == 1 and text.isdigit():
            if int(text) <= MAX_SCORE:
                self.score_typed.emit(int(text))
            else:
                self.refused_key.emit(
                    tr("Scores run from 0 to {most}; {typed} is not a score.").format(
                        most=MAX_SCORE, typed=text
                    )
                )
            event.accept()
            return
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
            event.accept()
            return
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_requested.emit(1)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab move between cells; past the last (or first) cell they leave
        # the matrix as usual, so the keyboard is never trapped in it.
        index = self.currentIndex()
        model = self.model()
        if index.isValid():
            columns = model.columnCount()
            position = index.row() * columns + index.column() + (1 if next else -1)
            if 0 <= position < model.rowCount() * columns:
                self.move_requested.emit(1 if next else -1)
                return True
        return super().focusNextPrevChild(next)


class ScoringPanel(QWidget):
    """The matrix, a line saying where the cursor is, and the current cell's rationale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.model = ScoringMatrixModel()
        self.view = ScoringMatrixView(self.model)
        self.view.score_typed.connect(self.enter_score)
        self.view.clear_requested.connect(self.clear_score)
        self.view.refused_key.connect(self._say)
        self.view.move_requested.connect(self.move_on)
        self.model.modelReset.connect(self._start_at_first_cell)

        self.place = QLabel()
        self.place.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Type 0-5 to score; Alt+T for the reason; Enter or Tab moves on; Delete "
                "clears; unscored cells show {mark} on a shaded background."
            ).format(mark=UNSCORED_MARK)
        )
        self.hint.setWordWrap(True)
        self.rationale = QLineEdit()
        self.rationale.setPlaceholderText(self.tr("Why this score? (Enter to keep)"))
        self.rationale.setAccessibleName(self.tr("Rationale for the current score"))
        self.rationale.editingFinished.connect(self.save_rationale)
        route_undo_keys(self.rationale)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a4b00;")

        rationale_row = QHBoxLayout()
        rationale_label = QLabel(self.tr("Ra&tionale:"))
        rationale_label.setBuddy(self.rationale)
        rationale_row.addWidget(rationale_label)
        rationale_row.addWidget(self.rationale, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.place)
        layout.addLayout(rationale_row)
        layout.addWidget(self.message)
        self.view.selectionModel().currentChanged.connect(self._show_current)

    def show_data(self, session: WorkshopSession | None, data: WorkshopData) -> None:
        self.session = session
        self.model.set_data(data)
        self._show_current()

    # -- where the cursor is --------------------------------------------------------------

    def _start_at_first_cell(self) -> None:
        if self.model.rowCount() and self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _current(self) -> tuple[int, int] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return index.row(), index.column()

    def _show_current(self, *_args: object) -> None:
        here = self._current()
        if here is None:
            self.place.setText(self.tr("Short-list options and add criteria to score them."))
            self.rationale.clear()
            self.rationale.setEnabled(False)
            return
        row, column = here
        option, criterion = self.model.option(row), self.model.criterion(column)
        score = self.model.score(row, column)
        value = "not scored" if score is None or score.score is None else f"{score.score}/5"
        self.place.setText(f"{option_label(option)} — {criterion_label(criterion)}: {value}")
        self.rationale.setEnabled(True)
        # Typing not saved yet stays; otherwise the box shows the file (after Undo too).
        if not (self.rationale.hasFocus() and has_typing(self.rationale)):
            self.rationale.setText(score.rationale if score is not None else "")

    def move_on(self, step: int = 1) -> None:
        """The next cell (``step`` 1: along the row, then the next option) or the previous."""
        here = self._current()
        columns = self.model.columnCount()
        if here is None or columns == 0:
            return
        position = here[0] * columns + here[1] + step
        if 0 <= position < self.model.rowCount() * columns:
            self.view.setCurrentIndex(self.model.index(*divmod(position, columns)))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- edits ----------------------------------------------------------------------------

    def enter_score(self, value: int) -> None:
        """Score the current cell ``value`` (one undo step); the cursor stays on it."""
        here = self._current()
        if here is None or self.session is None:
            return
        row, column = here
        option_id, criterion_id = self.model.key(row, column)
        self.message.clear()
        self.session.set_score(option_id, criterion_id, score=value)

    def clear_score(self) -> None:
        """Clear the current cell's score (its rationale stays)."""
        here = self._current()
        if here is None or self.session is None:
            return
        self.session.set_score(*self.model.key(*here), score=None)

    def save_rationale(self) -> None:
        """Keep the rationale field's text on the current cell (one undo step)."""
        here = self._current()
        if here is None or self.session is None:
            return
        saved = self.session.set_score(
            *self.model.key(*here), rationale=self.rationale.text().strip()
        )
        if saved:  # saved, or nothing to save: Ctrl+Z now goes to the window
            self.rationale.setModified(False)
