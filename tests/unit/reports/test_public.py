"""The redacted copy the public pack is built from."""

from __future__ import annotations

from smartdesk.reports.catalogue import text
from smartdesk.reports.public import redact_for_public, redact_with_summary
from tests.unit.reports import sample


def test_redacted_copy_drops_exempt_items_and_personal_data() -> None:
    data = sample.with_secrets()
    public, withheld = redact_with_summary(data)
    assert all(not x.confidential for x in (*public.options, *public.risks, *public.strategies))
    assert all(not s.confidential for s in public.stakeholders)
    assert all(s.email == "" and s.phone == "" for s in public.stakeholders)
    assert not any(s.option_id == "opt-secret" for s in public.scores)
    resident = next(s for s in public.stakeholders if s.id == "res-1")
    assert resident.name == sample.RESIDENT_ROLE and resident.notes == ""
    entry = next(e for e in public.listening_log if e.id == "log-res")
    assert sample.RESIDENT_NAME not in entry.said and entry.source == "Drop-in session"
    assert public.recommendation.option_id is None
    assert public.recommendation.rationale == text("public.recommended_exempt")
    assert withheld.recommended_option_exempt and withheld.options >= 1
    kept = {s.id for s in public.stakeholders}
    assert all(r.from_id in kept and r.to_id in kept for r in public.relationships)
    assert redact_for_public(data) == public


def test_unnamed_resident_becomes_a_resident() -> None:
    from dataclasses import replace

    data = sample.with_secrets()
    people = tuple(replace(s, role="") if s.id == "res-1" else s for s in data.stakeholders)
    public = redact_for_public(replace(data, stakeholders=people))
    assert next(s for s in public.stakeholders if s.id == "res-1").name == "A resident"
