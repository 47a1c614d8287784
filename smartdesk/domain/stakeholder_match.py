"""When two stakeholder records are the same stakeholder (for imports).

The rule: the same name and the same organisation, ignoring case and spacing
(leading, trailing and repeated inner whitespace, including non-breaking spaces).
"Ann Jones" at "Acme" matches " ann  JONES " at "ACME"; it does not match "Ann Jones"
at "Acme Ltd" (two people may share a name) or "Ann Jones" with no organisation.

Within one incoming list the first of several matching rows counts as the new record
and each later one as a repeat of it, so importing a list twice, or a list that names
someone twice, never makes two records of one person unless the user asks for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from smartdesk.domain.records import Stakeholder


def normalise(text: str) -> str:
    """``"  Ann\u00a0 JONES "`` -> ``"ann jones"``: the form two texts are compared in."""
    # casefold, not lower: "STRASSE" and "straße" are one name. str.split() with no
    # argument splits on every Unicode space, so a pasted non-breaking space counts too.
    return " ".join(text.casefold().split())


def stakeholder_key(name: str, organisation: str) -> tuple[str, str]:
    """What makes two stakeholders the same: their normalised name and organisation."""
    return normalise(name), normalise(organisation)


def same_stakeholder(a: Stakeholder, b: Stakeholder) -> bool:
    """Whether ``a`` and ``b`` are the same stakeholder under the import rule."""
    return stakeholder_key(a.name, a.organisation) == stakeholder_key(b.name, b.organisation)


@dataclass(frozen=True, slots=True)
class Match:
    """An incoming record that is already known.

    ``index`` is its position in the incoming list; ``existing`` is the register's
    matching stakeholder, or ``None`` when it repeats the incoming record at
    ``earlier`` (a position in the same list).
    """

    index: int
    existing: Stakeholder | None = None
    earlier: int | None = None


def find_matches(existing: Iterable[Stakeholder], incoming: Sequence[Stakeholder]) -> list[Match]:
    """Every incoming record that matches the register or an earlier incoming record,
    in incoming order. A record matching both is reported as in the register."""
    register: dict[tuple[str, str], Stakeholder] = {}
    for person in existing:
        register.setdefault(stakeholder_key(person.name, person.organisation), person)
    first: dict[tuple[str, str], int] = {}
    matches: list[Match] = []
    for index, person in enumerate(incoming):
        key = stakeholder_key(person.name, person.organisation)
        if key in register:
            matches.append(Match(index, existing=register[key]))
        elif key in first:
            matches.append(Match(index, earlier=first[key]))
        else:
            first[key] = index
    return matches
