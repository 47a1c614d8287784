"""Voting: rounds put to the room, the votes typed in as they are called out, live results.

The tool bar holds what is done to a round (new, close, open again, delete, apply a
criteria round to the weights); other room tools (phones) add their actions to it.
Every step is one undo step through the session, and votes never change scores: only
"Apply to weights" turns a criteria round into the criteria's weights, deliberately.
At most one round is open (the domain's rule): a refusal is said on the line it came
from, never in a box.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.enums import RoundStatus, VoteSubject
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Vote, VoteRound, WorkshopData, new_id
from smartdesk.domain.voting import round_is_applied, weights_from_round
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.translation import sentence
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession
from smartdesk.gui.room.results import ResultsPanel
from smartdesk.gui.room.round_form import RoundForm
from smartdesk.gui.room.vote_grid import (
    VoteGridModel,
    VoteGridView,
    unit,
    voter_label,
    warning_colour,
)


class VotingPanel(QWidget):
    """The Voting tab: choose or create a round, type its votes, see its results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.data = NOTHING_OPEN
        self.round_id: str | None = None
        # A refused count keeps the cursor on its cell (the editor's Enter moves on next).
        self._hold = False

        self.rounds = QComboBox()
        self.rounds.setAccessibleName(self.tr("Vote round shown"))
        self.rounds.activated.connect(self._round_chosen)
        rounds_label = QLabel(self.tr("&Round:"))
        rounds_label.setBuddy(self.rounds)
        self.toolbar = QToolBar(self.tr("Voting tools"))
        self.toolbar.setAccessibleName(self.tr("Voting tools"))
        self.new_button = self._tool(self.tr("&New round"), self.tr("Ask the room a new question"))
        self.close_button = self._tool(self.tr("C&lose round"), self.tr("Stop taking votes"))
        self.reopen_button = self._tool(self.tr("Open a&gain"), self.tr("Take votes again"))
        self.delete_button = self._tool(self.tr("&Delete round"), self.tr("Delete it, votes too"))
        self.apply_button = self._tool(
            self.tr("Apply to &weights"),
            self.tr("Make the criteria's weights this round's shares of the points (undoable)"),
        )
        self.close_button.clicked.connect(lambda: self._set_status(RoundStatus.CLOSED))
        self.reopen_button.clicked.connect(lambda: self._set_status(RoundStatus.OPEN))
        self.delete_button.clicked.connect(self.delete_round)
        self.apply_button.clicked.connect(self.apply_to_weights)

        self.form = RoundForm()
        self.form.wanted.connect(self.create_round)
        self.new_button.clicked.connect(self.form.start)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Round state"))

        self.grid_model = VoteGridModel()
        self.grid = VoteGridView(self.grid_model)
        self.grid.setAccessibleName(self.tr("Votes"))
        self.grid.move_requested.connect(self.move_on)
        self.grid.clear_requested.connect(lambda: self._write_current(0))
        self.grid_model.typed.connect(self._typed)
        grid_label = QLabel(self.tr("Vote&s (type a count, Enter moves along the voter's row):"))
        grid_label.setBuddy(self.grid)
        grid_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        warning_colour(self.message)
        self.message.setAccessibleName(self.tr("Votes: problem"))
        self.results = ResultsPanel()

        top = QHBoxLayout()
        top.addWidget(rounds_label)
        top.addWidget(self.rounds, 1)
        top.addWidget(self.toolbar)
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addWidget(grid_label)
        entry_layout.addWidget(self.grid, 1)
        entry_layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(entry)
        split.addWidget(self.results)
        split.setChildrenCollapsible(False)
        split.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)

    def _tool(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        self.toolbar.addWidget(button)
        return button

    # -- showing --------------------------------------------------------------------------

    def current_round(self) -> VoteRound | None:
        return next((r for r in self.data.vote_rounds if r.id == self.round_id), None)

    def show_data(self, session: WorkshopSession | None, data: WorkshopData) -> None:
        self.session, self.data = session, data
        rounds = data.vote_rounds
        if self.current_round() is None:
            # The open round if there is one, else the latest.
            chosen = next((r for r in rounds if r.status is RoundStatus.OPEN), None)
            latest = chosen or (rounds[-1] if rounds else None)
            self.round_id = latest.id if latest is not None else None
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for each in rounds:
            self.rounds.addItem(self._round_text(each), each.id)
        self.rounds.setCurrentIndex(self.rounds.findData(self.round_id))
        self.rounds.blockSignals(False)
        round_ = self.current_round()
        writable = session is not None and not session.read_only
        self.grid_model.set_data(data, round_, writable)
        self.results.show_round(data, round_)
        self._show_state(round_, writable)

    def _round_text(self, round_: VoteRound) -> str:
        title = round_.title.strip() or self.tr("(untitled)")
        status = self.tr("open") if round_.status is RoundStatus.OPEN else self.tr("closed")
        return self.tr("{title} — {status}, {budget} {unit} each on {subject}").format(
            title=title,
            status=status,
            budget=round_.budget,
            unit=unit(round_),
            subject=choice_word(round_.subject.label),
        )

    def _show_state(self, round_: VoteRound | None, writable: bool) -> None:
        is_open = round_ is not None and round_.status is RoundStatus.OPEN
        self.close_button.setEnabled(writable and is_open)
        self.reopen_button.setEnabled(writable and round_ is not None and not is_open)
        self.delete_button.setEnabled(writable and round_ is not None)
        criteria = round_ is not None and round_.subject is VoteSubject.CRITERIA
        applied = criteria and round_ is not None and round_is_applied(self.data, round_.id)
        self.apply_button.setEnabled(writable and criteria and not applied)
        self.form.setEnabled(writable)
        if round_ is None:
            text = self.tr("No round yet: type a question above and press Enter.")
        elif not self.grid_model.voters:
            text = self.tr("Add participants who attended (Participants tab) to take votes.")
        elif is_open:
            text = self.tr("Open: type each voter's {unit} ({budget} each).").format(
                unit=unit(round_), budget=round_.budget
            )
        else:
            text = self.tr("Closed: open it again to change its votes.")
        if applied:
            text += " " + self.tr("The criteria's weights are this round's.")
        self.state.setText(text)

    def _round_chosen(self, index: int) -> None:
        self.round_id = self.rounds.itemData(index)
        self.message.clear()
        self.show_data(self.session, self.data)

    # -- rounds -------------------------------------------------------------------------------

    def create_round(self, round_: VoteRound) -> None:
        if self.session is None:
            return
        text = self.tr("New vote round {title}").format(title=round_.title or "")
        if self.session.add(round_, text=text.strip(), on_refused=self.form.say):
            self.round_id = round_.id
            self.form.created()
            self.show_data(self.session, self.session.store.load())
            self.grid.setFocus()
            if self.grid_model.rowCount():
                self.grid.setCurrentIndex(self.grid_model.index(0, 0))

    def _set_status(self, status: RoundStatus) -> None:
        round_ = self.current_round()
        if self.session is None or round_ is None:
            return
        self.message.clear()
        self.session.update(
            round_,
            dataclasses.replace(round_, status=status),
            text=(
                self.tr("Close vote round {title}")
                if status is RoundStatus.CLOSED
                else self.tr("Reopen vote round {title}")
            )
            .format(title=round_.title)
            .strip(),
            on_refused=self.message.setText,
        )

    def delete_round(self) -> None:
        round_ = self.current_round()
        if self.session is not None and round_ is not None:
            self.round_id = None
            self.session.delete(VoteRound, [round_.id])

    def apply_to_weights(self) -> None:
        """Make the criteria's weights this round's shares, as one undo step."""
        round_ = self.current_round()
        if self.session is None or round_ is None:
            return
        try:
            weights = weights_from_round(self.data, round_.id)
        except WorkshopError as error:
            self.message.setText(sentence(str(error)))
            return
        pairs = list(zip(self.data.criteria, weights, strict=True))
        self.session.update_all(
            pairs,
            text=self.tr("Apply vote round {title} to the weights").format(title=round_.title),
            on_refused=self.message.setText,
        )

    # -- votes --------------------------------------------------------------------------------

    def move_on(self, step: int = 1) -> None:
        """The next cell along the voter's row, then the next voter (or back one)."""
        index = self.grid.currentIndex()
        columns = len(self.grid_model.subjects)
        if self._hold:
            self._hold = False
            return
        if not index.isValid() or columns == 0:
            return
        position = index.row() * columns + min(index.column(), columns - 1) + step
        if 0 <= position < self.grid_model.rowCount() * columns:
            self.grid.setCurrentIndex(self.grid_model.index(*divmod(position, columns)))

    def _typed(self, row: int, column: int, text: str) -> None:
        text = text.strip()
        try:
            count = int(text) if text else 0
        except ValueError:
            count = -1
        if count < 0:
            self._refuse(row, column, self.tr("Type a whole number of {unit}, 0 or more.").format(
                unit=unit(self.grid_model.round) if self.grid_model.round else ""
            ))  # fmt: skip
            return
        self.write(row, column, count)

    def _write_current(self, count: int) -> None:
        index = self.grid.currentIndex()
        if index.isValid() and index.column() < len(self.grid_model.subjects):
            self.write(index.row(), index.column(), count)

    def write(self, row: int, column: int, count: int) -> bool:
        """Give voter ``row`` ``count`` dots or points on subject ``column`` (one undo step);
        over the voter's budget it is refused beside the grid."""
        model, round_ = self.grid_model, self.grid_model.round
        if self.session is None or round_ is None or not model.editable:
            return False
        voter, (subject_id, subject) = model.voters[row], model.subjects[column]
        old = model.vote(row, column)
        others = model.spent(row) - (old.points if old else 0)
        if others + count > round_.budget:
            self._refuse(row, column, self.tr(
                "Not saved: {voter} has {left} {unit} left of {budget}; {count} is over the "
                "budget."
            ).format(voter=voter_label(voter), left=round_.budget - others, unit=unit(round_),
                     budget=round_.budget, count=count))  # fmt: skip
            return False
        model.refused_cell = None
        self.message.clear()
        text = self.tr("Vote: {voter} gives {count} {unit} to {subject}").format(
            voter=voter_label(voter), count=count, unit=unit(round_), subject=subject
        )
        refuse = lambda message: self._refuse(row, column, message)  # noqa: E731
        if count == 0:
            return old is None or self.session.delete(Vote, [old.id], text=text)
        if old is not None:
            new = dataclasses.replace(old, points=count)
            return self.session.update(old, new, text=text, on_refused=refuse)
        vote = Vote(new_id(), round_.id, subject_id, voter.id, count)
        return self.session.add(vote, text=text, on_refused=refuse)

    def _refuse(self, row: int, column: int, message: str) -> None:
        model = self.grid_model
        model.refused_cell = (model.voters[row].id, model.subjects[column][0])
        self.message.setText(message)
        index = model.index(row, column)
        model.dataChanged.emit(index, index)
        self.grid.setCurrentIndex(index)
        self._hold = True
