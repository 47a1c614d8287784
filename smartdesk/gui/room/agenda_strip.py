"""Running the agenda: the current step and the running clock over every stage, and
one key (F8) to move to the next step.

The strip is shown in presentation mode (F11), above whichever stage is on screen. F8
moves to the next agenda step, shows its stage (steps of no stage, such as a welcome or
a vote, are taken "In the room") and restarts that stage's time box with the step's
minutes. The step's minutes run on that clock only: the stage's time box in the
workshop (the total of its steps) is not changed by running the agenda.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from smartdesk.domain.enums import AgendaStage
from smartdesk.domain.records import AgendaStep
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.editing.session import WorkshopSession

# The stage list's row for each agenda stage (0 Vision ... 4 In the room).
STAGE_ROWS = {
    AgendaStage.VISION: 0,
    AgendaStage.STAKEHOLDERS: 1,
    AgendaStage.OPTIONS: 2,
    AgendaStage.BRIEFING: 3,
    AgendaStage.OTHER: 4,
}
NEXT_STEP_KEY = "F8"


class StageHost(Protocol):
    """What the strip needs of the window (MainWindow is one)."""

    def show_stage(self, number: int) -> None: ...
    def current_page(self) -> StagePage: ...


class AgendaStrip(QFrame):
    """ "Step 3 of 8: Who is affected (Facilitator) · 40 min · 12:31 left · F8 next"."""

    def __init__(self, host: StageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.session: WorkshopSession | None = None
        self.step_id: str | None = None
        self.setObjectName("agenda_strip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.step = QLabel()
        self.step.setAccessibleName(self.tr("Current agenda step"))
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        self.step.setWordWrap(True)  # a long step wraps at 1280 x 720, never hides the clock
        self.clock = QLabel()
        bold = QFont()  # bold only: the size still follows the window's type
        bold.setBold(True)
        self.clock.setFont(bold)
        self.clock.setAccessibleName(self.tr("Time left on this step"))
        self.hint = QLabel(self.tr("{key}: next step").format(key=NEXT_STEP_KEY))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.step, 1)
        layout.addSpacing(12)
        layout.addWidget(self.clock)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.show_clock)
        self.hide()

    def bind(self, session: WorkshopSession | None) -> None:
        self.session = session
        self.step_id = None
        self.show_step()

    def steps(self) -> list[AgendaStep]:
        return self.session.store.records(AgendaStep) if self.session is not None else []

    def set_shown(self, on: bool) -> None:
        """Presentation mode on or off."""
        self.setVisible(on)
        if on:
            self.show_step()
            self._timer.start()
        else:
            self._timer.stop()

    def next_step(self) -> AgendaStep | None:
        """Move to the next step (the first, at the start), its stage and its clock."""
        steps = self.steps()
        if not steps:
            self.step.setText(self.tr("No agenda yet: add steps on In the room ▸ Agenda."))
            return None
        ids = [s.id for s in steps]
        at = ids.index(self.step_id) + 1 if self.step_id in ids else 0
        if at >= len(steps):
            self.step.setText(self.tr("End of the agenda."))
            return None
        step = steps[at]
        self.step_id = step.id
        self.host.show_stage(STAGE_ROWS[step.stage])
        box = self.host.current_page().time_box
        if step.minutes:
            # The step's minutes on this clock only: the plan (and the file) keep the
            # stage's total.
            box.minutes.blockSignals(True)
            box.minutes.setValue(min(step.minutes, box.minutes.maximum()))
            box.minutes.blockSignals(False)
        box.reset()
        box.start()
        self.show_step()
        return step

    def show_step(self) -> None:
        steps = self.steps()
        ids = [s.id for s in steps]
        if self.step_id not in ids:
            first = steps[0].title if steps else ""
            self.step.setText(
                self.tr("Agenda: {key} starts with “{first}”.").format(
                    key=NEXT_STEP_KEY, first=first
                )
                if steps
                else self.tr("No agenda yet.")
            )
            self.clock.clear()
            return
        step = steps[ids.index(self.step_id)]
        lead = f" ({step.lead})" if step.lead.strip() else ""
        minutes = self.tr(" · {n} min").format(n=step.minutes) if step.minutes else ""
        self.step.setText(
            self.tr("Step {n} of {all}: {title}{lead}{minutes}").format(
                n=ids.index(self.step_id) + 1,
                all=len(steps),
                title=step.title.strip() or self.tr("(untitled)"),
                lead=lead,
                minutes=minutes,
            )
        )
        self.show_clock()

    def show_clock(self) -> None:
        if self.step_id is None:
            return
        display = self.host.current_page().time_box.display.text()
        self.clock.setText(self.tr("{time} left").format(time=display))
