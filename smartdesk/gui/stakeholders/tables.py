"""The Stakeholders stage's editable tables: register, relationships, plan, listening log.

Built on the shared ``EditableRecordTable``; this module adds what is particular to
the stage: the field lists, overdue actions marked in the plan, the listening log's
status filter, and a plain message when a read-only workshop refuses an edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QWidget

from smartdesk.domain.enums import (
    ActionStatus,
    EngagementLevel,
    ListeningStatus,
    Nation,
    StakeholderCategory,
)
from smartdesk.domain.records import (
    EngagementAction,
    ListeningLogEntry,
    Relationship,
    Stakeholder,
)
from smartdesk.domain.stakeholder_analysis import ATTITUDE_SYMBOLS, ATTITUDES, is_overdue
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.common.exempt_column import exempt_paragraph_field
from smartdesk.gui.common.field_delegate import FieldDelegate
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.record_table import RecordFilterProxy
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP
from smartdesk.gui.editing.session import WorkshopSession

Pairs = Callable[[], Sequence[tuple[Any, str]]]
PERSONAL = QT_TRANSLATE_NOOP(
    "Columns", "Personal data: left out of the public briefing pack and public exports"
)


def attitude_choices() -> list[tuple[Any, str]]:
    """``(2, "++ Champion")`` ...: the symbol the grid shows, then the word."""
    return [
        (value, f"{ATTITUDE_SYMBOLS[value]} {choice_word(ATTITUDES[value])}")
        for value in (2, 1, 0, -1, -2)
    ]


def register_fields(nation: Callable[[], Nation]) -> list[Field]:
    return [
        Field("Name", "name", width=170),
        Field("Organisation", "organisation", width=170),
        Field("Role", "role", width=150),
        Field("Category", "category", "enum", StakeholderCategory),
        Field("Power", "power", "float", tooltip="0 (none) to 10 (can stop it)"),
        Field("Interest", "interest", "float", tooltip="0 (none) to 10 (affected every day)"),
        Field("Attitude", "attitude", "enum", attitude_choices),
        Field("Engaged now", "engagement_current", "enum", EngagementLevel),
        Field("Needed", "engagement_needed", "enum", EngagementLevel),
        Field("Email 🔒", "email", tooltip=PERSONAL),
        Field("Phone 🔒", "phone", tooltip=PERSONAL),
        Field("Notes", "notes", "multiline", width=220),
        Field("Confidential", "confidential", "bool", tooltip="Left out of the public pack"),
        exempt_paragraph_field(nation, QT_TRANSLATE_NOOP("", "stakeholder")),
    ]


def relationship_fields(people: Pairs) -> list[Field]:
    return [
        Field("From", "from_id", "enum", people, width=160),
        Field("To", "to_id", "enum", people, width=160),
        Field("Relationship", "kind", tooltip="e.g. funds, reports to, partner, represents"),
        Field("Strength (1-3)", "strength", "int", tooltip="1 weak, 2 working, 3 strong"),
    ]


def plan_fields(people: Pairs) -> list[Field]:
    return [
        Field("Action", "action", width=220),
        Field("With", "stakeholder_ids", "ids", people, width=200),
        Field("Method", "method"),
        Field("Owner", "owner"),
        Field("Due", "due", "date", tooltip="Overdue planned actions are marked"),
        Field("Status", "status", "enum", ActionStatus),
    ]


def listening_fields(people: Pairs, options: Pairs) -> list[Field]:
    return [
        Field("Date", "date", "date"),
        Field("Source", "source", tooltip="e.g. survey, drop-in session (never a private name)"),
        Field("Stakeholder", "stakeholder_id", "enum", people),
        Field("You said", "said", "multiline", width=240),
        Field("We did", "response", "multiline", width=240),
        Field("Status", "status", "enum", ListeningStatus),
        Field("Option affected", "option_id", "enum", options),
        Field("Confidential", "confidential", "bool", tooltip="Left out of the public pack"),
    ]


SAMPLE_ROWS = 40  # rows measured for a column's width
MAX_COLUMN_WIDTH = 260  # one long text must not hide the other columns


class StageTable(EditableRecordTable):
    """An editable table that says why nothing happened on a read-only workshop.

    It also stays fast with a 1,000-stakeholder register: rows have a fixed height
    (from the font, so presentation mode still enlarges them) instead of being measured
    one by one, and column widths are fitted from the first rows only.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._widths_pending = True
        super().__init__(*args, **kwargs)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Columns are fitted by _apply_widths after each reset; the view's own fit on the
        # same signal would have Qt lay out every cell's text a second time.
        self.model.modelReset.disconnect(self.view.fit_columns)
        self._fit_rows()

    def _apply_widths(self) -> None:
        """Fit the columns to their header and first rows (when the table is in sight).

        Qt's own fit lays out the text of every cell it measures through the delegate;
        measuring the display text of the first SAMPLE_ROWS rows with the font's metrics
        gives the same widths for a register of any length at a fraction of the cost.
        """
        if not self.isVisible():
            self._widths_pending = True
            return
        self._widths_pending = False
        view = self.view
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        style = view.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        check = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + margin
        records = [self.model.record(row) for row in range(min(self.model.rowCount(), SAMPLE_ROWS))]
        for column, field in enumerate(self.model.fields):
            if field.width:
                width = field.width
            else:
                texts = {field.display(getattr(record, field.name)) for record in records}
                widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
                width = widest + margin + (check if field.kind == "bool" else 0)
                width = min(MAX_COLUMN_WIDTH, max(header.sectionSizeHint(column), width))
            header.resizeSection(column, width)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._widths_pending:
            self._apply_widths()

    def _fit_rows(self) -> None:
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def _session(self) -> WorkshopSession | None:
        session = self.model.session
        if session is not None and session.read_only:
            session.failed.emit(
                self.tr("This workshop is open read-only; changes cannot be saved.")
            )
            return None
        return super()._session()


class OverdueDelegate(FieldDelegate):
    """Marks overdue planned actions: a tinted row and the word "overdue" in the Due cell."""

    def __init__(self, table: EditableRecordTable, today: Callable[[], dt.date]) -> None:
        super().__init__(table.model, table.view)
        self.table = table
        self.today = today

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        source = self.table.view.proxy.mapToSource(index)
        if not source.isValid():
            return
        action = self.table.model.record(source.row())
        if isinstance(action, EngagementAction) and is_overdue(action, self.today()):
            option.backgroundBrush = QBrush(QColor("#fde2dd"))
            option.palette.setColor(option.palette.ColorRole.Text, QColor("#7a1606"))
            if self.table.model.fields[source.column()].name == "due":
                overdue = self.tr("overdue")
                option.text = f"{option.text} — {overdue}"


class StatusFilterProxy(RecordFilterProxy):
    """The stage's text filter plus the listening log's status filter."""

    def __init__(self) -> None:
        super().__init__()
        self.status: ListeningStatus | None = None

    def set_status(self, status: object) -> None:
        # A combo box's item data may come back as the plain value text.
        self.beginFilterChange()
        self.status = ListeningStatus(str(status)) if status else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.status is not None:
            entry = self.sourceModel().record(source_row)  # type: ignore[attr-defined]
            if entry.status != self.status:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


def install_status_filter(table: EditableRecordTable) -> StatusFilterProxy:
    """Give ``table`` a proxy that can also filter by status (keeps its selection wiring)."""
    proxy = StatusFilterProxy()
    proxy.setSourceModel(table.model)
    view = table.view
    view.proxy = proxy
    view.setModel(proxy)
    # setModel made a new selection model: re-attach the table's selection signal.
    view.selectionModel().selectionChanged.connect(table._emit_selection)
    return proxy


def make_tables(
    parent: QWidget, people: Pairs, options: Pairs, nation: Callable[[], Nation]
) -> tuple[StageTable, StageTable, StageTable, StageTable]:
    """The register, relationships, engagement plan and listening log tables."""
    register = StageTable(
        None,
        Stakeholder,
        register_fields(nation),
        QT_TRANSLATE_NOOP("Tables", "Stakeholder register"),
        parent,
    )
    links = StageTable(
        None,
        Relationship,
        relationship_fields(people),
        QT_TRANSLATE_NOOP("Tables", "Relationships"),
        parent,
    )
    plan = StageTable(
        None,
        EngagementAction,
        plan_fields(people),
        QT_TRANSLATE_NOOP("Tables", "Engagement plan"),
        parent,
    )
    log = StageTable(
        None,
        ListeningLogEntry,
        listening_fields(people, options),
        QT_TRANSLATE_NOOP("Tables", "Listening log"),
        parent,
    )
    for table in (register, links, plan, log):
        table.view.setWordWrap(False)
    return register, links, plan, log
