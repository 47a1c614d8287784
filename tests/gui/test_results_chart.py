"""A round's results chart fits the space it is given: in a short place (a 720-line
projector) the bars move closer together rather than the picture being cut off at the
bottom, where the axis title is; in a tall place it grows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smartdesk.domain.enums import VoteSubject
from smartdesk.gui.room.results import ResultsPanel
from tests.gui.conftest import stored


@pytest.mark.parametrize("height", [230, 300, 600])
def test_the_results_chart_is_never_taller_than_its_place(
    qtbot: QtBot, demo_path: Path, height: int
) -> None:
    data = stored(demo_path)
    round_ = next(r for r in data.vote_rounds if r.subject is VoteSubject.CRITERIA)
    assert len(data.criteria) >= 6  # enough bars to need more than a short place
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, height)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_round(data, round_)
    panel.chart.render_now()
    picture = panel.chart.pixmap()
    assert picture is not None and not picture.isNull()
    drawn = picture.height() / picture.devicePixelRatio()
    assert drawn <= panel.chart.height() + 1
    # ... and it uses the place: no more than a few pixels short of it.
    assert drawn >= min(panel.chart.height(), 2 * 100 * (0.8 + 0.34 * len(data.criteria))) - 4
