"""Stage 5, In the room: who took part, the plan of the day, and the room's votes.

Three tabs (Alt+P, Alt+A, Alt+O; Ctrl+PgDn / Ctrl+PgUp): participants captured like a
sign-in sheet, the agenda whose minutes are the stages' time boxes, and voting rounds
with live results. The page is used alongside the other stages (a vote is taken in
the middle of Options), so Ctrl+5 comes back to it from anywhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from smartdesk.domain.records import WorkshopData
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.gui.room.agenda import AgendaPanel
from smartdesk.gui.room.participants import ParticipantsTable
from smartdesk.gui.room.voting import VotingPanel


class RoomPage(StagePage):
    title = "In the room"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("In the room"))
        self.participants = ParticipantsTable()
        self.agenda = AgendaPanel()
        self.voting = VotingPanel()
        for table in (self.participants, self.agenda.table):
            self.tables.append(table.view)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("In the room"))
        self.tabs.setDocumentMode(True)
        self.add_tab_keys(self.tabs)
        self.tabs.addTab(self.group(self.tr("Who took part"), self.participants),
                         self.tr("&Participants"))  # fmt: skip
        self.tabs.addTab(self.group(self.tr("The plan of the day"), self.agenda),
                         self.tr("&Agenda"))  # fmt: skip
        self.tabs.addTab(self.voting, self.tr("V&oting"))
        self.body.addWidget(self.tabs, 1)

    @property
    def time_key(self) -> str:
        # Not a stage of the agenda: its time box lasts as long as the window.
        return "room"

    def bind(self, session: WorkshopSession | None) -> None:
        self.participants.bind(session)
        self.agenda.bind(session)
        super().bind(session)

    def show_data(self, data: WorkshopData) -> None:
        self.agenda.show_data(data)
        self.voting.show_data(self.session, data)

    def show_tab(self, index: int) -> None:
        """Show tab ``index`` (0 participants, 1 agenda, 2 voting)."""
        self.tabs.setCurrentIndex(index)


__all__ = ["RoomPage"]
