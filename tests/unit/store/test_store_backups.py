"""Backups with SQLite's backup API, the newest ten kept per workshop."""

from __future__ import annotations

from pathlib import Path

from smartdesk import paths
from smartdesk.domain.records import Strategy, WorkshopData
from smartdesk.store import WorkshopFile, check
from smartdesk.store.backups import KEEP, backups_of


def test_backup_is_a_sound_copy(workshop: WorkshopFile, rich: WorkshopData, tmp_path: Path) -> None:
    copy = workshop.backup()
    assert copy.parent == paths.backups_dir()
    assert str(paths.backups_dir()).startswith(str(tmp_path))
    assert copy.name.startswith("anytown-") and copy.suffix == ".smartdesk"
    check(copy)
    with WorkshopFile.open(copy, read_only=True) as other:
        assert other.load() == rich


def test_backup_to_a_chosen_folder(workshop: WorkshopFile, tmp_path: Path) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    copy = workshop.backup(folder)
    assert copy.parent == folder
    check(copy)


def test_only_the_newest_ten_are_kept(workshop: WorkshopFile, tmp_path: Path) -> None:
    other = WorkshopFile.create(tmp_path / "anytown-east.smartdesk")
    other_copy = other.backup()
    made = []
    for n in range(KEEP + 3):
        workshop.add(Strategy(f"b-{n}"))
        made.append(workshop.backup())
    kept = backups_of("anytown")
    assert kept == made[-KEEP:]
    assert other_copy.exists()  # another workshop's backups are left alone
    with WorkshopFile.open(kept[-1], read_only=True) as newest:
        assert newest.get(Strategy, f"b-{KEEP + 2}") is not None
    other.close()
