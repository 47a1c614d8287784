"""The full version's body copy: confidential items known by reference, details cleared."""

from __future__ import annotations

from smartdesk.reports.exempt import has_exempt, split_exempt
from tests.unit.reports import sample


def test_body_copy_refers_to_exempt_items_by_reference_only() -> None:
    data = sample.with_secrets()
    body, moved = split_exempt(data)
    secret = next(o for o in body.options if o.id == "opt-secret")
    assert secret.confidential and secret.name.endswith("(see Appendix D)")
    assert secret.description == "" and secret.capital_cost is None
    assert moved.references["opt-secret"] in secret.name
    assert moved.options == sum(o.confidential for o in data.options) >= 1
    insider = next(s for s in body.stakeholders if s.id == "sh-secret")
    assert insider.email == "" and sample.SECRET_STAKEHOLDER not in insider.name
    # Scores stay, so the ranking in the body is the true one.
    assert sum(s.option_id == "opt-secret" for s in body.scores) == len(data.criteria)
    # Free text naming a moved item is scrubbed.
    assert sample.SECRET_OPTION not in body.recommendation.rationale
    assert body.recommendation.option_id == "opt-secret"
    # Non-confidential records are untouched.
    assert [o for o in body.options if not o.confidential] == [
        o for o in data.options if not o.confidential
    ]


def test_references_are_numbered_per_kind() -> None:
    _body, moved = split_exempt(sample.with_secrets())
    refs = sorted(moved.references.values())
    assert "Exempt option 1" in refs and "Exempt stakeholder 1" in refs
    assert len(set(refs)) == len(refs) == moved.total


def test_nothing_confidential_nothing_moved() -> None:
    data = sample.demo()
    from dataclasses import replace

    plain = replace(
        data,
        options=tuple(replace(o, confidential=False) for o in data.options),
        strategies=tuple(replace(s, confidential=False) for s in data.strategies),
        risks=tuple(replace(r, confidential=False) for r in data.risks),
        stakeholders=tuple(replace(s, confidential=False) for s in data.stakeholders),
    )
    assert not has_exempt(plain)
    body, moved = split_exempt(plain)
    assert moved.total == 0 and body == plain
