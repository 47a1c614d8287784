"""Each Vision-stage warning, raised when it should be and not otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from smartdesk.domain.records import MaturityDimension, Outcome, Strategy, Vision, WorkshopData
from smartdesk.domain.vision_checks import (
    DEFAULT_MATURITY_DIMENSIONS,
    alignment_matrix,
    maturity_warnings,
    outcome_warnings,
    statement_warnings,
    technology_terms,
    unserved_strategies,
    vision_warnings,
)

TODAY = date(2025, 6, 1)


def codes(warnings) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.code for w in warnings]


@pytest.mark.parametrize(
    "statement",
    [
        "A city-wide IoT sensor network and digital twin by 2030",
        "Deploy LoRaWAN and 5G across the borough",
        "An AI platform and a dashboard for every service",
        "A resident app on a blockchain",
    ],
)
def test_technology_without_outcome_warns(statement: str) -> None:
    warnings = statement_warnings(statement, 2030, TODAY)
    assert codes(warnings) == ["statement_technology_led"]
    assert "no outcome" in warnings[0].message
    assert technology_terms(statement)[0].casefold() in warnings[0].message.casefold()


@pytest.mark.parametrize(
    "statement",
    [
        "By 2032 residents are healthier and fewer people are lonely",  # outcome, no tech
        "Sensors help us cut flooding of homes by half",  # tech with an outcome
        "A happy, said-and-done town",  # 'app' and 'ai' inside words are not technology
    ],
)
def test_outcome_led_statements_do_not_warn(statement: str) -> None:
    assert statement_warnings(statement, 2032, TODAY) == []


def test_horizon_missing_or_past() -> None:
    missing = statement_warnings("Safer streets by 2031 for everyone", None, TODAY)
    assert codes(missing) == ["horizon_missing"]
    assert "2031" in missing[0].message  # hints at the year the statement names
    assert codes(statement_warnings("Safer streets", 2024, TODAY)) == ["horizon_past"]
    assert codes(statement_warnings("", 2030, TODAY)) == ["statement_missing"]


def test_outcome_warnings() -> None:
    complete = Outcome(
        id="o1",
        title="Footfall",
        owner="Economy",
        baseline=40,
        target=50,
        target_date=date(2028, 3, 31),
        strategy_ids=("s1",),
    )
    assert outcome_warnings(complete) == []
    no_owner = outcome_warnings(Outcome(**{**_fields(complete), "owner": " "}))
    assert codes(no_owner) == ["outcome_incomplete"] and "no owner" in no_owner[0].message
    bare = outcome_warnings(Outcome(id="o2", title="Air"))
    assert codes(bare) == ["outcome_incomplete", "outcome_serves_nothing"]
    assert "no owner, target or target date" in bare[0].message
    same = outcome_warnings(Outcome(**{**_fields(complete), "target": 40.0}))
    assert codes(same) == ["outcome_target_is_baseline"] and "40" in same[0].message
    no_date = outcome_warnings(Outcome(**{**_fields(complete), "target_date": None}))
    assert "no target date" in no_date[0].message


def _fields(outcome: Outcome) -> dict[str, object]:
    return {name: getattr(outcome, name) for name in Outcome.__slots__}


def test_alignment_and_unserved_strategies() -> None:
    data = WorkshopData(
        strategies=(Strategy(id="s1", title="A"), Strategy(id="s2", title="B")),
        outcomes=(Outcome(id="o1", strategy_ids=("s1",)), Outcome(id="o2")),
    )
    assert alignment_matrix(data) == [[True, False], [False, False]]
    assert [s.id for s in unserved_strategies(data)] == ["s2"]
    assert "strategy_unserved" in codes(vision_warnings(data, TODAY))


def test_maturity_target_below_current() -> None:
    assert maturity_warnings(MaturityDimension(id="m", dimension="Data", current=3, target=4)) == []
    low = maturity_warnings(MaturityDimension(id="m", dimension="Data", current=4, target=2))
    assert codes(low) == ["maturity_target_below_current"]
    assert len(DEFAULT_MATURITY_DIMENSIONS) == 7


def test_whole_vision() -> None:
    data = WorkshopData(vision=Vision(statement="A smart city platform"))
    assert codes(vision_warnings(data, TODAY)) == [
        "problem_missing",
        "statement_technology_led",
        "horizon_missing",
    ]
