"""Stage 4, Briefing pack: the report's cover details (editable), implications, next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.records import NextStep, WorkshopData
from smartdesk.gui.cover_form import WorkshopDetailsForm
from smartdesk.gui.session import WorkshopSession
from smartdesk.gui.stages.base import StagePage
from smartdesk.gui.table_model import Column, RecordTableModel

# (field of Implications, heading in the committee report)
IMPLICATIONS: tuple[tuple[str, str], ...] = (
    ("financial", "Financial"),
    ("legal", "Legal"),
    ("equality", "Equality"),
    ("climate", "Climate"),
    ("data_protection", "Data protection"),
    ("subsidy_control", "Subsidy control"),
    ("welsh_language", "Welsh language"),
    ("wellbeing", "Well-being of future generations"),
)


class BriefingPage(StagePage):
    title = "Briefing pack"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cover = WorkshopDetailsForm()
        cover_box = self.group(self.tr("Report cover"), self.cover)

        self.next_steps = RecordTableModel(
            NextStep,
            [
                Column("Next step", lambda r: r.action),
                Column("Owner", lambda r: r.owner),
                Column("Due", lambda r: r.due),
            ],
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(cover_box)
        left_layout.addWidget(
            self.group(self.tr("Next steps"), self.add_table(self.next_steps, "Next steps")), 1
        )

        self.implications: dict[str, QLabel] = {}
        implications_box = QGroupBox(self.tr("Implications"))
        form = QFormLayout(implications_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for name, heading in IMPLICATIONS:
            label = self.text_label(self.tr(heading))
            self.implications[name] = label
            form.addRow(self.tr(heading), label)
        scroll = self.scrolling(implications_box)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(left)
        columns.addWidget(scroll)
        columns.setStretchFactor(0, 2)
        columns.setStretchFactor(1, 3)
        columns.setChildrenCollapsible(False)
        self.body.addWidget(columns, 1)

    def bind(self, session: WorkshopSession | None) -> None:
        self.cover.bind(session)
        super().bind(session)

    def show_data(self, data: WorkshopData) -> None:
        for name, label in self.implications.items():
            label.setText(getattr(data.implications, name) or "—")
        self.next_steps.set_records(data.next_steps)
