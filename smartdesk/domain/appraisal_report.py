"""What ``smartdesk appraise`` prints: the ranking and its sensitivity, as JSON or text.

Built on :mod:`smartdesk.domain.appraisal` (the ranking) and
:mod:`smartdesk.domain.sensitivity` (how far each weight can move); neither of those
imports this module, so the domain has no import circle.
"""

from __future__ import annotations

from typing import Any

from smartdesk.domain.appraisal import (
    RankedOption,
    criterion_label,
    criterion_weights,
    option_label,
    rank_options,
    round_half_up,
)
from smartdesk.domain.formatting import percent
from smartdesk.domain.records import WorkshopData
from smartdesk.domain.sensitivity import SensitivityRow, sensitivity


def appraisal_report(data: WorkshopData) -> dict[str, Any]:
    """The ``smartdesk appraise --json`` object (docs/json-format.md, "Appraise output").

    Figures are rounded to 0.01 here and nowhere earlier.
    """
    return {
        "ranking": [
            {
                "rank": ranked.rank,
                "option_id": ranked.option_id,
                "name": ranked.name,
                "score_pct": round_half_up(ranked.score),
                "incomplete": ranked.incomplete,
            }
            for ranked in rank_options(data)
        ],
        "sensitivity": [
            {
                "criterion_id": row.criterion_id,
                "name": row.name,
                "share_pct": round_half_up(row.share_pct),
                "top_stays_from_pct": round_half_up(row.top_stays_from_pct),
                "top_stays_to_pct": round_half_up(row.top_stays_to_pct),
                "overtaken_below_by": row.overtaken_below_by,
                "overtaken_above_by": row.overtaken_above_by,
            }
            for row in sensitivity(data)
        ],
    }


def _ranking_lines(ranking: list[RankedOption], names: dict[str, str]) -> list[str]:
    lines = ["Ranking of the short-listed options", f"{'Rank':>4}  {'Score':>8}  Option"]
    for ranked in ranking:
        flag = "  (incomplete)" if ranked.incomplete else ""
        lines.append(
            f"{ranked.rank:>4}  {percent(ranked.score):>8}  {names[ranked.option_id]}{flag}"
        )
    if any(ranked.incomplete for ranked in ranking):
        lines.append(
            "(incomplete): not every criterion is scored yet; a missing score counts as 0."
        )
    return lines


def _sentence(row: SensitivityRow, names: dict[str, str], label: str) -> str:
    head = f"{label} ({percent(row.share_pct, 1)}): "
    if row.top_option_id is None:
        return head + "no short-listed option to rank."
    top = names[row.top_option_id]
    low, high = row.top_stays_from_pct, row.top_stays_to_pct
    if row.overtaken_below_by is None and row.overtaken_above_by is None:
        return head + f"{top} stays top whatever this criterion's share (0 % to 100 %)."
    text = f"{top} stays top between {percent(low)} and {percent(high)}"
    if row.overtaken_below_by is not None and row.overtaken_above_by is not None:
        return (
            head
            + f"{text}; below, {names[row.overtaken_below_by]} overtakes; "
            + f"above, {names[row.overtaken_above_by]}."
        )
    if row.overtaken_below_by is not None:
        return head + f"{text}; below, {names[row.overtaken_below_by]} overtakes."
    assert row.overtaken_above_by is not None
    return head + f"{text}; above, {names[row.overtaken_above_by]} overtakes."


def appraisal_text(data: WorkshopData) -> str:
    """The human-readable ``smartdesk appraise`` output: the ranking table, then one
    plain-English sentence per criterion on how sensitive the top place is to it.

    Lines are joined with newlines, with none at the end (``print`` adds it)."""
    names = {option.id: option_label(option) for option in data.options}
    ranking = rank_options(data)
    if not ranking:
        lines = ["No options are short-listed, so there is nothing to rank yet."]
    else:
        lines = _ranking_lines(ranking, names)
    if not data.criteria:
        lines += ["", "No criteria are set, so every option scores 0 %."]
        return "\n".join(lines)
    lines += ["", "Sensitivity to the weights (share of the total weight)"]
    if all(weight == 0 for weight in criterion_weights(data.criteria).values()):
        lines.append(
            "Every criterion weighs 0, so every option scores 0 %. The ranges below "
            "start from equal weights."
        )
    labels = {criterion.id: criterion_label(criterion) for criterion in data.criteria}
    lines += [_sentence(row, names, labels[row.criterion_id]) for row in sensitivity(data)]
    return "\n".join(lines)
