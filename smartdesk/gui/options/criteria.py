"""Criteria (critical success factors) and their weights.

Weights are any non-negative numbers; the table shows each one's share of the total
next to it, so "3, 2, 1" and "50, 33.3, 16.7" read the same. An empty table offers the
five default critical success factors in one click (one undo step).
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout

from smartdesk.domain.appraisal import normalised_weights
from smartdesk.domain.formatting import percent
from smartdesk.domain.records import Criterion, new_id
from smartdesk.domain.success_factors import DEFAULT_WEIGHT, standard_factors
from smartdesk.gui.common.editable_model import EditableRecordModel
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, tr
from smartdesk.gui.editing.session import WorkshopSession

_Index = QModelIndex | QPersistentModelIndex


CRITERIA_FIELDS = [
    Field("Critical success factor", "name", width=220),
    Field("Weight", "weight", "float", tooltip="Any number 0 or more; shares are worked out"),
    Field("Share", "weight", "float", read_only=True, tooltip="Share of the total weight"),
    Field("Description", "description", "multiline", width=260),
]
_SHARE_COLUMN = 2


class CriteriaModel(EditableRecordModel):
    """Criteria, with a read-only column for each weight's share of the total."""

    def __init__(self, session: WorkshopSession | None) -> None:
        super().__init__(session, Criterion, CRITERIA_FIELDS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == _SHARE_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                shares = normalised_weights(self.records())
                share = shares.get(self.record(index.row()).id)
                return percent(share, 1)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.EditRole:
                return None
        return super().data(index, role)


class CriteriaTable(EditableRecordTable):
    """The criteria table with a "Use the five standard factors" button when empty."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Criterion,
            CRITERIA_FIELDS,
            QT_TRANSLATE_NOOP("Tables", "Critical success factors"),
            new_record=lambda: Criterion(id=new_id(), weight=DEFAULT_WEIGHT),
            model=CriteriaModel(None),
        )
        self.criteria_model = cast(CriteriaModel, self.model)
        self.defaults_button = self._button(
            self.tr("Use the five standard factors"),
            self.tr("Add strategic fit, value for money, supplier capacity and capability, "
                    "affordability and achievability, weighted equally"),
        )  # fmt: skip
        self.defaults_button.clicked.connect(self.add_defaults)
        tools = self.add_button.parentWidget().layout().itemAt(0).layout()  # type: ignore[union-attr]
        assert isinstance(tools, QHBoxLayout)
        tools.insertWidget(tools.count() - 1, self.defaults_button)
        self.criteria_model.modelReset.connect(self._sync_defaults)
        self._sync_defaults()

    def _sync_defaults(self) -> None:
        self.defaults_button.setVisible(self.criteria_model.rowCount() == 0)

    def add_defaults(self) -> None:
        """Add the five default critical success factors (one undo step)."""
        session = self.criteria_model.session
        if session is None or session.read_only or self.criteria_model.rowCount():
            return
        records = [
            Criterion(id=new_id(), name=name, description=text, weight=DEFAULT_WEIGHT)
            for name, text in standard_factors(session.store.info().language)
        ]
        session.add_all(records, text=tr("Add the five standard critical success factors"))
