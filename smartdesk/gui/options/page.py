"""Stage 3, Delivery options: from the long list to a recommended option, live.

Six tabs, in the order the room works (Ctrl+PgDn / Ctrl+PgUp move between them):
long list (with route guidance), criteria and scoring (with the live ranking), ranking
and value for money, sensitivity, risks, recommendation. The editable tables follow
the store themselves; everything computed (ranking, costs, sensitivity, charts) is
recomputed from the domain whenever the session reports a change.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.appraisal import criterion_label, option_label, rank_options
from smartdesk.domain.appraisal_report import discounting_words
from smartdesk.domain.enums import Nation
from smartdesk.domain.records import Option, WorkshopData
from smartdesk.gui.common.chart_view import LazyChart, with_values
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.guidance import GuidancePanel
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, sentence
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession
from smartdesk.gui.options.criteria import CriteriaTable
from smartdesk.gui.options.guidance_notes import law_of, option_guidance
from smartdesk.gui.options.heat_map import RiskHeatMap
from smartdesk.gui.options.long_list import OptionListTable
from smartdesk.gui.options.ranking import RankingTables, contributions, figures_table
from smartdesk.gui.options.recommendation import RecommendationEditor
from smartdesk.gui.options.risks import RiskTable
from smartdesk.gui.options.scoring import ScoringPanel
from smartdesk.gui.options.sensitivity_panel import SensitivityPanel

# Guidance file in resources/guidance/options per tab, in tab order.
STEPS = ("long_list", "scoring", "ranking", "sensitivity", "risks", "recommendation")

StackedRows = tuple[tuple[str, tuple[float, ...], bool], ...]


def _draw_stacked(
    rows: StackedRows,
    criteria: tuple[str, ...],
    width: float,
    height: float,
    dpi: float,
    fontsize: float,
    least: float,
) -> bytes:
    from smartdesk.reports.charts.appraisal import StackedScore, stacked_scores

    bars = [StackedScore(name, parts, incomplete) for name, parts, incomplete in rows]
    return stacked_scores(
        bars, criteria, width=width, height=height, dpi=dpi, fontsize=fontsize, least=least or 5
    )


def _column(*widgets: QWidget, stretch: int = -1) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == stretch else 0)
    return box


def _splitter(
    orientation: Qt.Orientation,
    *widgets: QWidget,
    sizes: list[int],
    main: int | None = None,
    turn: bool = False,
    shares: list[int] | None = None,
) -> QSplitter:
    """``main``: the child given all the room on a projector (presentation mode folds
    the others to the edge); ``turn``: side by side there, sharing the width as
    ``shares`` (see ``projector_layout``)."""
    splitter = QSplitter(orientation)
    for widget in widgets:
        splitter.addWidget(widget)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(sizes)
    if main is not None:
        shares = [int(index == main) for index in range(len(widgets))]
    splitter.setProperty("projector_shares", shares or [])
    splitter.setProperty("projector_turn", turn)
    return splitter


class OptionsPage(StagePage):
    title = "Options"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = NOTHING_OPEN
        self._selected_option: str | None = None
        self.step_guidance = GuidancePanel("options", STEPS[0])
        self.step_guidance.toggled.connect(lambda _open: self._fit_guidance())

        # -- long list and guidance --------------------------------------------------------
        self.long_list = OptionListTable(self._nation)
        self.long_list.selection_changed.connect(self._option_selected)
        self.options = self.long_list.options_model
        self.guidance = QTextBrowser()
        self.guidance.setAccessibleName(self.tr("Guidance on the selected option's routes"))
        self.guidance.setOpenExternalLinks(False)

        # -- criteria, scoring and the live ranking -----------------------------------------
        self.criteria_table = CriteriaTable()
        self.criteria = self.criteria_table.criteria_model
        self.scoring = ScoringPanel()
        self.scores = self.scoring.model
        self.figures = RankingTables()
        self.live_ranking = figures_table(
            self.figures.ranking, QT_TRANSLATE_NOOP("Tables", "Ranking (live)"), stretch=1
        )
        self.live_sentence = QLabel()
        self.live_sentence.setWordWrap(True)
        self.live_sentence.setAccessibleName(self.tr("Sensitivity in a sentence (live)"))

        # -- ranking and value for money -----------------------------------------------------
        self.ranking_view = figures_table(
            self.figures.ranking, QT_TRANSLATE_NOOP("Tables", "Ranking"), stretch=1
        )
        self.value_view = figures_table(
            self.figures.value,
            QT_TRANSLATE_NOOP("Tables", "Value for money"),
            stretch=5,
            essential=("Option", "Net present cost", "Score", "£ per score point"),
        )
        names = self.value_view.horizontalHeader()
        names.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        names.resizeSection(0, 220)
        self.value_note = QLabel()
        self.value_note.setWordWrap(True)
        self.score_chart = LazyChart(self.tr("Chart of each option's score by criterion"))

        # -- sensitivity -------------------------------------------------------------------
        self.sensitivity = SensitivityPanel()
        self.sensitivity_view = figures_table(
            self.sensitivity.model,
            QT_TRANSLATE_NOOP("Tables", "Sensitivity"),
            stretch=0,
            essential=("Criterion", "Share today", "Top stays from", "to"),
        )

        # -- risks and recommendation --------------------------------------------------------
        self.risk_table = RiskTable(self._option_choices, self._nation)
        self.risks = self.risk_table.risk_model
        self.heat_map = RiskHeatMap()
        self.recommendation = RecommendationEditor()

        for table in (self.long_list, self.criteria_table, self.risk_table):
            # One line a row, so the whole list fits; a cell's tooltip has the full text.
            table.view.setWordWrap(False)
            self.tables.append(table.view)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Delivery options steps"))
        self.add_tab_keys(self.tabs)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(
            _splitter(
                Qt.Orientation.Horizontal,
                self.group(self.tr("Long list of options"), self.long_list),
                self.group(self.tr("Route guidance"), self.guidance),
                sizes=[860, 360],
                main=0,
            ),
            self.tr("&Long list"),
        )
        self.tabs.addTab(
            _splitter(
                Qt.Orientation.Horizontal,
                _splitter(
                    Qt.Orientation.Vertical,
                    self.group(self.tr("Critical success factors and weights"),
                               self.criteria_table),
                    self.group(self.tr("Scores of the short list (0-5)"), self.scoring),
                    sizes=[220, 380],
                    main=1,
                ),
                _splitter(
                    Qt.Orientation.Vertical,
                    self.group(self.tr("Ranking"), self.live_ranking),
                    self.group(
                        self.tr("How robust is the top place?"), self.scrolling(self.live_sentence)
                    ),
                    sizes=[300, 260],
                ),
                sizes=[780, 440],
                main=0,
            ),
            self.tr("&Criteria and scoring"),
        )  # fmt: skip
        self.tabs.addTab(
            _splitter(
                Qt.Orientation.Horizontal,
                _column(
                    self.group(self.tr("Ranking of the short list"), self.ranking_view),
                    self.group(self.tr("Score by criterion"), with_values(self.score_chart)),
                    stretch=1,
                ),
                _column(
                    self.group(self.tr("Whole-life costs and value for money"),
                               self.value_view),
                    self.value_note,
                    stretch=0,
                ),
                sizes=[560, 660],
                shares=[3, 2],
            ),
            self.tr("&Ranking and value for money"),
        )  # fmt: skip
        self.tabs.addTab(
            _splitter(
                Qt.Orientation.Vertical,
                _column(
                    self.sensitivity,
                    self.group(self.tr("Range of each criterion's share where the top option "
                                       "stays top"), self.sensitivity_view),
                    stretch=1,
                ),
                self.group(self.tr("Chart of the ranges"), with_values(self.sensitivity.chart)),
                sizes=[300, 320],
                turn=True,
                shares=[45, 55],
            ),
            self.tr("&Sensitivity"),
        )  # fmt: skip
        self.tabs.addTab(
            _splitter(
                Qt.Orientation.Horizontal,
                self.group(self.tr("Risk register"), self.risk_table),
                self.group(self.tr("Heat map"), self.heat_map),
                sizes=[860, 360],
                main=0,
            ),
            self.tr("Ris&ks"),
        )
        self.tabs.addTab(
            self.scrolling(self.group(self.tr("Recommendation"), self.recommendation)),
            self.tr("Recommen&dation"),
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.body.addWidget(self.step_guidance)
        self.body.addWidget(self.tabs, 1)

    # -- life cycle -------------------------------------------------------------------------

    def bind(self, session: WorkshopSession | None) -> None:
        for table in (self.long_list, self.criteria_table, self.risk_table):
            table.bind(session)
        super().bind(session)

    def _nation(self) -> Nation:
        return self._data.workshop.nation

    def _option_choices(self) -> list[tuple[Any, str]]:
        return [(option.id, option_label(option)) for option in self._data.options]

    def show_data(self, data: WorkshopData) -> None:
        self._data = data
        ranking = rank_options(data)
        self.scoring.show_data(self.session, data)
        self.figures.show_data(data, ranking)
        self.sensitivity.show_data(data)
        self.live_sentence.setText(self.sensitivity.sentence.text())
        self.heat_map.show_risks(data.risks)
        self.recommendation.show_data(self.session, data)
        info = data.workshop
        self.value_note.setText(
            self.tr(
                "Figures in today's (real) prices over {years} years. {discounting} Costs "
                "uplifted by each option's optimism bias (capital, and operating where "
                "given). NPSV (net present social value) counts cashable and monetised "
                "social benefits. £ per score point = net present cost / weighted score."
            ).format(years=info.appraisal_years, discounting=sentence(discounting_words(info)))
        )
        self.long_list.setToolTip(
            self.tr("Procurement routes offered follow {law} ({nation}).").format(
                law=law_of(info.nation), nation=choice_word(info.nation.label)
            )
        )
        self._show_score_chart(data, ranking)
        self._show_guidance()

    def _show_score_chart(self, data: WorkshopData, ranking: list[Any]) -> None:
        if not ranking or not data.criteria:
            self.score_chart.set_chart(
                None, None, self.tr("The chart appears once options are short-listed and scored.")
            )
            return
        rows: StackedRows = tuple(
            (ranked.name or self.tr("(unnamed option)"), parts, ranked.incomplete)
            for ranked, parts in zip(ranking, contributions(data, ranking), strict=True)
        )
        criteria = tuple(criterion_label(c) for c in data.criteria)
        # Each bar in words: the total and each criterion's part of it, as drawn.
        description = "\n".join(
            f"{ranked.rank}. {name}: {sum(parts):.1f} % ("
            + ", ".join(f"{c} {p:.1f}" for c, p in zip(criteria, parts, strict=True)) + ")"
            for ranked, (name, parts, _) in zip(ranking, rows, strict=True)
        )  # fmt: skip
        self.score_chart.set_chart(partial(_draw_stacked, rows, criteria), (rows, criteria),
                                   description)  # fmt: skip

    # -- guidance ---------------------------------------------------------------------------

    def _option_selected(self, ids: list[str]) -> None:
        self._selected_option = ids[0] if ids else None
        self._show_guidance()

    def _selected(self) -> Option | None:
        return next((o for o in self._data.options if o.id == self._selected_option), None)

    def _show_guidance(self) -> None:
        markdown = option_guidance(self._selected(), self._nation())
        if markdown != getattr(self, "_guidance_shown", None):
            self._guidance_shown = markdown
            self.guidance.setMarkdown(markdown)

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(STEPS):
            self.step_guidance.show_step(STEPS[index])
        self._fit_guidance()

    def _fit_guidance(self) -> None:
        # A wrapped label asks for the height it would need at its narrowest; cap the
        # panel at what its text needs at today's width so the tables keep the room.
        panel = self.step_guidance
        width = max(panel.width(), self.width() - 40) - 20
        text = 0
        if panel.is_expanded():
            document = QTextDocument()
            document.setDefaultFont(panel.text.font())
            document.setMarkdown(panel.guidance_text())
            document.setTextWidth(width)
            text = int(document.size().height()) + 4
        panel.setMaximumHeight(text + panel.toggle_button.sizeHint().height() + 16)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_guidance()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_guidance()

    def show_tab(self, index: int) -> None:
        """Show step ``index`` (0 long list ... 5 recommendation)."""
        self.tabs.setCurrentIndex(index)


__all__ = ["OptionsPage"]
