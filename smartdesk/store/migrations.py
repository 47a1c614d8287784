"""Upgrading older workshop files, one numbered step per schema version.

``STEPS[n]`` turns a version-``n`` file into version ``n + 1``. Steps are plain
functions over a connection and carry their own copy of any table layout they
build, frozen as it was at that version, so later schema changes never alter what
an old step does. :func:`migrate` backs the file up first (SQLite's backup API, into
the user's backups folder) and then runs every step and the version bump in one
transaction: the upgrade happens completely or not at all.

Version 0 (pre-release builds, spring 2025) differs from version 1 in two ways:

- ``stakeholders`` had a single free-text ``contact`` column instead of ``email``
  and ``phone`` (people typed "jo@x.gov.uk; 01234 567890" into it);
- there was no ``next_steps`` table.

Those builds already set the SmartDesk application id and left ``user_version`` at 0.

Version 1 had no ``instance`` table: every copy of a workshop looked the same, so
backups could not be told apart by file (see ``store.instance``). The upgrade gives
the file its instance id, and the backup made before it already goes to that id's
folder, so it is listed with the file's other backups.

Version 2 had no ``exempt_paragraph`` on strategies, stakeholders, options and risks
(the access-to-information paragraph a confidential record is withheld under) and no
``confidential`` flag on listening-log entries. The upgrade adds them empty and false,
so every record keeps being cited under its kind's default paragraph and every
listening-log entry stays public, as before.

Version 3 had no contact officer on the workshop (name, title, e-mail, phone), no
implications for human rights, the socio-economic duty, consultation and the comments
of the section 151 and monitoring officers, and no option ``rejection_reason``,
``annual_social_benefit`` or ``optimism_bias_operating_pct``. The upgrade adds them
empty and null: no social benefit is counted and operating costs keep the capital
optimism bias (null means "the same"), so every figure stays what it was.

Version 4 had no record of the room: no ``participants``, ``agenda``, ``vote_rounds``
or ``votes`` tables. The upgrade adds them empty, with the triggers that delete a
subject's votes with the option, criterion or outcome they were given to.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from smartdesk.domain.errors import WorkshopError
from smartdesk.store.backups import backup_connection
from smartdesk.store.identity import connect
from smartdesk.store.instance import new_instance_id
from smartdesk.store.instance import read as instance_id
from smartdesk.store.schema import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]


def split_contact(contact: str) -> tuple[str, str]:
    """Version 0's free-text contact as (email, phone): parts with an @ are email."""
    parts = [part.strip() for part in re.split(r"[;,\n]", contact) if part.strip()]
    emails = [part for part in parts if "@" in part]
    others = [part for part in parts if "@" not in part]
    return ", ".join(emails), ", ".join(others)


_V1_STAKEHOLDERS = """CREATE TABLE stakeholders_v1 (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    category TEXT CHECK (category IS NULL OR category IN ('council', 'elected_member', \
'resident', 'community_group', 'business', 'public_sector', 'supplier', 'academic', 'other')),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    power REAL,
    interest REAL,
    attitude INTEGER CHECK (attitude IS NULL OR attitude BETWEEN -2 AND 2),
    engagement_current TEXT CHECK (engagement_current IS NULL OR engagement_current IN \
('inform', 'consult', 'involve', 'collaborate', 'empower')),
    engagement_needed TEXT CHECK (engagement_needed IS NULL OR engagement_needed IN \
('inform', 'consult', 'involve', 'collaborate', 'empower')),
    notes TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))
)"""

_V1_NEXT_STEPS = """CREATE TABLE next_steps (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    action TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT
)"""

_STAKEHOLDER_COLUMNS = (
    "id, position, name, organisation, role, category, power, interest, attitude, "
    "engagement_current, engagement_needed, notes, confidential"
)


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    # SQLite cannot change a column in place: build the new table, copy, swap
    # (foreign keys are off meanwhile, so the swap does not cascade).
    conn.execute(_V1_STAKEHOLDERS)
    conn.execute(
        f"INSERT INTO stakeholders_v1 ({_STAKEHOLDER_COLUMNS}) "
        f"SELECT {_STAKEHOLDER_COLUMNS} FROM stakeholders"
    )
    contacts = conn.execute("SELECT id, contact FROM stakeholders").fetchall()
    for stakeholder_id, contact in contacts:
        email, phone = split_contact(contact or "")
        conn.execute(
            "UPDATE stakeholders_v1 SET email = ?, phone = ? WHERE id = ?",
            (email, phone, stakeholder_id),
        )
    conn.execute("DROP TABLE stakeholders")
    conn.execute("ALTER TABLE stakeholders_v1 RENAME TO stakeholders")
    conn.execute(_V1_NEXT_STEPS)


_V2_INSTANCE = """CREATE TABLE instance (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    id TEXT NOT NULL
)"""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    # The row (the file's own id) is written by migrate, which chose it for the backup.
    conn.execute(_V2_INSTANCE)


# Added at the end of each table, where a fresh version-3 file has them too (the
# integrity check compares column order).
_V3_COLUMNS = (
    ("strategies", "exempt_paragraph TEXT NOT NULL DEFAULT ''"),
    ("stakeholders", "exempt_paragraph TEXT NOT NULL DEFAULT ''"),
    ("options", "exempt_paragraph TEXT NOT NULL DEFAULT ''"),
    ("risks", "exempt_paragraph TEXT NOT NULL DEFAULT ''"),
    (
        "listening_log",
        "confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))",
    ),
)


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    for table, column in _V3_COLUMNS:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")


_TEXT = "TEXT NOT NULL DEFAULT ''"
_V4_COLUMNS = (
    ("workshop", f"contact_officer {_TEXT}"),
    ("workshop", f"contact_title {_TEXT}"),
    ("workshop", f"contact_email {_TEXT}"),
    ("workshop", f"contact_phone {_TEXT}"),
    ("options", f"rejection_reason {_TEXT}"),
    ("options", "annual_social_benefit REAL"),
    ("options", "optimism_bias_operating_pct REAL"),
    ("implications", f"human_rights {_TEXT}"),
    ("implications", f"socio_economic {_TEXT}"),
    ("implications", f"consultation {_TEXT}"),
    ("implications", f"s151_officer {_TEXT}"),
    ("implications", f"monitoring_officer {_TEXT}"),
)


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    for table, column in _V4_COLUMNS:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")


_V5_TABLES = (
    """CREATE TABLE participants (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    category TEXT CHECK (category IS NULL OR category IN ('council', 'elected_member', \
'resident', 'community_group', 'business', 'public_sector', 'supplier', 'academic', 'other')),
    kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'table', 'phone')),
    "group" TEXT NOT NULL DEFAULT '',
    attended INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1))
)""",
    """CREATE TABLE agenda (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT 'vision' CHECK (stage IN ('vision', 'stakeholders', \
'options', 'briefing', 'other')),
    minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 480),
    lead TEXT NOT NULL DEFAULT ''
)""",
    """CREATE TABLE vote_rounds (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT 'options' CHECK (subject IN ('options', 'criteria', \
'outcomes')),
    method TEXT NOT NULL DEFAULT 'points' CHECK (method IN ('dots', 'points')),
    budget INTEGER NOT NULL DEFAULT 100 CHECK (budget >= 1),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
)""",
    """CREATE TABLE votes (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    points INTEGER NOT NULL DEFAULT 1 CHECK (points >= 1)
)""",
    "CREATE INDEX votes_round ON votes(round_id)",
    "CREATE INDEX votes_subject ON votes(subject_id)",
    "CREATE INDEX votes_participant ON votes(participant_id)",
    *(
        f"CREATE TRIGGER {table}_votes AFTER DELETE ON {table} "
        f"BEGIN DELETE FROM votes WHERE subject_id = OLD.id; END"
        for table in ("options", "criteria", "outcomes")
    ),
)


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    for statement in _V5_TABLES:
        conn.execute(statement)


STEPS: list[Step] = [_v0_to_v1, _v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5]
assert len(STEPS) == SCHEMA_VERSION, "one migration step per schema version"


def migrate(path: Path, from_version: int) -> Path:
    """Upgrade the workshop at ``path`` from ``from_version`` to the current schema.

    Takes a backup first and returns its path. Raises WorkshopError (naming the
    backup) if the upgrade fails; the file is then left as it was.
    """
    conn = connect(path, "rw")
    try:
        # A file from before instance ids gets its id now, so the backup goes with
        # the file's later ones.
        instance = instance_id(conn) or new_instance_id()
        backup = backup_connection(conn, path, reason=f"v{from_version}", instance=instance)
        # Must be set outside a transaction; the rebuilt tables would otherwise
        # cascade deletes into the tables that refer to them.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.execute("BEGIN IMMEDIATE")
            for step in STEPS[from_version:]:
                step(conn)
            conn.execute("INSERT OR IGNORE INTO instance (one, id) VALUES (1, ?)", (instance,))
            problem = conn.execute("PRAGMA foreign_key_check").fetchone()
            if problem is not None:
                raise sqlite3.IntegrityError(f"a {problem[0]} record refers to a missing one")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise WorkshopError(
                f"'{path}' could not be upgraded to this version of SmartDesk ({error}); "
                f"a copy of it was saved as '{backup}'"
            ) from None
    finally:
        conn.close()
    return backup
