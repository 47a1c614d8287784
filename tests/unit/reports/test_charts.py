"""The charts package: one set of chart functions for the pack and the screen."""

from __future__ import annotations

import inspect
import struct
import subprocess
import sys
from pathlib import Path

from smartdesk.reports import charts
from smartdesk.reports.charts.lock import one_at_a_time

ROOT = Path(__file__).resolve().parents[3]

ROWS = [
    charts.SensitivityRange("Affordability", 20.0, 10.0, 35.0, "Option B", "Option C"),
    charts.SensitivityRange("Deliverability", 30.0, 0.0, 100.0),
]


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_one_sensitivity_chart_draws_for_the_pack_and_for_the_screen() -> None:
    # The pack's size: 6.4 inches wide at 150 dots per inch.
    assert png_size(charts.sensitivity_ranges(ROWS))[0] == 960
    # The screen's: the widget's size and resolution, naming who overtakes.
    screen = charts.sensitivity_ranges(
        ROWS, width=4.0, height=2.5, dpi=100, fontsize=9, name_overtakers=True
    )
    assert png_size(screen) == (400, 250)


def test_fixed_layout_charts_draw_at_the_resolution_asked_for() -> None:
    radar = [("Data", 2, 4), ("Skills", 3, 4), ("Governance", 1, 3)]
    assert png_size(charts.maturity_radar(radar)) == (900, 660)  # 6 x 4.4 in at 150 dpi
    assert png_size(charts.maturity_radar(radar, dpi=50)) == (300, 220)
    gaps = [("A. Person", 0, 2)]
    assert png_size(charts.engagement_gap(gaps, ["Inform", "Consult", "Involve"], dpi=50))[0] == 320


def test_the_public_grid_shows_counts_only() -> None:
    from smartdesk.domain.stakeholder_analysis import Quadrant

    counts = charts.quadrant_counts({Quadrant.CLOSE: 3, Quadrant.MONITOR: 1})
    assert png_size(counts) == png_size(charts.power_interest_grid([]))


def test_every_chart_draws_holding_the_one_lock() -> None:
    # one_at_a_time wraps the drawing function (functools.wraps keeps it as __wrapped__).
    drawers = [
        value
        for name, value in vars(charts).items()
        if inspect.isfunction(value) and not name.startswith("_")
    ]
    assert len(drawers) == 9
    for draw in drawers:
        wrapped = draw.__wrapped__
        assert one_at_a_time(wrapped).__code__ is draw.__code__, draw.__name__


def test_importing_the_charts_does_not_load_matplotlib() -> None:
    code = (
        "import sys, smartdesk.reports.charts, smartdesk.gui.common.chart_view; "
        "print('matplotlib' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert found.stdout.strip() == "False"


def test_a_chart_asked_for_projector_type_draws_no_text_smaller() -> None:
    from smartdesk.reports.charts.canvas import smallest_text_drawn

    least = 16 * 72 / 100  # 16 px at 100 dots per inch
    levels = ["Inform", "Consult", "Involve", "Collaborate", "Empower"]
    gaps = [(f"Stakeholder with a long name {n}", 0, 3) for n in range(12)]
    scores = [charts.StackedScore(f"Option {n}", (20.0, 30.0, 10.0)) for n in range(6)]
    radar = [("Strategy and leadership", 2, 4), ("Data", 1, 3), ("Skills and culture", 3, 4)]
    drawn = {
        "gap": lambda: charts.engagement_gap(gaps, levels, dpi=100, width=5, fontsize=least),
        "radar": lambda: charts.maturity_radar(radar, dpi=100, width=5, height=4, fontsize=least),
        "scores": lambda: charts.stacked_scores(
            scores, ["Strategic fit", "Value for money", "Supplier capacity and capability"],
            width=5, height=3, dpi=100, fontsize=least, least=least,
        ),
        "sensitivity": lambda: charts.sensitivity_ranges(
            ROWS, width=5, height=2, dpi=100, fontsize=least, least=least, name_overtakers=True
        ),
    }  # fmt: skip
    drawn["one row"] = lambda: charts.sensitivity_ranges(
        ROWS[:1], width=5, height=0.5, dpi=100, fontsize=least, least=least
    )
    for name, draw in drawn.items():
        draw()
        assert smallest_text_drawn() >= 16 - 1e-6, name
    # The pack asks for nothing: its own sizes, which shrink to fit a small screen.
    charts.sensitivity_ranges(ROWS, width=5, height=1.5, dpi=100, fontsize=least)
    assert smallest_text_drawn() < 16
