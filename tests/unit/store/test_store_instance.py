"""Each workshop file is a copy of its own: an instance id apart from the workshop id."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from smartdesk.domain.records import WorkshopData
from smartdesk.store import WorkshopFile
from smartdesk.store.backups import backups_of, owner_of


def _open_once(path: Path) -> str:
    """Open ``path`` for editing (which backs it up) and return its instance id."""
    with WorkshopFile.open(path) as wf:
        assert wf.instance_id is not None
        return wf.instance_id


def test_new_files_of_one_workshop_have_their_own_instance_ids(
    tmp_path: Path, rich: WorkshopData
) -> None:
    one = WorkshopFile.create(tmp_path / "one.smartdesk", rich)
    two = WorkshopFile.create(tmp_path / "two.smartdesk", rich)
    assert one.info().id == two.info().id  # the same workshop, for merge
    assert one.instance_id and two.instance_id and one.instance_id != two.instance_id
    one.close()
    two.close()


def test_a_copy_made_outside_smartdesk_gets_its_own_id_and_backups(
    workshop_path: Path, tmp_path: Path
) -> None:
    original = _open_once(workshop_path)
    copy = tmp_path / "copy.smartdesk"
    shutil.copy(workshop_path, copy)  # a file manager's copy: the same bytes
    copied = _open_once(copy)
    assert copied != original
    assert _open_once(workshop_path) == original  # the original keeps its id
    assert _open_once(copy) == copied  # and the copy its new one from now on
    assert [p.name.split("-")[0] for p in backups_of(original)] == ["anytown", "anytown"]
    assert [p.name.split("-")[0] for p in backups_of(copied)] == ["copy", "copy"]
    assert owner_of(original) == workshop_path and owner_of(copied) == copy


def test_a_moved_file_keeps_its_id_and_its_backups(workshop_path: Path, tmp_path: Path) -> None:
    before = _open_once(workshop_path)
    moved = tmp_path / "renamed.smartdesk"
    workshop_path.rename(moved)
    assert _open_once(moved) == before
    assert len(backups_of(before)) == 2
    assert owner_of(before) == moved


def test_when_the_original_cannot_be_read_the_copy_is_given_a_new_id(
    workshop_path: Path, tmp_path: Path
) -> None:
    original = _open_once(workshop_path)
    copy = tmp_path / "copy.smartdesk"
    shutil.copy(workshop_path, copy)
    workshop_path.write_bytes(b"not a database any more, but something is there")
    assert _open_once(copy) != original


def test_a_file_that_lost_its_id_is_given_one(workshop_path: Path) -> None:
    conn = sqlite3.connect(workshop_path)
    conn.execute("DELETE FROM instance")
    conn.commit()
    conn.close()
    assert _open_once(workshop_path)
