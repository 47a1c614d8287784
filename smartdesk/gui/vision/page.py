"""Stage 1, Vision: why and by when, step by step, tied to the council's own strategies.

Six steps and an alignment view, one at a time on a projector: the problem; the vision
statement and horizon year (with a live warning when it is technology-led or undated);
the strategies it serves; measurable outcomes; guiding principles; a digital-maturity
self-assessment. Each step shows its guidance from ``resources/guidance/vision``.
Text is saved as ONE undo step when the person finishes (focus out or Ctrl+Enter).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.records import Outcome, Strategy, Vision, WorkshopData
from smartdesk.domain.vision_checks import (
    outcome_warnings,
    statement_warnings,
    unserved_strategies,
)
from smartdesk.gui.common.guidance import GuidancePanel
from smartdesk.gui.common.stack import replace_placeholder
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, tr
from smartdesk.gui.common.undo_keys import forget_typing_history, route_undo_keys
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession
from smartdesk.gui.vision.principles import PrinciplesEditor
from smartdesk.gui.vision.text_fields import (
    CommitTextEdit,
    problem_label,
    set_message,
    warning_label,
)

if TYPE_CHECKING:
    from smartdesk.gui.common.editable_table import EditableRecordTable
    from smartdesk.gui.common.table_model import RecordTableModel
    from smartdesk.gui.vision.alignment import AlignmentView
    from smartdesk.gui.vision.maturity import MaturityStep

# The steps holding tables and the alignment matrix, built when first shown: the room
# starts on the problem, and building them all made every start wait for them.
STRATEGIES, OUTCOMES, MATURITY, ALIGNMENT = 2, 3, 5, 6
# Each such step's widget, by the attribute it is kept in once built.
_LAZY_STEPS = {
    STRATEGIES: "_strategy_table",
    OUTCOMES: "_outcome_table",
    MATURITY: "_maturity",
    ALIGNMENT: "_alignment",
}

# (guidance file / step key, title) in the order the room works.
STEPS: tuple[tuple[str, str], ...] = (
    ("problem", QT_TRANSLATE_NOOP("VisionPage", "1. The problem")),
    ("statement", QT_TRANSLATE_NOOP("VisionPage", "2. Vision and horizon")),
    ("strategies", QT_TRANSLATE_NOOP("VisionPage", "3. Strategies it serves")),
    ("outcomes", QT_TRANSLATE_NOOP("VisionPage", "4. Outcomes")),
    ("principles", QT_TRANSLATE_NOOP("VisionPage", "5. Principles")),
    ("maturity", QT_TRANSLATE_NOOP("VisionPage", "6. Digital maturity")),
    ("alignment", QT_TRANSLATE_NOOP("VisionPage", "Alignment check")),
)


def parse_year(text: str) -> int | None:
    """``2032`` -> 2032; blank -> None; anything else -> ValueError with a message."""
    text = text.strip()
    if not text:
        return None
    if not (text.isdigit() and len(text) == 4):
        raise ValueError(
            tr("'{text}' is not a year. Type four digits, e.g. 2032.").format(text=text)
        )
    return int(text)


class VisionPage(StagePage):
    title = "Vision"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = NOTHING_OPEN

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Vision steps"))
        self.steps.setObjectName("vision_steps")
        for _key, title in STEPS:
            self.steps.addItem(self.tr(title))
        self.stack = QStackedWidget()
        self.guidance = GuidancePanel("vision")

        self._unbuilt: dict[int, Callable[[], QWidget]] = {
            STRATEGIES: self._strategies_step,
            OUTCOMES: self._outcomes_step,
            MATURITY: self._maturity_step,
            ALIGNMENT: self._alignment_step,
        }
        eager = {0: self._problem_step, 1: self._statement_step, 4: self._principles_step}
        for number in range(len(STEPS)):
            self.stack.addWidget(eager[number]() if number in eager else QWidget())

        self.steps.currentRowChanged.connect(self.show_step)
        right = QVBoxLayout()
        right.addWidget(self.guidance)
        right.addWidget(self.stack, 1)
        row = QHBoxLayout()
        row.addWidget(self.steps)
        row.addLayout(right, 1)
        self.body.addLayout(row, 1)
        self._fit_steps()

        for number in range(len(STEPS)):
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            # Window-wide, but only while this page is shown (a hidden widget's shortcut sleeps).
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.go_to_step(n))
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.go_to_step(self.steps.currentRow() + s))
        self.steps.setCurrentRow(0)

    # -- building the steps ---------------------------------------------------------------

    def _problem_step(self) -> QWidget:
        self.problem = CommitTextEdit(self.tr("The problem"))
        self.problem.setPlaceholderText(
            self.tr("What is wrong today, for whom, and how do we know? (Ctrl+Enter saves)")
        )
        self.problem.committed.connect(lambda text: self._commit(problem=text))
        self.problem_message = problem_label()
        return self._step(self.tr("The problem"), self.problem, self.problem_message)

    def _statement_step(self) -> QWidget:
        self.statement = CommitTextEdit(self.tr("Vision statement"))
        self.statement.setPlaceholderText(
            self.tr("By <year>, <people and place> will be <better in a way they notice>.")
        )
        self.statement.setMaximumHeight(160)
        self.statement.committed.connect(lambda text: self._commit(statement=text))
        self.statement.textChanged.connect(self._show_statement_warnings)
        self.horizon = QLineEdit()
        self.horizon.setAccessibleName(self.tr("Horizon year"))
        self.horizon.setPlaceholderText(self.tr("e.g. 2032"))
        self.horizon.setMaximumWidth(120)
        self.horizon.editingFinished.connect(self._commit_horizon)
        route_undo_keys(self.horizon)
        self.horizon.textChanged.connect(self._show_statement_warnings)
        self.horizon_message = problem_label()
        self.horizon_message.setAccessibleName(self.tr("Horizon year: problem"))
        self.statement_warnings = warning_label()
        self.statement_warnings.setAccessibleName(self.tr("Vision statement warnings"))
        self.statement_message = problem_label()

        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the fields sit together at the top, not spread over the page
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Vision statement"), self.statement)
        form.addRow("", self.statement_message)
        horizon_row = QHBoxLayout()
        horizon_row.addWidget(self.horizon)
        horizon_row.addWidget(self.horizon_message, 1)
        form.addRow(self.tr("Horizon year"), horizon_row)
        form.addRow("", self.statement_warnings)
        return page

    def _strategies_step(self) -> QWidget:
        from smartdesk.gui.common.editable_table import EditableRecordTable
        from smartdesk.gui.common.exempt_column import exempt_paragraph_field
        from smartdesk.gui.common.fields import Field

        self._strategy_table = EditableRecordTable(
            None,
            Strategy,
            [
                Field(self.tr("Strategy"), "title", width=240),
                Field(self.tr("Owner"), "owner", width=160),
                Field(self.tr("How it aligns"), "alignment", "multiline", width=360),
                Field(self.tr("Confidential"), "confidential", "bool"),
                exempt_paragraph_field(
                    lambda: self._data.workshop.nation, QT_TRANSLATE_NOOP("", "strategy")
                ),
            ],
            self.tr("Strategies"),
        )
        return self._strategy_table

    def _outcomes_step(self) -> QWidget:
        from smartdesk.gui.common.editable_table import EditableRecordTable
        from smartdesk.gui.common.fields import Field

        self._outcome_table = EditableRecordTable(
            None,
            Outcome,
            [
                Field(self.tr("Outcome"), "title", width=200),
                Field(self.tr("Indicator"), "indicator", width=160),
                Field(self.tr("Unit"), "unit", width=80),
                Field(self.tr("Baseline"), "baseline", "float"),
                Field(self.tr("Target"), "target", "float"),
                Field(self.tr("By"), "target_date", "date", tooltip=self.tr("dd/mm/yyyy")),
                Field(self.tr("Owner"), "owner", width=140),
                Field(
                    self.tr("Serves"),
                    "strategy_ids",
                    "ids",
                    choices=self._strategy_choices,
                    tooltip=self.tr("F2 or double-click to tick the strategies served"),
                ),
            ],
            self.tr("Outcomes"),
        )
        # On a projector: what is measured and the target (owner and links when not).
        self._outcome_table.view.essential = (
            self.tr("Outcome"),
            self.tr("Indicator"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("By"),
        )
        self._outcome_warnings = warning_label()
        self._outcome_warnings.setAccessibleName(self.tr("Outcome warnings"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._outcome_table, 1)
        layout.addWidget(self._outcome_warnings)
        return page

    def _maturity_step(self) -> QWidget:
        from smartdesk.gui.vision.maturity import MaturityStep

        self._maturity = MaturityStep()
        return self._maturity

    def _alignment_step(self) -> QWidget:
        from smartdesk.gui.vision.alignment import AlignmentView

        self._alignment = AlignmentView()
        return self._alignment

    # -- steps built when first shown -----------------------------------------------------

    def _build_step(self, number: int) -> None:
        """Build step ``number`` if it is still waiting, and show it the workshop."""
        build = self._unbuilt.pop(number, None)
        if build is None:
            return
        replace_placeholder(self.stack, number, build())
        step = getattr(self, _LAZY_STEPS[number])
        step.bind(self.session)
        if number in (STRATEGIES, OUTCOMES):
            self.tables.append(step.view)
        elif number == MATURITY:
            self.tables.append(step.table.view)
        self._apply_filter(self.filter_box.text())
        self._show_step_data(number, self._data)

    def _show_step_data(self, number: int, data: WorkshopData) -> None:
        """Fill step ``number`` (if built) from ``data``; the tables read the store."""
        if number in self._unbuilt:
            return
        if number == OUTCOMES:
            lines = [w.message for o in data.outcomes for w in outcome_warnings(o)]
            set_message(self._outcome_warnings, "\n".join(lines))
        elif number == MATURITY:
            self._maturity.show_data(data)
        elif number == ALIGNMENT:
            self._alignment.show_data(data)

    @property
    def strategy_table(self) -> EditableRecordTable:
        self._build_step(STRATEGIES)
        return self._strategy_table

    @property
    def strategies(self) -> RecordTableModel:
        return self.strategy_table.model

    @property
    def outcome_table(self) -> EditableRecordTable:
        self._build_step(OUTCOMES)
        return self._outcome_table

    @property
    def outcomes(self) -> RecordTableModel:
        return self.outcome_table.model

    @property
    def outcome_warnings(self) -> QLabel:
        self._build_step(OUTCOMES)
        return self._outcome_warnings

    @property
    def maturity_step(self) -> MaturityStep:
        self._build_step(MATURITY)
        return self._maturity

    @property
    def maturity(self) -> RecordTableModel:
        return self.maturity_step.table.model

    @property
    def alignment(self) -> AlignmentView:
        self._build_step(ALIGNMENT)
        return self._alignment

    def _principles_step(self) -> QWidget:
        self.principles_editor = PrinciplesEditor()
        self.principles = self.principles_editor.list
        self.principles.changed.connect(lambda items: self._commit(principles=items))
        self.principles_message = problem_label()
        return self._step(
            self.tr("Guiding principles, most important first"),
            self.principles_editor,
            self.principles_message,
        )

    @staticmethod
    def _step(title: str, field: QWidget, message: QLabel) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addWidget(field, 1)
        layout.addWidget(message)
        return page

    def _strategy_choices(self) -> list[tuple[str, str]]:
        if self.session is None:
            return []
        return [(s.id, s.title or "(untitled)") for s in self.session.store.records(Strategy)]

    def _fit_steps(self) -> None:
        self.steps.setFixedWidth(self.steps.sizeHintForColumn(0) + 28)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and hasattr(self, "steps"):
            self._fit_steps()

    # -- steps ----------------------------------------------------------------------------

    def show_step(self, number: int) -> None:
        """Show step ``number`` (0 = the problem ... 6 = the alignment check)."""
        if not 0 <= number < len(STEPS):
            return
        if self.steps.currentRow() != number:
            self.steps.setCurrentRow(number)  # comes back here
            return
        self._build_step(number)
        self.stack.setCurrentIndex(number)
        self.guidance.show_step(STEPS[number][0])

    def go_to_step(self, number: int) -> None:
        """Show step ``number`` and put the cursor in its main field."""
        if not 0 <= number < len(STEPS):
            return
        self.show_step(number)
        focus = {
            0: self.problem,
            1: self.statement,
            2: self.strategy_table.view,
            3: self.outcome_table.view,
            4: self.principles,
            5: self.maturity_step.table.view,
            6: self.alignment.matrix,
        }[number]
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- life cycle -----------------------------------------------------------------------

    def bind(self, session: WorkshopSession | None) -> None:
        for number, name in _LAZY_STEPS.items():
            if number not in self._unbuilt:
                getattr(self, name).bind(session)
        editable = session is not None and not session.read_only
        for widget in (self.problem, self.statement, self.horizon):
            widget.setReadOnly(not editable)
        self.principles_editor.setEnabled(editable)
        for label in (
            self.problem_message,
            self.horizon_message,
            self.statement_message,
            self.principles_message,
        ):
            set_message(label, "")
        super().bind(session)

    def show_data(self, data: WorkshopData) -> None:
        self._data = data
        vision = data.vision
        self.problem.show_saved(vision.problem)
        self.statement.show_saved(vision.statement)
        # A year being typed, or a refused one still on show, is not overwritten.
        if not self.horizon.isModified() and not self.horizon_message.text():
            year = str(vision.horizon_year) if vision.horizon_year is not None else ""
            if self.horizon.text() != year:
                self.horizon.setText(year)
        self.principles.show_principles(vision.principles)
        self._show_statement_warnings()
        for number in (OUTCOMES, MATURITY, ALIGNMENT):
            self._show_step_data(number, data)
        self._mark_steps(data)

    def _mark_steps(self, data: WorkshopData) -> None:
        statement_gaps = len(statement_warnings(data.vision.statement, data.vision.horizon_year))
        outcome_gaps = sum(len(outcome_warnings(o)) for o in data.outcomes)
        unserved = bool(unserved_strategies(data))
        marks = {1: statement_gaps, 3: outcome_gaps, 6: int(unserved)}
        for number, (_key, title) in enumerate(STEPS):
            gaps = marks.get(number, 0)
            text = self.tr(title) + (f"  ⚠ {gaps}" if gaps else "")
            item = self.steps.item(number)
            if item.text() != text:
                item.setText(text)
        self._fit_steps()

    def _show_statement_warnings(self) -> None:
        try:
            year = parse_year(self.horizon.text())
        except ValueError:
            year = self._data.vision.horizon_year
        warnings = statement_warnings(self.statement.text(), year)
        set_message(self.statement_warnings, "\n".join(w.message for w in warnings))

    # -- edits ----------------------------------------------------------------------------

    def _message_for(self, field: str) -> QLabel:
        return {
            "problem": self.problem_message,
            "statement": self.statement_message,
            "horizon_year": self.horizon_message,
            "principles": self.principles_message,
        }[field]

    def _commit(self, **changes: Any) -> bool:
        """Save a change to the vision as one undo step, if the domain rules allow it."""
        if self.session is None or self.session.read_only:
            return False
        (field,) = changes
        label = self._message_for(field)
        store = self.session.store
        old: Vision = store.vision()
        new = dataclasses.replace(old, **changes)
        if new == old:
            set_message(label, "")
            return True
        what = {
            "problem": QT_TRANSLATE_NOOP("VisionPage", "Edit problem"),
            "statement": QT_TRANSLATE_NOOP("VisionPage", "Edit vision statement"),
            "horizon_year": QT_TRANSLATE_NOOP("VisionPage", "Edit horizon year"),
            "principles": QT_TRANSLATE_NOOP("VisionPage", "Edit principles"),
        }[field]
        if field == "principles" and sorted(new.principles) == sorted(old.principles):
            what = QT_TRANSLATE_NOOP("VisionPage", "Reorder principles")
        session = self.session

        def refuse(message: str) -> None:
            set_message(label, message)
            session.failed.emit(message)

        if not session.set_part(old, new, text=self.tr(what), on_refused=refuse):
            if field == "principles":
                self.principles.show_principles(old.principles)
            return False
        set_message(label, "")
        return True

    def _commit_horizon(self) -> None:
        try:
            year = parse_year(self.horizon.text())
        except ValueError as error:
            message = self.tr("Horizon year: {0}").format(error)
            set_message(self.horizon_message, message)
            if self.session is not None:
                self.session.failed.emit(message)
            return
        if self._commit(horizon_year=year):
            forget_typing_history(self.horizon)  # saved: not modified, no history behind it
