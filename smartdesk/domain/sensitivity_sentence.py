"""The sentence an officer pastes into the report: how far the weights can move before
the top option changes. Pure Python (no Qt), so it is tested like domain code."""

from __future__ import annotations

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


def _conditions(
    row: SensitivityRow, names: dict[str, str], label: str
) -> list[tuple[Fraction, str]]:
    found: list[tuple[Fraction, str]] = []
    if row.overtaken_above_by is not None:
        found.append(
            (
                row.top_stays_to_pct - row.share_pct,
                f"{label} carries more than {_pct(row.top_stays_to_pct)} of the weight "
                f"(today {_pct(row.share_pct)}), when {names[row.overtaken_above_by]} ranks first",
            )
        )
    if row.overtaken_below_by is not None:
        found.append(
            (
                row.share_pct - row.top_stays_from_pct,
                f"{label} carries less than {_pct(row.top_stays_from_pct)} of the weight "
                f"(today {_pct(row.share_pct)}), when {names[row.overtaken_below_by]} ranks first",
            )
        )
    return found


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
    names = {option.id: option_label(option) for option in data.options}
    labels = {criterion.id: criterion_label(criterion) for criterion in data.criteria}
    conditions = sorted(
        (c for row in rows for c in _conditions(row, names, labels[row.criterion_id].lower())),
        key=lambda item: item[0],
    )
    if data.recommendation.option_id == top_id:
        subject = f"The recommendation ({names[top_id]}) holds"
    else:
        subject = f"{names[top_id]} stays first"
    caveat = ""
    if all(weight == 0 for weight in criterion_weights(data.criteria).values()):
        caveat = " Every criterion weighs 0 today, so these ranges start from equal weights."
    if not conditions:
        return f"{subject} whatever share of the weight any single criterion carries.{caveat}"
    text = "; or ".join(condition for _, condition in conditions[:MAX_CONDITIONS])
    rest = len(conditions) - MAX_CONDITIONS
    more = ""
    if rest > 0:
        changes = "change" if rest == 1 else "changes"
        more = f" {rest} larger {changes} of a single weight would also change the top option."
    return f"{subject} unless {text}.{more}{caveat}"
