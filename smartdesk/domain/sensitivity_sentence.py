"""How far the weights can move before the top option changes, in words.

One place for the rules the screen and the pack read the sensitivity rows by: the
changes of one weight that would put another option first (:func:`turns`, nearest
first), the sentence an officer pastes into the report (:func:`sensitivity_sentence`)
and the criterion the pack and ``smartdesk appraise`` call the most sensitive
(:func:`most_sensitive`). One rule serves all three: a weight is as sensitive as the
distance, in percentage points, from today's share to an end of its range *where
another option overtakes*; an end where nothing overtakes (0 % or 100 %) does not
count. Equal distances go by the criterion's name (case-insensitive), then its id. The
wording of
``smartdesk appraise`` (one line per criterion) is in
:mod:`smartdesk.domain.appraisal_report`; the pack's wording is in its catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from smartdesk.domain.appraisal import (
    criterion_label,
    criterion_weights,
    option_label,
)
from smartdesk.domain.formatting import percent
from smartdesk.domain.records import WorkshopData
from smartdesk.domain.sensitivity import SensitivityRow, sensitivity

# A sentence that lists every condition stops being read; the table has the rest.
MAX_CONDITIONS = 3


def _pct(value: Fraction) -> str:
    """33.33 -> "33.3 %", 40 -> "40 %": one decimal at most, as people write it."""
    return percent(value, 1, trim=True)


@dataclass(frozen=True, slots=True)
class Turn:
    """A change of one criterion's weight share that puts another option first: the
    share rising above ``at_pct`` (``above``) or falling below it."""

    criterion_id: str
    above: bool
    at_pct: Fraction
    share_pct: Fraction
    overtaker_id: str

    @property
    def distance(self) -> Fraction:
        """How many percentage points the share must move from today's."""
        return abs(self.at_pct - self.share_pct)


def row_turns(row: SensitivityRow) -> list[Turn]:
    """The row's turns: rising above its range first, then falling below it."""
    ends = (
        (True, row.top_stays_to_pct, row.overtaken_above_by),
        (False, row.top_stays_from_pct, row.overtaken_below_by),
    )
    return [
        Turn(row.criterion_id, above, at_pct, row.share_pct, overtaker)
        for above, at_pct, overtaker in ends
        if overtaker is not None
    ]


def nearest_turn(row: SensitivityRow) -> Fraction | None:
    """How far the share must move before another option ranks first (None: never)."""
    return min((turn.distance for turn in row_turns(row)), default=None)


def turns(rows: list[SensitivityRow]) -> list[Turn]:
    """Every row's turns, nearest first; equal distances by criterion name, then id."""
    names = {row.criterion_id: row.name.casefold() for row in rows}
    return sorted(
        (turn for row in rows for turn in row_turns(row)),
        key=lambda t: (t.distance, names[t.criterion_id], t.criterion_id),
    )


@dataclass(frozen=True, slots=True)
class MostSensitive:
    """The criterion whose share needs the smallest change to put another option first."""

    row: SensitivityRow
    turn: Turn

    @property
    def points(self) -> Fraction:
        """The change needed, in percentage points."""
        return self.turn.distance


def most_sensitive(rows: list[SensitivityRow]) -> MostSensitive | None:
    """The most sensitive criterion and its nearest turn; None when no single weight
    can change the top option."""
    ordered = turns(rows)
    if not ordered:
        return None
    first = ordered[0]
    row = next(row for row in rows if row.criterion_id == first.criterion_id)
    return MostSensitive(row, first)


def scored_cells(data: WorkshopData) -> tuple[int, int]:
    """(cells scored, cells in all) of the scoring matrix: short-listed options x criteria."""
    options = {option.id for option in data.options if option.shortlisted}
    criteria = {criterion.id for criterion in data.criteria}
    scored = sum(
        1
        for score in data.scores
        if score.score is not None and score.option_id in options and score.criterion_id in criteria
    )
    return scored, len(options) * len(criteria)


def _condition(turn: Turn, names: dict[str, str], label: str) -> str:
    side = "more" if turn.above else "less"
    return (
        f"{label} carries {side} than {_pct(turn.at_pct)} of the weight "
        f"(today {_pct(turn.share_pct)}), when {names[turn.overtaker_id]} ranks first"
    )


def sensitivity_sentence(data: WorkshopData) -> str:
    """One paragraph: which option is top, and the changes of a single criterion's
    weight share that would put another option first, nearest first (at most
    :data:`MAX_CONDITIONS`, then how many more there are).

    E.g. "The recommendation (Managed service) holds unless affordability carries more
    than 33 % of the weight (today 20 %), when the energy performance contract ranks
    first."
    """
    rows = sensitivity(data)
    top_id = next((row.top_option_id for row in rows if row.top_option_id), None)
    if top_id is None:
        return "No option is short-listed and scored yet, so there is no ranking to test."
    scored, cells = scored_cells(data)
    if 2 * scored < cells:
        # An option "first whatever the weight" among mostly blank cells would mislead.
        return (
            f"Only {scored} of the short list's {cells} scores are in, so the ranking is "
            "not yet meaningful: score at least half before testing the weights."
        )
    names = {option.id: option_label(option) for option in data.options}
    labels = {criterion.id: criterion_label(criterion) for criterion in data.criteria}
    conditions = [
        _condition(turn, names, labels[turn.criterion_id].lower()) for turn in turns(rows)
    ]
    if data.recommendation.option_id == top_id:
        subject = f"The recommendation ({names[top_id]}) holds"
    else:
        subject = f"{names[top_id]} stays first"
    caveat = ""
    if all(weight == 0 for weight in criterion_weights(data.criteria).values()):
        caveat = " Every criterion weighs 0 today, so these ranges start from equal weights."
    if not conditions:
        return f"{subject} whatever share of the weight any single criterion carries.{caveat}"
    text = "; or ".join(conditions[:MAX_CONDITIONS])
    rest = len(conditions) - MAX_CONDITIONS
    more = ""
    if rest > 0:
        changes = "change" if rest == 1 else "changes"
        more = f" {rest} larger {changes} of a single weight would also change the top option."
    return f"{subject} unless {text}.{more}{caveat}"
