"""The risk register's scale: rating, bands and the 5 x 5 heat map.

Rating = likelihood x impact, each 1-5, so 1-25 (docs/scales-and-rules.md). Bands follow
the usual council 5 x 5 matrix:

==========  ===========
rating      band
==========  ===========
1-4         low
5-9         medium
10-14       high
15-25       very high
==========  ===========

A risk rated 15 or more is "very high" and must carry a mitigation before the pack
goes to committee (see :mod:`smartdesk.domain.review`).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Risk

SCALE = 5
VERY_HIGH_RATING = 15


class RiskBand(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"

    @property
    def label(self) -> str:
        """Plain-English name, e.g. ``very_high`` -> ``Very high``."""
        return self.value.replace("_", " ").capitalize()


def risk_band(rating: int) -> RiskBand:
    """The band of a rating of 1-25."""
    if not 1 <= rating <= SCALE * SCALE:
        raise WorkshopError(f"A risk rating of {rating} is outside 1 to {SCALE * SCALE}.")
    if rating >= VERY_HIGH_RATING:
        return RiskBand.VERY_HIGH
    if rating >= 10:
        return RiskBand.HIGH
    if rating >= 5:
        return RiskBand.MEDIUM
    return RiskBand.LOW


def _check_scale(risk: Risk) -> None:
    for field, value in (("likelihood", risk.likelihood), ("impact", risk.impact)):
        if value is not None and not 1 <= value <= SCALE:
            name = risk.title.strip() or "(untitled risk)"
            raise WorkshopError(f"Risk '{name}' has {field} {value}; use 1 to {SCALE}.")


def band_of(risk: Risk) -> RiskBand | None:
    """A risk's band, or None until both likelihood and impact are rated."""
    _check_scale(risk)
    rating = risk.rating
    return None if rating is None else risk_band(rating)


def is_very_high(risk: Risk) -> bool:
    """True for a risk rated 15 or more."""
    return band_of(risk) is RiskBand.VERY_HIGH


def heat_map(risks: Iterable[Risk]) -> list[list[int]]:
    """Counts of risks per cell of the 5 x 5 matrix, for charts.

    ``grid[impact - 1][likelihood - 1]``: rows are impact 1 (bottom of a chart drawn
    with ``origin="lower"``) to 5, columns likelihood 1 to 5. Risks not yet rated on
    both scales are not counted.
    """
    grid = [[0] * SCALE for _ in range(SCALE)]
    for risk in risks:
        _check_scale(risk)
        if risk.likelihood is not None and risk.impact is not None:
            grid[risk.impact - 1][risk.likelihood - 1] += 1
    return grid
