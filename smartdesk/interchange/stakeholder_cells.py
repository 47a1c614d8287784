"""One cell of a stakeholder sheet to the value of a stakeholder's field.

Each field has a parser (:data:`PARSERS`) that takes the cell as the spreadsheet gave
it (text, a number, a date, a bool or None) and returns the value, or raises
ValueError with the reason, worded to follow the field's name in a message ("must be
from 0 to 10, got 12"). Words people use are accepted where they are unambiguous:
attitude as blocker ... champion, a category by its label, yes/no for a flag.
"""

from __future__ import annotations

import math
import re
from typing import Any

from smartdesk.domain.enums import EngagementLevel, StakeholderCategory
from smartdesk.interchange.sheet_files import cell_text

ATTITUDE_WORDS: dict[str, int] = {
    "blocker": -2,
    "sceptic": -1,
    "skeptic": -1,
    "neutral": 0,
    "supporter": 1,
    "champion": 2,
}

_TRUE = {"yes", "y", "true", "1", "x", "confidential"}
_FALSE = {"no", "n", "false", "0", ""}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def _number(cell: Any) -> float | None:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        number = float(cell)
    else:
        text = cell_text(cell)
        if not text:
            return None
        if not _NUMBER.match(text):
            raise ValueError(f"must be a number from 0 to 10, got '{shorten(text)}'")
        number = float(text)
    if not math.isfinite(number) or not 0 <= number <= 10:
        raise ValueError(f"must be from 0 to 10, got {number:g}")
    return number


def _attitude(cell: Any) -> int | None:
    text = cell_text(cell).replace("\u2212", "-")  # typographic minus (U+2212)
    if not text:
        return None
    word = text.casefold()
    if word in ATTITUDE_WORDS:
        return ATTITUDE_WORDS[word]
    if _NUMBER.match(text):
        number = float(text)
        if number.is_integer() and -2 <= number <= 2:
            return int(number)
    raise ValueError(
        f"must be blocker, sceptic, neutral, supporter or champion (or -2 to 2), "
        f"got '{shorten(text)}'"
    )


def _key(text: str) -> str:
    return "_".join(text.replace("-", " ").casefold().split())


def _category(cell: Any) -> StakeholderCategory | None:
    text = cell_text(cell)
    if not text:
        return None
    key = _key(text)
    for category in StakeholderCategory:
        if key in (category.value, _key(category.label)):
            return category
    allowed = ", ".join(c.label.lower() for c in StakeholderCategory)
    raise ValueError(f"must be one of {allowed}; got '{shorten(text)}'")


def _level(cell: Any) -> EngagementLevel | None:
    text = cell_text(cell)
    if not text:
        return None
    try:
        return EngagementLevel(text.casefold())
    except ValueError:
        allowed = ", ".join(level.value for level in EngagementLevel)
        raise ValueError(f"must be one of {allowed}; got '{shorten(text)}'") from None


def _email(cell: Any) -> str:
    text = cell_text(cell)
    if text and ("@" not in text or " " in text):
        raise ValueError(f"is not an email address: '{shorten(text)}'")
    return text


def _flag(cell: Any) -> bool:
    text = cell_text(cell).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"must be yes or no, got '{shorten(text)}'")


def shorten(text: str, limit: int = 30) -> str:
    """``text`` on one line, cut to ``limit`` characters, for quoting in a message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


PARSERS: dict[str, Any] = {
    "name": cell_text,
    "organisation": cell_text,
    "role": cell_text,
    "email": _email,
    "phone": cell_text,
    "power": _number,
    "interest": _number,
    "attitude": _attitude,
    "category": _category,
    "notes": cell_text,
    "engagement_current": _level,
    "engagement_needed": _level,
    "confidential": _flag,
}
