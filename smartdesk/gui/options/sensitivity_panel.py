"""Sensitivity of the ranking to the weights: a table, a chart of the ranges with
today's share marked, and a sentence to paste into the report (with a Copy button)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smartdesk.domain.appraisal import option_label, round_half_up
from smartdesk.domain.formatting import percent
from smartdesk.domain.records import WorkshopData
from smartdesk.domain.sensitivity import SensitivityRow, sensitivity
from smartdesk.domain.sensitivity_sentence import nearest_turn, sensitivity_sentence
from smartdesk.gui.common.chart_view import LazyChart
from smartdesk.gui.common.translation import sentence, tr
from smartdesk.gui.options.rows_model import Cell, RowsModel


def sensitivity_cells(rows: list[SensitivityRow], names: dict[str, str]) -> list[list[Cell]]:
    cells = []
    for row in rows:
        near = nearest_turn(row)
        warn = near is not None and near < 5
        cells.append(
            [
                Cell(row.name or tr("(unnamed criterion)")),
                Cell(percent(row.share_pct), number=True),
                Cell(percent(row.top_stays_from_pct), number=True, warn=warn),
                Cell(percent(row.top_stays_to_pct), number=True, warn=warn),
                Cell(names.get(row.overtaken_below_by or "", "—")),
                Cell(names.get(row.overtaken_above_by or "", "—")),
            ]
        )
    return cells


def _draw(ranges: tuple[tuple[str, float, float, float, str | None, str | None], ...],
          width: float, height: float, dpi: float, fontsize: float,
          least: float) -> bytes:  # fmt: skip
    from smartdesk.reports.charts.appraisal import SensitivityRange, sensitivity_ranges

    rows = [SensitivityRange(*item) for item in ranges]
    return sensitivity_ranges(
        rows,
        width=width,
        height=height,
        dpi=dpi,
        fontsize=fontsize,
        least=least or 5,
        name_overtakers=True,
    )


class SensitivityPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            ["Criterion", "Share today", "Top stays from", "to", "Overtaken below by",
             "Overtaken above by"]
        )  # fmt: skip
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(self.tr("Sensitivity in a sentence"))
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Co&py sentence"))
        self.copy_button.setToolTip(self.tr("Copy the sentence to paste into the report"))
        self.copy_button.clicked.connect(self.copy_sentence)
        self.chart = LazyChart(self.tr("Chart of the sensitivity ranges"))

        sentence_row = QHBoxLayout()
        sentence_row.addWidget(self.sentence, 1)
        sentence_row.addWidget(self.copy_button)
        self.sentence_box = QWidget()
        self.sentence_box.setLayout(sentence_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sentence_box)

    def show_data(self, data: WorkshopData) -> None:
        names = {option.id: option_label(option) for option in data.options}
        rows = sensitivity(data)
        self.model.set_rows(sensitivity_cells(rows, names))
        self.sentence.setText(sentence(sensitivity_sentence(data)))
        ranges = tuple(
            (
                row.name or tr("(unnamed criterion)"),
                round_half_up(row.share_pct),
                round_half_up(row.top_stays_from_pct),
                round_half_up(row.top_stays_to_pct),
                names.get(row.overtaken_below_by or ""),
                names.get(row.overtaken_above_by or ""),
            )
            for row in rows
        )
        if not ranges or rows[0].top_option_id is None:
            self.chart.set_chart(None, None, self.tr("Nothing to chart until options are scored."))
        else:
            lines = [
                self.tr("{name}: weight {share} %, stays top from {low} % to {high} %").format(
                    name=name, share=share, low=low, high=high
                )
                for name, share, low, high, _below, _above in ranges
            ]
            self.chart.set_chart(partial(_draw, ranges), ranges, "\n".join(lines))

    def copy_sentence(self) -> None:
        QGuiApplication.clipboard().setText(self.sentence.text())
