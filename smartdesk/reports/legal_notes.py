"""The procurement and financing notes of each nation, with their sources.

The notes are data, in ``resources/legal/procurement_notes.json``, so the council's
legal team can check one table (docs/legal-notes.md); this module reads it and picks
the workshop's nation's notes. A note either names the source it was checked against
or is marked unverified; an unverified note carries no date, so the pack never dates
a claim nobody could check. A table that breaks those rules is a broken
installation, refused when read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from smartdesk.domain.enums import Nation
from smartdesk.paths import resource

TABLE = ("legal", "procurement_notes.json")


@dataclass(frozen=True)
class LegalNote:
    """One note as the pack prints it."""

    id: str
    nations: tuple[Nation, ...]
    text: str
    # What the note was checked against; "" when it could not be checked.
    source: str
    # When the rule took effect, as the source gives it; "" if none is given.
    date: str
    verified: bool
    # The text in Welsh, for a Welsh pack ("" where the table has none: English is printed).
    text_cy: str = ""


def notes_for(nation: Nation) -> tuple[LegalNote, ...]:
    """The notes that apply to a council of ``nation``, in the table's order."""
    return tuple(note for note in all_notes() if nation in note.nations)


def all_notes() -> tuple[LegalNote, ...]:
    """Every note of the table."""
    return _table()


def checked() -> str:
    """When the table was last checked against its sources ("December 2026")."""
    return str(_raw()["checked"])


def worded(note: LegalNote, language: str) -> str:
    """The note's text in ``language`` ("en" or "cy")."""
    return note.text_cy if language == "cy" and note.text_cy else note.text


def problems(note: LegalNote) -> list[str]:
    """Why ``note`` breaks the table's rules (empty when it keeps them)."""
    found = []
    if not note.text.strip():
        found.append("has no text")
    if not note.nations:
        found.append("applies to no nation")
    if note.verified and not note.source.strip():
        found.append("is marked verified but names no source")
    if not note.verified and note.source.strip():
        found.append("names a source but is marked unverified")
    if not note.verified and note.date.strip():
        found.append("is unverified but carries a date")
    return found


@cache
def _raw() -> dict[str, Any]:
    # Read once per process: the table is part of the installation and never changes.
    loaded: dict[str, Any] = json.loads(resource(*TABLE).read_text(encoding="utf-8"))
    return loaded


@cache
def _table() -> tuple[LegalNote, ...]:
    notes = tuple(_note(entry) for entry in _raw()["notes"])
    for note in notes:
        found = problems(note)
        if found:
            raise RuntimeError(f"procurement note {note.id} {'; '.join(found)}")
    return notes


def _note(entry: dict[str, Any]) -> LegalNote:
    return LegalNote(
        id=entry["id"],
        nations=tuple(Nation(name) for name in entry["nations"]),
        text=entry["text"],
        text_cy=entry.get("text_cy", ""),
        source=entry.get("source", ""),
        date=entry.get("date", ""),
        verified=bool(entry["verified"]),
    )
