"""The public version of a workshop: the copy every public export is written from.

It is the full version's body (:mod:`smartdesk.reports.exempt`: exempt records shown
by placeholder, their carrying fields cleared) with the personal data left out too,
field by field: every stakeholder's email, phone, attitude, power and interest (the
pack shows the grid as counts instead); a private individual (a resident, or anyone
without an organisation) becomes "A resident" with no role, organisation or notes; a
listening-log item from a private individual gives "A resident" as its source; and a
relationship that involves a private individual is left out; participants keep only
their category, kind, group and attendance (no name, organisation or role), so the
public pack can count them and nothing more. Nothing else is edited: no text is
searched or rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from smartdesk.domain.records import ListeningLogEntry, Stakeholder, WorkshopData
from smartdesk.domain.stakeholder_analysis import is_private_individual
from smartdesk.reports.catalogue import text
from smartdesk.reports.exempt import ExemptItems, body_copy, exempt_items


@dataclass(frozen=True, slots=True)
class Withheld:
    """What the public version left out, so the pack can say so."""

    exempt: ExemptItems = field(default_factory=ExemptItems)
    contact_details: int = 0
    private_individuals: int = 0
    positions: int = 0  # stakeholders whose attitude or grid position is not shown


def redact_for_public(data: WorkshopData) -> WorkshopData:
    """The public copy of ``data`` (see the module doc)."""
    return redact_with_summary(data)[0]


def redact_with_summary(data: WorkshopData) -> tuple[WorkshopData, Withheld]:
    """The public copy and a summary of what was withheld."""
    exempt = exempt_items(data)
    body = body_copy(data, exempt)
    private = {p.id for p in data.stakeholders if is_private_individual(p) and not p.confidential}
    redacted = replace(
        body,
        stakeholders=tuple(_person(p, p.id in private) for p in body.stakeholders),
        relationships=tuple(
            r for r in body.relationships if r.from_id not in private and r.to_id not in private
        ),
        listening_log=tuple(_log_entry(e, private) for e in body.listening_log),
        participants=tuple(
            replace(p, name="", organisation="", role="") for p in body.participants
        ),
    )
    withheld = Withheld(
        exempt=exempt,
        contact_details=sum(bool(p.email or p.phone) for p in data.stakeholders),
        private_individuals=len(private),
        positions=sum(
            p.attitude is not None or p.power is not None or p.interest is not None
            for p in data.stakeholders
        ),
    )
    return redacted, withheld


def _person(person: Stakeholder, private: bool) -> Stakeholder:
    person = replace(person, email="", phone="", attitude=None, power=None, interest=None)
    if private:
        person = replace(person, name=text("public.a_resident"), organisation="", role="", notes="")
    return person


def _log_entry(entry: ListeningLogEntry, private: set[str]) -> ListeningLogEntry:
    if entry.stakeholder_id in private:
        return replace(entry, source=text("public.a_resident"))
    return entry
