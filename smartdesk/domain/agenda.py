"""Stage time boxes from the agenda: a stage's time box is the total minutes of its steps.

Setting a stage's time box changes its steps' minutes so that they add up to it, in
proportion to what they had (each step keeps at least one minute; a stage whose steps
are all untimed is shared equally). A stage with no step gets one, titled by the
stage. Whole minutes are shared by largest remainder, ties to the earlier step, so the
total is always exact.
"""

from __future__ import annotations

import math
from dataclasses import replace
from fractions import Fraction

from smartdesk.domain.enums import AgendaStage
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import AgendaStep, new_id

MAX_STEP_MINUTES = 480


def stage_minutes(steps: tuple[AgendaStep, ...] | list[AgendaStep]) -> dict[AgendaStage, int]:
    """Minutes per stage, every stage listed in stage order (0: no timed step)."""
    totals = dict.fromkeys(AgendaStage, 0)
    for step in steps:
        totals[step.stage] += step.minutes or 0
    return totals


def with_stage_minutes(
    steps: tuple[AgendaStep, ...] | list[AgendaStep], stage: AgendaStage, minutes: int
) -> tuple[AgendaStep, ...]:
    """``stage``'s steps re-timed to add up to ``minutes`` (or one new step, appended);
    other steps unchanged and every step in its place. WorkshopError if the minutes
    cannot be shared (fewer than one a step, or more than 480 for one step)."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise WorkshopError(f"A time box is a whole number of minutes, got {minutes!r}")
    mine = [index for index, step in enumerate(steps) if step.stage is stage]
    count = max(1, len(mine))
    if not count <= minutes <= MAX_STEP_MINUTES * count:
        steps_text = "1 step" if count == 1 else f"{count} steps"
        raise WorkshopError(
            f"The {stage.label} time box must be between {count} and "
            f"{MAX_STEP_MINUTES * count} minutes ({steps_text} on the agenda), got {minutes}"
        )
    if not mine:
        return (*steps, AgendaStep(new_id(), stage.label, stage, minutes))
    shares = _shares([steps[index].minutes or 0 for index in mine], minutes)
    changed = list(steps)
    for index, share in zip(mine, shares, strict=True):
        changed[index] = replace(steps[index], minutes=share)
    if any(share > MAX_STEP_MINUTES for share in shares):
        raise WorkshopError(
            f"The {stage.label} time box of {minutes} minutes would give one step more than "
            f"{MAX_STEP_MINUTES} minutes; split that step first"
        )
    return tuple(changed)


def _shares(weights: list[int], total: int) -> list[int]:
    """``total`` split into whole numbers >= 1 in proportion to ``weights``."""
    if sum(weights) == 0:
        weights = [1] * len(weights)
    spare = total - len(weights)  # each step keeps one minute first
    exact = [Fraction(spare * weight, sum(weights)) for weight in weights]
    shares = [1 + math.floor(part) for part in exact]
    left = total - sum(shares)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - math.floor(exact[i])), i))
    for index in order[:left]:
        shares[index] += 1
    return shares
