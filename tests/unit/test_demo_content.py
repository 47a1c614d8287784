"""The built-in demo workshop: complete, consistent, and with the gaps `review` should find.

The demo is what facilitators see first and what many other tests build on, so these
checks read the raw JSON with the standard library: they must not depend on the
reader they help to test.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from smartdesk.domain.enums import (
    ActionStatus,
    DeliveryModel,
    EngagementLevel,
    Financing,
    ListeningStatus,
    Nation,
    ProcurementRoute,
    StakeholderCategory,
    routes_for_nation,
)
from smartdesk.paths import resource

DEMO = resource("demo", "demo.json")
ID_COLLECTIONS = (
    "strategies",
    "outcomes",
    "maturity",
    "stakeholders",
    "relationships",
    "engagement_actions",
    "listening_log",
    "criteria",
    "options",
    "risks",
    "next_steps",
)
WORKSHOP_KEYS = {
    "id", "title", "council", "initiative", "facilitator", "date", "language", "nation",
    "committee", "meeting_date", "report_author", "report_reference", "portfolio_holder",
    "wards_affected", "key_decision", "status", "background_papers", "appraisal_years",
    "discount_rate_pct", "contact_officer", "contact_title", "contact_email", "contact_phone",
}  # fmt: skip
RECORD_KEYS = {
    "strategies": {"id", "title", "owner", "alignment", "confidential"},
    "outcomes": {
        "id", "title", "indicator", "unit", "baseline", "target", "target_date", "owner",
        "strategy_ids",
    },
    "maturity": {"id", "dimension", "current", "target", "note"},
    "stakeholders": {
        "id", "name", "organisation", "role", "category", "email", "phone", "power",
        "interest", "attitude", "engagement_current", "engagement_needed", "notes",
        "confidential",
    },
    "relationships": {"id", "from_id", "to_id", "kind", "strength"},
    "engagement_actions": {"id", "stakeholder_ids", "action", "method", "owner", "due", "status"},
    "listening_log": {
        "id", "date", "source", "stakeholder_id", "said", "response", "status", "option_id",
    },
    "criteria": {"id", "name", "description", "weight"},
    "options": {
        "id", "name", "description", "delivery_model", "procurement_route", "financing",
        "capital_cost", "annual_cost", "annual_benefit", "optimism_bias_pct", "shortlisted",
        "do_minimum", "bau", "notes", "confidential", "annual_social_benefit", "rejection_reason",
    },
    "scores": {"option_id", "criterion_id", "score", "rationale"},
    "risks": {
        "id", "title", "option_id", "likelihood", "impact", "owner", "mitigation", "confidential",
    },
    "next_steps": {"id", "action", "owner", "due"},
}  # fmt: skip
DEFAULT_DIMENSIONS = [
    "Strategy and leadership",
    "Governance",
    "Data",
    "Technology and infrastructure",
    "Skills and culture",
    "Citizen engagement",
    "Partnerships and procurement",
]


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    with DEMO.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _ids(demo: dict[str, Any], collection: str) -> set[str]:
    return {record["id"] for record in demo[collection]}


def _high(value: float) -> bool:
    return value > 5


def test_header_and_every_key_present(demo: dict[str, Any]) -> None:
    assert demo["format"] == "smartdesk-workshop"
    assert demo["version"] == 2
    assert set(demo["workshop"]) == WORKSHOP_KEYS
    assert set(demo["vision"]) == {"problem", "statement", "horizon_year", "principles"}
    assert set(demo["recommendation"]) == {"option_id", "rationale", "decisions_sought"}
    for collection, keys in RECORD_KEYS.items():
        for record in demo[collection]:
            assert set(record) == keys, (collection, record.get("id"))


def test_ids_are_uuid4_and_unique_across_the_file(demo: dict[str, Any]) -> None:
    all_ids = [demo["workshop"]["id"]]
    for collection in ID_COLLECTIONS:
        all_ids += [record["id"] for record in demo[collection]]
    assert len(all_ids) == len(set(all_ids))
    for text in all_ids:
        assert uuid.UUID(text).version == 4
        assert str(uuid.UUID(text)) == text


def test_every_reference_resolves(demo: dict[str, Any]) -> None:
    strategies = _ids(demo, "strategies")
    stakeholders = _ids(demo, "stakeholders")
    options = _ids(demo, "options")
    criteria = _ids(demo, "criteria")
    for outcome in demo["outcomes"]:
        assert set(outcome["strategy_ids"]) <= strategies
    for link in demo["relationships"]:
        assert {link["from_id"], link["to_id"]} <= stakeholders
        assert link["from_id"] != link["to_id"]
    for action in demo["engagement_actions"]:
        assert action["stakeholder_ids"]
        assert set(action["stakeholder_ids"]) <= stakeholders
    for entry in demo["listening_log"]:
        assert entry["stakeholder_id"] in stakeholders | {None}
        assert entry["option_id"] in options | {None}
    for score in demo["scores"]:
        assert score["option_id"] in options
        assert score["criterion_id"] in criteria
    for risk in demo["risks"]:
        assert risk["option_id"] in options | {None}
    assert demo["recommendation"]["option_id"] in options


def test_workshop_cover(demo: dict[str, Any]) -> None:
    cover = demo["workshop"]
    assert cover["nation"] == Nation.ENGLAND
    assert cover["language"] == "en"
    assert cover["status"] == "draft"
    assert cover["key_decision"] is True
    assert cover["committee"] == "Cabinet"
    assert date.fromisoformat(cover["meeting_date"]).year == 2027
    date.fromisoformat(cover["date"])
    assert cover["portfolio_holder"].startswith("Cllr ")
    assert 3 <= len(cover["wards_affected"]) <= 5
    assert 2 <= len(cover["background_papers"]) <= 3
    assert (cover["appraisal_years"], cover["discount_rate_pct"]) == (10, 3.5)
    for key in ("title", "council", "initiative", "facilitator", "report_author",
                "report_reference"):  # fmt: skip
        assert cover[key].strip(), key


def test_vision(demo: dict[str, Any]) -> None:
    vision = demo["vision"]
    assert re.search(r"\d", vision["problem"]), "the problem should carry evidence"
    assert vision["statement"]
    assert vision["horizon_year"] == 2035
    assert 4 <= len(vision["principles"]) <= 6


def test_strategies_and_outcomes(demo: dict[str, Any]) -> None:
    assert 4 <= len(demo["strategies"]) <= 5
    assert sum(s["confidential"] for s in demo["strategies"]) == 1
    outcomes = demo["outcomes"]
    assert 5 <= len(outcomes) <= 6
    for outcome in outcomes:
        assert outcome["indicator"] and outcome["unit"] and outcome["strategy_ids"]
        assert outcome["baseline"] is not None and outcome["target"] is not None
        date.fromisoformat(outcome["target_date"])
    # Exactly one gap for `review` to find.
    assert [o["title"] for o in outcomes if not o["owner"]] == [
        "Air-quality and lighting data open to everyone"
    ]


def test_maturity_has_the_default_dimensions(demo: dict[str, Any]) -> None:
    assert [m["dimension"] for m in demo["maturity"]] == DEFAULT_DIMENSIONS
    for row in demo["maturity"]:
        assert 1 <= row["current"] <= 5 and 1 <= row["target"] <= 5
        assert row["note"]


def test_stakeholders_span_categories_and_quadrants(demo: dict[str, Any]) -> None:
    people = demo["stakeholders"]
    assert len(people) == 20
    assert {p["category"] for p in people} == set(StakeholderCategory) - {"other"}
    quadrants = Counter((_high(p["power"]), _high(p["interest"])) for p in people)
    assert set(quadrants) == {(True, True), (True, False), (False, True), (False, False)}
    levels = [level.value for level in EngagementLevel]
    gaps = 0
    for person in people:
        assert 0 <= person["power"] <= 10 and 0 <= person["interest"] <= 10
        assert -2 <= person["attitude"] <= 2
        assert person["email"].endswith("example.org")
        assert re.fullmatch(r"01632 960\d{3}", person["phone"])
        gaps += levels.index(person["engagement_needed"]) > levels.index(
            person["engagement_current"]
        )
    assert gaps >= 3
    assert 1 <= sum(p["confidential"] for p in people) <= 2
    assert {p["attitude"] for p in people} >= {-2, -1, 0, 1, 2}


def test_relationship_network_has_isolates_and_a_silo(demo: dict[str, Any]) -> None:
    links = demo["relationships"]
    assert 12 <= len(links) <= 18
    assert all(1 <= link["strength"] <= 3 for link in links)
    linked = {link["from_id"] for link in links} | {link["to_id"] for link in links}
    assert len(_ids(demo, "stakeholders") - linked) == 2
    # Without the weakest links the network falls apart into two groups: a silo.
    strong = [link for link in links if link["strength"] > 1]
    groups = _components(linked, strong)
    assert len(_components(linked, links)) == 1
    assert len([g for g in groups if len(g) >= 4]) == 2


def _components(nodes: set[str], links: list[dict[str, Any]]) -> list[set[str]]:
    parent = {node: node for node in nodes}

    def root(node: str) -> str:
        while parent[node] != node:
            node = parent[node]
        return node

    for link in links:
        parent[root(link["from_id"])] = root(link["to_id"])
    groups: dict[str, set[str]] = {}
    for node in nodes:
        groups.setdefault(root(node), set()).add(node)
    return list(groups.values())


def test_engagement_actions(demo: dict[str, Any]) -> None:
    actions = demo["engagement_actions"]
    assert 10 <= len(actions) <= 14
    assert {a["status"] for a in actions} == set(ActionStatus)
    assert any(len(a["stakeholder_ids"]) > 1 for a in actions)
    years = {date.fromisoformat(a["due"]).year for a in actions}
    assert years == {2026, 2027}
    assert all(a["owner"] and a["method"] for a in actions)
    planned_for = {sid for a in actions for sid in a["stakeholder_ids"]}
    forgotten = [
        p["name"] for p in demo["stakeholders"] if p["power"] >= 7 and p["id"] not in planned_for
    ]
    assert forgotten == ["Cllr David Merriman"]


def test_listening_log(demo: dict[str, Any]) -> None:
    log = demo["listening_log"]
    assert 8 <= len(log) <= 10
    statuses = Counter(entry["status"] for entry in log)
    assert set(statuses) == set(ListeningStatus)
    assert statuses["open"] == 2
    assert any(entry["stakeholder_id"] for entry in log)
    assert any(entry["stakeholder_id"] is None for entry in log)
    assert any(entry["option_id"] for entry in log)


def test_options_and_short_list(demo: dict[str, Any]) -> None:
    options = demo["options"]
    assert 6 <= len(options) <= 7
    england = {route.value for route in routes_for_nation(Nation.ENGLAND)}
    for option in options:
        assert option["procurement_route"] in england
        assert option["delivery_model"] in set(DeliveryModel)
        assert set(option["financing"]) <= set(Financing)
        assert 0 <= option["capital_cost"] <= 2_500_000
        assert option["annual_cost"] >= 0 and option["annual_benefit"] >= 0
    shortlisted = [o for o in options if o["shortlisted"]]
    assert len(shortlisted) >= 4
    assert [o["bau"] for o in shortlisted].count(True) == 1
    assert [o["do_minimum"] for o in shortlisted].count(True) == 1
    assert sum(o["bau"] or o["do_minimum"] for o in options if not o["shortlisted"]) == 0
    assert sum(o["confidential"] for o in options) == 1
    routes = {o["procurement_route"] for o in options}
    assert {
        ProcurementRoute.FRAMEWORK_CALL_OFF,
        ProcurementRoute.COMPETITIVE_FLEXIBLE,
        ProcurementRoute.NONE,
    } <= routes


def test_scores_fill_the_matrix_and_the_top_two_are_close(demo: dict[str, Any]) -> None:
    criteria = demo["criteria"]
    assert 5 <= len(criteria) <= 6
    assert len({c["weight"] for c in criteria}) >= 3
    shortlisted = [o["id"] for o in demo["options"] if o["shortlisted"]]
    pairs = [(s["option_id"], s["criterion_id"]) for s in demo["scores"]]
    assert sorted(pairs) == sorted((o, c["id"]) for o in shortlisted for c in criteria)
    assert all(0 <= s["score"] <= 5 and s["rationale"] for s in demo["scores"])
    weights = {c["id"]: Fraction(str(c["weight"])) for c in criteria}
    total = sum(weights.values())
    percent = {option: Fraction(0) for option in shortlisted}
    for score in demo["scores"]:
        percent[score["option_id"]] += weights[score["criterion_id"]] * score["score"]
    ranked = sorted(((v / (5 * total) * 100, k) for k, v in percent.items()), reverse=True)
    (top, top_id), (second, _) = ranked[0], ranked[1]
    assert 0 < top - second <= 5
    assert demo["recommendation"]["option_id"] == top_id


def test_risks(demo: dict[str, Any]) -> None:
    risks = demo["risks"]
    assert 8 <= len(risks) <= 10
    assert any(r["option_id"] is None for r in risks)
    assert any(r["option_id"] for r in risks)
    assert sum(r["confidential"] for r in risks) == 1
    unmitigated = [r for r in risks if r["likelihood"] * r["impact"] >= 15 and not r["mitigation"]]
    assert len(unmitigated) == 1
    assert all(1 <= r["likelihood"] <= 5 and 1 <= r["impact"] <= 5 and r["owner"] for r in risks)


def test_recommendation_implications_next_steps(demo: dict[str, Any]) -> None:
    recommendation = demo["recommendation"]
    assert recommendation["rationale"]
    assert 3 <= len(recommendation["decisions_sought"]) <= 4
    assert all(text.strip() for text in demo["implications"].values())
    assert len(demo["implications"]) == 13
    assert 5 <= len(demo["next_steps"]) <= 6
    for step in demo["next_steps"]:
        assert step["action"] and step["owner"]
        date.fromisoformat(step["due"])


def test_demo_is_plain_utf8_json() -> None:
    # The app ships this file; a stray byte-order mark or trailing junk would break it.
    raw = Path(DEMO).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    json.loads(raw.decode("utf-8"))


def test_validating_reader_accepts_the_demo_and_gives_it_back(demo: dict[str, Any]) -> None:
    from smartdesk.domain.appraisal import rank_options
    from smartdesk.domain.validation import validate_workshop
    from smartdesk.interchange import json_format
    from tests.unit.interchange.rich_document import VERSION_2_DEFAULTS

    data = json_format.read_workshop_json(DEMO)
    assert validate_workshop(data) == []
    # It comes back whole: the version-2 keys the demo leaves out at their defaults.
    whole = dict(demo)
    for section, added in VERSION_2_DEFAULTS.items():
        if isinstance(demo[section], dict):
            whole[section] = {**added, **demo[section]}
        else:
            whole[section] = [{**added, **record} for record in demo[section]]
    assert json_format.workshop_to_json(data) == whole
    ranking = rank_options(data)
    assert ranking[0].option_id == demo["recommendation"]["option_id"]


def test_the_demo_room_has_people_groups_an_agenda_and_two_closed_rounds() -> None:
    from smartdesk.domain.enums import RoundStatus, VoteMethod, VoteSubject
    from smartdesk.domain.voting import round_is_applied, round_result
    from smartdesk.interchange.json_format import read_workshop_json

    data = read_workshop_json(DEMO)
    people = [p for p in data.participants if p.kind.value == "person"]
    assert len(people) >= 5
    assert len({p.group for p in data.participants if p.group}) == 2
    assert {step.stage.value for step in data.agenda} >= {"vision", "stakeholders", "options"}
    dots, points = data.vote_rounds
    assert (dots.subject, dots.method, dots.status) == (
        VoteSubject.OPTIONS,
        VoteMethod.DOTS,
        RoundStatus.CLOSED,
    )
    assert (points.subject, points.method, points.status) == (
        VoteSubject.CRITERIA,
        VoteMethod.POINTS,
        RoundStatus.CLOSED,
    )
    # The dot vote backs the recommended option; the weights are the points round's.
    assert [s.subject_id for s in round_result(data, dots.id).leaders] == [
        data.recommendation.option_id
    ]
    assert round_is_applied(data, points.id)
