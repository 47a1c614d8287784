"""Weighted scoring and ranking of the short-listed options.

All arithmetic is exact: weights and figures enter as ``Fraction(str(x))`` (the decimal
the room typed, not the nearest binary float), so two options whose scores are equal on
paper are equal here and the tie rule decides between them. Figures are rounded only
when they are shown (:func:`round_half_up`).

Rules (docs/scales-and-rules.md, docs/json-format.md "Appraise output"):

- Only short-listed options are ranked.
- Weighted score = sum(weight x score) / (5 x sum(weight)) x 100, a percentage.
- A missing score (no ``Score`` record, or ``score`` None) counts as 0 and marks the
  option *incomplete*; a weight of None counts as 0; if every weight is 0, every
  option scores 0.
- Ties rank by name (case-insensitive), then by id.
- Ranks run 1..n in that order, one rank per option: tied options do *not* share a
  rank, because the tie rule already puts them in a definite order and the committee
  report needs one option at the top.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Criterion, Option, WorkshopData

MAX_SCORE = 5
HUNDRED = Fraction(100)


def exact(value: float | int | Fraction) -> Fraction:
    """The exact decimal a figure was written as: ``exact(0.1) == Fraction(1, 10)``.

    Going through ``str`` undoes the binary rounding of floats, which is what makes
    weights such as 0.1 and 0.2 add up to exactly 0.3.
    """
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        raise WorkshopError(f"{value} is not a usable figure; enter a finite number.")
    return Fraction(str(value))


def round_half_up(value: Fraction, places: int = 2) -> float:
    """``value`` rounded to ``places`` decimals, halves away from zero, as a float.

    Used only for output. Halves go away from zero (71.125 -> 71.13), as people
    round by hand, rather than to even as Python's ``round`` does.
    """
    scale = Fraction(10) ** places
    magnitude = math.floor(abs(value) * scale + Fraction(1, 2))
    rounded = Fraction(magnitude, 1) / scale
    return float(-rounded if value < 0 else rounded)


def option_label(option: Option) -> str:
    """The option's name, or a stand-in when the room has not named it yet."""
    return option.name.strip() or "(unnamed option)"


def criterion_label(criterion: Criterion) -> str:
    """The criterion's name, or a stand-in when the room has not named it yet."""
    return criterion.name.strip() or "(unnamed criterion)"


def criterion_weight(criterion: Criterion) -> Fraction:
    """A criterion's exact weight; None counts as 0. A negative weight is refused."""
    if criterion.weight is None:
        return Fraction(0)
    weight = exact(criterion.weight)
    if weight < 0:
        raise WorkshopError(
            f"Criterion '{criterion_label(criterion)}' has a negative weight "
            f"({criterion.weight}); weights must be 0 or more."
        )
    return weight


def criterion_weights(criteria: Iterable[Criterion]) -> dict[str, Fraction]:
    """Each criterion's exact weight by id (None counts as 0)."""
    return {criterion.id: criterion_weight(criterion) for criterion in criteria}


def normalised_weights(criteria: Iterable[Criterion]) -> dict[str, Fraction]:
    """Each criterion's share of the total weight, in percent, summing to exactly 100.

    When every weight is 0 (or None) there is no agreed balance: every criterion then
    gets an equal share. That is the share shown beside each criterion and the
    starting point of the sensitivity analysis; the ranking itself still scores every
    option 0 in that case, as the rules require.
    """
    weights = criterion_weights(criteria)
    if not weights:
        return {}
    total = sum(weights.values(), Fraction(0))
    if total == 0:
        equal = HUNDRED / len(weights)
        return dict.fromkeys(weights, equal)
    return {cid: weight / total * HUNDRED for cid, weight in weights.items()}


def score_table(data: WorkshopData) -> dict[str, dict[str, int]]:
    """Scores given so far: option id -> criterion id -> score (0-5).

    Cells with no score (``score`` None) are left out. If a pair appears twice (a
    damaged or hand-edited file), the later record wins, as it was written last.
    """
    table: dict[str, dict[str, int]] = {}
    for record in data.scores:
        if record.score is None:
            continue
        if not 0 <= record.score <= MAX_SCORE:
            raise WorkshopError(
                f"A score of {record.score} was given; scores run from 0 to {MAX_SCORE}."
            )
        table.setdefault(record.option_id, {})[record.criterion_id] = record.score
    return table


def weighted_score(scores: Mapping[str, int], weights: Mapping[str, Fraction]) -> Fraction:
    """Weighted score in percent: sum(weight x score) / (5 x sum(weight)) x 100.

    ``weights`` may be raw weights or shares (only proportions matter). A criterion
    missing from ``scores`` scores 0; if the weights sum to 0 the score is 0.
    """
    total = sum(weights.values(), Fraction(0))
    if total == 0:
        return Fraction(0)
    points = sum(
        (weight * scores.get(cid, 0) for cid, weight in weights.items()),
        Fraction(0),
    )
    return points / (MAX_SCORE * total) * HUNDRED


def integer_weights(weights: Mapping[str, Fraction]) -> dict[str, int]:
    """The same weights times the least common multiple of their denominators: whole
    numbers in the same proportions, so sums of weight x score are fast integer sums
    and still exact (``bench/appraise.py``: 200 options x 20 criteria)."""
    scale = math.lcm(*(weight.denominator for weight in weights.values())) if weights else 1
    return {cid: int(weight * scale) for cid, weight in weights.items()}


def weighted_points(scores: Mapping[str, int], weights: Mapping[str, int]) -> int:
    """sum(weight x score) over ``weights`` with whole-number weights (missing scores 0)."""
    return sum(weight * scores.get(cid, 0) for cid, weight in weights.items())


def tie_key(option: Option) -> tuple[str, str]:
    """The tie rule: name, case-insensitively, then id."""
    return (option.name.casefold(), option.id)


@dataclass(frozen=True, slots=True)
class RankedOption:
    """One line of the ranking: ``score`` is the exact weighted score in percent."""

    rank: int
    option_id: str
    name: str
    score: Fraction
    incomplete: bool


def shortlisted_options(data: WorkshopData) -> list[Option]:
    """The short-listed options, in the room's order."""
    return [option for option in data.options if option.shortlisted]


def rank_by_weights(data: WorkshopData, weights: Mapping[str, Fraction]) -> list[RankedOption]:
    """Rank the short list under the given weights (criterion id -> weight or share).

    This is :func:`rank_options` with the weights swapped, for "what if" questions
    such as the sensitivity analysis.
    """
    table = score_table(data)
    criterion_ids = [criterion.id for criterion in data.criteria]
    scored: list[tuple[Fraction, Option, bool]] = []
    # Same figure as weighted_score(scores, weights), with one Fraction per option.
    whole = integer_weights(weights)
    total = sum(whole.values())
    for option in shortlisted_options(data):
        scores = table.get(option.id, {})
        incomplete = any(cid not in scores for cid in criterion_ids)
        score = (
            Fraction(100 * weighted_points(scores, whole), MAX_SCORE * total)
            if total
            else Fraction(0)
        )
        scored.append((score, option, incomplete))
    scored.sort(key=lambda item: (-item[0], *tie_key(item[1])))
    return [
        RankedOption(
            rank=position,
            option_id=option.id,
            name=option.name,
            score=score,
            incomplete=incomplete,
        )
        for position, (score, option, incomplete) in enumerate(scored, start=1)
    ]


def rank_options(data: WorkshopData) -> list[RankedOption]:
    """The ranking of the short-listed options under today's weights, best first."""
    return rank_by_weights(data, criterion_weights(data.criteria))


def ties(ranking: list[RankedOption]) -> list[list[RankedOption]]:
    """Runs of options with exactly the same weighted score, best first (each run has
    two or more). The tie rule orders them, but a report must say they are tied."""
    runs: list[list[RankedOption]] = []
    for ranked in ranking:
        if runs and runs[-1][-1].score == ranked.score:
            runs[-1].append(ranked)
        else:
            runs.append([ranked])
    return [run for run in runs if len(run) > 1]
