"""The risk register's 5 x 5 heat map: likelihood across, impact up, a count per cell.

Plain widgets (no matplotlib), so it is there at once and grows with the type size in
presentation mode. Cells are shaded by rating band and carry their count, and each
cell's tooltip lists its risks, so the map reads without colour too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from smartdesk.domain.records import Risk
from smartdesk.domain.risk import SCALE, RiskBand, heat_map, risk_band
from smartdesk.gui.common.translation import tr

BAND_COLOURS = {
    RiskBand.LOW: "#d9ead3",
    RiskBand.MEDIUM: "#fff2b3",
    RiskBand.HIGH: "#fbd3a6",
    RiskBand.VERY_HIGH: "#f4b6b0",
}

# Each band's edge as well as its shade, so the bands part without colour: none for
# low, dotted for medium, dashed for high, a thick line for very high.
BAND_BORDERS = {
    RiskBand.LOW: "1px solid #ffffff",
    RiskBand.MEDIUM: "2px dotted #1b1b1b",
    RiskBand.HIGH: "2px dashed #1b1b1b",
    RiskBand.VERY_HIGH: "4px solid #1b1b1b",
}


class RiskHeatMap(QWidget):
    """``cell(likelihood, impact)`` is the label for that square (1-5 each)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Risk heat map"))
        grid = QGridLayout(self)
        grid.setSpacing(3)
        self._cells: dict[tuple[int, int], QLabel] = {}
        for impact in range(SCALE, 0, -1):
            row = SCALE - impact
            axis = QLabel(str(impact))
            axis.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(axis, row, 1)
            for likelihood in range(1, SCALE + 1):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setMinimumSize(38, 32)
                cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                band = risk_band(likelihood * impact)
                cell.setStyleSheet(
                    f"background: {BAND_COLOURS[band]}; color: #1b1b1b; font-weight: bold;"
                    f"border: {BAND_BORDERS[band]};"
                )
                grid.addWidget(cell, row, likelihood + 1)
                self._cells[(likelihood, impact)] = cell
        impact_title = QLabel(self.tr("Impact"))
        impact_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(impact_title, 0, 0, SCALE, 1)
        for likelihood in range(1, SCALE + 1):
            axis = QLabel(str(likelihood))
            axis.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(axis, SCALE, likelihood + 1)
        likelihood_title = QLabel(self.tr("Likelihood"))
        likelihood_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(likelihood_title, SCALE + 1, 2, 1, SCALE)
        legend = QLabel(
            self.tr(
                "Shading and edge: low 1-4 (no edge), medium 5-9 (dotted), high 10-14 "
                "(dashed), very high 15-25 (thick edge; needs mitigation)."
            )
        )
        legend.setWordWrap(True)
        grid.addWidget(legend, SCALE + 2, 0, 1, SCALE + 2)

    def cell(self, likelihood: int, impact: int) -> QLabel:
        return self._cells[(likelihood, impact)]

    def show_risks(self, risks: Sequence[Risk]) -> None:
        """Count ``risks`` into their squares (risks not yet rated on both are left out)."""
        rated = [r for r in risks if r.likelihood is not None and r.impact is not None]
        counts = heat_map(rated)
        for (likelihood, impact), label in self._cells.items():
            count = counts[impact - 1][likelihood - 1]
            label.setText(str(count) if count else "")
            titles = [
                r.title.strip() or tr("(untitled risk)")
                for r in rated
                if (r.likelihood, r.impact) == (likelihood, impact)
            ]
            rating = likelihood * impact
            head = tr("Likelihood {likelihood} x impact {impact} = {rating}").format(
                likelihood=likelihood, impact=impact, rating=rating
            )
            label.setToolTip("\n".join([head, *titles]))
            label.setAccessibleName(tr("{head}: {count} risks").format(head=head, count=count))
