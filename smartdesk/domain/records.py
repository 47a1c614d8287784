"""The records of a workshop, one class per record kind of the JSON interchange format.

Records are immutable: an edit makes a new record with ``dataclasses.replace``, which
keeps undo simple (the old record *is* the undo state). Field names and defaults are
those of the interchange format; a number the room has not agreed yet is ``None``.
Lists are tuples so a record can never be changed behind the store's back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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

DEFAULT_APPRAISAL_YEARS = 10
DEFAULT_DISCOUNT_RATE_PCT = 3.5  # HM Treasury Green Book social time preference rate


def new_id() -> str:
    """A fresh record identifier (UUID text), unique across machines so files merge."""
    import uuid  # here, not at the top: uuid pulls in platform, which start-up pays for

    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class WorkshopInfo:
    """The workshop itself and the committee report's cover details."""

    id: str
    title: str = ""
    council: str = ""
    initiative: str = ""
    facilitator: str = ""
    date: dt.date | None = None
    language: Language = Language.EN
    nation: Nation = Nation.ENGLAND
    committee: str = ""
    meeting_date: dt.date | None = None
    report_author: str = ""
    report_reference: str = ""
    portfolio_holder: str = ""
    wards_affected: tuple[str, ...] = ()
    key_decision: bool = False
    status: WorkshopStatus = WorkshopStatus.DRAFT
    background_papers: tuple[str, ...] = ()
    appraisal_years: int = DEFAULT_APPRAISAL_YEARS
    discount_rate_pct: float = DEFAULT_DISCOUNT_RATE_PCT
    # The report's contact officer: an official contact, published in both versions.
    contact_officer: str = ""
    contact_title: str = ""
    contact_email: str = ""
    contact_phone: str = ""


@dataclass(frozen=True, slots=True)
class Vision:
    problem: str = ""
    statement: str = ""
    horizon_year: int | None = None
    principles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Strategy:
    """An existing council strategy the initiative serves."""

    id: str
    title: str = ""
    owner: str = ""
    alignment: str = ""
    confidential: bool = False
    exempt_paragraph: str = ""  # "3", "14", "8"; "" = its kind's default (exempt_law)


@dataclass(frozen=True, slots=True)
class Outcome:
    id: str
    title: str = ""
    indicator: str = ""
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    target_date: dt.date | None = None
    owner: str = ""
    strategy_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MaturityDimension:
    """One line of the digital-maturity self-assessment (levels 1-5)."""

    id: str
    dimension: str = ""
    current: int | None = None
    target: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Stakeholder:
    id: str
    name: str = ""
    organisation: str = ""
    role: str = ""
    category: StakeholderCategory | None = None
    email: str = ""
    phone: str = ""
    power: float | None = None
    interest: float | None = None
    attitude: int | None = None
    engagement_current: EngagementLevel | None = None
    engagement_needed: EngagementLevel | None = None
    notes: str = ""
    confidential: bool = False
    exempt_paragraph: str = ""  # "3", "14", "8"; "" = its kind's default (exempt_law)


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    from_id: str | None = None
    to_id: str | None = None
    kind: str = ""
    strength: int | None = None


@dataclass(frozen=True, slots=True)
class EngagementAction:
    id: str
    stakeholder_ids: tuple[str, ...] = ()
    action: str = ""
    method: str = ""
    owner: str = ""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED


@dataclass(frozen=True, slots=True)
class ListeningLogEntry:
    """ "You said, we did": what was heard, and what the council did about it."""

    id: str
    date: dt.date | None = None
    source: str = ""
    stakeholder_id: str | None = None
    said: str = ""
    response: str = ""
    status: ListeningStatus = ListeningStatus.OPEN
    option_id: str | None = None
    confidential: bool = False


@dataclass(frozen=True, slots=True)
class Criterion:
    """A critical success factor options are scored against."""

    id: str
    name: str = ""
    description: str = ""
    weight: float | None = None


@dataclass(frozen=True, slots=True)
class Option:
    """A way to deliver and pay for the initiative."""

    id: str
    name: str = ""
    description: str = ""
    delivery_model: DeliveryModel | None = None
    procurement_route: ProcurementRoute | None = None
    financing: tuple[Financing, ...] = ()
    capital_cost: float | None = None
    annual_cost: float | None = None
    annual_benefit: float | None = None
    optimism_bias_pct: float | None = None
    shortlisted: bool = False
    do_minimum: bool = False
    bau: bool = False
    notes: str = ""
    confidential: bool = False
    exempt_paragraph: str = ""  # "3", "14", "8"; "" = its kind's default (exempt_law)
    rejection_reason: str = ""  # why it was not short-listed, or not chosen
    annual_social_benefit: float | None = None  # GBP a year, monetised, non-cash
    optimism_bias_operating_pct: float | None = None  # None: the same as optimism_bias_pct


@dataclass(frozen=True, slots=True)
class Score:
    """One cell of the scoring matrix; ``score`` None means not scored yet."""

    option_id: str
    criterion_id: str
    score: int | None = None
    rationale: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.option_id, self.criterion_id)


@dataclass(frozen=True, slots=True)
class Risk:
    id: str
    title: str = ""
    option_id: str | None = None
    likelihood: int | None = None
    impact: int | None = None
    owner: str = ""
    mitigation: str = ""
    confidential: bool = False
    exempt_paragraph: str = ""  # "3", "14", "8"; "" = its kind's default (exempt_law)

    @property
    def rating(self) -> int | None:
        """Likelihood x impact (1-25), or None until both are rated."""
        if self.likelihood is None or self.impact is None:
            return None
        return self.likelihood * self.impact


@dataclass(frozen=True, slots=True)
class Recommendation:
    option_id: str | None = None
    rationale: str = ""
    decisions_sought: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Implications:
    financial: str = ""
    legal: str = ""
    equality: str = ""
    climate: str = ""
    data_protection: str = ""
    subsidy_control: str = ""
    welsh_language: str = ""
    wellbeing: str = ""
    human_rights: str = ""
    socio_economic: str = ""
    consultation: str = ""
    s151_officer: str = ""  # comments of the chief finance officer
    monitoring_officer: str = ""


@dataclass(frozen=True, slots=True)
class NextStep:
    id: str
    action: str = ""
    owner: str = ""
    due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    """One voter in the room: a person, a breakout table voting as one, or a phone.

    Name, organisation and role are personal data: ``scrub`` blanks them and the
    public pack only counts participants by category and group.
    """

    id: str
    name: str = ""
    organisation: str = ""
    role: str = ""
    category: StakeholderCategory | None = None
    kind: ParticipantKind = ParticipantKind.PERSON
    group: str = ""  # breakout group
    attended: bool = True


@dataclass(frozen=True, slots=True)
class AgendaStep:
    """One step of the workshop's plan, with its time box (a stage's time box is the
    total of its steps' minutes)."""

    id: str
    title: str = ""
    stage: AgendaStage = AgendaStage.VISION
    minutes: int | None = None  # 1-480; None: not timed
    lead: str = ""


# Points each voter has in a points round unless the facilitator says otherwise.
POINTS_BUDGET = 100


@dataclass(frozen=True, slots=True)
class VoteRound:
    """A question put to the room: share ``budget`` dots or points among the subjects."""

    id: str
    title: str = ""
    subject: VoteSubject = VoteSubject.OPTIONS
    method: VoteMethod = VoteMethod.POINTS
    budget: int = POINTS_BUDGET
    status: RoundStatus = RoundStatus.OPEN


@dataclass(frozen=True, slots=True)
class Vote:
    """The dots or points one participant gave one subject in one round."""

    id: str
    round_id: str = ""
    subject_id: str = ""
    participant_id: str = ""
    points: int = 1


# Collection name in the interchange format -> record class, in document order.
COLLECTIONS: dict[str, type] = {
    "strategies": Strategy,
    "outcomes": Outcome,
    "maturity": MaturityDimension,
    "stakeholders": Stakeholder,
    "relationships": Relationship,
    "engagement_actions": EngagementAction,
    "listening_log": ListeningLogEntry,
    "criteria": Criterion,
    "options": Option,
    "scores": Score,
    "risks": Risk,
    "next_steps": NextStep,
    "participants": Participant,
    "agenda": AgendaStep,
    "vote_rounds": VoteRound,
    "votes": Vote,
}


@dataclass(frozen=True, slots=True)
class WorkshopData:
    """A whole workshop: everything one ``.smartdesk`` file or one JSON document holds.

    Collections keep the room's order.
    """

    workshop: WorkshopInfo = field(default_factory=lambda: WorkshopInfo(id=new_id()))
    vision: Vision = field(default_factory=Vision)
    strategies: tuple[Strategy, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    maturity: tuple[MaturityDimension, ...] = ()
    stakeholders: tuple[Stakeholder, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    engagement_actions: tuple[EngagementAction, ...] = ()
    listening_log: tuple[ListeningLogEntry, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    options: tuple[Option, ...] = ()
    scores: tuple[Score, ...] = ()
    risks: tuple[Risk, ...] = ()
    recommendation: Recommendation = field(default_factory=Recommendation)
    implications: Implications = field(default_factory=Implications)
    next_steps: tuple[NextStep, ...] = ()
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaStep, ...] = ()
    vote_rounds: tuple[VoteRound, ...] = ()
    votes: tuple[Vote, ...] = ()
