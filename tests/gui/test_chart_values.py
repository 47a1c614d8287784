"""Every chart in the window has the values it draws as text beside it, which is also
the chart's accessible description, and the text follows the chart when figures change."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from smartdesk.domain.appraisal import criterion_label
from smartdesk.domain.records import MaturityDimension, Stakeholder
from smartdesk.gui.common.chart_view import LazyChart
from smartdesk.gui.stages import STAGES
from smartdesk.gui.vision.page import MATURITY
from smartdesk.gui.window.main_window import MainWindow


def _charts_in_sight(window: MainWindow) -> dict[str, tuple[LazyChart, bool]]:
    """Every chart drawn somewhere in the window, by its accessible name, and whether
    its values were on screen with it."""
    found: dict[str, tuple[LazyChart, bool]] = {}
    for number in range(len(STAGES)):
        window.show_stage(number)
        page = window.current_page()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for step in range(tabs[0].count()) if tabs else [None]:
            if step is not None:
                tabs[0].setCurrentIndex(step)
            QApplication.processEvents()
            for chart in page.findChildren(LazyChart):
                if chart.isVisible():
                    chart.render_now()
                    if chart.pixmap() is not None and not chart.pixmap().isNull():
                        found[chart.accessibleName()] = (chart, chart.values.isVisible())
    window.show_stage(0)
    vision = window.current_page()
    vision.go_to_step(MATURITY)
    radar = vision.maturity_step.radar
    vision.maturity_step.draw_radar()
    QApplication.processEvents()
    found[radar.accessibleName()] = (radar, radar.values.isVisible())
    return found


def test_every_chart_shows_its_values_as_text_beside_it(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    charts = _charts_in_sight(demo_window)
    # score by criterion, sensitivity, engagement gap, radar, vote results
    assert len(charts) == 5, sorted(charts)
    for name, (chart, in_sight) in charts.items():
        values = chart.values
        shown = values.label.text()
        assert in_sight, name
        assert shown and shown == chart.accessibleDescription(), name
        # A line per thing drawn, each with its values (not the chart's title).
        assert all(": " in line for line in shown.splitlines()[1:]), (name, shown)
        assert shown != name
        # Beside the chart: under it or to its right, in the same window.
        assert values.window() is chart.window()
        assert values.label.accessibleName(), name


def test_the_values_name_each_thing_the_chart_draws(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    assert window.session is not None
    data = window.session.store.load()
    window.show_stage(0)
    vision = window.current_page()
    vision.go_to_step(MATURITY)
    vision.maturity_step.draw_radar()
    text = vision.maturity_step.radar.values.label.text()
    for dimension in data.maturity:
        if dimension.current is not None and dimension.target is not None:
            assert (
                f"{dimension.dimension}: current {dimension.current}, target {dimension.target}"
            ) in text
    window.show_stage(2)
    scores = window.current_page().score_chart.values.label.text()
    assert scores.startswith("1. ")
    for criterion in data.criteria:
        assert f"{criterion_label(criterion)} " in scores, criterion


def test_the_values_follow_an_edit(qtbot: QtBot, demo_window: MainWindow, demo_path: Path) -> None:
    window = demo_window
    assert window.session is not None
    store = window.session.store
    window.show_stage(0)
    vision = window.current_page()
    vision.go_to_step(MATURITY)
    vision.maturity_step.draw_radar()
    first = next(d for d in store.records(MaturityDimension) if d.current not in (None, 1))
    window.session.update(first, dataclasses.replace(first, current=1), text="lower")
    QApplication.processEvents()
    radar = vision.maturity_step.radar
    assert f"{first.dimension}: current 1," in radar.values.label.text()
    assert radar.accessibleDescription() == radar.values.label.text()
    # The gap chart's text follows the register too.
    window.show_stage(1)
    page = window.current_page()
    page.tabs.setCurrentWidget(page.gaps)
    QApplication.processEvents()
    before = page.gaps.chart.values.label.text()
    someone = next(s for s in store.records(Stakeholder) if s.name and s.name in before)
    store.delete(Stakeholder, someone.id)
    QApplication.processEvents()
    assert someone.name not in page.gaps.chart.values.label.text()
