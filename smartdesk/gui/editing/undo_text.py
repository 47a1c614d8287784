"""What the Edit menu says an undo step does: "Delete stakeholder Kay Boardman",
"Set weight of Cost to 20", "Score Option A on Cost: 3".

The words are the interface's (``tr``, the empty context), chosen when the step is made: a
step made before Help > Language keeps the language it was named in.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any

from smartdesk.gui.common.column_words import choice_word, column_word
from smartdesk.gui.common.translation import QT_TR_NOOP, tr

# Each record kind's name in a sentence, by class name, for the translators.
_KINDS = {
    "WorkshopInfo": QT_TR_NOOP("workshop info"),
    "Vision": QT_TR_NOOP("vision"),
    "Strategy": QT_TR_NOOP("strategy"),
    "Outcome": QT_TR_NOOP("outcome"),
    "MaturityDimension": QT_TR_NOOP("maturity dimension"),
    "Stakeholder": QT_TR_NOOP("stakeholder"),
    "Relationship": QT_TR_NOOP("relationship"),
    "EngagementAction": QT_TR_NOOP("engagement action"),
    "ListeningLogEntry": QT_TR_NOOP("listening log entry"),
    "Criterion": QT_TR_NOOP("criterion"),
    "Option": QT_TR_NOOP("option"),
    "Score": QT_TR_NOOP("score"),
    "Risk": QT_TR_NOOP("risk"),
    "Recommendation": QT_TR_NOOP("recommendation"),
    "Implications": QT_TR_NOOP("implications"),
    "NextStep": QT_TR_NOOP("next step"),
    "Participant": QT_TR_NOOP("participant"),
    "AgendaStep": QT_TR_NOOP("agenda step"),
    "VoteRound": QT_TR_NOOP("vote round"),
    "Vote": QT_TR_NOOP("vote"),
}


_NAME_FIELDS = ("name", "title", "action", "dimension", "said", "kind")
_LONGEST = 40


def record_kind_label(kind: type) -> str:
    """``EngagementAction`` -> ``engagement action``: the kind's name for undo texts."""
    name = kind.__name__
    english = "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()
    return tr(_KINDS.get(name, english))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"


def record_label(record: Any) -> str:
    """A short human name for a record: its name or title, else its kind."""
    for attr in _NAME_FIELDS:
        value = getattr(record, attr, "")
        if isinstance(value, str) and value.strip():
            return _short(value)
    return record_kind_label(type(record))


def named(record: Any) -> str:
    """``stakeholder Kay Boardman``; just ``stakeholder`` while it has no name."""
    kind = record_kind_label(type(record))
    label = record_label(record)
    return kind if label == kind else tr("{kind} {name}").format(kind=kind, name=label)


def value_text(value: object) -> str:
    """A field value as an undo text shows it."""
    if value is None or value == "" or value == ():
        return tr("blank")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, Enum):
        return choice_word(str(getattr(value, "label", value.value)))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return (tr("1 item") if len(value) == 1 else tr("{n} items")).format(n=len(value))
    return _short(str(value))


def _name_field(record: Any) -> str | None:
    return next((attr for attr in _NAME_FIELDS if hasattr(record, attr)), None)


def column_words(header: str) -> str:
    """A table's column header as words in a sentence: "Engaged now" -> "engaged now"."""
    shown = column_word(header.replace("🔒", "").strip())
    if len(shown) > 1 and shown[1].islower():
        shown = shown[0].lower() + shown[1:]
    return shown


def update_text(old: Any, new: Any, *, column: str = "", shown: str = "") -> str:
    """``Set weight of Cost to 20`` when one field changed, else ``Edit criterion Cost``.

    A table cell typed in passes its ``column`` header and the text the cell now
    shows, so the step reads as the table does: ``Set engaged now of Kay Boardman to
    Consult`` (not the field's name, nor a linked record's id).
    """
    changed = [
        f.name for f in dataclasses.fields(new) if getattr(old, f.name) != getattr(new, f.name)
    ]
    if len(changed) != 1:
        return edit_text(named(new))
    (field,) = changed
    value = getattr(new, field)
    if field == _name_field(new):
        return tr("Rename {record} to {value}").format(record=named(old), value=value_text(value))
    label = column_words(column or field.replace("_", " ").capitalize())
    to = _short(shown) if shown.strip() else value_text(value)
    return tr("Set {field} of {name} to {value}").format(
        field=label, name=record_label(new), value=to
    )


def edit_text(what: str) -> str:
    """``Edit stakeholder Kay Boardman``."""
    return tr("Edit {record}").format(record=what)


def add_text(record: Any) -> str:
    """``Add stakeholder Kay Boardman``."""
    return tr("Add {record}").format(record=named(record))


def delete_text(kind: type, records: list[Any]) -> str:
    """``Delete stakeholder Kay Boardman``, or ``Delete 3 stakeholder records``."""
    if len(records) == 1:
        return tr("Delete {record}").format(record=named(records[0]))
    return tr("Delete {n} {kind} records").format(n=len(records), kind=record_kind_label(kind))


def paste_text(kind: type, count: int) -> str:
    """``Paste 3 stakeholder records``."""
    return tr("Paste {n} {kind} records").format(n=count, kind=record_kind_label(kind))
