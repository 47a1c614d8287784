"""The ranking of the short list, the value-for-money table beside it, and the chart of
each option's score by criterion. Everything is recomputed from the domain on change."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from smartdesk.domain.appraisal import (
    HUNDRED,
    MAX_SCORE,
    RankedOption,
    criterion_weights,
    rank_options,
    score_table,
)
from smartdesk.domain.costs import COST_FIELDS, value_for_money
from smartdesk.domain.formatting import money, percent
from smartdesk.domain.records import WorkshopData
from smartdesk.gui.common.header_view import WrappingHeader
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, tr
from smartdesk.gui.options.rows_model import Cell, RowsModel

_FIELD_NAMES = {
    "capital_cost": QT_TRANSLATE_NOOP("", "capital cost"),
    "annual_cost": QT_TRANSLATE_NOOP("", "annual cost"),
    "annual_benefit": QT_TRANSLATE_NOOP("", "annual benefit"),
    "optimism_bias_pct": QT_TRANSLATE_NOOP("", "optimism bias"),
}
assert set(_FIELD_NAMES) == set(COST_FIELDS)


class FiguresView(QTableView):
    """A table of computed figures; ``essential``: the columns a projector shows."""

    essential: tuple[str, ...] = ()


def figures_table(
    model: RowsModel, accessible_name: str, *, stretch: int, essential: tuple[str, ...] = ()
) -> FiguresView:
    """A read-only table for computed figures; column ``stretch`` (the names) takes the
    room left over, eliding long names, so the figures stay in view. Presentation mode
    shows the ``essential`` columns only (none listed: all)."""
    view = FiguresView()
    view.essential = essential
    view.setHorizontalHeader(WrappingHeader(view))  # presentation mode's rules
    view.setModel(model)
    view.setAccessibleName(QCoreApplication.translate("Tables", accessible_name))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def unscored_count(data: WorkshopData, option_id: str) -> int:
    scores = score_table(data).get(option_id, {})
    return sum(1 for criterion in data.criteria if criterion.id not in scores)


def ranking_rows(data: WorkshopData, ranking: list[RankedOption]) -> list[list[Cell]]:
    rows = []
    for ranked in ranking:
        missing = unscored_count(data, ranked.option_id)
        status = (
            tr("incomplete: {n} unscored").format(n=missing) if ranked.incomplete else tr("scored")
        )
        rows.append(
            [
                Cell(str(ranked.rank), number=True),
                Cell(ranked.name or tr("(unnamed option)")),
                Cell(percent(ranked.score), number=True),
                Cell(
                    status,
                    warn=ranked.incomplete,
                    tooltip=tr("A missing score counts as 0 until the room scores it.")
                    if ranked.incomplete
                    else "",
                ),
            ]
        )
    return rows


def value_rows(data: WorkshopData) -> list[list[Cell]]:
    every = value_for_money(data)
    rows = sorted(every, key=lambda row: (row.rank is None, row.rank or 0))
    # NPSV against the do-minimum's (Green Book: each option is compared with it); the
    # pack and `appraise --json` give the same figure (domain.npsv.cost_lines).
    do_minimum = {o.id for o in data.options if o.do_minimum}
    baseline = next((row.npsv for row in every if row.option_id in do_minimum), None)
    cells = []
    for row in rows:
        missing = ", ".join(tr(_FIELD_NAMES[name]) for name in row.missing)
        cells.append(
            [
                Cell(row.name or tr("(unnamed option)")),
                Cell(money(row.npc), number=True),
                Cell(money(row.npsv), number=True),
                Cell(
                    "-" if baseline is None else money(row.npsv - baseline),
                    number=True,
                    tooltip=tr("No option is marked as the do-minimum.")
                    if baseline is None
                    else "",
                ),
                Cell(
                    percent(row.score_pct) if row.shortlisted else tr("not short-listed"),
                    number=True,
                ),
                Cell(money(row.cost_per_point), number=True),
                Cell(
                    tr("counted as 0: {fields}").format(fields=missing) if missing else "",
                    warn=bool(missing),
                ),
            ]
        )
    return cells


def contributions(data: WorkshopData, ranking: list[RankedOption]) -> list[tuple[float, ...]]:
    """Each ranked option's score split by criterion, in percentage points."""
    weights = criterion_weights(data.criteria)
    total = sum(weights.values(), Fraction(0))
    table = score_table(data)
    parts = []
    for ranked in ranking:
        scores = table.get(ranked.option_id, {})
        parts.append(
            tuple(
                float(weights[c.id] * scores.get(c.id, 0) / (MAX_SCORE * total) * HUNDRED)
                if total
                else 0.0
                for c in data.criteria
            )
        )
    return parts


class RankingTables:
    """The models behind the ranking and value-for-money tables (views may share them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.ranking = RowsModel(["Rank", "Option", "Score", "Scoring"])
        self.value = RowsModel(
            ["Option", "Net present cost", "NPSV (net present social value)",
             "NPSV against do-minimum", "Score", "£ per score point", "Figures missing"]
        )  # fmt: skip

    def show_data(self, data: WorkshopData, ranking: list[RankedOption]) -> None:
        self.ranking.set_rows(ranking_rows(data, ranking))
        self.value.set_rows(value_rows(data))


__all__ = ["RankingTables", "contributions", "figures_table", "rank_options"]
