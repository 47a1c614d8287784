"""The long list of options: every field editable in place, with the short-list rules.

- The procurement route offers only the routes of the workshop's nation; a stored route
  that does not belong is shaded and its tooltip says why.
- Financing is a tick list of financing routes.
- At most one business-as-usual and one do-minimum option: ticking the flag on one
  option moves it there from the other (one undo step), and short-lists it.
- Business as usual and do minimum stay on the short list: un-ticking "Short-listed"
  on one of them writes nothing and says why beside the table.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from smartdesk.domain.enums import DeliveryModel, Financing, Nation, routes_for_nation
from smartdesk.domain.records import Option
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.editable_model import EditableRecordModel
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.common.exempt_column import exempt_paragraph_field
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, tr
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.gui.options.guidance_notes import route_problem

_Index = QModelIndex | QPersistentModelIndex
_WARN = QBrush(QColor("#fde9b6"))
BASELINE_FLAGS = {
    "bau": QT_TRANSLATE_NOOP("", "business as usual"),
    "do_minimum": QT_TRANSLATE_NOOP("", "do minimum"),
}


def keep_on_shortlist_message(option: Option) -> str:
    """Why a baseline option cannot leave the short list."""
    roles = [tr(label) for flag, label in BASELINE_FLAGS.items() if getattr(option, flag)]
    return tr(
        "'{name}' is the {role} option, which stays on the short list: the Green Book "
        "compares every option with it. Untick {flags} first if another option should "
        "take that role."
    ).format(
        name=option.name or tr("(unnamed option)"),
        role=tr(" and ").join(roles),
        flags=" / ".join(roles),
    )


def option_fields(nation: Callable[[], Nation]) -> list[Field]:
    def routes() -> list[tuple[Any, str]]:
        return [(route, choice_word(route.label)) for route in routes_for_nation(nation())]

    return [
        Field("Option", "name", width=220),
        Field("Short-listed", "shortlisted", "bool", tooltip="On the short list to appraise"),
        Field("BAU", "bau", "bool", tooltip="Business as usual (at most one option)"),
        Field("Do min.", "do_minimum", "bool", tooltip="Do minimum (at most one option)"),
        Field("Delivery model", "delivery_model", "enum", choices=DeliveryModel),
        Field(
            "Procurement route",
            "procurement_route",
            "enum",
            choices=routes,
            width=190,
            tooltip="Routes the workshop's nation's procurement law offers",
        ),
        Field("Financing", "financing", "ids", choices=_financing, width=200),
        Field("Capital £", "capital_cost", "money"),
        Field("Annual cost £", "annual_cost", "money"),
        Field("Annual benefit £", "annual_benefit", "money", tooltip="Cashable benefit a year"),
        Field(
            "Social benefit £",
            "annual_social_benefit",
            "money",
            tooltip="Monetised non-cash benefit a year, in today's prices (counted in NPSV)",
        ),
        Field(
            "Optimism bias %",
            "optimism_bias_pct",
            "float",
            tooltip="On capital costs; also on operating costs unless those have their own",
        ),
        Field(
            "Operating optimism bias %",
            "optimism_bias_operating_pct",
            "float",
            tooltip="On annual costs (Green Book supplementary guidance); blank: the same as "
            "capital",
        ),
        Field("Description", "description", "multiline", width=220),
        Field("Notes", "notes", "multiline", width=200),
        Field(
            "Rejection reason",
            "rejection_reason",
            "multiline",
            width=200,
            tooltip="Why it was not short-listed, or not chosen (printed in the pack)",
        ),
        Field("Confidential", "confidential", "bool", tooltip="Left out of the public pack"),
        exempt_paragraph_field(nation, QT_TRANSLATE_NOOP("", "option")),
    ]


def _financing() -> list[tuple[Any, str]]:
    return [(route, choice_word(route.label)) for route in Financing]


class OptionListModel(EditableRecordModel):
    """Options with the baseline rules and the nation check on the route."""

    notice = Signal(str)  # a non-blocking explanation; nothing was written

    def __init__(self, session: WorkshopSession | None, nation: Callable[[], Nation]) -> None:
        super().__init__(session, Option, option_fields(nation))
        self._nation = nation
        self._route_column = next(
            i for i, f in enumerate(self.fields) if f.name == "procurement_route"
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self._route_column:
            problem = route_problem(self.record(index.row()).procurement_route, self._nation())
            if problem and role == Qt.ItemDataRole.BackgroundRole:
                return _WARN
            if problem and role == Qt.ItemDataRole.ToolTipRole:
                return problem
            if problem and role == Qt.ItemDataRole.DisplayRole:
                return f"⚠ {super().data(index, role)}"
        return super().data(index, role)

    def set_value(self, row: int, column: int, value: Any) -> bool:
        name = self.fields[column].name
        old: Option = self.record(row)
        if name == "shortlisted" and value is False and (old.bau or old.do_minimum):
            self.notice.emit(keep_on_shortlist_message(old))
            return False
        if name in BASELINE_FLAGS and value is True and not getattr(old, name):
            return self._make_baseline(old, name)
        return super().set_value(row, column, value)

    def _make_baseline(self, option: Option, flag: str) -> bool:
        """Give ``option`` the role ``flag``, taking it from any other option, and
        short-list it: one undo step."""
        if self.session is None or self.read_only:
            return False
        pairs = [
            (other, dataclasses.replace(other, **{flag: False}))
            for other in self.records()
            if other.id != option.id and getattr(other, flag)
        ]
        changes: dict[str, Any] = {flag: True, "shortlisted": True}
        pairs.append((option, dataclasses.replace(option, **changes)))
        label = BASELINE_FLAGS[flag]
        ok = self.session.update_all(
            pairs,
            text=tr("Make '{name}' the {role} option").format(name=option.name, role=tr(label)),
            on_refused=self.notice.emit,
        )
        if ok:
            self.accepted.emit()
        return ok


class OptionListTable(EditableRecordTable):
    """The long list: the shared editable table with ``OptionListModel``."""

    def __init__(self, nation: Callable[[], Nation]) -> None:
        super().__init__(
            None,
            Option,
            option_fields(nation),
            QT_TRANSLATE_NOOP("Tables", "Options (long list)"),
            model=OptionListModel(None, nation),
        )
        self.options_model = cast(OptionListModel, self.model)
        # On a projector (presentation mode): what the room decides on, costs at the end.
        self.view.essential = ("Option", "Short-listed", "BAU", "Do min.", "Capital £")
        self.options_model.notice.connect(self.show_message)
