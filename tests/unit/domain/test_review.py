"""Readiness checks for committee (smartdesk.domain.review).

Each check is shown firing on a workshop broken in one way, and not firing on the
same workshop put right.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from smartdesk import exempt_law
from smartdesk.domain.enums import (
    ActionStatus,
    EngagementLevel,
    ListeningStatus,
    Nation,
    ProcurementRoute,
)
from smartdesk.domain.records import (
    Criterion,
    EngagementAction,
    ListeningLogEntry,
    Option,
    Outcome,
    Recommendation,
    Risk,
    Score,
    Stakeholder,
    Strategy,
    Vision,
    WorkshopData,
    WorkshopInfo,
)
from smartdesk.domain.review import Gap, Severity, Stage, review, review_report, review_text

SHORTLIST = ("bau", "dm", "x", "y")


def ready() -> WorkshopData:
    """A small workshop with nothing left to do."""
    options = (
        Option(id="bau", name="Business as usual", shortlisted=True, bau=True),
        Option(id="dm", name="Do minimum", shortlisted=True, do_minimum=True),
        Option(
            id="x",
            name="Framework call-off",
            shortlisted=True,
            procurement_route=ProcurementRoute.FRAMEWORK_CALL_OFF,
        ),
        Option(id="y", name="Shared service", shortlisted=True),
        Option(
            id="z",
            name="Concession",
            procurement_route=ProcurementRoute.COMPETITIVE_FLEXIBLE,
        ),
    )
    return WorkshopData(
        workshop=WorkshopInfo(id="w", nation=Nation.ENGLAND),
        vision=Vision(
            problem="A third of streetlights fail each winter.",
            statement="Safer, greener streets by 2030.",
            horizon_year=2030,
        ),
        outcomes=(
            Outcome(
                id="o1",
                title="Fewer streetlight faults",
                baseline=120,
                target=60,
                target_date=date(2030, 3, 31),
                owner="Head of Highways",
            ),
        ),
        stakeholders=(
            Stakeholder(
                id="s1",
                name="Cabinet member for Environment",
                power=5,
                engagement_current=EngagementLevel.CONSULT,
                engagement_needed=EngagementLevel.COLLABORATE,
            ),
            Stakeholder(id="s2", name="Residents' forum", power=2),
        ),
        engagement_actions=(EngagementAction(id="a1", stakeholder_ids=("s1",), action="Briefing"),),
        listening_log=(
            ListeningLogEntry(id="l1", said="Lights too bright", status=ListeningStatus.ACTED),
        ),
        criteria=(
            Criterion(id="c1", name="Strategic fit", weight=1),
            Criterion(id="c2", name="Cost", weight=2),
        ),
        options=options,
        scores=tuple(Score(o, c, 3) for o in SHORTLIST for c in ("c1", "c2")),
        risks=(
            Risk(id="r1", title="Supplier failure", likelihood=5, impact=3, mitigation="Escrow"),
        ),
        recommendation=Recommendation(option_id="x"),
    )


def checks(data: WorkshopData) -> list[str]:
    return [gap.check for gap in review(data)]


def only(data: WorkshopData) -> Gap:
    [gap] = review(data)
    return gap


def test_the_ready_workshop_has_no_gaps() -> None:
    assert review(ready()) == []
    assert review_report(ready()) == {"ready": True, "gaps": []}
    assert review_text(ready()) == "Ready for committee: no gaps found."


# --- vision -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"owner": " "}, "owner"),
        ({"target": None}, "target"),
        ({"target_date": None}, "target date"),
        ({"owner": "", "target": None, "target_date": None}, "owner, target and target date"),
    ],
)
def test_outcome_without_owner_target_or_date(change: dict[str, object], missing: str) -> None:
    data = ready()
    data = replace(data, outcomes=(replace(data.outcomes[0], **change),))  # type: ignore[arg-type]
    gap = only(data)
    assert (gap.stage, gap.check, gap.record_id) == (Stage.VISION, "outcome_incomplete", "o1")
    assert gap.message == f"Outcome 'Fewer streetlight faults' has no {missing}."


def test_outcome_named_by_indicator_when_untitled() -> None:
    data = ready()
    data = replace(
        data, outcomes=(replace(data.outcomes[0], title="", indicator="Faults", owner=""),)
    )
    assert "'Faults'" in only(data).message


def test_outcome_target_equal_to_baseline() -> None:
    data = ready()
    data = replace(data, outcomes=(replace(data.outcomes[0], target=120.0),))
    gap = only(data)
    assert gap.check == "outcome_target_is_baseline"
    assert gap.message == (
        "Outcome 'Fewer streetlight faults' has a target equal to its baseline (120), "
        "so it measures no change."
    )


# --- stakeholders -----------------------------------------------------------------


def test_high_power_stakeholder_without_action() -> None:
    data = replace(ready(), engagement_actions=())
    # s1 is high power (5 counts as high) and also needs a plan to move up the spectrum.
    assert checks(data) == ["high_power_no_action", "engagement_gap_no_plan"]
    gap = review(data)[0]
    assert gap.record_id == "s1"
    assert gap.message == (
        "Stakeholder 'Cabinet member for Environment' has high influence (5 of 10) "
        "but no engagement action."
    )


def test_power_just_below_five_is_not_high() -> None:
    data = ready()
    s1 = replace(data.stakeholders[0], power=4.99, engagement_needed=EngagementLevel.CONSULT)
    data = replace(data, stakeholders=(s1, data.stakeholders[1]), engagement_actions=())
    assert review(data) == []


def test_a_cancelled_action_does_not_count() -> None:
    data = ready()
    cancelled = replace(data.engagement_actions[0], status=ActionStatus.CANCELLED)
    data = replace(data, engagement_actions=(cancelled,))
    assert checks(data) == ["high_power_no_action", "engagement_gap_no_plan"]


def test_engagement_gap_needs_a_planned_action_not_a_done_one() -> None:
    data = ready()
    done = replace(data.engagement_actions[0], status=ActionStatus.DONE)
    data = replace(data, engagement_actions=(done,))
    gap = only(data)
    assert (gap.check, gap.record_id) == ("engagement_gap_no_plan", "s1")
    assert gap.message == (
        "Stakeholder 'Cabinet member for Environment' needs to move from 'consult' to "
        "'collaborate' but no engagement action is planned."
    )


def test_engagement_gap_for_a_low_power_stakeholder() -> None:
    data = ready()
    s2 = replace(
        data.stakeholders[1],
        engagement_current=EngagementLevel.INFORM,
        engagement_needed=EngagementLevel.INVOLVE,
    )
    data = replace(data, stakeholders=(data.stakeholders[0], s2))
    assert (only(data).check, only(data).record_id) == ("engagement_gap_no_plan", "s2")
    planned = EngagementAction(id="a2", stakeholder_ids=("s2",))
    assert review(replace(data, engagement_actions=(*data.engagement_actions, planned))) == []


def test_levels_at_or_above_need_or_unknown_are_not_gaps() -> None:
    data = ready()
    for current, needed in (
        (EngagementLevel.EMPOWER, EngagementLevel.INVOLVE),
        (EngagementLevel.INVOLVE, EngagementLevel.INVOLVE),
        (None, EngagementLevel.EMPOWER),
        (EngagementLevel.INFORM, None),
    ):
        s2 = replace(data.stakeholders[1], engagement_current=current, engagement_needed=needed)
        assert review(replace(data, stakeholders=(data.stakeholders[0], s2))) == []


def test_listening_log_item_still_open() -> None:
    data = ready()
    entry = replace(data.listening_log[0], status=ListeningStatus.OPEN, source="Ward surgery")
    gap = only(replace(data, listening_log=(entry,)))
    assert (gap.stage, gap.check, gap.record_id) == (Stage.STAKEHOLDERS, "listening_open", "l1")
    assert gap.message == (
        "Listening-log item 'Lights too bright' from Ward surgery is still open: "
        "say what was done or why not."
    )
    declined = replace(entry, status=ListeningStatus.DECLINED)
    assert review(replace(data, listening_log=(declined,))) == []


def test_long_listening_text_is_shortened() -> None:
    entry = ListeningLogEntry(id="l9", said="word " * 40)
    gap = only(replace(ready(), listening_log=(entry,)))
    assert "'word word" in gap.message
    assert "word…'" in gap.message
    assert len(gap.message) < 140
    unbroken = only(replace(ready(), listening_log=(ListeningLogEntry(id="l8", said="x" * 99),)))
    assert "'" + "x" * 59 + "…'" in unbroken.message


# --- delivery options -------------------------------------------------------------


def unlist(data: WorkshopData, option_id: str) -> WorkshopData:
    return replace(
        data,
        options=tuple(
            replace(o, shortlisted=False, bau=False, do_minimum=False) if o.id == option_id else o
            for o in data.options
        ),
    )


def test_short_list_without_business_as_usual() -> None:
    data = ready()
    data = replace(data, options=tuple(replace(o, bau=False) for o in data.options))
    gap = only(data)
    assert (gap.stage, gap.check, gap.severity) == (
        Stage.OPTIONS,
        "shortlist_no_bau",
        Severity.BLOCKER,
    )
    assert gap.message == "The short list has no business-as-usual option to compare against."


def test_short_list_without_do_minimum() -> None:
    data = ready()
    data = replace(data, options=tuple(replace(o, do_minimum=False) for o in data.options))
    assert checks(data) == ["shortlist_no_do_minimum"]


def test_bau_and_do_minimum_must_be_on_the_short_list() -> None:
    data = ready()
    # Flags on an option that is not short-listed do not count.
    data = replace(
        data,
        options=tuple(
            replace(o, shortlisted=False) if o.id in ("bau", "dm") else o for o in data.options
        ),
    )
    assert checks(data)[:3] == ["shortlist_no_bau", "shortlist_no_do_minimum", "shortlist_too_few"]


def test_one_option_may_be_both_bau_and_do_minimum() -> None:
    data = ready()
    data = replace(
        data,
        options=(
            *(replace(o, do_minimum=o.id == "bau") for o in data.options),
            Option(id="extra", name="Extra", shortlisted=True),
        ),
        scores=(*data.scores, Score("extra", "c1", 1), Score("extra", "c2", 1)),
    )
    assert review(data) == []


def test_fewer_than_four_options() -> None:
    data = unlist(ready(), "y")
    gap = only(data)
    assert gap.check == "shortlist_too_few"
    assert gap.message == (
        "The short list has 3 options; the Green Book expects at least 4, including "
        "business as usual and do minimum."
    )


def test_unscored_cells_name_the_option_and_criteria() -> None:
    data = ready()
    # x's Cost cell has a record with no score yet; y has no score records at all.
    scores = [s for s in data.scores if s.option_id != "y" and s.key != ("x", "c2")]
    data = replace(data, scores=(*scores, Score("x", "c2", None)))
    gaps = review(data)
    assert [(g.check, g.record_id) for g in gaps] == [("unscored", "x"), ("unscored", "y")]
    assert gaps[0].message == "Option 'Framework call-off' is not scored on Cost."
    assert gaps[1].message == "Option 'Shared service' is not scored on Strategic fit and Cost."


def test_long_listed_options_need_no_scores() -> None:
    data = ready()
    assert all(s.option_id != "z" for s in data.scores)
    assert review(data) == []


def test_all_weights_zero() -> None:
    data = ready()
    data = replace(
        data,
        criteria=tuple(replace(c, weight=w) for c, w in zip(data.criteria, (0, None), strict=True)),
    )
    gap = only(data)
    assert gap.check == "weights_all_zero"
    assert gap.message == "Every criterion has a weight of 0, so every option scores 0 %."


def test_no_criteria() -> None:
    data = replace(ready(), criteria=(), scores=())
    assert checks(data) == ["no_criteria"]


def test_very_high_risk_without_mitigation() -> None:
    data = ready()
    risk = replace(data.risks[0], mitigation="  ")
    gap = only(replace(data, risks=(risk,)))
    assert (gap.check, gap.record_id) == ("risk_unmitigated", "r1")
    assert gap.message == "Risk 'Supplier failure' is rated 15 but has no mitigation."
    # Rated 12: high, not very high, so no mitigation is demanded.
    assert review(replace(data, risks=(replace(risk, likelihood=4, impact=3),))) == []


def test_unrated_risk_is_not_a_very_high_risk() -> None:
    data = replace(ready(), risks=(Risk(id="r2", title="Unknown", likelihood=5),))
    assert review(data) == []


@pytest.mark.parametrize(
    ("nation", "route", "law"),
    [
        (Nation.ENGLAND, ProcurementRoute.RESTRICTED_PROCEDURE, "the Procurement Act 2023"),
        (Nation.WALES, ProcurementRoute.COMPETITIVE_DIALOGUE, "the Procurement Act 2023"),
        (
            Nation.SCOTLAND,
            ProcurementRoute.COMPETITIVE_FLEXIBLE,
            "the Public Contracts (Scotland) Regulations 2015",
        ),
    ],
)
def test_procurement_route_not_of_the_nation(
    nation: Nation, route: ProcurementRoute, law: str
) -> None:
    data = ready()
    data = replace(
        data,
        workshop=replace(data.workshop, nation=nation),
        options=tuple(
            replace(o, procurement_route=route if o.id == "x" else None) for o in data.options
        ),
    )
    gap = only(data)
    assert (gap.check, gap.record_id) == ("route_not_for_nation", "x")
    assert gap.message == (
        f"Option 'Framework call-off' uses the route '{route.label}', which {law} does not "
        f"offer to councils in {nation.label}."
    )


def test_scottish_routes_are_fine_in_scotland() -> None:
    data = ready()
    data = replace(
        data,
        workshop=replace(data.workshop, nation=Nation.SCOTLAND),
        options=tuple(
            replace(o, procurement_route=ProcurementRoute.INNOVATION_PARTNERSHIP)
            for o in data.options
        ),
    )
    assert review(data) == []


# --- briefing pack ----------------------------------------------------------------


def test_no_recommendation() -> None:
    gap = only(replace(ready(), recommendation=Recommendation()))
    assert (gap.stage, gap.check, gap.record_id) == (Stage.PACK, "no_recommendation", None)
    assert gap.message == "No option is recommended to the committee."
    dangling = Recommendation(option_id="deleted")
    assert checks(replace(ready(), recommendation=dangling)) == ["no_recommendation"]


def test_recommendation_not_on_the_short_list() -> None:
    gap = only(replace(ready(), recommendation=Recommendation(option_id="z")))
    assert (gap.check, gap.record_id) == ("recommendation_not_shortlisted", "z")
    assert gap.message == "The recommended option 'Concession' is not on the short list."


# --- report and text --------------------------------------------------------------


def broken() -> WorkshopData:
    data = ready()
    return replace(
        data,
        outcomes=(replace(data.outcomes[0], owner=""),),
        recommendation=Recommendation(),
    )


def test_review_report_shape() -> None:
    report = review_report(broken())
    assert json.loads(json.dumps(report)) == report
    assert report == {
        "ready": False,
        "gaps": [
            {
                "stage": "vision",
                "check": "outcome_incomplete",
                "severity": "warning",
                "message": "Outcome 'Fewer streetlight faults' has no owner.",
                "record_id": "o1",
            },
            {
                "stage": "pack",
                "check": "no_recommendation",
                "severity": "blocker",
                "message": "No option is recommended to the committee.",
                "record_id": None,
            },
        ],
    }


def test_review_text_groups_by_stage_and_marks_blockers() -> None:
    assert review_text(broken()) == (
        "Not ready for committee: 2 gaps (1 to fix first, marked !; 1 to finish).\n"
        "\n"
        "Vision\n"
        "  - Outcome 'Fewer streetlight faults' has no owner.\n"
        "\n"
        "Briefing pack\n"
        "  ! No option is recommended to the committee."
    )


def _welsh_paragraphs() -> WorkshopData:
    """The ready workshop in Wales, one record of each kind naming a Welsh paragraph."""
    data = ready()
    return replace(
        data,
        workshop=replace(data.workshop, nation=Nation.WALES),
        strategies=(Strategy(id="st", title="Land disposal strategy", exempt_paragraph="16"),),
        stakeholders=(replace(data.stakeholders[0], exempt_paragraph="12"), data.stakeholders[1]),
        options=tuple(
            replace(o, exempt_paragraph="14") if o.id == "y" else o for o in data.options
        ),
        risks=(replace(data.risks[0], exempt_paragraph="18"),),
    )


def test_a_paragraph_the_nation_has_is_no_gap() -> None:
    assert review(_welsh_paragraphs(), paragraphs=exempt_law.paragraphs) == []


def test_each_paragraph_left_behind_by_a_change_of_nation_is_named() -> None:
    welsh = _welsh_paragraphs()
    data = replace(welsh, workshop=replace(welsh.workshop, nation=Nation.ENGLAND))
    gaps = review(data, paragraphs=exempt_law.paragraphs)
    assert [(g.stage, g.check, g.severity, g.record_id) for g in gaps] == [
        (Stage.VISION, "exempt_paragraph_not_in_law", Severity.BLOCKER, "st"),
        (Stage.STAKEHOLDERS, "exempt_paragraph_not_in_law", Severity.BLOCKER, "s1"),
        (Stage.OPTIONS, "exempt_paragraph_not_in_law", Severity.BLOCKER, "y"),
        (Stage.OPTIONS, "exempt_paragraph_not_in_law", Severity.BLOCKER, "r1"),
    ]
    assert gaps[0].message == (
        "Strategy 'Land disposal strategy' names exempt paragraph 16, which the law in "
        "England does not have: its paragraphs are 1, 2, 3, 4, 5, 6 and 7. Choose one of "
        "them, or leave it blank for the usual paragraph for a strategy."
    )
    assert gaps[2].message.startswith("Option 'Shared service' names exempt paragraph 14,")
    assert gaps[2].message.endswith("the usual paragraph for an option.")
    assert "'Supplier failure' names exempt paragraph 18" in gaps[3].message
    # Scotland has paragraphs 1-15: only 16 and 18 are left behind there.
    scottish = replace(welsh, workshop=replace(welsh.workshop, nation=Nation.SCOTLAND))
    left = review(scottish, paragraphs=exempt_law.paragraphs)
    assert [g.record_id for g in left if g.check == "exempt_paragraph_not_in_law"] == ["st", "r1"]
    # The text and JSON reports carry the same gaps.
    report = review_report(data, paragraphs=exempt_law.paragraphs)
    assert [g["check"] for g in report["gaps"]] == ["exempt_paragraph_not_in_law"] * 4
    assert gaps[1].message in review_text(data, paragraphs=exempt_law.paragraphs)
