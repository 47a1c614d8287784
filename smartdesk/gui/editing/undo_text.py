"""What the Edit menu says an undo step does: "Delete stakeholder Kay Boardman",
"Set weight of Cost to 20", "Score Option A on Cost: 3"."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any

_NAME_FIELDS = ("name", "title", "action", "dimension", "said", "kind")
_LONGEST = 40


def record_kind_label(kind: type) -> str:
    """``EngagementAction`` -> ``engagement action``: the kind's name for undo texts."""
    name = kind.__name__
    return "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()


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
    return kind if label == kind else f"{kind} {label}"


def value_text(value: object) -> str:
    """A field value as an undo text shows it."""
    if value is None or value == "" or value == ():
        return "blank"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return f"{len(value)} item{'s' if len(value) != 1 else ''}"
    return _short(str(value))


def _name_field(record: Any) -> str | None:
    return next((attr for attr in _NAME_FIELDS if hasattr(record, attr)), None)


def column_words(header: str) -> str:
    """A table's column header as words in a sentence: "Engaged now" -> "engaged now"."""
    words = header.replace("🔒", "").strip()
    if len(words) > 1 and words[1].islower():
        words = words[0].lower() + words[1:]
    return words


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
        return f"Edit {named(new)}"
    (field,) = changed
    value = getattr(new, field)
    if field == _name_field(new):
        return f"Rename {named(old)} to {value_text(value)}"
    label = column_words(column) if column else field.replace("_", " ")
    to = _short(shown) if shown.strip() else value_text(value)
    return f"Set {label} of {record_label(new)} to {to}"


def delete_text(kind: type, records: list[Any]) -> str:
    """``Delete stakeholder Kay Boardman``, or ``Delete 3 stakeholder records``."""
    if len(records) == 1:
        return f"Delete {named(records[0])}"
    return f"Delete {len(records)} {record_kind_label(kind)} records"
