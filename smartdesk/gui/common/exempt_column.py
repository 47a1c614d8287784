"""The "Exempt paragraph" column of every table whose records can be confidential.

Strategies, stakeholders, options and risks can each name the paragraph of the
nation's access-to-information law they are withheld under. The column offers only
the paragraphs of the workshop's nation (read from ``resources/legal`` through
``exempt_law``) and a blank entry, meaning "the usual paragraph for this kind of
record". ``nation`` is a callable, so the list follows the workshop when its nation
changes without rebuilding the table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartdesk import exempt_law
from smartdesk.domain.enums import Nation
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.translation import tr


def exempt_paragraph_field(nation: Callable[[], Nation], kind: str) -> Field:
    """The column for records of ``kind`` ("option", "risk", ...) in ``nation()``'s law."""
    return Field(
        "Exempt paragraph",
        "exempt_paragraph",
        "enum",
        choices=lambda: exempt_paragraph_choices(nation()),
        blank="",  # stored as "", not null: the record's kind picks the paragraph
        width=150,
        tooltip=tr(
            "For a confidential {kind}: the paragraph of the nation's access-to-information "
            "law it is withheld under. Blank: the usual one for a {kind} (see Exempt "
            "information in the docs)"
        ).format(kind=tr(kind)),
    )


def exempt_paragraph_choices(nation: Nation) -> list[tuple[Any, str]]:
    """The paragraphs of ``nation``'s access-to-information law, as (number, label)."""
    return [
        (paragraph.number, f"{paragraph.number}: {paragraph.kind.replace('_', ' ')}")
        for paragraph in exempt_law.law(nation).paragraphs
    ]
