"""Stage 1, Vision: the problem, the vision statement, strategies, outcomes, maturity."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QSplitter, QWidget

from smartdesk.domain.records import MaturityDimension, Outcome, Strategy, WorkshopData
from smartdesk.gui.stages.base import StagePage
from smartdesk.gui.table_model import Column, RecordTableModel


class VisionPage(StagePage):
    title = "Vision"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strategy_titles: dict[str, str] = {}

        self.problem = self.text_label(self.tr("Problem"))
        self.statement = self.text_label(self.tr("Vision statement"))
        self.horizon = self.text_label(self.tr("Horizon year"))
        self.principles = self.text_label(self.tr("Guiding principles"))
        vision_box = QGroupBox(self.tr("Vision"))
        form = QFormLayout(vision_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Problem"), self.problem)
        form.addRow(self.tr("Vision statement"), self.statement)
        form.addRow(self.tr("Horizon"), self.horizon)
        form.addRow(self.tr("Guiding principles"), self.principles)

        self.strategies = RecordTableModel(
            Strategy,
            [
                Column("Strategy", lambda r: r.title),
                Column("Owner", lambda r: r.owner),
                Column("How it aligns", lambda r: r.alignment),
                Column("Confidential", lambda r: r.confidential),
            ],
        )
        self.outcomes = RecordTableModel(
            Outcome,
            [
                Column("Outcome", lambda r: r.title),
                Column("Indicator", lambda r: r.indicator),
                Column("Unit", lambda r: r.unit),
                Column("Baseline", lambda r: r.baseline),
                Column("Target", lambda r: r.target),
                Column("By", lambda r: r.target_date),
                Column("Owner", lambda r: r.owner),
                Column("Serves", self._strategy_names),
            ],
        )
        self.maturity = RecordTableModel(
            MaturityDimension,
            [
                Column("Dimension", lambda r: r.dimension),
                Column("Current (1-5)", lambda r: r.current),
                Column("Target (1-5)", lambda r: r.target),
                Column("Note", lambda r: r.note),
            ],
        )

        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(self.group(self.tr("Outcomes"), self.add_table(self.outcomes, "Outcomes")))
        tables.addWidget(
            self.group(
                self.tr("Council strategies served"), self.add_table(self.strategies, "Strategies")
            )
        )
        tables.addWidget(
            self.group(
                self.tr("Digital maturity"), self.add_table(self.maturity, "Digital maturity")
            )
        )
        tables.setChildrenCollapsible(False)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(self.scrolling(vision_box))
        columns.addWidget(tables)
        columns.setStretchFactor(0, 2)
        columns.setStretchFactor(1, 5)
        columns.setChildrenCollapsible(False)
        columns.setSizes([380, 760])  # prose needs room to read; the tables scroll
        self.body.addWidget(columns, 1)

    def _strategy_names(self, outcome: Outcome) -> str:
        return ", ".join(self._strategy_titles.get(i, "?") for i in outcome.strategy_ids)

    def show_data(self, data: WorkshopData) -> None:
        vision = data.vision
        self._strategy_titles = {s.id: s.title for s in data.strategies}
        self.problem.setText(vision.problem or self.tr("(not written yet)"))
        self.statement.setText(vision.statement or self.tr("(not written yet)"))
        self.horizon.setText(str(vision.horizon_year) if vision.horizon_year else "—")
        self.principles.setText("\n".join(f"• {p}" for p in vision.principles) or "—")
        self.strategies.set_records(data.strategies)
        self.outcomes.set_records(data.outcomes)
        self.maturity.set_records(data.maturity)
