"""Edits: each one committed at once, in order, and every delete undoable exactly."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from smartdesk.domain.enums import Financing, Nation
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import (
    COLLECTIONS,
    Criterion,
    EngagementAction,
    Implications,
    ListeningLogEntry,
    Option,
    Outcome,
    Recommendation,
    Relationship,
    Risk,
    Score,
    Stakeholder,
    Strategy,
    Vision,
    WorkshopData,
)
from smartdesk.store import Change, WorkshopFile, score_id

# A text field of each kind that an update can change.
TEXT_FIELD = {
    "strategies": "title",
    "outcomes": "title",
    "maturity": "dimension",
    "stakeholders": "name",
    "relationships": "kind",
    "engagement_actions": "action",
    "listening_log": "source",
    "criteria": "name",
    "options": "name",
    "scores": "rationale",
    "risks": "title",
    "next_steps": "action",
    "participants": "group",  # an SQL keyword: the store quotes its column names
    "agenda": "lead",
    "vote_rounds": "title",
    "votes": "subject_id",
}


def _id(record: Any) -> str:
    if isinstance(record, Score):
        return score_id(record.option_id, record.criterion_id)
    return str(record.id)


def _on_disk(path: Path) -> WorkshopData:
    with WorkshopFile.open(path, read_only=True) as other:
        return other.load()


def _positions_dense(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        for table in ("stakeholders", "scores", "relationships", "options", "listening_log"):
            got = [r[0] for r in conn.execute(f"SELECT position FROM {table} ORDER BY position")]
            assert got == list(range(len(got))), table
        links = (("outcome_strategies", "outcome_id"), ("action_stakeholders", "action_id"))
        for table, owner in links:
            for (parent,) in conn.execute(f"SELECT DISTINCT {owner} FROM {table}").fetchall():
                got = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT position FROM {table} WHERE {owner} = ? ORDER BY position",
                        (parent,),
                    )
                ]
                assert got == list(range(len(got))), table
    finally:
        conn.close()


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_collection_lifecycle(name: str, workshop: WorkshopFile, rich: WorkshopData) -> None:
    kind = COLLECTIONS[name]
    original = list(getattr(rich, name))
    assert workshop.records(kind) == original
    assert len(original) >= 2
    field = TEXT_FIELD[name]
    if kind is Score:
        workshop.add(Criterion("cr-new", "New criterion"))
        fresh: Any = Score(original[0].option_id, "cr-new", 4, "new 🆕")
    else:
        fresh = dataclasses.replace(original[0], id="new-1", **{field: "new 🆕"})

    workshop.add(fresh, position=1)
    expected = [original[0], fresh, *original[1:]]
    assert workshop.records(kind) == expected
    assert workshop.get(kind, _id(fresh)) == fresh
    assert list(getattr(_on_disk(workshop.path), name)) == expected

    changed = dataclasses.replace(fresh, **{field: "changed ✏️"})
    workshop.update(changed)
    expected[1] = changed
    assert workshop.records(kind) == expected
    assert list(getattr(_on_disk(workshop.path), name)) == expected

    reordered = list(reversed(expected))
    workshop.move(kind, [_id(r) for r in reordered])
    assert workshop.records(kind) == reordered
    assert list(getattr(_on_disk(workshop.path), name)) == reordered

    removal = workshop.delete(kind, _id(changed))
    without = [r for r in reordered if r != changed]
    assert workshop.records(kind) == without
    assert workshop.get(kind, _id(changed)) is None
    _positions_dense(workshop.path)

    workshop.restore(removal)
    assert workshop.records(kind) == reordered
    assert list(getattr(_on_disk(workshop.path), name)) == reordered

    if kind is Score:
        appended: Any = Score(original[-1].option_id, "cr-new")
    else:
        appended = dataclasses.replace(fresh, id="new-2")
    workshop.add(appended)
    assert workshop.records(kind)[-1] == appended


def test_add_at_start_and_past_the_end(workshop: WorkshopFile) -> None:
    first = Strategy("first")
    last = Strategy("last")
    workshop.add(first, position=0)
    workshop.add(last, position=999)
    ids = [s.id for s in workshop.records(Strategy)]
    assert ids[0] == "first" and ids[-1] == "last"
    with pytest.raises(ValueError):
        workshop.add(Strategy("negative"), position=-1)


def test_deleted_stakeholder_comes_back_with_everything(
    workshop: WorkshopFile, rich: WorkshopData
) -> None:
    seen: list[Change] = []
    workshop.subscribe(seen.append)
    removal = workshop.delete(Stakeholder, "sh-1")
    after = workshop.load()
    assert [r.id for r in after.relationships] == ["re-3"]
    assert [a.stakeholder_ids for a in after.engagement_actions] == [("sh-2",), ("sh-3", "sh-2")]
    assert after.listening_log[0].stakeholder_id is None
    assert after.listening_log[1].stakeholder_id == "sh-3"
    kinds = {change.kind: change.ids for change in seen}
    assert kinds[Stakeholder] == ("sh-1",)
    assert set(kinds[Relationship]) == {"re-1", "re-2"}
    assert set(kinds[EngagementAction]) == {"ea-1", "ea-2"}
    assert kinds[ListeningLogEntry] == ("ll-1",)
    _positions_dense(workshop.path)

    seen.clear()
    workshop.restore(removal)
    assert workshop.load() == rich
    assert _on_disk(workshop.path) == rich
    assert {change.kind for change in seen} >= {Stakeholder, Relationship, EngagementAction}

    # Undo, redo, undo again: the same Removal can be replayed.
    again = workshop.delete(Stakeholder, "sh-1")
    assert again == removal
    workshop.restore(again)
    assert workshop.load() == rich


def test_self_relationship_is_removed_and_restored_once(
    workshop: WorkshopFile, rich: WorkshopData
) -> None:
    removal = workshop.delete(Stakeholder, "sh-2")
    assert workshop.records(Relationship) == [rich.relationships[1]]
    workshop.restore(removal)
    assert workshop.load() == rich


def test_deleted_option_comes_back_with_scores_and_references(
    workshop: WorkshopFile, rich: WorkshopData
) -> None:
    seen: list[Change] = []
    workshop.subscribe(seen.append)
    removal = workshop.delete(Option, "op-2")
    after = workshop.load()
    assert all(s.option_id != "op-2" for s in after.scores)
    assert len(after.scores) == len(rich.scores) - 2
    assert after.risks[0].option_id is None and after.risks[1].option_id == "op-3"
    assert after.recommendation.option_id is None
    assert after.listening_log[0].option_id is None
    kinds = {change.kind: change.ids for change in seen}
    assert kinds[Recommendation] == ()
    assert set(kinds[Score]) == {score_id("op-2", "cr-1"), score_id("op-2", "cr-2")}
    assert kinds[Risk] == ("ri-1",)
    _positions_dense(workshop.path)

    workshop.restore(removal)
    assert workshop.load() == rich
    assert _on_disk(workshop.path) == rich


@pytest.mark.parametrize(
    ("kind", "id_"),
    [
        (Strategy, "st-3"),
        (Strategy, "st-1"),
        (Criterion, "cr-1"),
        (Outcome, "oc-2"),
        (EngagementAction, "ea-1"),
        (Score, score_id("op-3", "cr-1")),
        (Option, "op-1"),
    ],
)
def test_every_delete_restores_the_whole_workshop(
    kind: type, id_: str, workshop: WorkshopFile, rich: WorkshopData
) -> None:
    removal = workshop.delete(kind, id_)
    assert workshop.load() != rich
    _positions_dense(workshop.path)
    workshop.restore(removal)
    assert workshop.load() == rich


def test_restore_after_reopening(workshop_path: Path, rich: WorkshopData) -> None:
    with WorkshopFile.open(workshop_path) as wf:
        removal = wf.delete(Strategy, "st-3")
    with WorkshopFile.open(workshop_path) as wf:
        assert [o.strategy_ids for o in wf.records(Outcome)] == [("st-1",), ("st-2", "st-1")]
        wf.restore(removal)
    assert _on_disk(workshop_path) == rich


def test_update_replaces_linked_lists(workshop: WorkshopFile, rich: WorkshopData) -> None:
    outcome = dataclasses.replace(rich.outcomes[0], strategy_ids=("st-2", "st-1"))
    action = dataclasses.replace(rich.engagement_actions[1], stakeholder_ids=())
    option = dataclasses.replace(rich.options[0], financing=(Financing.OTHER, Financing.GRANT))
    for record in (outcome, action, option):
        workshop.update(record)
    after = _on_disk(workshop.path)
    assert after.outcomes[0] == outcome and after.outcomes[1] == rich.outcomes[1]
    assert after.engagement_actions[1] == action
    assert after.options[0] == option
    assert after.engagement_actions[0] == rich.engagement_actions[0]


def test_the_database_refuses_what_it_can(workshop: WorkshopFile, rich: WorkshopData) -> None:
    before = workshop.load()
    bad = [
        Strategy("st-1"),  # duplicate id
        Relationship("re-9", "sh-1", "nobody"),  # dangling reference
        Outcome("oc-9", strategy_ids=("st-1", "missing")),  # dangling link, 2nd row
        Score("op-1", "cr-1", 1),  # duplicate cell
        Score("op-1", "nothing", 1),
        Risk("ri-9", likelihood=9),  # off the scale
    ]
    for record in bad:
        with pytest.raises(WorkshopError):
            workshop.add(record)
    with pytest.raises(WorkshopError):
        workshop.update(Strategy("no-such-strategy"))
    with pytest.raises(WorkshopError):
        workshop.delete(Strategy, "no-such-strategy")
    with pytest.raises(WorkshopError):
        workshop.set_recommendation(Recommendation(option_id="no-such-option"))
    with pytest.raises(ValueError):
        workshop.move(Strategy, ["st-1", "st-2"])
    with pytest.raises(ValueError):
        workshop.move(Strategy, ["st-1", "st-1", "st-2"])
    assert workshop.load() == before == rich


def test_single_records(workshop: WorkshopFile, rich: WorkshopData) -> None:
    seen: list[Change] = []
    workshop.subscribe(seen.append)
    info = dataclasses.replace(rich.workshop, nation=Nation.SCOTLAND, wards_affected=())
    vision = Vision("p", "s", None, ())
    recommendation = Recommendation("op-3", "r", ("d",))
    implications = Implications(legal="Section 1 💼")
    workshop.set_info(info)
    workshop.set_vision(vision)
    workshop.set_recommendation(recommendation)
    workshop.set_implications(implications)
    assert workshop.info() == info
    assert workshop.vision() == vision
    assert workshop.recommendation() == recommendation
    assert workshop.implications() == implications
    after = _on_disk(workshop.path)
    assert (after.workshop, after.vision, after.recommendation, after.implications) == (
        info,
        vision,
        recommendation,
        implications,
    )
    assert seen == [
        Change(type(info)),
        Change(Vision),
        Change(Recommendation),
        Change(Implications),
    ]


def test_read_only_refuses_every_write(workshop_path: Path, rich: WorkshopData) -> None:
    before = workshop_path.read_bytes()
    with WorkshopFile.open(workshop_path, read_only=True) as wf:
        assert wf.read_only
        assert wf.load() == rich
        writes = [
            lambda: wf.add(Strategy("x")),
            lambda: wf.update(rich.strategies[0]),
            lambda: wf.delete(Strategy, "st-1"),
            lambda: wf.move(Strategy, [s.id for s in rich.strategies]),
            lambda: wf.set_info(rich.workshop),
            lambda: wf.set_vision(Vision()),
            lambda: wf.set_recommendation(Recommendation()),
            lambda: wf.set_implications(Implications()),
        ]
        for write in writes:
            with pytest.raises(WorkshopError, match="read-only"):
                write()
        assert workshop_path.read_bytes() == before
        with WorkshopFile.open(workshop_path) as editor:
            removal = editor.delete(Strategy, "st-1")
        with pytest.raises(WorkshopError, match="read-only"):
            wf.restore(removal)
    with WorkshopFile.open(workshop_path) as editor:
        editor.restore(removal)
    assert _on_disk(workshop_path) == rich


def test_no_journal_left_after_edits(workshop: WorkshopFile) -> None:
    journal = Path(f"{workshop.path}-journal")
    workshop.add(Strategy("j-1"))
    assert not journal.exists()
    removal = workshop.delete(Stakeholder, "sh-1")
    assert not journal.exists()
    workshop.restore(removal)
    assert not journal.exists()
    workshop.set_vision(Vision("after"))
    assert sorted(p.name for p in workshop.path.parent.glob("anytown*")) == ["anytown.smartdesk"]


def test_single_kinds_are_not_collections(workshop: WorkshopFile) -> None:
    with pytest.raises(ValueError):
        workshop.records(Vision)
    with pytest.raises(ValueError):
        workshop.add(Vision())


def test_scores_of_ids_with_colons_do_not_meet(tmp_path: Path) -> None:
    # Ids are free text in a JSON file: "a:b" with "c" and "a" with "b:c" are two cells.
    options = (Option(id="a:b", name="First"), Option(id="a", name="Second"))
    criteria = (Criterion(id="c", name="Cost"), Criterion(id="b:c", name="Benefit"))
    one = Score(option_id="a:b", criterion_id="c", score=1)
    two = Score(option_id="a", criterion_id="b:c", score=4)
    data = WorkshopData(options=options, criteria=criteria, scores=(one, two))
    with WorkshopFile.create(tmp_path / "colons.smartdesk", data) as store:
        assert store.get(Score, score_id("a:b", "c")) == one
        assert store.get(Score, score_id("a", "b:c")) == two
        removal = store.delete(Score, score_id("a:b", "c"))
        assert list(store.records(Score)) == [two]
        store.restore(removal)
        assert list(store.records(Score)) == [one, two]
    with (
        WorkshopFile.open(tmp_path / "colons.smartdesk") as store,
        pytest.raises(ValueError, match="not a score id"),
    ):
        store.get(Score, "a:b:c")


def test_a_score_is_found_and_blanked_by_its_option_and_criterion(tmp_path: Path) -> None:
    options = (Option(id="a:b", name="First"), Option(id="a", name="Second"))
    criteria = (Criterion(id="c", name="Cost"), Criterion(id="b:c", name="Benefit"))
    one = Score(option_id="a:b", criterion_id="c", score=1)
    two = Score(option_id="a", criterion_id="b:c", score=4)
    data = WorkshopData(options=options, criteria=criteria, scores=(one, two))
    with WorkshopFile.create(tmp_path / "cells.smartdesk", data) as store:
        assert store.score("a:b", "c") == one
        assert store.score("a", "c") is None  # a blank cell
        removal = store.delete_score("a", "b:c")
        assert store.score("a", "b:c") is None
        assert list(store.records(Score)) == [one]
        store.restore(removal)
        assert store.score("a", "b:c") == two
        with pytest.raises(WorkshopError, match="no score"):
            store.delete_score("a", "c")
