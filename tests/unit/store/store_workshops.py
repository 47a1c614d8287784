"""Test helpers: a rich workshop with every record kind and every field set."""

from __future__ import annotations

from datetime import date

from smartdesk.domain.enums import (
    ActionStatus,
    AgendaStage,
    DeliveryModel,
    EngagementLevel,
    Financing,
    Language,
    ListeningStatus,
    Nation,
    ParticipantKind,
    ProcurementRoute,
    RoundStatus,
    StakeholderCategory,
    VoteMethod,
    VoteSubject,
    WorkshopStatus,
)
from smartdesk.domain.records import (
    AgendaStep,
    Criterion,
    EngagementAction,
    Implications,
    ListeningLogEntry,
    MaturityDimension,
    NextStep,
    Option,
    Outcome,
    Participant,
    Recommendation,
    Relationship,
    Risk,
    Score,
    Stakeholder,
    Strategy,
    Vision,
    Vote,
    VoteRound,
    WorkshopData,
    WorkshopInfo,
)

LONG_TEXT = ("Lorem ipsum dolor sit amet, Ŵ ŷ â 😀 <b>&amp;</b> ' \" ; -- \n" * 200)[:10_000]
ODD_TEXT = "Caerdydd — “smart” <script>alert(1)</script> 🚦🏙️ ‏עברית‏ \t tab\nline"


def rich_workshop() -> WorkshopData:
    """Every record kind, every field non-default, awkward text included."""
    strategies = (
        Strategy("st-1", "Net zero 2030", "Cabinet", "Cuts lighting energy", True),
        Strategy("st-2", ODD_TEXT, "Digital board", LONG_TEXT, False),
        Strategy("st-3", "Health & care", "ICB", "Falls", True),
    )
    stakeholders = (
        Stakeholder(
            "sh-1",
            "Jo Bloggs",
            "Anytown Council",
            "Head of Highways",
            StakeholderCategory.COUNCIL,
            "jo@anytown.gov.uk",
            "01234 567890",
            8.5,
            9.0,
            2,
            EngagementLevel.INFORM,
            EngagementLevel.COLLABORATE,
            ODD_TEXT,
            True,
        ),
        Stakeholder(
            "sh-2",
            "Cllr Patel",
            "Anytown Council",
            "Portfolio holder",
            StakeholderCategory.ELECTED_MEMBER,
            "patel@anytown.gov.uk",
            "07700 900000",
            10.0,
            3.25,
            -2,
            EngagementLevel.CONSULT,
            EngagementLevel.EMPOWER,
            "n",
            True,
        ),
        Stakeholder(
            "sh-3",
            "Resident A",
            "",
            "Resident",
            StakeholderCategory.RESIDENT,
            "a@example.org",
            "0",
            0.0,
            10.0,
            -1,
            EngagementLevel.INVOLVE,
            EngagementLevel.INVOLVE,
            LONG_TEXT,
            True,
        ),
    )
    options = (
        Option(
            "op-1",
            "Business as usual",
            "Keep going",
            DeliveryModel.IN_HOUSE,
            ProcurementRoute.NONE,
            (Financing.CAPITAL,),
            0.0,
            1000.5,
            0.25,
            10.0,
            True,
            False,
            True,
            "bau",
            True,
        ),
        Option(
            "op-2",
            "Framework call-off 💡",
            ODD_TEXT,
            DeliveryModel.OUTSOURCED,
            ProcurementRoute.FRAMEWORK_CALL_OFF,
            (Financing.GRANT, Financing.PRUDENTIAL_BORROWING, Financing.INVEST_TO_SAVE),
            250_000.0,
            12_000.0,
            40_000.0,
            24.0,
            True,
            True,
            False,
            LONG_TEXT,
            True,
        ),
        Option(
            "op-3",
            "Joint venture",
            "JV",
            DeliveryModel.JOINT_VENTURE,
            ProcurementRoute.COMPETITIVE_FLEXIBLE,
            (Financing.REVENUE_SHARE, Financing.OTHER),
            1e6,
            5e4,
            9e4,
            41.5,
            True,
            False,
            False,
            "jv",
            True,
        ),
    )
    criteria = (
        Criterion("cr-1", "Value for money", "VfM", 40.0),
        Criterion("cr-2", "Deliverability", ODD_TEXT, 35.5),
    )
    scores = tuple(
        Score(option.id, criterion.id, (i + j) % 6, f"because {i}{j} 🙂")
        for i, option in enumerate(options)
        for j, criterion in enumerate(criteria)
    )
    return WorkshopData(
        workshop=WorkshopInfo(
            id="ws-1",
            title="Smart lighting ✨",
            council="Cyngor Sir Ynys Môn",
            initiative=ODD_TEXT,
            facilitator="Sam",
            date=date(2025, 3, 4),
            language=Language.CY,
            nation=Nation.WALES,
            committee="Executive",
            meeting_date=date(2025, 4, 1),
            report_author="Alex",
            report_reference="EX/25/1",
            portfolio_holder="Cllr Jones",
            wards_affected=("Llangefni", "Holyhead"),
            key_decision=True,
            status=WorkshopStatus.FINAL,
            background_papers=("Paper 1", ODD_TEXT),
            appraisal_years=25,
            discount_rate_pct=3.0,
        ),
        vision=Vision(LONG_TEXT, ODD_TEXT, 2035, ("Open data", "Privacy first 🔒")),
        strategies=strategies,
        outcomes=(
            Outcome(
                "oc-1",
                "Energy",
                "kWh",
                "kWh/yr",
                1.5e6,
                9e5,
                date(2030, 3, 31),
                "Energy manager",
                ("st-1", "st-3"),
            ),
            Outcome(
                "oc-2",
                "Falls",
                "falls",
                "count",
                120.0,
                80.0,
                date(2028, 1, 1),
                "ASC",
                ("st-3", "st-2", "st-1"),
            ),
        ),
        maturity=(
            MaturityDimension("ma-1", "Data", 2, 4, "note"),
            MaturityDimension("ma-2", "Leadership", 1, 5, ODD_TEXT),
        ),
        stakeholders=stakeholders,
        relationships=(
            Relationship("re-1", "sh-1", "sh-2", "reports to", 3),
            Relationship("re-2", "sh-3", "sh-1", "complains to", 1),
            Relationship("re-3", "sh-2", "sh-2", "self", 2),
        ),
        engagement_actions=(
            EngagementAction(
                "ea-1",
                ("sh-2", "sh-1"),
                "Briefing",
                "Meeting",
                "Sam",
                date(2025, 5, 1),
                ActionStatus.DONE,
            ),
            EngagementAction(
                "ea-2",
                ("sh-3", "sh-1", "sh-2"),
                "Drop-in",
                "Event",
                "Alex",
                date(2025, 6, 1),
                ActionStatus.CANCELLED,
            ),
        ),
        listening_log=(
            ListeningLogEntry(
                "ll-1",
                date(2025, 3, 5),
                "Drop-in",
                "sh-1",
                "Too bright",
                "Dimmed",
                ListeningStatus.ACTED,
                "op-2",
            ),
            ListeningLogEntry(
                "ll-2",
                date(2025, 3, 6),
                "Email",
                "sh-3",
                ODD_TEXT,
                LONG_TEXT,
                ListeningStatus.DECLINED,
                "op-1",
            ),
        ),
        criteria=criteria,
        options=options,
        scores=scores,
        risks=(
            Risk("ri-1", "Supplier fails", "op-2", 3, 5, "Procurement", "Step-in", True),
            Risk("ri-2", ODD_TEXT, "op-3", 5, 5, "S151", LONG_TEXT, True),
        ),
        recommendation=Recommendation("op-2", ODD_TEXT, ("Approve", "Delegate 🖊️")),
        implications=Implications(
            "fin", "legal", "equality", "climate", "dp", "subsidy", "Cymraeg", LONG_TEXT
        ),
        next_steps=(
            NextStep("ns-1", "Procure", "Alex", date(2025, 9, 1)),
            NextStep("ns-2", ODD_TEXT, "Sam", date(2026, 1, 1)),
        ),
        **room_records(),
    )


def room_records() -> dict[str, tuple[object, ...]]:
    """Participants, agenda, rounds and votes for :func:`rich_workshop` (format 5)."""
    return {
        "participants": (
            Participant(
                "pa-1",
                "Rhian Morgan",
                "Anytown Residents' Forum",
                "Chair",
                StakeholderCategory.COMMUNITY_GROUP,
                ParticipantKind.PERSON,
                "Table 1",
                False,
            ),
            Participant("pa-2", ODD_TEXT, "", "", None, ParticipantKind.TABLE, ODD_TEXT, True),
            Participant("pa-3", "", "", "", None, ParticipantKind.PHONE, "", True),
        ),
        "agenda": (
            AgendaStep("ag-1", "Welcome ☕", AgendaStage.OTHER, 15, "Sam"),
            AgendaStep("ag-2", ODD_TEXT, AgendaStage.OPTIONS, 480, ODD_TEXT),
            AgendaStep("ag-3", "Untimed", AgendaStage.VISION, None, ""),
        ),
        "vote_rounds": (
            VoteRound(
                "vr-1", "Which option?", VoteSubject.OPTIONS, VoteMethod.DOTS, 3, RoundStatus.CLOSED
            ),
            VoteRound(
                "vr-2", ODD_TEXT, VoteSubject.CRITERIA, VoteMethod.POINTS, 100, RoundStatus.OPEN
            ),
        ),
        "votes": (
            Vote("vo-1", "vr-1", "op-2", "pa-1", 2),
            Vote("vo-2", "vr-1", "op-3", "pa-1", 1),
            Vote("vo-3", "vr-1", "op-2", "pa-2", 3),
            Vote("vo-4", "vr-2", "cr-1", "pa-3", 70),
            Vote("vo-5", "vr-2", "cr-2", "pa-3", 30),
        ),
    }
