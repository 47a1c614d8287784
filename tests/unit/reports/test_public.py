"""The public copy: the full body without personal data, decided field by field."""

from __future__ import annotations

from dataclasses import replace

from smartdesk.domain.records import Relationship
from smartdesk.domain.stakeholder_analysis import is_private_individual
from smartdesk.reports.public import redact_for_public, redact_with_summary
from tests.unit.reports import sample


def test_people_lose_contacts_attitudes_positions_and_private_names() -> None:
    data = sample.with_secrets()
    public, withheld = redact_with_summary(data)
    assert all(s.email == s.phone == "" for s in public.stakeholders)
    assert all(s.attitude is s.power is s.interest is None for s in public.stakeholders)
    resident = next(s for s in public.stakeholders if s.id == "res-1")
    # Never a role precise enough to identify her.
    assert (resident.name, resident.role, resident.organisation, resident.notes) == (
        "A resident",
        "",
        "",
        "",
    )
    assert withheld.private_individuals >= 1 and withheld.contact_details >= 2
    assert redact_for_public(data) == public


def test_a_log_item_from_a_private_individual_gives_a_resident_as_source() -> None:
    data = sample.with_secrets()
    public = redact_for_public(data)
    entry = next(e for e in public.listening_log if e.id == "log-res")
    assert entry.source == "A resident"
    # What she said is the officer's to word: left as written (review flags her name).
    assert entry.said == next(e for e in data.listening_log if e.id == "log-res").said


def test_relationships_of_private_individuals_are_left_out() -> None:
    data = sample.with_secrets()
    other = data.stakeholders[0].id
    data = replace(
        data,
        relationships=(
            *data.relationships,
            Relationship(id="rel-res", from_id="res-1", to_id=other, kind="neighbour"),
        ),
    )
    public = redact_for_public(data)
    assert "rel-res" not in {r.id for r in public.relationships}
    private = {s.id for s in data.stakeholders if is_private_individual(s)}
    assert [r for r in data.relationships if not {r.from_id, r.to_id} & private] == list(
        public.relationships
    )


def test_an_organisations_contact_keeps_name_and_role() -> None:
    data = sample.with_secrets()
    person = next(s for s in data.stakeholders if s.organisation and not s.confidential)
    kept = next(s for s in redact_for_public(data).stakeholders if s.id == person.id)
    assert (kept.name, kept.organisation, kept.role) == (
        person.name,
        person.organisation,
        person.role,
    )
