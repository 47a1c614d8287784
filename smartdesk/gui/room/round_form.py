"""The line that puts a new question to the room: title, subject, method, budget.

Filled from the keyboard (Alt+T title, Tab across, a letter picks from a drop-down,
Enter creates); a refusal (a round already open) is said on the line itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from smartdesk.domain.enums import VoteMethod, VoteSubject
from smartdesk.domain.records import POINTS_BUDGET, VoteRound, new_id
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.room.vote_grid import warning_colour

DEFAULT_DOTS = 3


class RoundForm(QWidget):
    """Asks for a round; ``wanted`` carries it (not yet saved) when Create is pressed."""

    wanted = Signal(object)  # VoteRound

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What is the room asked? (Enter creates)"))
        self.title.setAccessibleName(self.tr("New round's question"))
        self.title.returnPressed.connect(self.submit)
        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("What the round is on"))
        for subject in VoteSubject:
            self.subject.addItem(choice_word(subject.label), subject)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("How people vote"))
        self.method.addItem(self.tr("Dots"), VoteMethod.DOTS)
        self.method.addItem(self.tr("Points"), VoteMethod.POINTS)
        self.method.currentIndexChanged.connect(self._method_chosen)
        self.budget = QSpinBox()
        self.budget.setRange(1, 1000)
        self.budget.setValue(DEFAULT_DOTS)
        self.budget.setAccessibleName(self.tr("Dots or points each voter has"))
        self.create_button = QPushButton(self.tr("&Create round"))
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        warning_colour(self.message)
        self.message.setAccessibleName(self.tr("New round: problem"))
        self.message.hide()

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        pairs = (
            (self.tr("&Title:"), self.title),
            (self.tr("S&ubject:"), self.subject),
            (self.tr("&Method:"), self.method),
            (self.tr("&Budget each:"), self.budget),
        )
        for column, (text, field) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(field)
            layout.addWidget(label, 0, column * 2)
            layout.addWidget(field, 0, column * 2 + 1)
        layout.setColumnStretch(1, 1)
        layout.addWidget(self.create_button, 0, 8)
        layout.addWidget(self.message, 1, 0, 1, 9)
        for field in (self.subject, self.method, self.budget):
            field.installEventFilter(self)  # Enter on any of them creates, too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def _method_chosen(self) -> None:
        dots = VoteMethod(self.method.currentData()) is VoteMethod.DOTS
        self.budget.setValue(DEFAULT_DOTS if dots else POINTS_BUDGET)

    def start(self) -> None:
        """Put the cursor in the title, ready for the next question."""
        self.title.setFocus()
        self.title.selectAll()

    def submit(self) -> None:
        self.wanted.emit(
            VoteRound(
                id=new_id(),
                title=self.title.text().strip(),
                # Qt hands back a str enum's plain value: make it the enum again.
                subject=VoteSubject(self.subject.currentData()),
                method=VoteMethod(self.method.currentData()),
                budget=self.budget.value(),
            )
        )

    def created(self) -> None:
        """The round was saved: clear the line for the next one."""
        self.title.clear()
        self.say("")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
