"""Creating a workshop: everything round-trips, existing paths and failures leave no trace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Score, WorkshopData, WorkshopInfo
from smartdesk.store import WorkshopFile
from smartdesk.store.schema import FOREIGN_KEYS, TABLES


def test_rich_workshop_round_trips(tmp_path: Path, rich: WorkshopData) -> None:
    path = tmp_path / "rich.smartdesk"
    with WorkshopFile.create(path, rich) as wf:
        assert wf.load() == rich
        assert wf.path == path and not wf.read_only
    with WorkshopFile.open(path) as wf:
        assert wf.load() == rich
        assert wf.info() == rich.workshop
    assert sorted(p.name for p in tmp_path.glob("rich*")) == ["rich.smartdesk"]


def test_long_and_odd_text_survives_exactly(tmp_path: Path, rich: WorkshopData) -> None:
    with WorkshopFile.create(tmp_path / "t.smartdesk", rich) as wf:
        vision = wf.vision()
    assert len(vision.problem) == 10_000
    assert vision.problem == rich.vision.problem
    assert "😀" in vision.problem and "<script>" in vision.statement


def test_empty_workshop(tmp_path: Path) -> None:
    with WorkshopFile.create(tmp_path / "new.smartdesk") as wf:
        data = wf.load()
    assert data == WorkshopData(workshop=WorkshopInfo(id=data.workshop.id))
    assert data.workshop.id


def test_create_refuses_an_existing_path(tmp_path: Path) -> None:
    path = tmp_path / "mine.smartdesk"
    path.write_text("precious", encoding="utf-8")
    with pytest.raises(WorkshopError, match="already exists") as caught:
        WorkshopFile.create(path)
    assert caught.value.exit_code == 2
    assert path.read_text(encoding="utf-8") == "precious"
    workshop = tmp_path / "w.smartdesk"
    WorkshopFile.create(workshop).close()
    before = workshop.read_bytes()
    with pytest.raises(WorkshopError, match="already exists"):
        WorkshopFile.create(workshop, WorkshopData())
    assert workshop.read_bytes() == before


@pytest.mark.parametrize(
    "broken",
    [
        lambda d: WorkshopData(scores=(Score("no-option", "no-criterion", 3),)),
        lambda d: WorkshopData(stakeholders=d.stakeholders + d.stakeholders[:1]),
        lambda d: WorkshopData(options=d.options, scores=d.scores),  # criteria missing
    ],
)
def test_failed_create_leaves_no_file(tmp_path: Path, rich: WorkshopData, broken: object) -> None:
    path = tmp_path / "bad.smartdesk"
    data = broken(rich)  # type: ignore[operator]
    with pytest.raises(WorkshopError, match="Cannot create"):
        WorkshopFile.create(path, data)
    assert list(tmp_path.glob("bad*")) == []


def test_create_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="Cannot create"):
        WorkshopFile.create(tmp_path / "nowhere" / "w.smartdesk")


def test_foreign_key_map_matches_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "w.smartdesk"
    WorkshopFile.create(path).close()
    conn = sqlite3.connect(path)
    actual = set()
    for table in TABLES:
        for row in conn.execute(f"PRAGMA foreign_key_list({table})"):
            _id, _seq, parent, column, to, _update, on_delete, _match = row
            assert to == "id"
            actual.add((table, column, parent, on_delete == "CASCADE"))
            assert on_delete in {"CASCADE", "SET NULL"}
    conn.close()
    assert actual == {(fk.table, fk.column, fk.parent, fk.cascade) for fk in FOREIGN_KEYS}


def test_awkward_file_names(tmp_path: Path, rich: WorkshopData) -> None:
    folder = tmp_path / "Cyngor Môn #2 ? 50%"
    folder.mkdir()
    path = folder / "Gweithdy\u2019r dref & co.smartdesk"
    WorkshopFile.create(path, rich).close()
    with WorkshopFile.open(path, read_only=True) as wf:
        assert wf.load() == rich
    assert [p.name for p in folder.iterdir()] == [path.name]
