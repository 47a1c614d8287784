"""What the register tells about stakeholders: the rules the Stakeholders stage and
the briefing pack share.

Quadrants of the power-interest grid, engagement gaps grouped by quadrant,
relationship silos (connected components) and stakeholders with no relationship at
all, overdue actions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from smartdesk.domain.enums import ActionStatus, EngagementLevel, StakeholderCategory
from smartdesk.domain.records import EngagementAction, Relationship, Stakeholder

SPLIT = 5.0  # the grid's quadrants split at 5 on both scales (docs/scales-and-rules.md)


class Quadrant(StrEnum):
    """A quadrant of the power-interest grid, most demanding first; the value is the
    pack catalogue's key (``quad.close``), ``label`` the name people see."""

    CLOSE = "close"
    SATISFIED = "satisfied"
    INFORMED = "informed"
    MONITOR = "monitor"

    @property
    def label(self) -> str:
        return _QUADRANT_LABELS[self]


_QUADRANT_LABELS = {
    Quadrant.CLOSE: "Manage closely",
    Quadrant.SATISFIED: "Keep satisfied",
    Quadrant.INFORMED: "Keep informed",
    Quadrant.MONITOR: "Monitor",
}

QUADRANTS: tuple[str, ...] = tuple(place.label for place in Quadrant)
"""Quadrant names, most demanding first."""

NOT_PLACED = "Not placed"

ATTITUDES: dict[int, str] = {
    -2: "Blocker",
    -1: "Sceptic",
    0: "Neutral",
    1: "Supporter",
    2: "Champion",
}
_MINUS = "\u2212"  # a real minus sign: wider and clearer on a projector than a hyphen
ATTITUDE_SYMBOLS: dict[int | None, str] = {
    -2: _MINUS * 2,
    -1: _MINUS,
    0: "0",
    1: "+",
    2: "++",
    None: "?",
}
"""Printed on each card, so attitude never depends on colour alone."""


def is_placed(stakeholder: Stakeholder) -> bool:
    """True when the stakeholder has both a power and an interest (a place on the grid)."""
    return stakeholder.power is not None and stakeholder.interest is not None


def is_private_individual(stakeholder: Stakeholder) -> bool:
    """A resident, or anyone without an organisation: the public version calls them
    "a resident" and shows nothing that could identify them (their role included)."""
    return (
        stakeholder.category is StakeholderCategory.RESIDENT or not stakeholder.organisation.strip()
    )


def quadrant(stakeholder: Stakeholder) -> Quadrant | None:
    """The grid quadrant, or None until power and interest are both known."""
    if stakeholder.power is None or stakeholder.interest is None:
        return None
    high_power = stakeholder.power >= SPLIT
    high_interest = stakeholder.interest >= SPLIT
    if high_power:
        return Quadrant.CLOSE if high_interest else Quadrant.SATISFIED
    return Quadrant.INFORMED if high_interest else Quadrant.MONITOR


@dataclass(frozen=True, slots=True)
class EngagementGap:
    stakeholder: Stakeholder
    current: EngagementLevel | None
    needed: EngagementLevel

    @property
    def steps(self) -> int:
        """How many IAP2 levels engagement must rise (from nothing: needed rank + 1)."""
        start = -1 if self.current is None else self.current.rank
        return self.needed.rank - start


def engagement_gaps(stakeholders: Sequence[Stakeholder]) -> dict[str, list[EngagementGap]]:
    """Stakeholders whose needed level is above today's, by quadrant name (unplaced:
    :data:`NOT_PLACED`).

    A stakeholder with a needed level but no current one counts as a gap: nobody has
    engaged them yet. Within a quadrant the biggest gaps come first.
    """
    groups: dict[str, list[EngagementGap]] = {}
    for person in stakeholders:
        needed, current = person.engagement_needed, person.engagement_current
        if needed is None or (current is not None and current.rank >= needed.rank):
            continue
        place = quadrant(person)
        groups.setdefault(place.label if place else NOT_PLACED, []).append(
            EngagementGap(person, current, needed)
        )
    order = [*QUADRANTS, NOT_PLACED]
    return {
        name: sorted(groups[name], key=lambda gap: (-gap.steps, gap.stakeholder.name.casefold()))
        for name in order
        if name in groups
    }


def silos(
    stakeholders: Sequence[Stakeholder], relationships: Sequence[Relationship]
) -> list[list[Stakeholder]]:
    """Groups of stakeholders linked to each other but not to anyone outside the group.

    Connected components of the relationship network, largest first; stakeholders with
    no relationship at all are left out (see :func:`unconnected`).
    """
    parent = {person.id: person.id for person in stakeholders}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    linked: set[str] = set()
    for link in relationships:
        if link.from_id in parent and link.to_id in parent:
            assert link.from_id is not None and link.to_id is not None
            linked.update((link.from_id, link.to_id))
            parent[root(link.from_id)] = root(link.to_id)
    groups: dict[str, list[Stakeholder]] = {}
    for person in stakeholders:
        if person.id in linked:
            groups.setdefault(root(person.id), []).append(person)
    return sorted(groups.values(), key=lambda group: -len(group))


def unconnected(
    stakeholders: Sequence[Stakeholder], relationships: Sequence[Relationship]
) -> list[Stakeholder]:
    """Stakeholders with no relationship at all, in register order."""
    linked = {link.from_id for link in relationships} | {link.to_id for link in relationships}
    return [person for person in stakeholders if person.id not in linked]


def is_overdue(action: EngagementAction, today: dt.date | None = None) -> bool:
    """A planned action whose due date has passed."""
    today = today or dt.date.today()
    return action.status is ActionStatus.PLANNED and action.due is not None and action.due < today
