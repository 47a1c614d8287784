"""Enumerations of the workshop, with the exact values of the JSON interchange format.

Each enumeration's value is the text stored in the workshop file and written to JSON;
``label`` is the plain-English name shown to people.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        """Plain-English name, e.g. ``northern_ireland`` -> ``Northern Ireland``."""
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())


class Nation(_Labelled):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


class Language(_Labelled):
    EN = "en"
    CY = "cy"


class WorkshopStatus(_Labelled):
    DRAFT = "draft"
    FINAL = "final"


class StakeholderCategory(_Labelled):
    COUNCIL = "council"
    ELECTED_MEMBER = "elected_member"
    RESIDENT = "resident"
    COMMUNITY_GROUP = "community_group"
    BUSINESS = "business"
    PUBLIC_SECTOR = "public_sector"
    SUPPLIER = "supplier"
    ACADEMIC = "academic"
    OTHER = "other"


class EngagementLevel(_Labelled):
    """IAP2 spectrum of public participation, in increasing order of influence."""

    INFORM = "inform"
    CONSULT = "consult"
    INVOLVE = "involve"
    COLLABORATE = "collaborate"
    EMPOWER = "empower"

    @property
    def rank(self) -> int:
        """Position on the spectrum: inform 0 ... empower 4."""
        return list(EngagementLevel).index(self)


class ActionStatus(_Labelled):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class ListeningStatus(_Labelled):
    OPEN = "open"
    ACTED = "acted"
    DECLINED = "declined"


class DeliveryModel(_Labelled):
    IN_HOUSE = "in_house"
    OUTSOURCED = "outsourced"
    PARTNERSHIP = "partnership"
    SHARED_SERVICE = "shared_service"
    JOINT_VENTURE = "joint_venture"
    CONCESSION = "concession"
    OTHER = "other"


class ProcurementRoute(_Labelled):
    NONE = "none"
    OPEN_PROCEDURE = "open_procedure"
    COMPETITIVE_FLEXIBLE = "competitive_flexible"
    FRAMEWORK_CALL_OFF = "framework_call_off"
    DYNAMIC_MARKET = "dynamic_market"
    DIRECT_AWARD = "direct_award"
    PRE_COMMERCIAL = "pre_commercial"
    RESTRICTED_PROCEDURE = "restricted_procedure"
    COMPETITIVE_DIALOGUE = "competitive_dialogue"
    COMPETITIVE_NEGOTIATION = "competitive_negotiation"
    INNOVATION_PARTNERSHIP = "innovation_partnership"
    OTHER = "other"


class Financing(_Labelled):
    CAPITAL = "capital"
    GRANT = "grant"
    PRUDENTIAL_BORROWING = "prudential_borrowing"
    INVEST_TO_SAVE = "invest_to_save"
    OUTCOME_BASED = "outcome_based"
    REVENUE_SHARE = "revenue_share"
    PRIVATE_FINANCE = "private_finance"
    OTHER = "other"


class ParticipantKind(_Labelled):
    """Who one voter is: a person, a breakout table voting as one, or a phone."""

    PERSON = "person"
    TABLE = "table"
    PHONE = "phone"


class AgendaStage(_Labelled):
    """The workshop stage an agenda step belongs to (``other``: breaks, welcome...)."""

    VISION = "vision"
    STAKEHOLDERS = "stakeholders"
    OPTIONS = "options"
    BRIEFING = "briefing"
    OTHER = "other"


class VoteSubject(_Labelled):
    """What a vote round asks the room to choose between."""

    OPTIONS = "options"
    CRITERIA = "criteria"
    OUTCOMES = "outcomes"


class VoteMethod(_Labelled):
    """Dots (N each, several allowed on one subject) or points (100 each, by default)."""

    DOTS = "dots"
    POINTS = "points"


class RoundStatus(_Labelled):
    OPEN = "open"
    CLOSED = "closed"


_LABELS: dict[str, str] = {
    "northern_ireland": "Northern Ireland",
    "en": "English",
    "cy": "Welsh (Cymraeg)",
    "in_house": "In-house",
    "none": "None (in-house)",
    "competitive_flexible": "Competitive flexible procedure",
    "open_procedure": "Open procedure",
    "framework_call_off": "Framework call-off",
    "dynamic_market": "Dynamic market",
    "pre_commercial": "Pre-commercial procurement",
    "invest_to_save": "Invest to save",
    "outcome_based": "Outcome-based payment",
    "prudential_borrowing": "Prudential borrowing",
    "briefing": "Briefing pack",
}

# Procurement routes each nation's law offers (docs/json-format.md, ``procurement_route``):
# the Procurement Act 2023 in England, Wales and Northern Ireland; the Public
# Contracts (Scotland) Regulations 2015 in Scotland.
_COMMON_ROUTES = frozenset(
    {
        ProcurementRoute.NONE,
        ProcurementRoute.FRAMEWORK_CALL_OFF,
        ProcurementRoute.DIRECT_AWARD,
        ProcurementRoute.PRE_COMMERCIAL,
        ProcurementRoute.OPEN_PROCEDURE,
        ProcurementRoute.OTHER,
        ProcurementRoute.DYNAMIC_MARKET,
    }
)
_PROCUREMENT_ACT_ROUTES = _COMMON_ROUTES | {ProcurementRoute.COMPETITIVE_FLEXIBLE}
_SCOTTISH_ROUTES = _COMMON_ROUTES | {
    ProcurementRoute.RESTRICTED_PROCEDURE,
    ProcurementRoute.COMPETITIVE_DIALOGUE,
    ProcurementRoute.COMPETITIVE_NEGOTIATION,
    ProcurementRoute.INNOVATION_PARTNERSHIP,
}


def routes_for_nation(nation: Nation) -> tuple[ProcurementRoute, ...]:
    """The procurement routes open to a council of ``nation``, in enumeration order."""
    allowed = _SCOTTISH_ROUTES if nation is Nation.SCOTLAND else _PROCUREMENT_ACT_ROUTES
    return tuple(route for route in ProcurementRoute if route in allowed)
