"""The public version of a workshop: a redacted copy the public pack is built from.

Building the public pack from a copy that no longer holds the exempt items and the
personal data means no table, chart label, ranking or sentence can carry them. Left
out: confidential strategies, options, risks and stakeholders (with the scores, links
and log references that point at them), every stakeholder's email and phone, and the
names of private individuals (residents appear by role, or as "A resident").

As a second line of defence every remaining text field is scrubbed of the removed
names, titles and contact details, because officers often name an option or a person
in free text (a decision sought, a rationale, a listening-log source).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, TypeVar

from smartdesk.domain.enums import StakeholderCategory
from smartdesk.domain.records import (
    EngagementAction,
    ListeningLogEntry,
    Outcome,
    Recommendation,
    Stakeholder,
    WorkshopData,
)
from smartdesk.reports.catalogue import text

# Removed strings shorter than this are not scrubbed from free text: "Lee" or "Ann"
# would otherwise eat parts of ordinary words.
_MIN_SCRUB_LENGTH = 4

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Withheld:
    """What the public version left out, so the pack can say so."""

    strategies: int = 0
    options: int = 0
    risks: int = 0
    stakeholders: int = 0
    contact_details: int = 0
    residents_named_by_role: int = 0
    recommended_option_exempt: bool = False

    @property
    def exempt_items(self) -> int:
        """Confidential records left out (exempt information)."""
        return self.strategies + self.options + self.risks + self.stakeholders


def redact_for_public(data: WorkshopData) -> WorkshopData:
    """A copy of ``data`` with exempt items and personal data removed (see module doc)."""
    return redact_with_summary(data)[0]


def redact_with_summary(data: WorkshopData) -> tuple[WorkshopData, Withheld]:
    """The redacted copy and a summary of what was withheld."""
    removed: list[str] = []

    strategies = tuple(s for s in data.strategies if not s.confidential)
    removed += [s.title for s in data.strategies if s.confidential]
    kept_strategies = {s.id for s in strategies}

    options = tuple(o for o in data.options if not o.confidential)
    dropped_options = {o.id for o in data.options if o.confidential}
    removed += [o.name for o in data.options if o.confidential]

    # A risk of an exempt option is itself about that option, so it goes too.
    risks = tuple(
        r for r in data.risks if not r.confidential and r.option_id not in dropped_options
    )
    removed += [r.title for r in data.risks if r not in risks]

    stakeholders, contacts, residents = _public_stakeholders(data.stakeholders, removed)
    kept_people = {s.id for s in stakeholders}

    recommendation = data.recommendation
    exempt_recommendation = recommendation.option_id in dropped_options
    if exempt_recommendation:
        recommendation = Recommendation(
            option_id=None,
            rationale=text("public.recommended_exempt"),
            decisions_sought=recommendation.decisions_sought,
        )

    redacted = replace(
        data,
        strategies=strategies,
        outcomes=tuple(_outcome(o, kept_strategies) for o in data.outcomes),
        stakeholders=stakeholders,
        relationships=tuple(
            r for r in data.relationships if r.from_id in kept_people and r.to_id in kept_people
        ),
        engagement_actions=tuple(_action(a, kept_people) for a in data.engagement_actions),
        listening_log=tuple(
            _log_entry(e, kept_people, dropped_options) for e in data.listening_log
        ),
        options=options,
        scores=tuple(s for s in data.scores if s.option_id not in dropped_options),
        risks=risks,
        recommendation=recommendation,
    )
    redacted = scrub(redacted, removed)
    withheld = Withheld(
        strategies=len(data.strategies) - len(strategies),
        options=len(data.options) - len(options),
        risks=len(data.risks) - len(risks),
        stakeholders=len(data.stakeholders) - len(stakeholders),
        contact_details=contacts,
        residents_named_by_role=residents,
        recommended_option_exempt=exempt_recommendation,
    )
    return redacted, withheld


def _public_stakeholders(
    people: tuple[Stakeholder, ...], removed: list[str]
) -> tuple[tuple[Stakeholder, ...], int, int]:
    kept: list[Stakeholder] = []
    contacts = residents = 0
    for person in people:
        removed += [person.email, person.phone]
        contacts += bool(person.email or person.phone)
        if person.confidential:
            removed += [person.name, person.organisation, person.notes]
            continue
        if person.category is StakeholderCategory.RESIDENT:
            # A private individual: known by role only; their notes are personal data.
            removed += [person.name, person.notes]
            residents += 1
            person = replace(person, name=person.role or text("public.a_resident"), notes="")
        kept.append(replace(person, email="", phone=""))
    return tuple(kept), contacts, residents


def _outcome(outcome: Outcome, kept: set[str]) -> Outcome:
    return replace(outcome, strategy_ids=tuple(i for i in outcome.strategy_ids if i in kept))


def _action(action: EngagementAction, kept: set[str]) -> EngagementAction:
    return replace(action, stakeholder_ids=tuple(i for i in action.stakeholder_ids if i in kept))


def _log_entry(
    entry: ListeningLogEntry, kept: set[str], dropped_options: set[str]
) -> ListeningLogEntry:
    if entry.stakeholder_id is not None and entry.stakeholder_id not in kept:
        entry = replace(entry, stakeholder_id=None)
    if entry.option_id in dropped_options:
        entry = replace(entry, option_id=None)
    return entry


def scrub(data: WorkshopData, removed: list[str], marker: str | None = None) -> WorkshopData:
    """Replace every removed string still found in free text with ``marker``.

    ``marker`` defaults to the public version's "[withheld]".
    """
    needles = sorted(
        {s.strip() for s in removed if len(s.strip()) >= _MIN_SCRUB_LENGTH}, key=len, reverse=True
    )
    if not needles:
        return data
    pattern = re.compile("|".join(re.escape(n) for n in needles), re.IGNORECASE)
    marker = marker if marker is not None else text("public.withheld_marker")
    replacement = marker.replace("\\", "\\\\")

    def fix(value: Any) -> Any:
        if isinstance(value, Enum):
            return value
        if isinstance(value, str):
            return pattern.sub(replacement, value)
        if isinstance(value, tuple):
            return tuple(fix(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return _replace_fields(value, fix)
        return value

    return _replace_fields(data, fix)


def _replace_fields(record: R, fix: Any) -> R:
    changes = {}
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        if f.name == "id" or f.name.endswith("_id") or f.name.endswith("_ids"):
            continue  # identifiers are not text anyone reads
        old = getattr(record, f.name)
        new = fix(old)
        if new is not old and new != old:
            changes[f.name] = new
    return replace(record, **changes) if changes else record  # type: ignore[type-var]
