"""Stage 3, Delivery options: criteria, options, the scoring matrix, risks, recommendation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QGroupBox, QSplitter, QWidget

from smartdesk.domain.records import Criterion, Option, Risk, WorkshopData
from smartdesk.gui.stages.base import StagePage
from smartdesk.gui.table_model import Column, RecordTableModel, ScoreMatrixModel


class OptionsPage(StagePage):
    title = "Options"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._total_weight = 0.0
        self._option_names: dict[str, str] = {}

        self.criteria = RecordTableModel(
            Criterion,
            [
                Column("Critical success factor", lambda r: r.name),
                Column("Weight", lambda r: r.weight),
                Column("Share %", self._share),
                Column("Description", lambda r: r.description),
            ],
        )
        self.options = RecordTableModel(
            Option,
            [
                Column("Option", lambda r: r.name),
                Column("Short-listed", lambda r: r.shortlisted),
                Column("Business as usual", lambda r: r.bau),
                Column("Do minimum", lambda r: r.do_minimum),
                Column("Delivery model", lambda r: r.delivery_model),
                Column("Procurement route", lambda r: r.procurement_route),
                Column("Financing", lambda r: r.financing),
                Column("Capital", lambda r: r.capital_cost, money=True),
                Column("Annual cost", lambda r: r.annual_cost, money=True),
                Column("Annual benefit", lambda r: r.annual_benefit, money=True),
                Column("Optimism bias %", lambda r: r.optimism_bias_pct),
                Column("Confidential", lambda r: r.confidential),
            ],
        )
        self.scores = ScoreMatrixModel()
        self.risks = RecordTableModel(
            Risk,
            [
                Column("Risk", lambda r: r.title),
                Column("Option", lambda r: self._option_names.get(r.option_id or "", "")),
                Column("Likelihood", lambda r: r.likelihood),
                Column("Impact", lambda r: r.impact),
                Column("Rating", lambda r: r.rating),
                Column("Owner", lambda r: r.owner),
                Column("Mitigation", lambda r: r.mitigation),
            ],
        )

        self.recommended = self.text_label(self.tr("Recommended option"))
        self.rationale = self.text_label(self.tr("Reasons for the recommendation"))
        self.decisions = self.text_label(self.tr("Decisions sought"))
        recommendation_box = QGroupBox(self.tr("Recommendation"))
        form = QFormLayout(recommendation_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Recommended option"), self.recommended)
        form.addRow(self.tr("Reasons"), self.rationale)
        form.addRow(self.tr("Decisions sought"), self.decisions)

        score_view = self.add_table(self.scores, "Scoring matrix")
        # Each cell is its own record here, so select cells rather than rows.
        score_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.group(self.tr("Options"), self.add_table(self.options, "Options")))
        top.addWidget(
            self.group(
                self.tr("Critical success factors"),
                self.add_table(self.criteria, "Critical success factors"),
            )
        )
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)

        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(self.group(self.tr("Scores (0-5)"), score_view))
        middle.addWidget(self.group(self.tr("Risk register"), self.add_table(self.risks, "Risks")))
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)

        rows = QSplitter(Qt.Orientation.Vertical)
        rows.addWidget(top)
        rows.addWidget(middle)
        rows.addWidget(self.scrolling(recommendation_box))
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 3)
        rows.setStretchFactor(2, 2)
        for splitter in (top, middle, rows):
            splitter.setChildrenCollapsible(False)
        self.body.addWidget(rows, 1)

    def _share(self, criterion: Criterion) -> float | None:
        if criterion.weight is None or self._total_weight <= 0:
            return None
        return round(100 * criterion.weight / self._total_weight, 1)

    def show_data(self, data: WorkshopData) -> None:
        self._total_weight = sum(c.weight or 0.0 for c in data.criteria)
        self._option_names = {o.id: o.name for o in data.options}
        self.criteria.set_records(data.criteria)
        self.options.set_records(data.options)
        self.scores.set_records(data.options, data.criteria, data.scores)
        self.risks.set_records(data.risks)
        recommendation = data.recommendation
        chosen = self._option_names.get(recommendation.option_id or "")
        self.recommended.setText(chosen or self.tr("(none chosen yet)"))
        self.rationale.setText(recommendation.rationale or "—")
        self.decisions.setText(
            "\n".join(f"{n}. {d}" for n, d in enumerate(recommendation.decisions_sought, 1)) or "—"
        )
