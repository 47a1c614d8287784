"""The power-interest grid's quadrants: one rule for the screen and the pack."""

from __future__ import annotations

import pytest

from smartdesk.domain.enums import EngagementLevel
from smartdesk.domain.records import Stakeholder
from smartdesk.domain.stakeholder_analysis import (
    QUADRANTS,
    SPLIT,
    Quadrant,
    engagement_gaps,
    is_placed,
    quadrant,
)


def at(power: float | None, interest: float | None) -> Quadrant | None:
    return quadrant(Stakeholder(id="x", power=power, interest=interest))


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (5, 5, Quadrant.CLOSE),  # 5 itself is high on both scales
        (5.0, 4.999, Quadrant.SATISFIED),
        (4.999, 5.0, Quadrant.INFORMED),
        (4.999, 4.999, Quadrant.MONITOR),
        (10, 10, Quadrant.CLOSE),
        (10, 0, Quadrant.SATISFIED),
        (0, 10, Quadrant.INFORMED),
        (0, 0, Quadrant.MONITOR),
    ],
)
def test_quadrants_split_at_exactly_five(power: float, interest: float, expected: Quadrant) -> None:
    assert SPLIT == 5
    assert at(power, interest) is expected


@pytest.mark.parametrize(("power", "interest"), [(None, 5), (5, None), (None, None)])
def test_no_quadrant_until_power_and_interest_are_both_rated(
    power: float | None, interest: float | None
) -> None:
    assert at(power, interest) is None
    assert not is_placed(Stakeholder(id="x", power=power, interest=interest))


def test_quadrant_keys_and_names() -> None:
    # The value is the pack catalogue's key (quad.close); the label is what people see.
    assert [q.value for q in Quadrant] == ["close", "satisfied", "informed", "monitor"]
    assert QUADRANTS == ("Manage closely", "Keep satisfied", "Keep informed", "Monitor")
    assert f"quad.{Quadrant.INFORMED}" == "quad.informed"


def test_engagement_gaps_are_grouped_by_quadrant_name() -> None:
    needed = EngagementLevel.EMPOWER
    people = [
        Stakeholder(id="m", name="M", power=1, interest=1, engagement_needed=needed),
        Stakeholder(id="c", name="C", power=5, interest=5, engagement_needed=needed),
        Stakeholder(id="u", name="U", engagement_needed=needed),
    ]
    assert list(engagement_gaps(people)) == ["Manage closely", "Monitor", "Not placed"]
