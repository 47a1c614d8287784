"""The labels records keep in every version of the pack: option letters, record numbers.

Options are lettered A, B, C ... in the order of the long list (after Z: AA, AB ...),
and other records are numbered in the room's order. Both are computed from the whole
workshop, so the full and the public version call every record by the same label
even when one of them withholds the record's details.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def letter(index: int) -> str:
    """The letter of the option at 0-based ``index``: 0 -> A, 25 -> Z, 26 -> AA."""
    if index < 0:
        raise ValueError("an option's place in the long list is never negative")
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def option_letters(options: Sequence[_Identified]) -> dict[str, str]:
    """Each option's letter by id, from its place in the long list."""
    return {option.id: letter(index) for index, option in enumerate(options)}


def record_numbers(records: Sequence[_Identified]) -> dict[str, int]:
    """Each record's 1-based number by id, in the room's order."""
    return {record.id: number for number, record in enumerate(records, start=1)}


def lettered(option_letter: str, name: str) -> str:
    """An option's name with its letter: "B. LED upgrade".

    A name the room already starts with its own letter ("B. LED upgrade", "B: LED")
    is kept as written, so the letter is never shown twice.
    """
    name = name.strip()
    if not name:
        return f"Option {option_letter}"
    rest = name[len(option_letter) :]
    if name.startswith(option_letter) and rest[:1] in (".", ":", ")") and rest.strip(".:) "):
        return name
    return f"{option_letter}. {name}"
