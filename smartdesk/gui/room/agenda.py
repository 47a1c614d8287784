"""The workshop's plan: steps with a stage, minutes and who leads, in running order.

A stage's time box is the total of its steps' minutes (``domain.agenda``), so editing a
step's minutes here changes the time box on that stage, and setting a time box on a
stage shares it among its steps. Steps move with the Up and Down buttons or
Ctrl+Shift+Up / Ctrl+Shift+Down; in presentation mode F8 runs through them
(``agenda_strip``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smartdesk.domain.agenda import stage_minutes
from smartdesk.domain.enums import AgendaStage
from smartdesk.domain.records import AgendaStep, WorkshopData, new_id
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.common.fields import Field
from smartdesk.gui.editing.session import WorkshopSession

AGENDA_FIELDS = [
    Field("Step", "title", width=320),
    Field("Stage", "stage", "enum", AgendaStage, blank=AgendaStage.OTHER),
    Field("Minutes", "minutes", "int", tooltip="1 to 480; blank: not timed"),
    Field("Lead", "lead", width=200),
]


class AgendaPanel(QWidget):
    """The agenda table and a line of totals per stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = EditableRecordTable(
            None,
            AgendaStep,
            AGENDA_FIELDS,
            self.tr("Agenda"),
            new_record=lambda: AgendaStep(id=new_id(), stage=AgendaStage.OTHER, minutes=10),
        )
        self.table.view.setWordWrap(False)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("Minutes per stage"))
        hint = QLabel(
            self.tr(
                "A stage's time box is the total of its steps' minutes. In presentation "
                "mode (F11), F8 moves to the next step and its stage and restarts the clock."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

    def bind(self, session: WorkshopSession | None) -> None:
        self.table.bind(session)

    def show_data(self, data: WorkshopData) -> None:
        minutes = stage_minutes(data.agenda)
        total = sum(minutes.values())
        parts = [
            self.tr("{stage} {n} min").format(stage=choice_word(stage.label), n=n)
            for stage, n in minutes.items()
            if n
        ]
        self.totals.setText(
            self.tr("In all {total} min: {parts}.").format(total=total, parts=", ".join(parts))
            if parts
            else self.tr("No timed steps yet: add one with Ctrl+N.")
        )
