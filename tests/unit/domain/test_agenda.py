"""Stage time boxes kept as agenda steps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartdesk.domain.agenda import stage_minutes, with_stage_minutes
from smartdesk.domain.enums import AgendaStage
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import AgendaStep

STEPS = (
    AgendaStep("a1", "Welcome", AgendaStage.OTHER, 10),
    AgendaStep("a2", "Problem", AgendaStage.VISION, 20),
    AgendaStep("a3", "Statement", AgendaStage.VISION, 10),
    AgendaStep("a4", "Untimed", AgendaStage.OPTIONS, None),
)


def test_a_stage_time_box_is_the_total_of_its_steps() -> None:
    assert stage_minutes(STEPS) == {
        AgendaStage.VISION: 30,
        AgendaStage.STAKEHOLDERS: 0,
        AgendaStage.OPTIONS: 0,
        AgendaStage.BRIEFING: 0,
        AgendaStage.OTHER: 10,
    }


def test_setting_a_time_box_shares_it_in_proportion_keeping_order() -> None:
    changed = with_stage_minutes(STEPS, AgendaStage.VISION, 45)
    assert [(s.id, s.minutes) for s in changed] == [
        ("a1", 10),
        ("a2", 30),
        ("a3", 15),
        ("a4", None),
    ]


def test_shares_are_whole_minutes_adding_up_exactly_ties_to_the_earlier_step() -> None:
    changed = with_stage_minutes(STEPS, AgendaStage.VISION, 4)
    # One minute each first, then the 2 spare by 20:10 (1.33, 0.67): largest remainder.
    assert [s.minutes for s in changed if s.stage is AgendaStage.VISION] == [2, 2]
    even = (
        AgendaStep("b1", stage=AgendaStage.BRIEFING),
        AgendaStep("b2", stage=AgendaStage.BRIEFING),
    )
    assert [s.minutes for s in with_stage_minutes(even, AgendaStage.BRIEFING, 5)] == [3, 2]


def test_a_stage_without_steps_gains_one_titled_by_the_stage() -> None:
    changed = with_stage_minutes(STEPS, AgendaStage.STAKEHOLDERS, 25)
    assert changed[:4] == STEPS
    added = changed[4]
    assert (added.title, added.stage, added.minutes) == (
        "Stakeholders",
        AgendaStage.STAKEHOLDERS,
        25,
    )
    assert added.id not in {s.id for s in STEPS}


@pytest.mark.parametrize(
    ("stage", "minutes", "message"),
    [
        (AgendaStage.VISION, 1, "between 2 and 960 minutes"),
        (AgendaStage.OTHER, 481, "between 1 and 480 minutes"),
        (AgendaStage.BRIEFING, 0, "between 1 and 480 minutes"),
        (AgendaStage.VISION, 950, "more than 480 minutes; split that step first"),
    ],
)
def test_time_boxes_that_cannot_be_shared_are_refused(
    stage: AgendaStage, minutes: int, message: str
) -> None:
    with pytest.raises(WorkshopError, match=message):
        with_stage_minutes(STEPS, stage, minutes)


@given(
    st.lists(st.one_of(st.none(), st.integers(1, 480)), min_size=1, max_size=6),
    st.integers(1, 480),
)
def test_shares_always_add_up_and_keep_a_minute_each(timed: list[int | None], total: int) -> None:
    steps = tuple(
        AgendaStep(f"s{i}", stage=AgendaStage.OPTIONS, minutes=m) for i, m in enumerate(timed)
    )
    if total < len(steps):
        with pytest.raises(WorkshopError):
            with_stage_minutes(steps, AgendaStage.OPTIONS, total)
        return
    changed = with_stage_minutes(steps, AgendaStage.OPTIONS, total)
    assert stage_minutes(changed)[AgendaStage.OPTIONS] == total
    assert all(s.minutes is not None and s.minutes >= 1 for s in changed)
