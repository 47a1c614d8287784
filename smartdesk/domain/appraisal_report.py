"""What ``smartdesk appraise`` prints: the ranking, its sensitivity, the short list's
whole-life costs and net present social value (NPSV) and the preferred option's
switching values, as JSON or text.

Built on :mod:`smartdesk.domain.appraisal` (the ranking),
:mod:`smartdesk.domain.sensitivity` (how far each weight can move) and
:mod:`smartdesk.domain.npsv` (the costs); none of those imports this module, so the
domain has no import circle.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from smartdesk.domain.appraisal import (
    RankedOption,
    criterion_label,
    criterion_weights,
    option_label,
    rank_options,
    round_half_up,
)
from smartdesk.domain.costs import uses_green_book_schedule
from smartdesk.domain.formatting import money, percent
from smartdesk.domain.npsv import CostLine, SwitchingValues, cost_lines, switching_values
from smartdesk.domain.records import WorkshopData, WorkshopInfo
from smartdesk.domain.sensitivity import SensitivityRow, sensitivity
from smartdesk.domain.sensitivity_sentence import most_sensitive


def appraisal_report(data: WorkshopData) -> dict[str, Any]:
    """The ``smartdesk appraise --json`` object (docs/json-format.md, "Appraise output").

    Figures are rounded to 0.01 here and nowhere earlier.
    """
    rows = sensitivity(data)
    most = most_sensitive(rows)
    values = switching_values(data)
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
            for row in rows
        ],
        "most_sensitive": None
        if most is None
        else {"criterion_id": most.row.criterion_id, "points": round_half_up(most.points)},
        "costs": [
            {
                "option_id": line.option_id,
                "name": line.name,
                "npc": round_half_up(line.npc),
                "pv_benefits": round_half_up(line.pv_benefits),
                "npsv": round_half_up(line.npsv),
                "npsv_vs_do_minimum": _rounded(line.npsv_vs_do_minimum),
                "incomplete": line.incomplete,
            }
            for line in cost_lines(data)
        ],
        "switching_values": None
        if values is None
        else {
            "option_id": values.option_id,
            "costs_rise_pct": _rounded(values.costs_rise_pct),
            "benefits_fall_pct": _rounded(values.benefits_fall_pct),
        },
    }


def _rounded(value: Fraction | None) -> float | None:
    return None if value is None else round_half_up(value)


def discounting_words(info: WorkshopInfo) -> str:
    """How the figures are discounted, in a sentence."""
    if uses_green_book_schedule(info.discount_rate_pct):
        return (
            "Discounted at the Green Book rates: 3.5 % a year for years 1 to 30 and 3.0 % "
            "from year 31."
        )
    return (
        f"Discounted at a flat {info.discount_rate_pct:g} % a year, the workshop's own rate "
        "(the Green Book's declining schedule applies only at its 3.5 %)."
    )


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
    rows = sensitivity(data)
    lines += [_sentence(row, names, labels[row.criterion_id]) for row in rows]
    most = most_sensitive(rows)
    if most is not None:
        turn = most.turn
        side = "rises above" if turn.above else "falls below"
        lines.append(
            f"Most sensitive: {labels[most.row.criterion_id]}, {_points(most.points)} from a "
            f"change of top option (if its share {side} {percent(turn.at_pct)}, "
            f"{names[turn.overtaker_id]} ranks first)."
        )
    lines += _cost_lines(data, cost_lines(data), names)
    return "\n".join(lines)


def _points(value: Fraction) -> str:
    figure = percent(value).removesuffix(" %")
    return f"{figure} percentage point" + ("" if figure == "1.00" else "s")


def _cost_lines(data: WorkshopData, lines: list[CostLine], names: dict[str, str]) -> list[str]:
    if not lines:
        return []
    info = data.workshop
    text = [
        "",
        f"Whole-life costs and net present social value (NPSV) over {info.appraisal_years} "
        "years, in today's (real) prices",
        discounting_words(info),
        f"{'NPC':>14}  {'PV benefits':>14}  {'NPSV':>14}  {'vs do-minimum':>14}  Option",
    ]
    for line in lines:
        flag = "  (no costs given)" if line.incomplete else ""
        text.append(
            f"{money(line.npc):>14}  {money(line.pv_benefits):>14}  {money(line.npsv):>14}  "
            f"{money(line.npsv_vs_do_minimum, missing='-'):>14}  {names[line.option_id]}{flag}"
        )
    text.append(
        "NPC: net present cost with optimism bias; PV benefits: cashable and monetised "
        "social benefits; NPSV = PV benefits - NPC."
    )
    values = switching_values(data)
    if values is not None:
        text.append(_switching_sentence(values, names))
    return text


def _switching_sentence(values: SwitchingValues, names: dict[str, str]) -> str:
    who = "the recommended option" if values.recommended else "the top-ranked option"
    head = f"Switching values for {names[values.option_id]} ({who}): "
    if values.costs_rise_pct is None and values.benefits_fall_pct is None:
        return head + "none, as its NPSV is not above zero."
    parts = []
    if values.costs_rise_pct is not None:
        parts.append(f"its whole-life cost rises by {percent(values.costs_rise_pct)}")
    if values.benefits_fall_pct is not None:
        parts.append(f"its benefits fall by {percent(values.benefits_fall_pct)}")
    return head + "its NPSV falls to zero if " + " or if ".join(parts) + "."
