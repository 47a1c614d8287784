"""Moving workshops in and out of SmartDesk: the JSON interchange format (and later
spreadsheet import and merge). Imports ``domain`` only; never Qt."""

from __future__ import annotations

from smartdesk.interchange.json_format import (
    FORMAT,
    MAX_BYTES,
    VERSION,
    read_workshop_json,
    workshop_from_json,
    workshop_to_json,
    workshop_to_json_text,
    write_workshop_json,
)

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "VERSION",
    "read_workshop_json",
    "workshop_from_json",
    "workshop_to_json",
    "workshop_to_json_text",
    "write_workshop_json",
]
