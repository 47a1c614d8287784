"""The demo workshop is built once into the cache folder and copied for each ``--demo``."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from smartdesk import paths
from smartdesk.interchange import demo
from smartdesk.interchange.json_format import read_workshop_json
from smartdesk.store import WorkshopFile


def _templates() -> list[Path]:
    return sorted((paths.user_cache_dir() / demo.TEMPLATE_FOLDER).glob("*.smartdesk"))


def test_copy_holds_the_whole_demo(tmp_path: Path) -> None:
    copy = demo.create_demo_copy(tmp_path)
    assert copy == tmp_path / demo.DEMO_FILE_NAME
    with WorkshopFile.open(copy) as store:
        assert store.load() == read_workshop_json(demo.demo_source())


def test_template_is_built_once_and_copies_are_independent(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    first = demo.create_demo_copy(tmp_path / "one")
    (template,) = _templates()
    built = template.stat()
    (tmp_path / "two").mkdir()
    second = demo.create_demo_copy(tmp_path / "two")
    assert _templates() == [template]
    again = template.stat()
    assert (again.st_ino, again.st_mtime_ns) == (built.st_ino, built.st_mtime_ns)
    # Editing one copy touches neither the other copy nor the template.
    with WorkshopFile.open(first) as store:
        store.set_info(dataclasses.replace(store.info(), title="Changed"))
    with WorkshopFile.open(second) as store:
        assert store.info().title != "Changed"
    with WorkshopFile.open(template, read_only=True) as store:
        assert store.info().title != "Changed"


def test_each_copy_is_a_file_of_its_own(tmp_path: Path) -> None:
    copies = []
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        copies.append(demo.create_demo_copy(tmp_path / name))
    (template,) = _templates()
    stores = [WorkshopFile.open(p, read_only=True) for p in (*copies, template)]
    try:
        assert len({s.info().id for s in stores}) == 1  # one workshop, for merge
        assert len({s.instance_id for s in stores}) == 3  # three files, for backups
    finally:
        for store in stores:
            store.close()


def test_changed_demo_text_builds_a_new_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.create_demo_copy(tmp_path)
    (old,) = _templates()
    changed = tmp_path / "demo.json"
    changed.write_text(
        demo.demo_source().read_text(encoding="utf-8").replace("Afonbridge", "Afonbrig", 1),
        encoding="utf-8",
    )
    monkeypatch.setattr(demo, "demo_source", lambda: changed)
    (tmp_path / "next").mkdir()
    copy = demo.create_demo_copy(tmp_path / "next")
    (new,) = _templates()
    assert new != old  # the old template was replaced, not kept beside it
    with WorkshopFile.open(copy) as store:
        assert store.load() == read_workshop_json(changed)


def test_damaged_template_is_rebuilt_not_copied(tmp_path: Path) -> None:
    demo.create_demo_copy(tmp_path)
    (template,) = _templates()
    content = bytearray(template.read_bytes())
    content[len(content) // 2] ^= 0xFF  # one flipped byte, as a failing disk might leave
    template.write_bytes(bytes(content))
    (tmp_path / "again").mkdir()
    copy = demo.create_demo_copy(tmp_path / "again")
    with WorkshopFile.open(copy, read_only=True) as store:
        assert store.load() == read_workshop_json(demo.demo_source())
    (rebuilt,) = _templates()
    assert rebuilt.read_bytes() != bytes(content)


def test_discarded_template_is_rebuilt(tmp_path: Path) -> None:
    demo.create_demo_copy(tmp_path)
    demo.discard_template()
    assert _templates() == []
    (tmp_path / "again").mkdir()
    copy = demo.create_demo_copy(tmp_path / "again")
    with WorkshopFile.open(copy) as store:
        assert store.info().title
    assert len(_templates()) == 1


def test_unusable_cache_folder_still_gives_a_demo(tmp_path: Path) -> None:
    # A file where the template folder should be: the template cannot be kept.
    (paths.user_cache_dir() / demo.TEMPLATE_FOLDER).write_text("in the way")
    copy = demo.create_demo_copy(tmp_path)
    with WorkshopFile.open(copy) as store:
        assert store.load() == read_workshop_json(demo.demo_source())


def test_half_built_template_of_a_dead_process_is_removed(tmp_path: Path) -> None:
    folder = paths.user_cache_dir() / demo.TEMPLATE_FOLDER
    folder.mkdir(parents=True)
    dead = folder / ".building-999999999.smartdesk"
    dead.write_bytes(b"half")
    mine = folder / f".building-{os.getppid()}.smartdesk"  # a live process: left alone
    mine.write_bytes(b"half")
    demo.create_demo_copy(tmp_path)
    assert not dead.exists()
    assert mine.exists()
    shutil.rmtree(folder)
