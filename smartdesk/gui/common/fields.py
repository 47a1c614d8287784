"""A table column that can be typed in (``Field``), and how typed text becomes a value.

Dates, money (``£1.2m``), numbers, yes/no, a choice from a list and links to other
records are read here; what the text may not be is said in a ``WorkshopError`` fit to
show beside the table. Whether the resulting record may be saved is the domain's rule,
checked by the session's gateway.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Literal

from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.common.column_words import choice_word, column_word
from smartdesk.gui.common.table_model import (
    display_text,
)
from smartdesk.gui.common.translation import tr

FieldKind = Literal["text", "multiline", "int", "float", "money", "date", "bool", "enum", "ids"]
Choices = type[Enum] | Callable[[], Sequence[tuple[Any, str]]] | None

_MONEY_SUFFIX = {"k": 1_000.0, "m": 1_000_000.0, "bn": 1_000_000_000.0}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


@dataclass(frozen=True)
class Field:
    """One editable column: its header, the record field it edits and how to read typing.

    ``choices`` is an enum class (its members, shown by ``label``) or a callable returning
    ``(value, label)`` pairs, e.g. the ids and titles of the workshop's strategies.
    """

    header: str
    name: str
    kind: FieldKind = "text"
    choices: Choices = None
    width: int | None = None
    tooltip: str = ""
    read_only: bool = False
    # What an emptied cell stores: None, or "" for a text field offered as a choice list.
    blank: Any = None

    def pairs(self) -> list[tuple[Any, str]]:
        """The allowed ``(value, label)`` pairs of an enum or ids field."""
        if self.choices is None:
            return []
        if isinstance(self.choices, type) and issubclass(self.choices, Enum):
            return [(m, choice_word(str(getattr(m, "label", m.value)))) for m in self.choices]
        pairs: Sequence[tuple[Any, str]] = self.choices()  # type: ignore[assignment]
        return list(pairs)

    @property
    def shown_header(self) -> str:
        """The header in the interface's language (``header`` is the English source)."""
        return column_word(self.header)

    @property
    def shown_tooltip(self) -> str:
        return column_word(self.tooltip)

    def label_of(self, value: Any) -> str:
        """How one stored value reads in the cell."""
        for choice, label in self.pairs():
            if choice == value:
                return label
        return display_text(value)

    def display(self, value: Any) -> str:
        """The cell's text for ``value``."""
        if value is None or value == ():
            return ""
        if self.kind == "ids":
            return "; ".join(self.label_of(v) for v in value)
        if self.kind == "enum":
            return self.label_of(value)
        if self.kind == "bool":
            return ""  # shown by the check box
        if self.kind == "date" and isinstance(value, date):
            return value.strftime("%d/%m/%Y")
        return display_text(value, money=self.kind == "money")

    def edit_text(self, value: Any) -> str:
        """The text an editor starts with: exact, and parsed back to the same value."""
        if value is None:
            return ""
        if self.kind == "money" and isinstance(value, int | float):
            return f"£{value:,.0f}" if float(value).is_integer() else f"£{value:,.2f}"
        if self.kind in ("float", "int") and isinstance(value, int | float):
            return f"{value:g}" if isinstance(value, float) else str(value)
        return self.display(value)

    def parse(self, text: str) -> Any:
        """Typed or pasted ``text`` -> the stored value; WorkshopError says what is wrong."""
        text = text.strip()
        if self.kind in ("text", "multiline"):
            return text
        if self.kind == "bool":
            return _parse_bool(text, self.shown_header)
        if not text:
            return () if self.kind == "ids" else self.blank
        if self.kind == "date":
            return parse_date(text, self.shown_header)
        if self.kind in ("int", "float", "money"):
            return _parse_number(text, self.shown_header, self.kind)
        if self.kind == "enum":
            return self._parse_choice(text)
        return self._parse_ids(text)

    def _parse_choice(self, text: str) -> Any:
        wanted = text.casefold()
        for value, label in self.pairs():
            plain = value.value if isinstance(value, Enum) else str(value)
            english = str(getattr(value, "label", plain))
            if wanted in (label.casefold(), plain.casefold(), english.casefold()):
                return value
        allowed = ", ".join(label for _, label in self.pairs())
        raise WorkshopError(
            tr("{header}: '{text}' is not one of: {allowed}.").format(
                header=self.shown_header, text=text, allowed=allowed
            )
        )

    def _parse_ids(self, text: str) -> tuple[Any, ...]:
        by_label = {label.casefold(): value for value, label in self.pairs()}
        by_label.update({str(value).casefold(): value for value, _ in self.pairs()})
        for separator in (";", ","):
            parts = [p.strip() for p in text.split(separator) if p.strip()]
            if all(p.casefold() in by_label for p in parts):
                return tuple(dict.fromkeys(by_label[p.casefold()] for p in parts))
        missing = next(
            p.strip() for p in text.split(";") if p.strip() and p.strip().casefold() not in by_label
        )
        raise WorkshopError(
            tr("{header}: there is nothing called '{missing}' to link to.").format(
                header=self.shown_header, missing=missing
            )
        )


def parse_date(text: str, header: str | None = None) -> date | None:
    """``12/03/2027``, ``12-03-2027`` or ``2027-03-12`` -> a date; blank -> None.

    ``header`` names the field in a refusal, in the interface's language."""
    text = text.strip()
    if not text:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise WorkshopError(
        tr("{header}: '{text}' is not a date. Type it as day/month/year, e.g. 31/03/2027.").format(
            header=header or tr("Date"), text=text
        )
    )


def _parse_bool(text: str, header: str) -> bool:
    wanted = text.casefold()
    # English and Welsh words both, whichever language the interface is in: a
    # spreadsheet pasted in may have been written in either.
    if wanted in ("", "no", "n", "false", "0", "-", "na", "nac oes", "nac ydy"):
        return False
    if wanted in ("yes", "y", "true", "1", "x", "✓", "✔", "ie", "oes", "ydy"):
        return True
    raise WorkshopError(
        tr("{header}: '{text}' should be yes or no.").format(header=header, text=text)
    )


def _parse_number(text: str, header: str, kind: str) -> float | int:
    plain = text.replace(",", "").replace("£", "").replace(" ", "").casefold()
    scale = 1.0
    if kind == "money":
        for suffix, factor in _MONEY_SUFFIX.items():
            if plain.endswith(suffix) and _NUMBER.match(plain[: -len(suffix)]):
                plain, scale = plain[: -len(suffix)], factor
                break
    if kind == "float" and plain.endswith("%"):
        plain = plain[:-1]
    if not _NUMBER.match(plain):
        if kind == "money":
            refusal = tr("{header}: '{text}' is not an amount of money, e.g. £1,200,000.")
        else:
            refusal = tr("{header}: '{text}' is not a number.")
        raise WorkshopError(refusal.format(header=header, text=text))
    value = float(plain) * scale
    if kind == "int":
        if not value.is_integer():
            raise WorkshopError(
                tr("{header}: '{text}' must be a whole number.").format(header=header, text=text)
            )
        return int(value)
    return value
