"""Properties of the appraisal: only the proportions of the weights matter (multiplying
every weight by the same positive number leaves every figure of ``appraise`` unchanged,
because the domain computes with the exact decimals typed), and the fast whole-number
ranking and sensitivity give exactly what the definitions give with fractions."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from smartdesk.domain.appraisal import (
    criterion_weights,
    exact,
    normalised_weights,
    rank_options,
    score_table,
    shortlisted_options,
    tie_key,
    weighted_score,
)
from smartdesk.domain.appraisal_report import appraisal_report, appraisal_text
from smartdesk.domain.records import Criterion, WorkshopData
from smartdesk.domain.sensitivity import other_proportions, sensitivity
from tests.unit.domain.test_sensitivity import workshops

# Factors whose products with two-decimal weights are still short decimals, so the
# scaled weight is exactly the decimal a person would type (no binary rounding).
FACTORS = st.one_of(
    st.integers(2, 1000).map(Fraction),
    st.sampled_from([Fraction(1, 2), Fraction(1, 4), Fraction(1, 5), Fraction(1, 10)]),
)


def scaled(data: WorkshopData, factor: Fraction) -> WorkshopData:
    def scale(criterion: Criterion) -> Criterion:
        if criterion.weight is None:
            return criterion
        return dataclasses.replace(criterion, weight=float(exact(criterion.weight) * factor))

    return dataclasses.replace(data, criteria=tuple(scale(c) for c in data.criteria))


@settings(max_examples=100, deadline=None)
@given(workshops(), FACTORS)
def test_scaling_every_weight_leaves_every_figure_unchanged(
    data: WorkshopData, factor: Fraction
) -> None:
    bigger = scaled(data, factor)
    assert appraisal_report(bigger) == appraisal_report(data)
    assert sensitivity(bigger) == sensitivity(data)  # exact figures, not just rounded ones
    assert appraisal_text(bigger) == appraisal_text(data)


# -- the fast integer sensitivity against the plain fraction arithmetic it replaced -------


def reference_row(data: WorkshopData, criterion: Criterion, share_pct: Fraction) -> tuple:  # type: ignore[type-arg]
    """The sensitivity of one criterion by the definition, with fractions throughout."""
    table = score_table(data)
    proportions = other_proportions(data.criteria, criterion.id)
    lines = []
    for option in shortlisted_options(data):
        scores = table.get(option.id, {})
        at_one = Fraction(scores.get(criterion.id, 0), 5)
        at_zero = sum(
            (q * Fraction(scores.get(cid, 0), 5) for cid, q in proportions.items()), Fraction(0)
        )
        lines.append((option, at_one, at_zero))

    def value(line: tuple, p: Fraction) -> Fraction:  # type: ignore[type-arg]
        return p * line[1] + (1 - p) * line[2]

    def top(p: Fraction, direction: int = 0) -> tuple:  # type: ignore[type-arg]
        return min(
            lines,
            key=lambda ln: (-value(ln, p), -direction * (ln[1] - ln[2]), *tie_key(ln[0])),
        )

    share = share_pct / 100
    low, high = Fraction(0), Fraction(1)
    if not lines:
        return (low, high, None, None, None)
    best = top(share)
    for line in lines:
        lead = value(best, share) - value(line, share)
        gain = (best[1] - best[2]) - (line[1] - line[2])
        if gain > 0:
            low = max(low, share - lead / gain)
        elif gain < 0:
            high = min(high, share - lead / gain)
    below = top(low, -1)[0].id if low > 0 else None
    above = top(high, +1)[0].id if high < 1 else None
    return (low, high, best[0].id, below, above)


@settings(max_examples=150, deadline=None)
@given(workshops())
def test_fast_sensitivity_equals_the_definition(data: WorkshopData) -> None:
    shares = normalised_weights(data.criteria)
    for row, criterion in zip(sensitivity(data), data.criteria, strict=True):
        expected = reference_row(data, criterion, shares[criterion.id])
        got = (
            row.top_stays_from_pct / 100,
            row.top_stays_to_pct / 100,
            row.top_option_id,
            row.overtaken_below_by,
            row.overtaken_above_by,
        )
        assert got == expected


@settings(max_examples=100, deadline=None)
@given(workshops())
def test_fast_ranking_equals_weighted_score(data: WorkshopData) -> None:
    weights = criterion_weights(data.criteria)
    table = score_table(data)
    for ranked in rank_options(data):
        assert ranked.score == weighted_score(table.get(ranked.option_id, {}), weights)
