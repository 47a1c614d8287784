"""Digital-maturity self-assessment: levels per dimension, what each level means, a radar."""

from __future__ import annotations

import re
from functools import cache, partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from smartdesk import paths
from smartdesk.domain.records import MaturityDimension, WorkshopData, new_id
from smartdesk.domain.vision_checks import DEFAULT_MATURITY_DIMENSIONS, MATURITY_LEVEL_NAMES
from smartdesk.gui.common.chart_view import LazyChart, fitted
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.translation import localised
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession
from smartdesk.reports.charts.vision import RADAR_HEIGHT, RADAR_WIDTH, maturity_radar

_LEVEL_LINE = re.compile(r"^\s*([1-5])[.)]\s+(.*\S)\s*$")


def level_descriptions() -> dict[str, dict[int, str]]:
    """``{dimension (lower case): {level: one line}}`` from the guidance resources, in the
    interface's language (``maturity_levels.cy.md`` in Welsh)."""
    return _read_levels(localised(paths.resource("guidance", "vision", "maturity_levels.md")))


@cache
def _read_levels(path: Path) -> dict[str, dict[int, str]]:
    try:
        text = path.read_text("utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return {}
    found: dict[str, dict[int, str]] = {}
    current: dict[int, str] | None = None
    for line in text.splitlines():
        if line.startswith("## "):
            # "## Data" or, in a translation, "## Governance / Llywodraethu": the stored
            # (English) name and the translated one both find the lines.
            current = {}
            for name in line[3:].split(" / "):
                found[name.strip().casefold()] = current
        elif current is not None and (match := _LEVEL_LINE.match(line)):
            current[int(match.group(1))] = match.group(2)
    return found


def describe_level(dimension: str, level: int | None) -> str:
    """``3 Defined — An agreed strategy ...``; the level's name alone for a new dimension."""
    if level is None:
        return ""
    name = choice_word(MATURITY_LEVEL_NAMES.get(level, str(level)))
    line = level_descriptions().get(dimension.strip().casefold(), {}).get(level, "")
    return f"{level} {name} — {line}" if line else f"{level} {name}"


def radar_rows(data: WorkshopData) -> list[tuple[str, int, int]]:
    """The dimensions with both levels set, as the radar chart wants them."""
    return [
        (d.dimension or "?", d.current, d.target)
        for d in data.maturity
        if d.current is not None and d.target is not None
    ]


class MaturityStep(QWidget):
    """The maturity table, the meaning of the selected levels and a radar drawn on demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        level_tip = self.tr("1 Ad hoc · 2 Developing · 3 Defined · 4 Managed · 5 Leading")
        self.table = EditableRecordTable(
            None,
            MaturityDimension,
            [
                Field(self.tr("Dimension"), "dimension", width=240),
                Field(self.tr("Current (1-5)"), "current", "int", tooltip=level_tip),
                Field(self.tr("Target (1-5)"), "target", "int", tooltip=level_tip),
                Field(self.tr("Evidence / note"), "note"),
            ],
            self.tr("Digital maturity"),
        )
        # On a projector the levels beside the radar; the evidence when not presenting.
        self.table.view.essential = (
            self.tr("Dimension"),
            self.tr("Current (1-5)"),
            self.tr("Target (1-5)"),
        )
        self.defaults_button = QPushButton(self.tr("Add default dimensions"))
        self.defaults_button.setAccessibleName(self.tr("Add the seven default dimensions"))
        self.defaults_button.clicked.connect(self.add_defaults)
        self.levels = QLabel()
        self.levels.setWordWrap(True)
        self.levels.setAccessibleName(self.tr("Meaning of the selected levels"))
        self.levels.setTextFormat(Qt.TextFormat.PlainText)
        self.table.selection_changed.connect(lambda _ids: self.show_levels())
        self.table.model.dataChanged.connect(lambda *_a: self.show_levels())

        self.radar_button = QPushButton(self.tr("Draw radar chart"))
        self.radar_button.setAccessibleName(self.tr("Draw the maturity radar chart"))
        self.radar_button.clicked.connect(self.draw_radar)
        self.radar = LazyChart(
            self.tr("Maturity radar chart: current against target"), smallest=(200, 146)
        )
        self.radar.hide()
        self._radar_wanted = False

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.defaults_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.levels)
        right = QVBoxLayout()
        right.addWidget(self.radar_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.radar, 1)
        right.addWidget(self.radar.values)
        right.addStretch(0)
        split = QSplitter(Qt.Orientation.Horizontal)
        for part in (left, right):
            side = QWidget()
            part.setContentsMargins(0, 0, 0, 0)
            side.setLayout(part)
            split.addWidget(side)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setProperty("projector_shares", [1, 1])  # on a projector the radar needs room
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def bind(self, session: WorkshopSession | None) -> None:
        self.session = session
        self.table.bind(session)
        self._radar_wanted = False
        self.radar.hide()
        self.radar.set_chart(None, None)

    def show_data(self, data: WorkshopData) -> None:
        """Follow the stored dimensions: offer defaults when empty, redraw a shown radar."""
        editable = self.session is not None and not self.session.read_only
        self.defaults_button.setVisible(not data.maturity and editable)
        self.show_levels()
        if self._radar_wanted:
            self._draw(data)

    def show_levels(self) -> None:
        """What the current row's current and target levels mean."""
        ids = self.table.selected_ids()
        records = self.table.model.records()
        record = next((r for r in records if ids and r.id == ids[0]), None)
        if record is None:
            self.levels.setText(self.tr("Select a dimension to see what its levels mean."))
            return
        lines = [
            self.tr("Current: {0}").format(describe_level(record.dimension, record.current)),
            self.tr("Target: {0}").format(describe_level(record.dimension, record.target)),
        ]
        self.levels.setText("\n".join(line for line in lines if not line.endswith(": ")))

    def add_defaults(self) -> None:
        """Add the seven default dimensions as one undo step."""
        if self.session is None or self.session.read_only:
            return
        records = [
            MaturityDimension(id=new_id(), dimension=name) for name in DEFAULT_MATURITY_DIMENSIONS
        ]
        self.session.add_all(records, text=self.tr("Add default maturity dimensions"))

    def draw_radar(self) -> None:
        """Draw the radar now (matplotlib is loaded only here, the first time)."""
        self._radar_wanted = True
        data = self.session.store.load() if self.session is not None else NOTHING_OPEN
        self._draw(data)

    def _draw(self, data: WorkshopData) -> None:
        rows = radar_rows(data)
        self.radar.show()
        if len(rows) < 3:
            self.radar.set_chart(
                None,
                None,
                self.tr("The radar needs at least three dimensions with both levels set."),
            )
            return
        key = tuple(rows)
        lines = [
            self.tr("{dimension}: current {current}, target {target}").format(
                dimension=name, current=current, target=target
            )
            for name, current, target in rows
        ]
        self.radar.set_chart(
            fitted(partial(maturity_radar, key), RADAR_WIDTH, RADAR_HEIGHT), key, "\n".join(lines)
        )
