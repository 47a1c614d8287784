"""``add_many``: many records of one kind in one transaction and one Change."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import EngagementAction, Stakeholder, WorkshopData
from smartdesk.store import Change, WorkshopFile


def test_add_many_appends_in_order_with_one_change(tmp_path: Path) -> None:
    path = tmp_path / "w.smartdesk"
    existing = Stakeholder(id="s0", name="Already there")
    changes: list[Change] = []
    with WorkshopFile.create(path, WorkshopData(stakeholders=(existing,))) as store:
        store.subscribe(changes.append)
        new = [Stakeholder(id=f"s{i}", name=f"Person {i}", power=i / 2) for i in range(1, 6)]
        store.add_many(new)
    assert changes == [Change(Stakeholder, ("s1", "s2", "s3", "s4", "s5"))]
    with WorkshopFile.open(path, read_only=True) as store:
        assert store.records(Stakeholder) == [existing, *new]


def test_add_many_keeps_linked_lists(tmp_path: Path) -> None:
    path = tmp_path / "w.smartdesk"
    people = (Stakeholder(id="a", name="A"), Stakeholder(id="b", name="B"))
    actions = [
        EngagementAction(id="x", stakeholder_ids=("b", "a"), action="Walkabout"),
        EngagementAction(id="y", stakeholder_ids=("a",), action="Letter"),
    ]
    with WorkshopFile.create(path, WorkshopData(stakeholders=people)) as store:
        store.add_many(actions)
    with WorkshopFile.open(path, read_only=True) as store:
        assert store.records(EngagementAction) == actions


def test_add_many_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.smartdesk"
    with WorkshopFile.create(path, WorkshopData(stakeholders=(Stakeholder(id="dup"),))) as store:
        before = path.read_bytes()
        changes: list[Change] = []
        store.subscribe(changes.append)
        with pytest.raises(WorkshopError, match="same id"):
            store.add_many([Stakeholder(id="new1"), Stakeholder(id="dup")])
        assert changes == []
        assert [s.id for s in store.records(Stakeholder)] == ["dup"]
    assert path.read_bytes() == before


def test_add_many_refuses_mixed_kinds_and_ignores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.smartdesk"
    with WorkshopFile.create(path) as store:
        changes: list[Change] = []
        store.subscribe(changes.append)
        store.add_many([])
        assert changes == []
        with pytest.raises(ValueError, match="one kind"):
            store.add_many([Stakeholder(id="a"), EngagementAction(id="b")])
