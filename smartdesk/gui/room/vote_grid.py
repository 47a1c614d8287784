"""The vote entry grid: voters down, the round's subjects across, a count per cell.

As fast as the room calls votes out: type a count over a cell and press Enter, and the
cursor moves on ALONG the voter's row, then to the next voter's first subject. A voter
calls out their whole allocation at once ("40 on fit, 30 on cost, 30 on delivery"),
and the last column shows what that voter has left, so moving across keeps the budget
being spent in sight; Enter on a cell without typing skips it (no vote). Delete clears
a cell. A count over the voter's budget is refused beside the grid and on the cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from smartdesk.domain.enums import ParticipantKind, RoundStatus, VoteMethod, VoteSubject
from smartdesk.domain.labels import letter
from smartdesk.domain.records import Participant, Vote, VoteRound, WorkshopData
from smartdesk.domain.vote_rules import subject_records
from smartdesk.gui.common.column_words import column_word

_Index = QModelIndex | QPersistentModelIndex
_REFUSED = QBrush(QColor("#f8d7da"))


def subject_labels(data: WorkshopData, round_: VoteRound) -> dict[str, str]:
    """Each subject of ``round_`` as the room sees it: an option with its letter (a
    confidential one by its letter alone), a criterion or outcome by its name."""
    if round_.subject is VoteSubject.OPTIONS:
        letters = {option.id: letter(i) for i, option in enumerate(data.options)}
        return {
            o.id: QCoreApplication.translate("Voting", "Option {letter}").format(
                letter=letters[o.id]
            )
            if o.confidential or not o.name.strip()
            else f"{letters[o.id]}. {o.name.strip()}"
            for o in data.options
            if o.shortlisted
        }
    return {
        str(getattr(r, "id", "")): str(getattr(r, "name", "") or getattr(r, "title", "")).strip()
        or "(unnamed)"
        for r in subject_records(data, round_.subject)
    }


def warning_colour(label: QWidget) -> None:
    """Dark red text, by palette: a style sheet would stop the label following the
    window's type size (presentation mode)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#a4262c"))
    label.setPalette(palette)


def unit(round_: VoteRound) -> str:
    """What a round's voters give, in the interface's language ("dots" or "points")."""
    if round_.method is VoteMethod.DOTS:
        return QCoreApplication.translate("Voting", "dots")
    return QCoreApplication.translate("Voting", "points")


def voter_label(participant: Participant) -> str:
    name = participant.name.strip() or QCoreApplication.translate("Voting", "(unnamed)")
    if participant.kind is ParticipantKind.TABLE:
        return QCoreApplication.translate("Voting", "{name} (table)").format(name=name)
    return name


class VoteGridModel(QAbstractTableModel):
    """Voters who attended (rows) x the round's subjects (columns), and a "Left" column."""

    typed = Signal(int, int, str)  # row, column, the text typed

    def __init__(self) -> None:
        super().__init__()
        self.round: VoteRound | None = None
        self.voters: list[Participant] = []
        self.subjects: list[tuple[str, str]] = []  # (id, label)
        self._votes: dict[tuple[str, str], Vote] = {}
        self.editable = False
        self.refused_cell: tuple[str, str] | None = None

    def set_data(self, data: WorkshopData, round_: VoteRound | None, editable: bool) -> None:
        voters = [p for p in data.participants if p.attended] if round_ else []
        subjects = list(subject_labels(data, round_).items()) if round_ else []
        same_shape = (
            round_ is not None
            and self.round is not None
            and round_.id == self.round.id
            and [v.id for v in voters] == [v.id for v in self.voters]
            and [s for s, _ in subjects] == [s for s, _ in self.subjects]
        )
        if not same_shape:
            self.beginResetModel()
        self.round, self.voters, self.subjects = round_, voters, subjects
        self.editable = editable and round_ is not None and round_.status is RoundStatus.OPEN
        self._votes = {
            (v.participant_id, v.subject_id): v
            for v in data.votes
            if round_ is not None and v.round_id == round_.id
        }
        if same_shape:
            # Same cells: the cursor stays where the room left it.
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(subjects)))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(subjects))
        else:
            self.endResetModel()

    # -- what a cell holds --------------------------------------------------------------

    def vote(self, row: int, column: int) -> Vote | None:
        return self._votes.get((self.voters[row].id, self.subjects[column][0]))

    def spent(self, row: int) -> int:
        voter = self.voters[row].id
        return sum(v.points for (who, _s), v in self._votes.items() if who == voter)

    def left(self, row: int) -> int:
        return (self.round.budget if self.round else 0) - self.spent(row)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.voters)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.subjects else len(self.subjects) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.round is None:
            return None
        row, column = index.row(), index.column()
        if column == len(self.subjects):
            left = self.left(row)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if role == Qt.ItemDataRole.DisplayRole:
                    return str(left)
                return QCoreApplication.translate("Voting", "{n} left").format(n=left)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        vote = self.vote(row, column)
        points = vote.points if vote is not None else 0
        if role == Qt.ItemDataRole.DisplayRole:
            return str(points) if points else ""
        if role == Qt.ItemDataRole.EditRole:
            return str(points) if points else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.subjects[column][1]}: {points} {unit(self.round)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        refused = (self.voters[row].id, self.subjects[column][0]) == self.refused_cell
        if role == Qt.ItemDataRole.BackgroundRole and refused:
            return _REFUSED
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return voter_label(self.voters[section]) if section < len(self.voters) else None
        if section < len(self.subjects):
            return self.subjects[section][1]
        return column_word("Left") if section == len(self.subjects) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() < len(self.subjects):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self.typed.emit(index.row(), index.column(), str(value))
        return True


class VoteGridView(QTableView):
    """Type a count over a cell; Enter moves on along the row; Delete clears."""

    move_requested = Signal(int)  # +1 next cell, -1 previous
    clear_requested = Signal()

    def __init__(self, model: VoteGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(False)
        # Qt's own corner button (top left, between the headers) is a control too.
        corner = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select every vote"))
        self.setWordWrap(True)
        delegate = QStyledItemDelegate(self)
        delegate.closeEditor.connect(self._editor_closed)
        self.setItemDelegate(delegate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Voters' names give way to the count columns (a projector at 1280 x 720), and the
        # subjects' names wrap onto three lines of today's type rather than being cut.
        self.verticalHeader().setMaximumWidth(max(120, self.width() // 4))
        self.horizontalHeader().setMinimumHeight(3 * self.fontMetrics().height() + 6)
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # Alt and Ctrl keys are the page's (Alt+L closes the round), never a count typed.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers()
            & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
        ):
            event.ignore()
            return False
        return super().event(event)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            QTimer.singleShot(0, self, lambda: self.move_requested.emit(1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Typing: the editor passes its Enter on to here before it commits; closing
            # it moves on (``_editor_closed``), so only a cell not being typed in moves.
            if self.state() != QAbstractItemView.State.EditingState:
                self.move_requested.emit(1)
        elif plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab move between cells too, and leave the grid past either end.
        index = self.currentIndex()
        model = self.model()
        if isinstance(model, VoteGridModel) and index.isValid():
            columns = len(model.subjects)
            position = index.row() * columns + index.column() + (1 if next else -1)
            if 0 <= position < model.rowCount() * columns:
                self.move_requested.emit(1 if next else -1)
                return True
        return super().focusNextPrevChild(next)
