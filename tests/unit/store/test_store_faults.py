"""Disk and share faults under an open workshop: read-only places, full disk, vanished file."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Stakeholder, Vision, WorkshopData
from smartdesk.store import NotWritableError, WorkshopFile, WriteFailedError, check
from smartdesk.store.backups import backups_of
from smartdesk.store.faults import simulate_full_disk
from smartdesk.store.lock import lock_path


def test_read_only_file_opens_only_read_only(workshop_path: Path, rich: WorkshopData) -> None:
    workshop_path.chmod(0o444)
    before = workshop_path.read_bytes()
    with pytest.raises(NotWritableError, match="read-only"):
        WorkshopFile.open(workshop_path)
    assert not lock_path(workshop_path).exists()
    with WorkshopFile.open(workshop_path, read_only=True) as wf:
        assert wf.load() == rich
    assert workshop_path.read_bytes() == before


def test_read_only_folder_opens_only_read_only(workshop_path: Path) -> None:
    folder = workshop_path.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(NotWritableError, match="folder"):
            WorkshopFile.open(workshop_path)
        WorkshopFile.open(workshop_path, read_only=True).close()
    finally:
        folder.chmod(0o755)
    assert not lock_path(workshop_path).exists()


def test_full_disk_fails_the_edit_and_keeps_the_earlier_ones(
    workshop_path: Path, rich: WorkshopData
) -> None:
    seen: list[WriteFailedError] = []
    with WorkshopFile.open(workshop_path) as wf:
        wf.subscribe_faults(seen.append)
        wf.set_vision(Vision("saved before the disk filled"))
        simulate_full_disk(wf)
        with pytest.raises(WriteFailedError, match="full") as caught:
            wf.add(Stakeholder("big", "Big", notes="x" * 200_000))
        assert caught.value.exit_code == 2
        assert seen == [caught.value]
        assert wf.get(Stakeholder, "big") is None  # rolled back, nothing half-done
    check(workshop_path)
    with WorkshopFile.open(workshop_path, read_only=True) as wf:
        assert wf.vision().problem == "saved before the disk filled"
        assert wf.records(Stakeholder) == list(rich.stakeholders)


def test_rule_breaking_edit_is_not_a_storage_fault(workshop: WorkshopFile) -> None:
    seen: list[WriteFailedError] = []
    workshop.subscribe_faults(seen.append)
    first = workshop.records(Stakeholder)[0]
    with pytest.raises(WorkshopError) as caught:
        workshop.add(first)
    assert not isinstance(caught.value, WriteFailedError) and seen == []


def test_deleted_file_is_noticed_before_an_edit_goes_nowhere(workshop_path: Path) -> None:
    seen: list[WriteFailedError] = []
    with WorkshopFile.open(workshop_path) as wf:
        wf.subscribe_faults(seen.append)
        assert wf.still_there()
        workshop_path.unlink()
        assert not wf.still_there()
        with pytest.raises(WriteFailedError, match="moved, renamed or deleted"):
            wf.set_vision(Vision("lost?"))
        assert len(seen) == 1


def test_replaced_file_is_noticed(workshop_path: Path, tmp_path: Path) -> None:
    with WorkshopFile.open(workshop_path) as wf:
        copy = wf.backup(tmp_path)
        os.replace(copy, workshop_path)  # someone copied an old version over it
        with pytest.raises(WriteFailedError):
            wf.set_vision(Vision("into which file?"))


def test_backup_on_open_and_a_failed_backup_does_not_stop_opening(
    workshop_path: Path, user_folders: Path
) -> None:
    with WorkshopFile.open(workshop_path) as wf:
        assert wf.backup_error is None
        instance = wf.instance_id
    assert instance is not None
    (made,) = backups_of(instance)
    assert made.name.endswith("-open.smartdesk")
    check(made)
    backups = made.parent
    for child in backups.iterdir():
        child.unlink()
    backups.rmdir()
    backups.write_text("not a folder")  # the file's backups folder cannot be made
    try:
        with WorkshopFile.open(workshop_path) as wf:
            assert wf.backup_error is not None
            wf.set_vision(Vision("still editable"))
    finally:
        backups.unlink()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 300 KiB tmpfs, where root may mount one; skipped elsewhere."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_really_full_disk(tiny_disk: Path, tmp_path: Path) -> None:
    path = tiny_disk / "full.smartdesk"
    WorkshopFile.create(path, WorkshopData()).close()
    acknowledged: list[str] = []
    with WorkshopFile.open(path, backup=False) as wf:
        with pytest.raises(WriteFailedError):
            for number in range(1000):
                wf.add(Stakeholder(f"s{number}", f"Person {number}", notes="n" * 3000))
                acknowledged.append(f"s{number}")
        assert acknowledged  # some fitted before the disk filled
    # The file is sound and holds exactly the edits that were acknowledged.
    (tiny_disk / "filler").unlink(missing_ok=True)
    check(path)
    with WorkshopFile.open(path, read_only=True) as wf:
        assert [s.id for s in wf.records(Stakeholder)] == acknowledged
