"""Upgrading a hand-made version-0 file: backup first, data carried, schema current."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from smartdesk import paths
from smartdesk.domain.enums import VoteSubject
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import (
    Criterion,
    Implications,
    ListeningLogEntry,
    NextStep,
    Option,
    Participant,
    Relationship,
    Risk,
    Stakeholder,
    Strategy,
    Vote,
    VoteRound,
    WorkshopData,
    WorkshopInfo,
)
from smartdesk.store import APPLICATION_ID, SCHEMA_VERSION, WorkshopFile, check
from smartdesk.store.backups import folder_of
from smartdesk.store.migrations import split_contact

# The pre-release (version 0) layout, written out by hand as those builds made it:
# stakeholders had one free-text `contact` column, and there was no next_steps table.
V0_SCHEMA = """
CREATE TABLE workshop (one INTEGER PRIMARY KEY CHECK (one = 1), id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL DEFAULT '', council TEXT NOT NULL DEFAULT '',
  initiative TEXT NOT NULL DEFAULT '', facilitator TEXT NOT NULL DEFAULT '', date TEXT,
  language TEXT NOT NULL DEFAULT 'en', nation TEXT NOT NULL DEFAULT 'england',
  committee TEXT NOT NULL DEFAULT '', meeting_date TEXT,
  report_author TEXT NOT NULL DEFAULT '', report_reference TEXT NOT NULL DEFAULT '',
  portfolio_holder TEXT NOT NULL DEFAULT '', wards_affected TEXT NOT NULL DEFAULT '[]',
  key_decision INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'draft',
  background_papers TEXT NOT NULL DEFAULT '[]', appraisal_years INTEGER NOT NULL DEFAULT 10,
  discount_rate_pct REAL NOT NULL DEFAULT 3.5);
CREATE TABLE vision (one INTEGER PRIMARY KEY CHECK (one = 1),
  problem TEXT NOT NULL DEFAULT '', statement TEXT NOT NULL DEFAULT '',
  horizon_year INTEGER, principles TEXT NOT NULL DEFAULT '[]');
CREATE TABLE strategies (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',
  alignment TEXT NOT NULL DEFAULT '', confidential INTEGER NOT NULL DEFAULT 0);
CREATE TABLE outcomes (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '', indicator TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '', baseline REAL, target REAL, target_date TEXT,
  owner TEXT NOT NULL DEFAULT '');
CREATE TABLE outcome_strategies (
  outcome_id TEXT NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
  strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, PRIMARY KEY (outcome_id, strategy_id));
CREATE TABLE maturity (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  dimension TEXT NOT NULL DEFAULT '', current INTEGER, target INTEGER,
  note TEXT NOT NULL DEFAULT '');
CREATE TABLE stakeholders (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '', category TEXT, contact TEXT NOT NULL DEFAULT '',
  power REAL, interest REAL, attitude INTEGER, engagement_current TEXT,
  engagement_needed TEXT, notes TEXT NOT NULL DEFAULT '',
  confidential INTEGER NOT NULL DEFAULT 0);
CREATE TABLE relationships (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  from_id TEXT REFERENCES stakeholders(id) ON DELETE CASCADE,
  to_id TEXT REFERENCES stakeholders(id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT '', strength INTEGER);
CREATE TABLE engagement_actions (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  action TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '', due TEXT, status TEXT NOT NULL DEFAULT 'planned');
CREATE TABLE action_stakeholders (
  action_id TEXT NOT NULL REFERENCES engagement_actions(id) ON DELETE CASCADE,
  stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, PRIMARY KEY (action_id, stakeholder_id));
CREATE TABLE criteria (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', weight REAL);
CREATE TABLE options (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
  delivery_model TEXT, procurement_route TEXT, capital_cost REAL, annual_cost REAL,
  annual_benefit REAL, optimism_bias_pct REAL, shortlisted INTEGER NOT NULL DEFAULT 0,
  do_minimum INTEGER NOT NULL DEFAULT 0, bau INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '', confidential INTEGER NOT NULL DEFAULT 0);
CREATE TABLE option_financing (
  option_id TEXT NOT NULL REFERENCES options(id) ON DELETE CASCADE,
  financing TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (option_id, financing));
CREATE TABLE listening_log (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  date TEXT, source TEXT NOT NULL DEFAULT '',
  stakeholder_id TEXT REFERENCES stakeholders(id) ON DELETE SET NULL,
  said TEXT NOT NULL DEFAULT '', response TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open', option_id TEXT REFERENCES options(id) ON DELETE SET NULL);
CREATE TABLE scores (option_id TEXT NOT NULL REFERENCES options(id) ON DELETE CASCADE,
  criterion_id TEXT NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, score INTEGER, rationale TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (option_id, criterion_id));
CREATE TABLE risks (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '', option_id TEXT REFERENCES options(id) ON DELETE SET NULL,
  likelihood INTEGER, impact INTEGER, owner TEXT NOT NULL DEFAULT '',
  mitigation TEXT NOT NULL DEFAULT '', confidential INTEGER NOT NULL DEFAULT 0);
CREATE TABLE recommendation (one INTEGER PRIMARY KEY CHECK (one = 1),
  option_id TEXT REFERENCES options(id) ON DELETE SET NULL,
  rationale TEXT NOT NULL DEFAULT '', decisions_sought TEXT NOT NULL DEFAULT '[]');
CREATE TABLE implications (one INTEGER PRIMARY KEY CHECK (one = 1),
  financial TEXT NOT NULL DEFAULT '', legal TEXT NOT NULL DEFAULT '',
  equality TEXT NOT NULL DEFAULT '', climate TEXT NOT NULL DEFAULT '',
  data_protection TEXT NOT NULL DEFAULT '', subsidy_control TEXT NOT NULL DEFAULT '',
  welsh_language TEXT NOT NULL DEFAULT '', wellbeing TEXT NOT NULL DEFAULT '');
"""

V0_DATA = """
INSERT INTO workshop (one, id, title, council, nation) VALUES
  (1, 'ws-0', 'Smart parking', 'Anytown', 'scotland');
INSERT INTO vision (one, problem, principles) VALUES (1, 'Congestion', '["Open data"]');
INSERT INTO recommendation (one, option_id, rationale) VALUES (1, 'op-0', 'Cheapest');
INSERT INTO implications (one, legal) VALUES (1, 'PCSR 2015');
INSERT INTO stakeholders (id, position, name, category, contact, power, interest) VALUES
  ('sh-a', 0, 'Jo', 'council', 'jo@anytown.gov.uk; 01234 567890', 8, 9),
  ('sh-b', 1, 'Resident', 'resident', '07700 900123', 2, 7),
  ('sh-c', 2, 'Cllr Bo', 'elected_member', '', NULL, NULL);
INSERT INTO relationships (id, position, from_id, to_id, kind, strength) VALUES
  ('re-a', 0, 'sh-a', 'sh-c', 'reports to', 2);
INSERT INTO engagement_actions (id, position, action) VALUES ('ea-a', 0, 'Drop-in');
INSERT INTO action_stakeholders VALUES ('ea-a', 'sh-b', 0), ('ea-a', 'sh-a', 1);
INSERT INTO options (id, position, name, shortlisted, bau) VALUES ('op-0', 0, 'BAU', 1, 1);
INSERT INTO listening_log (id, position, source, stakeholder_id, said, option_id) VALUES
  ('ll-a', 0, 'Drop-in', 'sh-b', 'Not enough spaces', 'op-0');
"""


def backups_of(stem: str) -> list[Path]:
    """Every backup named after ``stem``, whichever file's folder holds it."""
    return sorted(paths.backups_dir().rglob(f"{stem}-*.smartdesk"))


def make_v0(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(V0_SCHEMA + V0_DATA)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    return path


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    dump = [f"version {conn.execute('PRAGMA user_version').fetchone()[0]}", *conn.iterdump()]
    conn.close()
    return dump


def _layout(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    layout: dict[str, object] = {}
    for name in sorted(names):
        layout[name] = (
            conn.execute(f"PRAGMA table_info({name})").fetchall(),
            sorted(conn.execute(f"PRAGMA foreign_key_list({name})").fetchall()),
        )
    conn.close()
    return layout


def _fresh(folder: Path) -> Path:
    """A new file, made by this version, in ``folder``."""
    fresh = folder / "fresh.smartdesk"
    if not fresh.exists():
        WorkshopFile.create(fresh).close()
    return fresh


def _upgraded(path: Path) -> WorkshopData:
    """Open the older file at ``path`` (named after its version, ``v2.smartdesk``) for
    editing: it was sound, is backed up first as it was, and is then sound and laid out
    as a new file is. What it held, as read on opening."""
    original = _dump(path)
    check(path)  # an older file is sound

    with WorkshopFile.open(path) as wf:
        data = wf.load()
    (backup,) = [b for b in backups_of(path.stem) if b.name.endswith(f"-{path.stem}.smartdesk")]
    assert _dump(backup) == original
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    check(path)
    assert _layout(path) == _layout(_fresh(path.parent))
    return data


def test_v0_file_is_sound_but_read_only_refuses_it(tmp_path: Path) -> None:
    path = make_v0(tmp_path / "old.smartdesk")
    before = path.read_bytes()
    check(path)
    with pytest.raises(WorkshopError, match="earlier version") as caught:
        WorkshopFile.open(path, read_only=True)
    assert caught.value.exit_code == 2
    assert path.read_bytes() == before


def test_v0_file_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = make_v0(tmp_path / "old.smartdesk")
    original = _dump(path)
    with WorkshopFile.open(path) as wf:
        data = wf.load()
        wf.add(NextStep("ns-1", "Report to committee"))
        assert wf.records(NextStep) == [NextStep("ns-1", "Report to committee")]
    # Backed up first, with every table and row as it was (and still version 0).
    (backup,) = [b for b in backups_of("old") if not b.name.endswith("-open.smartdesk")]
    assert backup.name.endswith("-v0.smartdesk")
    assert _dump(backup) == original
    # It went with the file's own backups: the upgrade gave the file its instance id.
    assert data_instance(path) is not None
    assert backup.parent == folder_of(data_instance(path) or "")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    check(path)

    assert data.workshop.title == "Smart parking" and data.workshop.nation.value == "scotland"
    assert data.vision.principles == ("Open data",)
    assert [s.id for s in data.stakeholders] == ["sh-a", "sh-b", "sh-c"]
    assert (data.stakeholders[0].email, data.stakeholders[0].phone) == (
        "jo@anytown.gov.uk",
        "01234 567890",
    )
    assert (data.stakeholders[1].email, data.stakeholders[1].phone) == ("", "07700 900123")
    assert data.stakeholders[0].power == 8.0
    assert data.relationships == (Relationship("re-a", "sh-a", "sh-c", "reports to", 2),)
    assert data.engagement_actions[0].stakeholder_ids == ("sh-b", "sh-a")
    assert data.listening_log[0].stakeholder_id == "sh-b"
    assert data.recommendation.option_id == "op-0"
    assert data.next_steps == ()

    fresh = tmp_path / "fresh.smartdesk"
    WorkshopFile.create(fresh).close()
    assert _layout(path) == _layout(fresh)

    # Foreign keys still hold after the table swap: deleting cascades as in v1.
    with WorkshopFile.open(path) as wf:
        wf.delete(Stakeholder, "sh-a")
        assert wf.records(Relationship) == []
    # Only the upgrade makes a -v0 copy; each opening for editing makes an -open one.
    names = [b.name for b in backups_of("old")]
    assert sum(n.endswith("-v0.smartdesk") for n in names) == 1
    assert sum(n.endswith("-open.smartdesk") for n in names) == 2


def test_failed_upgrade_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = make_v0(tmp_path / "odd.smartdesk")
    conn = sqlite3.connect(path)
    # A v0 file someone edited by hand: a category v1 does not allow.
    conn.execute("UPDATE stakeholders SET category = 'alien' WHERE id = 'sh-c'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkshopError, match="could not be upgraded") as caught:
        WorkshopFile.open(path)
    assert "saved as" in str(caught.value)
    assert path.read_bytes() == before
    assert len(backups_of("odd")) == 1


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("jo@x.gov.uk; 01234 567890", ("jo@x.gov.uk", "01234 567890")),
        ("01234 567890", ("", "01234 567890")),
        ("a@x.org, b@y.org\n07700 900000", ("a@x.org, b@y.org", "07700 900000")),
        ("", ("", "")),
    ],
)
def test_split_contact(contact: str, expected: tuple[str, str]) -> None:
    assert split_contact(contact) == expected


def data_instance(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT id FROM instance").fetchone()
        return str(row[0]) if row else None
    finally:
        conn.close()


# Columns version 3 added (the exempt paragraph, a listening-log entry's confidential flag).
V3_COLUMNS = (
    ("strategies", "exempt_paragraph"),
    ("stakeholders", "exempt_paragraph"),
    ("options", "exempt_paragraph"),
    ("risks", "exempt_paragraph"),
    ("listening_log", "confidential"),
)


# Columns version 4 added (issue 16: contact officer, implications, option costs).
V4_COLUMNS = (
    ("workshop", "contact_officer"),
    ("workshop", "contact_title"),
    ("workshop", "contact_email"),
    ("workshop", "contact_phone"),
    ("options", "rejection_reason"),
    ("options", "annual_social_benefit"),
    ("options", "optimism_bias_operating_pct"),
    ("implications", "human_rights"),
    ("implications", "socio_economic"),
    ("implications", "consultation"),
    ("implications", "s151_officer"),
    ("implications", "monitoring_officer"),
)


# Tables version 5 added (issue 18: the room), and the triggers that come with them.
V5_TABLES = ("votes", "vote_rounds", "agenda", "participants")


def _drop_v5_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    for table in ("options", "criteria", "outcomes"):
        conn.execute(f"DROP TRIGGER {table}_votes")
    for table in V5_TABLES:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def _drop_columns(path: Path, columns: Sequence[tuple[str, str]], version: int) -> None:
    """Take ``columns`` (table, column) away and mark the file as ``version``."""
    conn = sqlite3.connect(path)
    for table, column in columns:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def _drop_v4_columns(path: Path) -> None:
    _drop_v5_tables(path)
    _drop_columns(path, V4_COLUMNS, 3)


def make_v2(path: Path) -> Path:
    """A version-2 file: today's layout without the columns versions 3 and 4 added."""
    WorkshopFile.create(path).close()
    _drop_v4_columns(path)
    _drop_columns(path, V3_COLUMNS, 2)
    return path


def make_v1(path: Path) -> Path:
    """A version-1 file: version 2 without the instance table (before instance ids)."""
    make_v2(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE instance")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return path


def test_v1_copies_are_upgraded_into_files_of_their_own(tmp_path: Path) -> None:
    first = make_v1(tmp_path / "first.smartdesk")
    check(first)  # an older file is sound
    second = tmp_path / "second.smartdesk"
    second.write_bytes(first.read_bytes())  # a copy made before the upgrade
    ids = []
    for path in (first, second):
        with WorkshopFile.open(path) as wf:
            assert wf.instance_id is not None
            ids.append(wf.instance_id)
        check(path)  # the new version is sound too
        assert data_instance(path) == ids[-1]
        names = sorted(p.name.rsplit("-", 1)[-1] for p in folder_of(ids[-1]).glob("*.smartdesk"))
        assert names == ["open.smartdesk", "v1.smartdesk"]
    assert ids[0] != ids[1]
    # The id stays put: opening again neither changes it nor moves the backups.
    with WorkshopFile.open(first) as wf:
        assert wf.instance_id == ids[0]
    assert len(list(folder_of(ids[0]).glob("*.smartdesk"))) == 3


def test_v2_file_gains_the_exempt_fields_after_a_backup(tmp_path: Path) -> None:
    # Records written as version 2 held them, then the version-3 columns taken away.
    path = tmp_path / "v2.smartdesk"
    with WorkshopFile.create(path) as wf:
        wf.add(Strategy("st-1", "Estates plan", confidential=True))
        wf.add(Stakeholder("sh-1", "Jo Bloggs", confidential=True))
        wf.add(Option("op-1", "Outsource", confidential=True))
        wf.add(Risk("ri-1", "Supplier fails", option_id="op-1", confidential=True))
        wf.add(ListeningLogEntry("ll-1", said="Who pays?", option_id="op-1"))
    _drop_v4_columns(path)
    _drop_columns(path, V3_COLUMNS, 2)
    data = _upgraded(path)

    # Nothing changes meaning: withheld under the kind's default, the log entry public.
    for records in (data.strategies, data.stakeholders, data.options, data.risks):
        assert [(r.confidential, r.exempt_paragraph) for r in records] == [(True, "")]
    assert [entry.confidential for entry in data.listening_log] == [False]
    assert data.options[0].name == "Outsource" and data.risks[0].option_id == "op-1"

    # And the upgraded file keeps the new fields.
    with WorkshopFile.open(path) as wf:
        wf.update(replace(data.options[0], exempt_paragraph="5"))
        wf.update(replace(data.listening_log[0], confidential=True))
    with WorkshopFile.open(path, read_only=True) as wf:
        assert wf.records(Option)[0].exempt_paragraph == "5"
        assert wf.records(ListeningLogEntry)[0].confidential is True


def test_v3_file_gains_the_issue_16_fields_after_a_backup(tmp_path: Path) -> None:
    # Records written as version 3 held them, then the version-4 columns taken away.
    path = tmp_path / "v3.smartdesk"
    with WorkshopFile.create(path) as wf:
        wf.set_info(WorkshopInfo(wf.info().id, title="Street lights"))
        wf.add(Option("op-1", "Outsource", capital_cost=1000, optimism_bias_pct=24))
        wf.set_implications(Implications(financial="Within budget"))
    _drop_v4_columns(path)
    data = _upgraded(path)

    # Nothing changes meaning: no social benefit, operating costs keep the capital bias.
    (option,) = data.options
    assert (option.name, option.capital_cost, option.optimism_bias_pct) == ("Outsource", 1000, 24)
    assert option.annual_social_benefit is None and option.optimism_bias_operating_pct is None
    assert option.rejection_reason == ""
    assert data.workshop.title == "Street lights" and data.workshop.contact_officer == ""
    assert data.implications.financial == "Within budget"
    assert data.implications.s151_officer == ""

    # And the upgraded file keeps the new fields.
    with WorkshopFile.open(path) as wf:
        wf.update(
            replace(
                option,
                rejection_reason="Too dear",
                annual_social_benefit=2500.5,
                optimism_bias_operating_pct=41,
            )
        )
        wf.set_info(replace(data.workshop, contact_officer="Jo Bloggs", contact_phone="01234"))
        wf.set_implications(replace(data.implications, monitoring_officer="No impediment"))
    with WorkshopFile.open(path, read_only=True) as wf:
        kept = wf.load()
    assert kept.options[0].rejection_reason == "Too dear"
    assert kept.options[0].annual_social_benefit == 2500.5
    assert kept.options[0].optimism_bias_operating_pct == 41
    assert (kept.workshop.contact_officer, kept.workshop.contact_phone) == ("Jo Bloggs", "01234")
    assert kept.implications.monitoring_officer == "No impediment"


def _triggers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    found = [r[0] for r in conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'trigger'")]
    conn.close()
    return sorted(found)


def test_v4_file_gains_the_room_tables_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "v4.smartdesk"
    with WorkshopFile.create(path) as wf:
        wf.add(Option("op-1", "Outsource", shortlisted=True))
        wf.add(Criterion("cr-1", "Cost", weight=3))
    _drop_v5_tables(path)
    data = _upgraded(path)
    assert SCHEMA_VERSION == 5
    fresh = _fresh(tmp_path)
    assert _triggers(path) == _triggers(fresh) and len(_triggers(path)) == 3
    assert data.options[0].name == "Outsource"
    assert (data.participants, data.agenda, data.vote_rounds, data.votes) == ((), (), (), ())

    # The upgraded file holds the room, and a subject's votes go with it (and come back).
    with WorkshopFile.open(path) as wf:
        wf.add(Participant("pa-1", "Rhian", group="Table 1"))
        wf.add(VoteRound("vr-1", "Which?", VoteSubject.CRITERIA))
        wf.add(Vote("vo-1", "vr-1", "cr-1", "pa-1", 60))
        removal = wf.delete(Criterion, "cr-1")
        assert wf.records(Vote) == []
        wf.restore(removal)
        assert wf.records(Vote) == [Vote("vo-1", "vr-1", "cr-1", "pa-1", 60)]
        assert wf.records(Participant)[0].group == "Table 1"
