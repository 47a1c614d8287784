"""Exempt items and the body copy: decided per record and field, labels from the whole
workshop, other records' text exactly as written."""

from __future__ import annotations

from dataclasses import replace

from smartdesk.reports.exempt import body_copy, exempt_items, has_exempt
from tests.unit.reports import sample


def test_an_exempt_option_keeps_its_letter_scores_and_place_but_not_its_costs() -> None:
    data = sample.with_secrets()
    exempt = exempt_items(data)
    body = body_copy(data, exempt)
    secret = next(o for o in body.options if o.id == "opt-secret")
    letter = "ABCDEFGHIJ"[[o.id for o in data.options].index("opt-secret")]
    assert secret.name.startswith(f"Option {letter} — exempt (see Part B, paragraph ")
    assert secret.confidential and secret.shortlisted
    assert (secret.description, secret.capital_cost, secret.annual_cost) == ("", None, None)
    # Scores stay, so the ranking is the true one; their rationales go to Part B.
    kept = [s for s in body.scores if s.option_id == "opt-secret"]
    assert len(kept) == len(data.criteria) and all(s.rationale == "" for s in kept)
    assert body.recommendation.option_id == "opt-secret" and body.recommendation.rationale == ""
    assert exempt.recommended_option_exempt


def test_other_records_text_is_left_exactly_as_written() -> None:
    data = sample.with_secrets()
    # Free text that names a confidential record is the user's to word.
    vision = replace(data.vision, statement=f"We will not pursue {sample.SECRET_OPTION}.")
    data = replace(data, vision=vision)
    body = body_copy(data, exempt_items(data))
    assert body.vision == data.vision and body.workshop == data.workshop
    for collection in ("strategies", "stakeholders", "options", "risks", "listening_log"):
        plain = [r for r in getattr(data, collection) if not r.confidential]
        assert [r for r in getattr(body, collection) if not r.confidential] == plain


def test_a_confidential_risk_keeps_its_rating_and_link() -> None:
    data = sample.with_secrets()
    secret = next(r for r in data.risks if r.confidential)
    data = replace(
        data,
        risks=tuple(
            replace(r, option_id=data.options[0].id) if r is secret else r for r in data.risks
        ),
    )
    hidden = next(r for r in body_copy(data, exempt_items(data)).risks if r.id == secret.id)
    assert (hidden.likelihood, hidden.impact, hidden.option_id) == (
        secret.likelihood,
        secret.impact,
        data.options[0].id,
    )
    assert hidden.mitigation == hidden.owner == "" and "Risk " in hidden.title


def test_labels_number_records_in_room_order() -> None:
    exempt = exempt_items(sample.with_secrets())
    data = sample.with_secrets()
    risk_number = [r.id for r in data.risks].index("rk-secret") + 1
    assert exempt.by_id["rk-secret"].label == f"Risk {risk_number}"
    person_number = [s.id for s in data.stakeholders].index("sh-secret") + 1
    assert exempt.by_id["sh-secret"].label == f"Stakeholder {person_number}"
    assert len({item.label for item in exempt.items}) == exempt.total


def test_nothing_confidential_nothing_changed() -> None:
    data = sample.demo()
    plain = replace(
        data,
        options=tuple(replace(o, confidential=False) for o in data.options),
        strategies=tuple(replace(s, confidential=False) for s in data.strategies),
        risks=tuple(replace(r, confidential=False) for r in data.risks),
        stakeholders=tuple(replace(s, confidential=False) for s in data.stakeholders),
    )
    assert not has_exempt(plain)
    exempt = exempt_items(plain)
    assert exempt.total == 0 and body_copy(plain, exempt) == plain
