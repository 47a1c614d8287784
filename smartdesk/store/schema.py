"""The layout of a ``.smartdesk`` file at the current schema version.

One table per record kind. Collections keep the room's order in a ``position``
column (0 = first, always dense); the single-row tables (workshop, vision,
recommendation, implications) have a ``one`` key that can only be 1. Lists of ids
live in link tables so SQLite enforces their foreign keys, and an option's
financing lives in a child table too: that way each value is checked against the
enumeration and the list keeps its order, which a JSON text column could not
guarantee. Plain string lists (principles, wards, papers, decisions sought) are JSON
text: nothing refers to them. One more single-row table, ``instance``, names this copy
of the file (``store.instance``); it is no record and is never exported.

Dates are ISO text, enumerations their value text, booleans 0/1. SQLite enforces what
is cheap and never in doubt: unique ids, foreign keys, enumeration values, booleans,
dense-list positions >= 0, and the fixed integer scales (attitude -2..2, score 0-5,
likelihood and impact 1-5). Everything else (power/interest ranges, one BAU option,
...) is the domain validation's job, so a rule can change without a migration.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

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

SCHEMA_VERSION = 5
# "SMDS": lets `file`-like tools and SmartDesk itself tell a workshop from any
# other SQLite database.
APPLICATION_ID = 0x534D4453
BUSY_TIMEOUT_MS = 5000


def _one_of(column: str, enum: type[StrEnum], *, nullable: bool = False) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum)
    test = f"{column} IN ({values})"
    return f"CHECK ({column} IS NULL OR {test})" if nullable else f"CHECK ({test})"


def _flag(column: str) -> str:
    return f"{column} INTEGER NOT NULL DEFAULT 0 CHECK ({column} IN (0, 1))"


def _between(column: str, low: float, high: float) -> str:
    return f"CHECK ({column} IS NULL OR {column} BETWEEN {low} AND {high})"


_SINGLE_ROW = "one INTEGER PRIMARY KEY CHECK (one = 1)"
_POSITION = "position INTEGER NOT NULL CHECK (position >= 0)"

# Table name -> CREATE TABLE statement, parents before children.
TABLES: dict[str, str] = {
    "workshop": f"""CREATE TABLE workshop (
    {_SINGLE_ROW},
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    council TEXT NOT NULL DEFAULT '',
    initiative TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    date TEXT,
    language TEXT NOT NULL DEFAULT 'en' {_one_of("language", Language)},
    nation TEXT NOT NULL DEFAULT 'england' {_one_of("nation", Nation)},
    committee TEXT NOT NULL DEFAULT '',
    meeting_date TEXT,
    report_author TEXT NOT NULL DEFAULT '',
    report_reference TEXT NOT NULL DEFAULT '',
    portfolio_holder TEXT NOT NULL DEFAULT '',
    wards_affected TEXT NOT NULL DEFAULT '[]',
    {_flag("key_decision")},
    status TEXT NOT NULL DEFAULT 'draft' {_one_of("status", WorkshopStatus)},
    background_papers TEXT NOT NULL DEFAULT '[]',
    appraisal_years INTEGER NOT NULL DEFAULT 10,
    discount_rate_pct REAL NOT NULL DEFAULT 3.5,
    contact_officer TEXT NOT NULL DEFAULT '',
    contact_title TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT ''
)""",
    "vision": f"""CREATE TABLE vision (
    {_SINGLE_ROW},
    problem TEXT NOT NULL DEFAULT '',
    statement TEXT NOT NULL DEFAULT '',
    horizon_year INTEGER,
    principles TEXT NOT NULL DEFAULT '[]'
)""",
    "strategies": f"""CREATE TABLE strategies (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    title TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    alignment TEXT NOT NULL DEFAULT '',
    {_flag("confidential")},
    exempt_paragraph TEXT NOT NULL DEFAULT ''
)""",
    "outcomes": f"""CREATE TABLE outcomes (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    title TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL,
    target_date TEXT,
    owner TEXT NOT NULL DEFAULT ''
)""",
    "outcome_strategies": f"""CREATE TABLE outcome_strategies (
    outcome_id TEXT NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    {_POSITION},
    PRIMARY KEY (outcome_id, strategy_id)
)""",
    "maturity": f"""CREATE TABLE maturity (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    dimension TEXT NOT NULL DEFAULT '',
    current INTEGER,
    target INTEGER,
    note TEXT NOT NULL DEFAULT ''
)""",
    "stakeholders": f"""CREATE TABLE stakeholders (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    category TEXT {_one_of("category", StakeholderCategory, nullable=True)},
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    power REAL,
    interest REAL,
    attitude INTEGER {_between("attitude", -2, 2)},
    engagement_current TEXT {_one_of("engagement_current", EngagementLevel, nullable=True)},
    engagement_needed TEXT {_one_of("engagement_needed", EngagementLevel, nullable=True)},
    notes TEXT NOT NULL DEFAULT '',
    {_flag("confidential")},
    exempt_paragraph TEXT NOT NULL DEFAULT ''
)""",
    "relationships": f"""CREATE TABLE relationships (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    from_id TEXT REFERENCES stakeholders(id) ON DELETE CASCADE,
    to_id TEXT REFERENCES stakeholders(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT '',
    strength INTEGER
)""",
    "engagement_actions": f"""CREATE TABLE engagement_actions (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    action TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL DEFAULT 'planned' {_one_of("status", ActionStatus)}
)""",
    "action_stakeholders": f"""CREATE TABLE action_stakeholders (
    action_id TEXT NOT NULL REFERENCES engagement_actions(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    {_POSITION},
    PRIMARY KEY (action_id, stakeholder_id)
)""",
    "criteria": f"""CREATE TABLE criteria (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    weight REAL
)""",
    "options": f"""CREATE TABLE options (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    delivery_model TEXT {_one_of("delivery_model", DeliveryModel, nullable=True)},
    procurement_route TEXT {_one_of("procurement_route", ProcurementRoute, nullable=True)},
    capital_cost REAL,
    annual_cost REAL,
    annual_benefit REAL,
    optimism_bias_pct REAL,
    {_flag("shortlisted")},
    {_flag("do_minimum")},
    {_flag("bau")},
    notes TEXT NOT NULL DEFAULT '',
    {_flag("confidential")},
    exempt_paragraph TEXT NOT NULL DEFAULT '',
    rejection_reason TEXT NOT NULL DEFAULT '',
    annual_social_benefit REAL,
    optimism_bias_operating_pct REAL
)""",
    "option_financing": f"""CREATE TABLE option_financing (
    option_id TEXT NOT NULL REFERENCES options(id) ON DELETE CASCADE,
    financing TEXT NOT NULL {_one_of("financing", Financing)},
    {_POSITION},
    PRIMARY KEY (option_id, financing)
)""",
    "listening_log": f"""CREATE TABLE listening_log (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    date TEXT,
    source TEXT NOT NULL DEFAULT '',
    stakeholder_id TEXT REFERENCES stakeholders(id) ON DELETE SET NULL,
    said TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' {_one_of("status", ListeningStatus)},
    option_id TEXT REFERENCES options(id) ON DELETE SET NULL,
    {_flag("confidential")}
)""",
    "scores": f"""CREATE TABLE scores (
    option_id TEXT NOT NULL REFERENCES options(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    {_POSITION},
    score INTEGER {_between("score", 0, 5)},
    rationale TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (option_id, criterion_id)
)""",
    "risks": f"""CREATE TABLE risks (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    title TEXT NOT NULL DEFAULT '',
    option_id TEXT REFERENCES options(id) ON DELETE SET NULL,
    likelihood INTEGER {_between("likelihood", 1, 5)},
    impact INTEGER {_between("impact", 1, 5)},
    owner TEXT NOT NULL DEFAULT '',
    mitigation TEXT NOT NULL DEFAULT '',
    {_flag("confidential")},
    exempt_paragraph TEXT NOT NULL DEFAULT ''
)""",
    "recommendation": f"""CREATE TABLE recommendation (
    {_SINGLE_ROW},
    option_id TEXT REFERENCES options(id) ON DELETE SET NULL,
    rationale TEXT NOT NULL DEFAULT '',
    decisions_sought TEXT NOT NULL DEFAULT '[]'
)""",
    "implications": f"""CREATE TABLE implications (
    {_SINGLE_ROW},
    financial TEXT NOT NULL DEFAULT '',
    legal TEXT NOT NULL DEFAULT '',
    equality TEXT NOT NULL DEFAULT '',
    climate TEXT NOT NULL DEFAULT '',
    data_protection TEXT NOT NULL DEFAULT '',
    subsidy_control TEXT NOT NULL DEFAULT '',
    welsh_language TEXT NOT NULL DEFAULT '',
    wellbeing TEXT NOT NULL DEFAULT '',
    human_rights TEXT NOT NULL DEFAULT '',
    socio_economic TEXT NOT NULL DEFAULT '',
    consultation TEXT NOT NULL DEFAULT '',
    s151_officer TEXT NOT NULL DEFAULT '',
    monitoring_officer TEXT NOT NULL DEFAULT ''
)""",
    "next_steps": f"""CREATE TABLE next_steps (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    action TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT
)""",
    # The room (format 5): who took part, the plan, vote rounds and votes.
    "participants": f"""CREATE TABLE participants (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    category TEXT {_one_of("category", StakeholderCategory, nullable=True)},
    kind TEXT NOT NULL DEFAULT 'person' {_one_of("kind", ParticipantKind)},
    "group" TEXT NOT NULL DEFAULT '',
    attended INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1))
)""",
    "agenda": f"""CREATE TABLE agenda (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    title TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT 'vision' {_one_of("stage", AgendaStage)},
    minutes INTEGER {_between("minutes", 1, 480)},
    lead TEXT NOT NULL DEFAULT ''
)""",
    "vote_rounds": f"""CREATE TABLE vote_rounds (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    title TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT 'options' {_one_of("subject", VoteSubject)},
    method TEXT NOT NULL DEFAULT 'points' {_one_of("method", VoteMethod)},
    budget INTEGER NOT NULL DEFAULT 100 CHECK (budget >= 1),
    status TEXT NOT NULL DEFAULT 'open' {_one_of("status", RoundStatus)}
)""",
    # subject_id names an option, criterion or outcome (the round's subject): SQLite
    # cannot check a reference to one of three tables, so TRIGGERS delete a subject's
    # votes with it and the domain's vote rules check the rest.
    "votes": f"""CREATE TABLE votes (
    id TEXT PRIMARY KEY NOT NULL,
    {_POSITION},
    round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    points INTEGER NOT NULL DEFAULT 1 CHECK (points >= 1)
)""",
    # This copy of the workshop (see store.instance): not a record, never exported.
    "instance": f"""CREATE TABLE instance (
    {_SINGLE_ROW},
    id TEXT NOT NULL
)""",
}

# Indexes for the foreign keys SQLite looks up on every delete.
INDEXES: tuple[str, ...] = (
    "CREATE INDEX outcome_strategies_strategy ON outcome_strategies(strategy_id)",
    "CREATE INDEX action_stakeholders_stakeholder ON action_stakeholders(stakeholder_id)",
    "CREATE INDEX relationships_from ON relationships(from_id)",
    "CREATE INDEX relationships_to ON relationships(to_id)",
    "CREATE INDEX listening_log_stakeholder ON listening_log(stakeholder_id)",
    "CREATE INDEX listening_log_option ON listening_log(option_id)",
    "CREATE INDEX scores_criterion ON scores(criterion_id)",
    "CREATE INDEX risks_option ON risks(option_id)",
    "CREATE INDEX votes_round ON votes(round_id)",
    "CREATE INDEX votes_subject ON votes(subject_id)",
    "CREATE INDEX votes_participant ON votes(participant_id)",
)

# A vote's subject is a row of one of these tables; deleting it deletes its votes.
SUBJECT_TABLES = ("options", "criteria", "outcomes")
TRIGGERS: tuple[str, ...] = tuple(
    f"CREATE TRIGGER {table}_votes AFTER DELETE ON {table} "
    f"BEGIN DELETE FROM votes WHERE subject_id = OLD.id; END"
    for table in SUBJECT_TABLES
)


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """``table.column`` refers to ``parent.id``; ``cascade`` False means SET NULL."""

    table: str
    column: str
    parent: str
    cascade: bool


# Every foreign key in TABLES (a test checks this list against SQLite's own view).
FOREIGN_KEYS: tuple[ForeignKey, ...] = (
    ForeignKey("outcome_strategies", "outcome_id", "outcomes", True),
    ForeignKey("outcome_strategies", "strategy_id", "strategies", True),
    ForeignKey("relationships", "from_id", "stakeholders", True),
    ForeignKey("relationships", "to_id", "stakeholders", True),
    ForeignKey("action_stakeholders", "action_id", "engagement_actions", True),
    ForeignKey("action_stakeholders", "stakeholder_id", "stakeholders", True),
    ForeignKey("option_financing", "option_id", "options", True),
    ForeignKey("listening_log", "stakeholder_id", "stakeholders", False),
    ForeignKey("listening_log", "option_id", "options", False),
    ForeignKey("scores", "option_id", "options", True),
    ForeignKey("scores", "criterion_id", "criteria", True),
    ForeignKey("risks", "option_id", "options", False),
    ForeignKey("recommendation", "option_id", "options", False),
    ForeignKey("votes", "round_id", "vote_rounds", True),
    ForeignKey("votes", "participant_id", "participants", True),
)

# The references the TRIGGERS keep (SQLite's foreign keys cannot): deleting a record
# captures these dependents too, so undo restores them (store.changes).
SUBJECT_KEYS: tuple[ForeignKey, ...] = tuple(
    ForeignKey("votes", "subject_id", table, True) for table in SUBJECT_TABLES
)

SINGLE_ROW_TABLES = frozenset({"workshop", "vision", "recommendation", "implications"})

# Ordered tables whose order is per parent (a list inside one record), not global.
POSITION_PARTITION: dict[str, str] = {
    "outcome_strategies": "outcome_id",
    "action_stakeholders": "action_id",
    "option_financing": "option_id",
}


def key_columns(table: str) -> tuple[str, ...]:
    """The primary key of ``table``."""
    if table in SINGLE_ROW_TABLES:
        return ("one",)
    if table == "scores":
        return ("option_id", "criterion_id")
    if table in POSITION_PARTITION:
        return (POSITION_PARTITION[table], _LINK_TARGET[table])
    return ("id",)


_LINK_TARGET = {
    "outcome_strategies": "strategy_id",
    "action_stakeholders": "stakeholder_id",
    "option_financing": "financing",
}


def configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings every workshop connection needs.

    Rollback journal in DELETE mode, never WAL: the workshop is a document people copy,
    email and keep on shares, so between edits it must be one self-contained file
    with nothing beside it (WAL keeps committed data in a -wal file; TRUNCATE leaves
    an empty -journal file next to the document for as long as it is open, which
    invites copying the pair or deleting the wrong one). synchronous=FULL makes each
    commit durable before the call returns, so a crash loses nothing committed.
    secure_delete zeroes what a change removes.
    """
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    # Deleted records (contact details above all) are overwritten with zeros rather
    # than left readable in free pages of a file that gets emailed around.
    conn.execute("PRAGMA secure_delete = ON")


def create_statements() -> list[str]:
    """Every statement that builds an empty schema (tables, indexes, triggers)."""
    return [*TABLES.values(), *INDEXES, *TRIGGERS]
