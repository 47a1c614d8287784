"""``review`` walks every stage: an empty workshop, the demo, the pack's words.

The demo workshop (resources/demo) is the realistic sample: it has a known handful of
deliberate gaps, and with those put right it must be ready, so no check fires on
sound work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from smartdesk.domain.enums import ActionStatus, ListeningStatus
from smartdesk.domain.records import (
    Criterion,
    EngagementAction,
    Implications,
    Option,
    Outcome,
    Recommendation,
    Stakeholder,
    Vision,
    WorkshopData,
)
from smartdesk.domain.review import Severity, Stage, review, review_report, review_text
from smartdesk.interchange.json_format import read_workshop_json
from smartdesk.paths import resource

Fix = Callable[[WorkshopData], WorkshopData]

# Every gap of an empty workshop, in order, and the one change that puts it right.
EMPTY: list[tuple[Stage, str, Severity, Fix]] = [
    (
        Stage.VISION,
        "problem_missing",
        Severity.WARNING,
        lambda d: replace(d, vision=Vision(problem="Lights fail")),
    ),
    (
        Stage.VISION,
        "vision_missing",
        Severity.WARNING,
        lambda d: replace(d, vision=Vision(statement="Safer streets")),
    ),
    (
        Stage.VISION,
        "no_outcomes",
        Severity.WARNING,
        # An outcome with nothing filled in trades this gap for "outcome_incomplete".
        lambda d: replace(d, outcomes=(Outcome(id="o"),)),
    ),
    (
        Stage.STAKEHOLDERS,
        "no_stakeholders",
        Severity.WARNING,
        lambda d: replace(d, stakeholders=(Stakeholder(id="s", name="Ward member"),)),
    ),
    (
        Stage.OPTIONS,
        "no_options",
        Severity.BLOCKER,
        # A long-listed option trades it for the short-list gaps.
        lambda d: replace(d, options=(Option(id="x", name="Idea"),)),
    ),
    (
        Stage.OPTIONS,
        "no_criteria",
        Severity.BLOCKER,
        lambda d: replace(d, criteria=(Criterion(id="c", name="Fit", weight=1),)),
    ),
    (
        Stage.PACK,
        "no_recommendation",
        Severity.BLOCKER,
        lambda d: replace(
            d,
            options=(Option(id="x", name="Idea", shortlisted=True),),
            recommendation=Recommendation(option_id="x"),
        ),
    ),
]


def checks(data: WorkshopData) -> list[str]:
    return [gap.check for gap in review(data)]


def test_an_empty_workshop_lists_a_gap_in_every_stage() -> None:
    gaps = review(WorkshopData())
    assert [(g.stage, g.check, g.severity) for g in gaps] == [e[:3] for e in EMPTY]
    assert {g.stage for g in gaps} == set(Stage)
    text = review_text(WorkshopData())
    for heading in ("Vision", "Stakeholders", "Delivery options", "Briefing pack"):
        assert f"\n{heading}\n" in text
    assert "The problem has not been written" in text
    assert "There is no vision statement" in text
    assert "No outcomes are set" in text
    assert "No stakeholders are listed" in text
    assert "No delivery options are listed" in text
    # The three short-list gaps would repeat "no options" three times.
    assert "short list has" not in text


@pytest.mark.parametrize(("stage", "check", "severity", "fix"), EMPTY, ids=[e[1] for e in EMPTY])
def test_each_empty_stage_gap_goes_when_put_right(
    stage: Stage, check: str, severity: Severity, fix: Fix
) -> None:
    assert check in checks(WorkshopData())
    assert check not in checks(fix(WorkshopData()))


def test_blank_text_counts_as_missing() -> None:
    data = WorkshopData(vision=Vision(problem=" \n\t", statement="   "))
    assert checks(data)[:2] == ["problem_missing", "vision_missing"]


# --- the demo: a realistic sample -------------------------------------------------------


def demo() -> WorkshopData:
    return read_workshop_json(resource("demo", "demo.json"))


DEMO_GAPS = {
    "outcome_incomplete",
    "high_power_no_action",
    "engagement_gap_no_plan",
    "listening_open",
    "risk_unmitigated",
}


def put_right(data: WorkshopData) -> WorkshopData:
    """The demo with its deliberate gaps closed the way a facilitator would."""
    everyone = tuple(p.id for p in data.stakeholders)
    return replace(
        data,
        outcomes=tuple(replace(o, owner=o.owner or "Head of Highways") for o in data.outcomes),
        engagement_actions=(
            *data.engagement_actions,
            EngagementAction(id="plan-all", stakeholder_ids=everyone, action="Briefings"),
        ),
        listening_log=tuple(
            replace(e, status=ListeningStatus.ACTED) if e.status is ListeningStatus.OPEN else e
            for e in data.listening_log
        ),
        risks=tuple(
            replace(r, mitigation=r.mitigation or "Segregated network") for r in data.risks
        ),
    )


def test_the_demo_has_only_its_deliberate_gaps() -> None:
    assert set(checks(demo())) == DEMO_GAPS


def test_the_demo_put_right_is_ready() -> None:
    data = put_right(demo())
    assert all(a.status is not ActionStatus.CANCELLED for a in data.engagement_actions[-1:])
    assert review(data) == []
    assert review_report(data) == {"ready": True, "gaps": []}


# --- the pack's words: the rationale and the public text ----------------------------------


def recommend(data: WorkshopData, name_start: str, rationale: str) -> WorkshopData:
    option = next(o for o in data.options if o.name.startswith(name_start))
    return replace(data, recommendation=Recommendation(option_id=option.id, rationale=rationale))


@pytest.mark.parametrize(
    ("option", "rationale", "contradicts"),
    [
        ("E.", "Option E scored highest in the appraisal.", True),
        ("E.", "The managed service is the top-ranked option.", True),
        ("B.", "Do minimum ranked first on value.", True),
        # The pack printed this under "It ranks 4 of 5" (issue 16).
        ("E.", "Highest weighted score, and the supplier is ready.", True),
        ("E.", "The best option for residents.", True),
        ("E.", "It came top in the workshop.", True),
        ("E.", "Ranked first by the room.", True),
        ("E.", "Cafodd y sgôr uchaf yn y gweithdy.", True),  # scored highest
        ("E.", "Dyma'r opsiwn gorau i'r sir.", True),  # the best option
        ("E.", "Y gwasanaeth a reolir oedd y sgôr orau.", True),  # mutated "best"
        ("E.", "Daeth yn gyntaf yn y gwerthusiad.", True),  # came first
        ("E.", "Yn y safle cyntaf.", True),  # in first place
        ("E.", "The managed service needs less capital.", False),
        ("E.", "Mae angen llai o gyfalaf ar y gwasanaeth.", False),  # needs less capital
        ("D.", "Option D scored highest in the appraisal.", False),  # it does
    ],
)
def test_a_rationale_claiming_the_top_place_it_lacks(
    option: str, rationale: str, contradicts: bool
) -> None:
    data = recommend(put_right(demo()), option, rationale)
    gaps = review(data)
    if not contradicts:
        assert gaps == []
        return
    [gap] = gaps
    assert (gap.stage, gap.check, gap.severity) == (
        Stage.PACK,
        "rationale_contradicts_ranking",
        Severity.BLOCKER,
    )
    assert gap.record_id == data.recommendation.option_id
    assert "'D. Framework call-off' ranks 1st" in gap.message


def test_a_claim_is_fine_for_an_option_tied_first() -> None:
    data = WorkshopData(
        vision=Vision(problem="p", statement="s"),
        criteria=(Criterion(id="c", name="Fit", weight=1),),
        options=(
            Option(id="a", name="Alpha", shortlisted=True),
            Option(id="b", name="Beta", shortlisted=True),
        ),
        recommendation=Recommendation(option_id="b", rationale="Beta scored highest."),
    )
    # Both unscored: 0 % each, so Beta is first equal although listed second.
    assert "rationale_contradicts_ranking" not in checks(data)


def confidential(data: WorkshopData, kind: str) -> str:
    records = {"option": data.options, "risk": data.risks, "stakeholder": data.stakeholders}
    record = next(r for r in records[kind] if r.confidential)
    return record.name if kind != "risk" else record.title  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["option", "risk", "stakeholder"])
def test_public_text_that_names_a_confidential_record(kind: str) -> None:
    data = put_right(demo())
    name = confidential(data, kind)
    # Another case and a line break inside the name still count.
    spoken = name.upper().replace(" ", "\n", 1)
    data = replace(data, vision=replace(data.vision, statement=f"As {spoken} said, safer streets."))
    [gap] = review(data)
    assert (gap.stage, gap.check, gap.severity) == (
        Stage.PACK,
        "public_text_names_confidential",
        Severity.BLOCKER,
    )
    assert gap.message.startswith(f"The confidential {kind} '")
    assert "is named in the vision statement, which the public version prints" in gap.message


def test_public_text_places_are_named() -> None:
    data = put_right(demo())
    name = confidential(data, "stakeholder")
    data = replace(
        data,
        implications=Implications(legal=f"Advice from {name}."),
        options=tuple(
            replace(o, description=f"{o.description} See {name}.") if o.name.startswith("E.") else o
            for o in data.options
        ),
    )
    messages = [g.message for g in review(data)]
    assert any("named in the option 'E. Managed service" in m for m in messages)
    assert any("named in the legal implications" in m for m in messages)
    assert len(messages) == 2


def test_names_inside_longer_words_and_private_text_are_not_flagged() -> None:
    data = put_right(demo())
    option = next(o for o in data.options if o.confidential)
    first_word = option.name.split()[-1]  # e.g. "share": too common to flag alone
    data = replace(
        data,
        vision=replace(data.vision, statement=f"Streets we {first_word} with everyone."),
        # The confidential option's own description is exempt, not public.
        options=tuple(
            replace(o, description=f"{o.name} again") if o.confidential else o for o in data.options
        ),
    )
    assert review(data) == []


def test_a_confidential_recommendations_rationale_is_not_public_text() -> None:
    data = put_right(demo())
    option = next(o for o in data.options if o.confidential)
    data = replace(
        data,
        options=tuple(
            replace(o, shortlisted=True) if o.id == option.id else o for o in data.options
        ),
        recommendation=Recommendation(option_id=option.id, rationale=f"{option.name} is best."),
    )
    assert "public_text_names_confidential" not in checks(data)
