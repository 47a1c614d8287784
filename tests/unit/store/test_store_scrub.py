"""Removing personal data: the raw bytes of the file and of the backups folder are clean."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smartdesk import paths
from smartdesk.domain.enums import ParticipantKind
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Participant, Stakeholder, WorkshopData
from smartdesk.store import WorkshopFile, check
from smartdesk.store.lock import lock_path
from smartdesk.store.scrub import remove_personal_data

ROOT = Path(__file__).resolve().parents[3]

CONTACTS = {
    "sh-1": ("jo.bloggs.private@example.org", "07700 111222"),
    "sh-2": ("patel.home@example.org", "07700 333444"),
    "sh-3": ("resident.a@example.org", "01632 960555"),
}
OTHER_WORKSHOP = ("keep.me@example.org", "01632 960999")


def everything(tmp_path: Path) -> bytes:
    """The raw bytes of every file under ``tmp_path`` (workshop, journals, backups)."""
    return b"".join(p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file())


@pytest.fixture
def contact_workshop(tmp_path: Path, rich: WorkshopData) -> Path:
    stakeholders = tuple(
        dataclasses.replace(s, email=CONTACTS[s.id][0], phone=CONTACTS[s.id][1])
        for s in rich.stakeholders
    )
    path = tmp_path / "contacts.smartdesk"
    WorkshopFile.create(path, dataclasses.replace(rich, stakeholders=stakeholders)).close()
    # Several backups of it (one per opening), and edits in between.
    for round_ in range(3):
        with WorkshopFile.open(path) as wf:
            first = wf.records(Stakeholder)[0]
            wf.update(dataclasses.replace(first, notes=f"round {round_}"))
    other = tmp_path / "other.smartdesk"
    WorkshopFile.create(
        other,
        WorkshopData(stakeholders=(Stakeholder("o-1", "Keep", email=OTHER_WORKSHOP[0]),)),
    ).close()
    WorkshopFile.open(other).close()  # a backup of another workshop, to be left alone
    return path


def test_scrub_everyone_leaves_no_trace(contact_workshop: Path, tmp_path: Path) -> None:
    raw = everything(tmp_path)
    for email, phone in CONTACTS.values():
        assert email.encode() in raw and phone.encode() in raw  # the test can fail
    with WorkshopFile.open(contact_workshop, backup=False) as wf:
        result = remove_personal_data(wf)
        assert sorted(result.stakeholders) == ["sh-1", "sh-2", "sh-3"]
        assert all((s.email, s.phone) == ("", "") for s in wf.records(Stakeholder))
    assert len(result.backups_removed) == 3
    raw = everything(tmp_path)
    for email, phone in CONTACTS.values():
        assert email.encode() not in raw and phone.encode() not in raw
    assert OTHER_WORKSHOP[0].encode() in raw  # another workshop's backup is untouched
    check(contact_workshop)
    with WorkshopFile.open(contact_workshop, read_only=True) as wf:
        assert wf.records(Stakeholder)[0].name == "Jo Bloggs"


def test_scrub_one_stakeholder(contact_workshop: Path, tmp_path: Path) -> None:
    with WorkshopFile.open(contact_workshop, backup=False) as wf:
        result = remove_personal_data(wf, "sh-2")
        assert result.stakeholders == ("sh-2",)
    raw = everything(tmp_path)
    assert CONTACTS["sh-2"][0].encode() not in raw and CONTACTS["sh-2"][1].encode() not in raw
    with WorkshopFile.open(contact_workshop, read_only=True) as wf:
        assert wf.get(Stakeholder, "sh-1").email == CONTACTS["sh-1"][0]  # type: ignore[union-attr]


def test_scrub_leaves_the_backups_of_a_copy_of_the_same_workshop(
    contact_workshop: Path, tmp_path: Path
) -> None:
    # A copy made in the file manager, then edited (and so backed up) as a file of its own.
    copy = tmp_path / "copy.smartdesk"
    shutil.copy(contact_workshop, copy)
    WorkshopFile.open(copy).close()
    originals = sorted(paths.backups_dir().rglob("contacts-*.smartdesk"))
    assert len(originals) == 3
    with WorkshopFile.open(copy, backup=False) as wf:
        result = remove_personal_data(wf)
    assert [p.name.split("-")[0] for p in result.backups_removed] == ["copy"]
    for backup in originals:  # the same workshop id, but another file's backups
        assert backup.exists() and CONTACTS["sh-1"][0].encode() in backup.read_bytes()
    # Scrubbing the original now deletes its own.
    with WorkshopFile.open(contact_workshop, backup=False) as wf:
        assert sorted(remove_personal_data(wf).backups_removed) == originals


def test_scrub_reports_but_keeps_loose_backups_of_an_earlier_smartdesk(
    contact_workshop: Path,
) -> None:
    # Where SmartDesk 1 put backups: loose in the backups folder, for no file in particular.
    (own,) = {p.parent for p in paths.backups_dir().rglob("contacts-*.smartdesk")}
    loose = paths.backups_dir() / "contacts-20250101-090000-000000-open.smartdesk"
    shutil.copy(next(own.glob("*.smartdesk")), loose)
    with WorkshopFile.open(contact_workshop, backup=False) as wf:
        result = remove_personal_data(wf)
    assert len(result.backups_removed) == 3
    assert result.older_backups == (loose,) and loose.exists()


def test_scrub_refuses_unknown_stakeholder_and_read_only(contact_workshop: Path) -> None:
    with (
        WorkshopFile.open(contact_workshop, backup=False) as wf,
        pytest.raises(WorkshopError, match="no stakeholder with id nobody"),
    ):
        remove_personal_data(wf, "nobody")
    with (
        WorkshopFile.open(contact_workshop, read_only=True) as wf,
        pytest.raises(WorkshopError, match="read-only"),
    ):
        remove_personal_data(wf)


def test_deleted_stakeholder_leaves_no_bytes_behind(contact_workshop: Path) -> None:
    # secure_delete: a deleted record's text is zeroed, not left in a free page.
    with WorkshopFile.open(contact_workshop, backup=False) as wf:
        wf.delete(Stakeholder, "sh-3")
    raw = contact_workshop.read_bytes()
    assert CONTACTS["sh-3"][0].encode() not in raw
    assert CONTACTS["sh-1"][0].encode() in raw


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smartdesk", *map(str, args)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_scrub_command(contact_workshop: Path, tmp_path: Path) -> None:
    one = run_cli("scrub", contact_workshop, "--stakeholder", "sh-1")
    assert one.returncode == 0, one.stderr
    assert "1 stakeholder " in one.stdout
    assert CONTACTS["sh-1"][0].encode() not in everything(tmp_path)
    everyone = run_cli("scrub", contact_workshop)
    assert everyone.returncode == 0, everyone.stderr
    assert "2 stakeholders" in everyone.stdout
    raw = everything(tmp_path)
    assert not any(v.encode() in raw for pair in CONTACTS.values() for v in pair)
    assert not list(paths.backups_dir().rglob("contacts-*"))
    missing = run_cli("scrub", contact_workshop, "--stakeholder", "zz")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_scrub_command_refuses_a_locked_file(contact_workshop: Path) -> None:
    lock_path(contact_workshop).write_text(
        '{"user": "sam", "machine": "OTHER-PC", "pid": 7, "time": "2025-01-01T10:00:00+00:00"}'
    )
    before = contact_workshop.read_bytes()
    result = run_cli("scrub", contact_workshop)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "open for editing by sam on OTHER-PC" in result.stderr
    assert contact_workshop.read_bytes() == before


PARTICIPANT_DETAILS = ("Bronwen Pritchard-Yates", "Holyhead Allotment Society", "Treasurer")


@pytest.fixture
def room_workshop(tmp_path: Path) -> Path:
    name, organisation, role = PARTICIPANT_DETAILS
    data = WorkshopData(
        stakeholders=(Stakeholder("sh-1", "Jo", email=CONTACTS["sh-1"][0]),),
        participants=(
            Participant("pa-1", name, organisation, role, group="Table 1"),
            Participant("pa-2", "", kind=ParticipantKind.PHONE),
        ),
    )
    path = tmp_path / "room.smartdesk"
    WorkshopFile.create(path, data).close()
    WorkshopFile.open(path).close()  # a backup holding the names
    return path


def test_scrub_removes_participants_names_everywhere(room_workshop: Path, tmp_path: Path) -> None:
    assert all(value.encode() in everything(tmp_path) for value in PARTICIPANT_DETAILS)
    with WorkshopFile.open(room_workshop, backup=False) as wf:
        result = remove_personal_data(wf)
        (person, phone) = wf.records(Participant)
    assert result.participants == ("pa-1",) and len(result.backups_removed) == 1
    assert (person.name, person.organisation, person.role) == ("", "", "")
    assert (person.group, phone.kind) == ("Table 1", ParticipantKind.PHONE)  # counts still work
    raw = everything(tmp_path)
    assert not any(value.encode() in raw for value in PARTICIPANT_DETAILS)
    check(room_workshop)


def test_scrub_of_one_stakeholder_leaves_participants(room_workshop: Path) -> None:
    with WorkshopFile.open(room_workshop, backup=False) as wf:
        result = remove_personal_data(wf, "sh-1")
        assert result.participants == ()
        assert wf.records(Participant)[0].name == PARTICIPANT_DETAILS[0]


def test_scrub_command_counts_participants(room_workshop: Path) -> None:
    result = run_cli("scrub", room_workshop)
    assert result.returncode == 0, result.stderr
    assert "Removed the name, organisation and role of 1 participant\n" in result.stdout
