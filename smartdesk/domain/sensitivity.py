"""How far each criterion's weight can move before the top option changes.

For one criterion c, let p be its share of the total weight (0 to 1). The other
criteria keep their relative proportions q_j (equal shares if all of them weigh 0), so
their weights are (1 - p) x q_j. Every option's weighted score is then a straight line
in p::

    S_i(p) = p x a_i + (1 - p) x b_i,   a_i = score_ic / 5,
                                         b_i = sum over j != c of q_j x score_ij / 5

Today's top option t stays top (ties count as staying top) wherever
S_t(p) - S_i(p) >= 0 for every i. Each difference is linear and non-negative at
today's share, so each holds on a closed interval around today's share; their
intersection is the answer, computed exactly (no sampling). The weights are scaled
to whole numbers in the same proportions, so every comparison is an integer one: 200
options x 20 criteria take milliseconds (``bench/appraise.py``), not seconds.

Just outside an end of the interval the top option is found by comparing the lines
at the end point, then by their slope in the direction of travel, then by the tie
rule (name, then id), which gives the option that is top for every p close enough to
the end on that side.

Edge cases, decided here:

- No short-listed option, or only one: nothing can overtake; interval 0-100 %.
- A single criterion: its share is 100 % whatever its weight and the ranking cannot
  change; the lines all pass through 0 at p = 0 (a tie, which counts as staying top),
  so the interval comes out as 0-100 % without a special case.
- Every weight 0: the ranking scores every option 0, which no share of a positive
  total can reproduce. Shares are then taken as equal (see
  :func:`smartdesk.domain.appraisal.normalised_weights`), and the analysis starts
  from equal weights: the top option named by the sensitivity rows is the top under
  equal weights. The human-readable output says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from smartdesk.domain.appraisal import (
    HUNDRED,
    criterion_weights,
    integer_weights,
    normalised_weights,
    score_table,
    shortlisted_options,
    tie_key,
    weighted_points,
)
from smartdesk.domain.records import Criterion, Option, WorkshopData


@dataclass(frozen=True, slots=True)
class SensitivityRow:
    """One criterion's sensitivity. Percentages are exact; ``None`` where nothing
    overtakes (the interval reaches 0 % or 100 %, or there is no top option)."""

    criterion_id: str
    name: str
    share_pct: Fraction
    top_stays_from_pct: Fraction
    top_stays_to_pct: Fraction
    top_option_id: str | None
    overtaken_below_by: str | None
    overtaken_above_by: str | None


@dataclass(frozen=True, slots=True)
class _Line:
    """An option's weighted score along p, times a positive constant shared by every
    line of the criterion (5 x the others' total weight), so that lines compare with
    whole numbers only: S(p) = p x at_one + (1 - p) x at_zero."""

    option: Option
    at_one: int  # a_i, scaled: the score when the criterion has all the weight
    at_zero: int  # b_i, scaled: the score when it has none

    @property
    def slope(self) -> int:
        return self.at_one - self.at_zero

    def at(self, num: int, den: int) -> int:
        """den x S(num / den): exact, and in the same order as S for a given p."""
        return num * self.at_one + (den - num) * self.at_zero


def other_proportions(criteria: tuple[Criterion, ...], criterion_id: str) -> dict[str, Fraction]:
    """The other criteria's shares of the weight that ``criterion_id`` does not take.

    They keep today's relative proportions; equal shares if all of them weigh 0.
    """
    weights = criterion_weights(criteria)
    others = {cid: weight for cid, weight in weights.items() if cid != criterion_id}
    if not others:
        return {}
    total = sum(others.values(), Fraction(0))
    if total == 0:
        return dict.fromkeys(others, Fraction(1, len(others)))
    return {cid: weight / total for cid, weight in others.items()}


@dataclass(frozen=True, slots=True)
class _Totals:
    """What every criterion's lines are built from, computed once per workshop:
    whole-number weights, and per short-listed option its scores, its weighted points
    sum(w x s) and its plain sum of scores."""

    weights: dict[str, int]
    options: list[Option]
    scores: list[dict[str, int]]
    points: list[int]
    plain: list[int]


def _totals(data: WorkshopData) -> _Totals:
    weights = integer_weights(criterion_weights(data.criteria))
    table = score_table(data)
    options = shortlisted_options(data)
    scores = [table.get(option.id, {}) for option in options]
    return _Totals(
        weights=weights,
        options=options,
        scores=scores,
        points=[weighted_points(row, weights) for row in scores],
        plain=[sum(row.get(cid, 0) for cid in weights) for row in scores],
    )


def _lines(totals: _Totals, criterion_id: str) -> list[_Line]:
    """Each option's line for ``criterion_id``, with the other criteria in today's
    proportions (equal if all of them weigh 0), in O(options)."""
    weight = totals.weights[criterion_id]
    others = sum(totals.weights.values()) - weight
    equal = others == 0  # the others all weigh 0 (or there are none): equal shares
    count = len(totals.weights) - 1
    scale = (count if equal else others) or 1
    lines = []
    for option, scores, points, plain in zip(
        totals.options, totals.scores, totals.points, totals.plain, strict=True
    ):
        own = scores.get(criterion_id, 0)
        at_zero = plain - own if equal else points - weight * own
        lines.append(_Line(option, scale * own, at_zero))
    return lines


def _top(lines: list[_Line], num: int, den: int, direction: int = 0) -> _Line:
    """The top line at p = num / den, or just beyond it when ``direction`` is -1
    (below) or +1 (above).

    Lines equal at p are separated by which rises faster in the direction of travel;
    lines equal there too are the same line, and the tie rule decides.
    """
    return min(
        lines,
        key=lambda line: (-line.at(num, den), -direction * line.slope, *tie_key(line.option)),
    )


def _criterion_row(totals: _Totals, criterion: Criterion, share_pct: Fraction) -> SensitivityRow:
    lines = _lines(totals, criterion.id)
    share = share_pct / HUNDRED
    num, den = share.numerator, share.denominator
    # The interval's ends as whole-number fractions low_n/low_d and high_n/high_d.
    low_n, low_d, high_n, high_d = 0, 1, 1, 1
    top_id: str | None = None
    below: str | None = None
    above: str | None = None
    if lines:
        top = _top(lines, num, den)
        top_id = top.option.id
        top_value = top.at(num, den)
        for line in lines:
            # D(p) = lead + (p - share) x gain with lead >= 0 at today's share; D = 0 at
            # p = share - lead / gain, i.e. (num x gain - den x lead) / (den x gain),
            # with lead here already multiplied by den.
            gain = top.slope - line.slope
            if gain == 0:
                continue
            lead = top_value - line.at(num, den)
            end_n, end_d = num * gain - lead, den * gain
            if end_d < 0:
                end_n, end_d = -end_n, -end_d
            if gain > 0 and end_n * low_d > low_n * end_d:
                low_n, low_d = end_n, end_d
            elif gain < 0 and end_n * high_d < high_n * end_d:
                high_n, high_d = end_n, end_d
        low, high = Fraction(low_n, low_d), Fraction(high_n, high_d)
        if low > 0:
            below = _top(lines, low.numerator, low.denominator, -1).option.id
        if high < 1:
            above = _top(lines, high.numerator, high.denominator, +1).option.id
    low, high = Fraction(low_n, low_d), Fraction(high_n, high_d)
    return SensitivityRow(
        criterion_id=criterion.id,
        name=criterion.name,
        share_pct=share_pct,
        top_stays_from_pct=low * HUNDRED,
        top_stays_to_pct=high * HUNDRED,
        top_option_id=top_id,
        overtaken_below_by=below,
        overtaken_above_by=above,
    )


def sensitivity(data: WorkshopData) -> list[SensitivityRow]:
    """One row per criterion, in the room's order: today's share and the range of
    shares over which today's top option stays top, with who overtakes at each end."""
    shares = normalised_weights(data.criteria)
    totals = _totals(data)
    return [_criterion_row(totals, criterion, shares[criterion.id]) for criterion in data.criteria]
