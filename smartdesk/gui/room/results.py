"""A round's results, live: a bar chart for the projector and the same figures as text.

The chart is the pack's (``reports.charts.votes``), drawn with the widget's own type
size (so presentation mode enlarges it) and scaled up to fill the space it is given;
the text beside it carries every value, for screen readers and the back of the room.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QWidget

from smartdesk.domain.enums import VoteMethod
from smartdesk.domain.formatting import percent
from smartdesk.domain.records import VoteRound, WorkshopData
from smartdesk.domain.voting import round_result
from smartdesk.gui.common.chart_view import LazyChart
from smartdesk.gui.room.vote_grid import subject_labels, unit

Rows = tuple[tuple[str, int, str], ...]


def _draw(
    rows: Rows, axis: str, width: float, height: float, dpi: float, fontsize: float, least: float
) -> bytes:
    from smartdesk.reports.charts.votes import natural_height, vote_bars

    # Scaled so the bars fill the space (up to twice the pack's size), type included:
    # the scale only enlarges, so text asked for at ``least`` points or more stays legible.
    # In less space than the bars need, they move closer together instead, so the
    # picture is never taller than its place (the axis title was cut off at 720 lines).
    scale = max(1.0, min(2.0, height / natural_height(len(rows))))
    return vote_bars(
        rows, axis, width=width / scale, dpi=dpi * scale, fontsize=fontsize, height=height / scale
    )


class ResultsPanel(QWidget):
    """The chart of the round on show, and its results in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = LazyChart(self.tr("Results chart"), smallest=(360, 200), values_beside=True)
        # The results in words beside the chart, as every chart's values (they scroll
        # rather than being cut off); shown even before the first vote.
        self.text = self.chart.values.label
        self.text.setAccessibleName(self.tr("Results"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.chart.values, 1)

    def show_round(self, data: WorkshopData, round_: VoteRound | None) -> None:
        if round_ is None:
            self.chart.set_chart(None, None, self.tr("Create a round to see its results here."))
            return
        result = round_result(data, round_.id)
        names = subject_labels(data, round_)
        things = unit(round_)
        rows: Rows = tuple(
            (names.get(s.subject_id, s.name), s.total, percent(s.share * 100, 0))
            for s in result.subjects
        )
        voters = sum(1 for p in data.participants if p.attended)
        lines = [
            self.tr("{n} of {all} voters have voted; {total} {unit} given.").format(
                n=result.voters, all=voters, total=result.total, unit=things
            )
        ]
        lines += [
            f"{s.rank}. {name}: {total} {things} ({share}), "
            + self.tr("{n} voters").format(n=s.voters)
            for s, (name, total, share) in zip(result.subjects, rows, strict=True)
        ]
        description = "\n".join(lines)
        axis = self.tr("Dots") if round_.method is VoteMethod.DOTS else self.tr("Points")
        if not rows:
            self.chart.set_chart(None, None, self.tr("This round has nothing to vote on yet."))
            self.chart.values.set_text(description)  # who has voted, still
            return
        self.chart.set_chart(partial(_draw, rows, axis), (rows, axis), description)
