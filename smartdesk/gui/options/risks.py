"""The risk register: title, option (or the whole programme), likelihood and impact
1-5, rating, owner, mitigation, confidential and the exempt paragraph it is withheld
under. Ratings are shaded by band."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from smartdesk.domain.enums import Nation
from smartdesk.domain.records import Risk
from smartdesk.domain.risk import risk_band
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.editable_model import EditableRecordModel
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.common.exempt_column import exempt_paragraph_field
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, tr
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.gui.options.heat_map import BAND_COLOURS

_Index = QModelIndex | QPersistentModelIndex
# A risk with no option is the whole programme's (shown in the option column).
WHOLE_PROGRAMME = QT_TRANSLATE_NOOP("", "Whole programme")


def risk_fields(
    options: Callable[[], list[tuple[Any, str]]], nation: Callable[[], Nation]
) -> list[Field]:
    return [
        Field("Risk", "title", width=220),
        Field("Option", "option_id", "enum", choices=options, width=170,
              tooltip="Blank: the whole programme"),
        Field("Likelihood", "likelihood", "int", tooltip="1 rare ... 5 almost certain"),
        Field("Impact", "impact", "int", tooltip="1 minor ... 5 severe"),
        Field("Rating", "rating", "int", read_only=True, tooltip="Likelihood x impact"),
        Field("Owner", "owner", width=140),
        Field("Mitigation", "mitigation", "multiline", width=260),
        Field("Confidential", "confidential", "bool", tooltip="Left out of the public pack"),
        exempt_paragraph_field(nation, QT_TRANSLATE_NOOP("", "risk")),
    ]  # fmt: skip


class RiskModel(EditableRecordModel):
    def __init__(
        self,
        session: WorkshopSession | None,
        options: Callable[[], list[tuple[Any, str]]],
        nation: Callable[[], Nation],
    ) -> None:
        super().__init__(session, Risk, risk_fields(options, nation))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            name = self.fields[index.column()].name
            risk: Risk = self.record(index.row())
            text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            if name == "option_id" and risk.option_id is None and role in text_roles:
                return tr(WHOLE_PROGRAMME)
            if name == "rating" and risk.rating is not None:
                band = risk_band(risk.rating)
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(QColor(BAND_COLOURS[band]))
                if role == Qt.ItemDataRole.ToolTipRole:
                    return f"{risk.rating}: {choice_word(band.label).lower()}"
                if role == Qt.ItemDataRole.DisplayRole:
                    # The band in words as well as its shade: colour is not the only cue.
                    return f"{risk.rating} {choice_word(band.label).lower()}"
        return super().data(index, role)


class RiskTable(EditableRecordTable):
    def __init__(
        self, options: Callable[[], list[tuple[Any, str]]], nation: Callable[[], Nation]
    ) -> None:
        model = RiskModel(None, options, nation)
        super().__init__(
            None, Risk, model.fields, QT_TRANSLATE_NOOP("Tables", "Risk register"), model=model
        )
        self.risk_model = cast(RiskModel, self.model)
        # On a projector: what the room rates and does about each risk.
        self.view.essential = ("Risk", "Option", "Likelihood", "Impact", "Rating", "Mitigation")
