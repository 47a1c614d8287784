"""Backups with SQLite's backup API: each file's in a folder of its own, the newest ten kept."""

from __future__ import annotations

from pathlib import Path

from smartdesk import paths
from smartdesk.domain.records import Strategy, WorkshopData
from smartdesk.store import WorkshopFile, check
from smartdesk.store.backups import KEEP, OWNER_NOTE, backups_of, folder_of


def test_backup_is_a_sound_copy(workshop: WorkshopFile, rich: WorkshopData, tmp_path: Path) -> None:
    copy = workshop.backup()
    assert workshop.instance_id is not None
    assert copy.parent == folder_of(workshop.instance_id)
    assert copy.parent.parent == paths.backups_dir()
    assert str(paths.backups_dir()).startswith(str(tmp_path))
    assert copy.name.startswith("anytown-") and copy.suffix == ".smartdesk"
    # The folder names the file its backups were made from.
    assert (copy.parent / OWNER_NOTE).read_text(encoding="utf-8") == str(workshop.path)
    check(copy)
    with WorkshopFile.open(copy, read_only=True) as other:
        assert other.load() == rich


def test_backup_to_a_chosen_folder(workshop: WorkshopFile, tmp_path: Path) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    copy = workshop.backup(folder)
    assert copy.parent == folder
    check(copy)


def test_only_the_newest_ten_are_kept_per_file_not_per_name(
    workshop: WorkshopFile, rich: WorkshopData, tmp_path: Path
) -> None:
    # Same name, same workshop, another folder: a file of its own.
    (tmp_path / "elsewhere").mkdir()
    twin = WorkshopFile.create(tmp_path / "elsewhere" / "anytown.smartdesk", rich)
    twin_copy = twin.backup()
    made = []
    for n in range(KEEP + 3):
        workshop.add(Strategy(f"b-{n}"))
        made.append(workshop.backup())
    assert workshop.instance_id is not None and twin.instance_id is not None
    kept = backups_of(workshop.instance_id)
    assert kept == made[-KEEP:]
    assert twin_copy.exists()  # another file's backups are left alone
    assert backups_of(twin.instance_id) == [twin_copy]
    with WorkshopFile.open(kept[-1], read_only=True) as newest:
        assert newest.get(Strategy, f"b-{KEEP + 2}") is not None
    twin.close()
