"""Colour is never the only thing that says something (docs/accessibility.md lists every
place): each cue added beside a colour is checked here."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartdesk.domain.risk import RiskBand, risk_band
from smartdesk.gui.options.heat_map import BAND_BORDERS, RiskHeatMap
from smartdesk.gui.options.rows_model import WARN_MARK, Cell, RowsModel
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import type_into_cell

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_a_risk_rating_says_its_band_in_words(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.show_stage(2)
    table = demo_window.current_page().risk_table
    model = table.model
    column = next(i for i, f in enumerate(model.fields) if f.name == "rating")
    rated = 0
    for row in range(model.rowCount()):
        risk = model.record(row)
        if risk.rating is None:
            continue
        rated += 1
        shown = model.data(model.index(row, column), DISPLAY)
        band = risk_band(risk.rating).label.lower()
        assert shown.startswith(str(risk.rating)) and band in shown.lower(), shown
    assert rated


def test_a_shaded_figure_is_marked() -> None:
    model = RowsModel(["Criterion", "From"])
    model.set_rows([[Cell("Cost"), Cell("12 %", number=True, warn=True)]])
    assert model.data(model.index(0, 1), DISPLAY) == f"{WARN_MARK} 12 %"
    model.set_rows([[Cell("Cost"), Cell("40 %", number=True)]])
    assert model.data(model.index(0, 1), DISPLAY) == "40 %"


def test_a_refused_cell_is_marked_as_well_as_shaded(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.show_stage(2)
    table = demo_window.current_page().long_list  # an editable table itself
    model = table.model
    column = next(i for i, f in enumerate(model.fields) if f.name == "optimism_bias_operating_pct")
    type_into_cell(qtbot, table, 0, column, "250")  # out of range: refused
    index = table.view.model().index(0, column)
    assert str(table.view.model().data(index, DISPLAY)).startswith("⚠")
    assert table.view.model().data(index, Qt.ItemDataRole.BackgroundRole) is not None


def _edge_colour(heat_map: RiskHeatMap, likelihood: int, impact: int) -> QColor:
    cell = heat_map.cell(likelihood, impact)
    image = heat_map.grab().toImage()
    ratio = image.devicePixelRatio()
    # Two pixels in from the cell's left edge, half-way down.
    point = cell.mapTo(heat_map, QPoint(2, cell.height() // 2))
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def test_the_heat_map_s_bands_differ_by_edge_not_only_shade(qtbot: QtBot) -> None:
    assert len(set(BAND_BORDERS.values())) == len(RiskBand)
    heat_map = RiskHeatMap()
    qtbot.addWidget(heat_map)
    heat_map.resize(400, 360)
    heat_map.show()
    qtbot.waitExposed(heat_map)
    QApplication.processEvents()
    assert risk_band(5 * 5) is RiskBand.VERY_HIGH and risk_band(1) is RiskBand.LOW
    very_high = _edge_colour(heat_map, 5, 5)
    low = _edge_colour(heat_map, 1, 1)
    assert very_high.lightness() < 80, very_high.name()  # a thick dark edge
    assert low.lightness() > 180, low.name()  # the pale shade to its edge
