"""Risk rating, bands and heat map (smartdesk.domain.risk)."""

from __future__ import annotations

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Risk
from smartdesk.domain.risk import RiskBand, band_of, heat_map, is_very_high, risk_band


@pytest.mark.parametrize(
    ("rating", "band"),
    [
        (1, RiskBand.LOW),
        (4, RiskBand.LOW),
        (5, RiskBand.MEDIUM),
        (9, RiskBand.MEDIUM),
        (10, RiskBand.HIGH),
        (14, RiskBand.HIGH),
        (15, RiskBand.VERY_HIGH),
        (25, RiskBand.VERY_HIGH),
    ],
)
def test_band_edges(rating: int, band: RiskBand) -> None:
    assert risk_band(rating) is band


def test_every_cell_of_the_matrix_has_a_band() -> None:
    counts = {band: 0 for band in RiskBand}
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            counts[risk_band(likelihood * impact)] += 1
    assert counts == {
        RiskBand.LOW: 8,
        RiskBand.MEDIUM: 7,
        RiskBand.HIGH: 4,
        RiskBand.VERY_HIGH: 6,
    }


def test_rating_out_of_range_is_refused() -> None:
    with pytest.raises(WorkshopError):
        risk_band(0)
    with pytest.raises(WorkshopError):
        risk_band(26)


def test_band_of_a_risk() -> None:
    assert band_of(Risk(id="r", likelihood=3, impact=5)) is RiskBand.VERY_HIGH
    assert is_very_high(Risk(id="r", likelihood=3, impact=5))
    assert not is_very_high(Risk(id="r", likelihood=2, impact=5))
    assert band_of(Risk(id="r", likelihood=3)) is None
    assert RiskBand.VERY_HIGH.label == "Very high"


def test_likelihood_outside_the_scale_is_refused_naming_the_risk() -> None:
    with pytest.raises(WorkshopError, match="Flooding"):
        band_of(Risk(id="r", title="Flooding", likelihood=6, impact=1))


def test_heat_map_counts_by_impact_row_and_likelihood_column() -> None:
    grid = heat_map(
        [
            Risk(id="a", likelihood=1, impact=5),
            Risk(id="b", likelihood=1, impact=5),
            Risk(id="c", likelihood=4, impact=2),
            Risk(id="d", likelihood=4),  # not rated yet: not counted
        ]
    )
    assert grid[4][0] == 2
    assert grid[1][3] == 1
    assert sum(map(sum, grid)) == 3
    assert len(grid) == 5
    assert all(len(row) == 5 for row in grid)
