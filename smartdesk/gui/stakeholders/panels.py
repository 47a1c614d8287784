"""Read-outs of the Stakeholders stage: the grid legend, engagement gaps (with a chart)
and relationship silos."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.enums import EngagementLevel
from smartdesk.domain.records import Relationship, Stakeholder
from smartdesk.domain.stakeholder_analysis import (
    ATTITUDE_SYMBOLS,
    ATTITUDES,
    engagement_gaps,
    silos,
    unconnected,
)
from smartdesk.gui.common.chart_view import LazyChart, fitted, with_values
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.stakeholders.grid_items import attitude_swatch
from smartdesk.reports.charts.stakeholders import GAP_WIDTH, engagement_gap

_ID_ROLE = Qt.ItemDataRole.UserRole


class AttitudeLegend(QWidget):
    """Attitude colours *and* symbols, and what line thickness means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Grid legend"))
        # Three columns, so the legend never makes the grid panel wider than the grid.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        self._swatches: list[tuple[QLabel, int | None]] = []
        for place, attitude in enumerate((2, 1, 0, -1, -2, None)):
            swatch = QLabel()
            self._swatches.append((swatch, attitude))
            name = ATTITUDES[attitude] if attitude is not None else self.tr("Not recorded")
            text = QLabel(f"{ATTITUDE_SYMBOLS[attitude]} {choice_word(name)}")
            row, column = divmod(place, 3)
            layout.addWidget(swatch, row, column * 2)
            layout.addWidget(text, row, column * 2 + 1)
        lines = QLabel(self.tr("Line thickness: relationship strength (1-3)"))
        layout.addWidget(lines, 2, 0, 1, 6)
        layout.setColumnStretch(6, 1)
        self._draw()

    def _draw(self) -> None:
        size = max(14, int(self.fontMetrics().height() * 1.2))
        for swatch, attitude in self._swatches:
            swatch.setPixmap(attitude_swatch(attitude, size))

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._draw()


def _level(levels: tuple[str, ...], rank: int) -> str:
    """An engagement level's name from its rank (inform 0 ... empower 4)."""
    return levels[rank] if 0 <= rank < len(levels) else str(rank)


class EngagementGapPanel(QWidget):
    """Who must be engaged more deeply than today, grouped by quadrant, with a chart."""

    stakeholder_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Engagement gaps by quadrant"))
        self.tree.setHeaderLabels(
            [self.tr("Stakeholder"), self.tr("Now"), self.tr("Needed"), self.tr("Gap")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._chosen)
        self.chart = LazyChart(self.tr("Engagement gap chart"), smallest=(200, 140))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(with_values(self.chart))
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 300])
        split.setProperty("projector_shares", [0, 1])  # on a projector the chart has the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._rows: list[tuple[str, int, int]] = []
        self._pending: Sequence[Stakeholder] | None = None

    def set_records(self, stakeholders: Sequence[Stakeholder]) -> None:
        """Show the gaps of ``stakeholders`` (worked out when the panel is next in sight)."""
        # The panel sits on a tab: a 1,000-stakeholder tree is built when someone looks.
        self._pending = stakeholders
        if self.isVisible():
            self._fill()

    def _fill(self) -> None:
        if self._pending is None:
            return
        stakeholders, self._pending = self._pending, None
        groups = engagement_gaps(stakeholders)
        self.tree.clear()
        self._rows = []
        count = 0
        for quadrant_name, gaps in groups.items():
            group = QTreeWidgetItem([f"{choice_word(quadrant_name)} ({len(gaps)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for gap in gaps:
                now = choice_word(gap.current.label) if gap.current else self.tr("not engaged yet")
                item = QTreeWidgetItem(
                    [gap.stakeholder.name, now, choice_word(gap.needed.label), f"+{gap.steps}"]
                )
                item.setData(0, _ID_ROLE, gap.stakeholder.id)
                group.addChild(item)
                count += 1
                if gap.current is not None:
                    self._rows.append((gap.stakeholder.name, gap.current.rank, gap.needed.rank))
            group.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        if count:
            self.summary.setText(
                self.tr(
                    "{n} stakeholders need deeper engagement than today. Those in "
                    "'Manage closely' come first."
                ).format(n=count)
            )
        else:
            self.summary.setText(
                self.tr("No gaps: everyone is engaged at least at the level they need.")
            )
        self._show_chart()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fill()

    def _show_chart(self) -> None:
        # LazyChart draws when the chart is in sight: matplotlib never loads at start-up.
        if not self._rows:
            self.chart.set_chart(None, None, self.tr("(no gaps to chart)"))
            return
        rows = tuple(self._rows)
        levels = tuple(choice_word(level.label) for level in EngagementLevel)
        lines = [
            self.tr("{name}: now {now}, needed {needed}").format(
                name=name, now=_level(levels, now), needed=_level(levels, needed)
            )
            for name, now, needed in rows
        ]
        self.chart.set_chart(
            fitted(partial(engagement_gap, rows, levels), GAP_WIDTH), rows, "\n".join(lines)
        )

    def _chosen(self, item: QTreeWidgetItem) -> None:
        stakeholder_id = item.data(0, _ID_ROLE)
        if stakeholder_id:
            self.stakeholder_chosen.emit(str(stakeholder_id))


class SiloPanel(QWidget):
    """Groups of stakeholders linked only among themselves, and those linked to nobody."""

    stakeholder_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Silos and unconnected stakeholders"))
        self.tree.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._pending: tuple[Sequence[Stakeholder], Sequence[Relationship]] | None = None

    def set_records(
        self, stakeholders: Sequence[Stakeholder], relationships: Sequence[Relationship]
    ) -> None:
        """Show the silos of the workshop (worked out when the panel is next in sight)."""
        self._pending = (stakeholders, relationships)
        if self.isVisible():
            self._fill()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fill()

    def _fill(self) -> None:
        if self._pending is None:
            return
        (stakeholders, relationships), self._pending = self._pending, None
        self.tree.clear()
        groups = silos(stakeholders, relationships)
        alone = unconnected(stakeholders, relationships)
        if len(groups) > 1:
            title = self.tr("{n} separate groups (silos): no relationship links them").format(
                n=len(groups)
            )
        else:
            title = self.tr("Linked stakeholders: one connected group")
        head = QTreeWidgetItem([title])
        self.tree.addTopLevelItem(head)
        for number, group in enumerate(groups, 1):
            names = ", ".join(p.name for p in group[:3]) + ("…" if len(group) > 3 else "")
            node = QTreeWidgetItem(
                [
                    self.tr("Group {n}: {count} ({names})").format(
                        n=number, count=len(group), names=names
                    )
                ]
            )
            head.addChild(node)
            for person in group:
                child = QTreeWidgetItem([person.name])
                child.setData(0, _ID_ROLE, person.id)
                node.addChild(child)
        head.setExpanded(True)
        lonely = QTreeWidgetItem([self.tr("No relationship at all ({n})").format(n=len(alone))])
        lonely.setForeground(0, QBrush(QColor("#a33a00")))
        self.tree.addTopLevelItem(lonely)
        for person in alone:
            child = QTreeWidgetItem([person.name])
            child.setData(0, _ID_ROLE, person.id)
            lonely.addChild(child)
        lonely.setExpanded(True)

    def group_count(self) -> int:
        self._fill()
        head = self.tree.topLevelItem(0)
        return head.childCount() if head is not None else 0

    def unconnected_names(self) -> list[str]:
        self._fill()
        lonely = self.tree.topLevelItem(1)
        if lonely is None:
            return []
        children = (lonely.child(i) for i in range(lonely.childCount()))
        return [child.text(0) for child in children if child is not None]

    def _chosen(self, item: QTreeWidgetItem) -> None:
        stakeholder_id = item.data(0, _ID_ROLE)
        if stakeholder_id:
            self.stakeholder_chosen.emit(str(stakeholder_id))
