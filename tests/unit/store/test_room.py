"""The room's records in the file: every write keeps the vote rules, votes replaced per
voter in one transaction, and stage time boxes kept as agenda steps."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from smartdesk.domain.enums import (
    AgendaStage,
    ParticipantKind,
    RoundStatus,
    VoteMethod,
    VoteSubject,
)
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import (
    AgendaStep,
    Criterion,
    Option,
    Participant,
    Stakeholder,
    Vote,
    VoteRound,
    WorkshopData,
)
from smartdesk.store import WorkshopFile, room
from smartdesk.store.changes import Change


@pytest.fixture
def db(tmp_path: Path) -> WorkshopFile:
    data = WorkshopData(
        options=(Option("op-a", "A", shortlisted=True), Option("op-b", "B", shortlisted=True)),
        criteria=(Criterion("cr-1", "Cost", weight=1), Criterion("cr-2", "Speed", weight=1)),
        participants=(Participant("pa-1", "Rhian", group="Table 1"), Participant("pa-2", "")),
        vote_rounds=(
            VoteRound("vr-d", "Which option?", VoteSubject.OPTIONS, VoteMethod.DOTS, 3),
            VoteRound("vr-p", "Weights", VoteSubject.CRITERIA, status=RoundStatus.CLOSED),
        ),
        agenda=(
            AgendaStep("ag-1", "Welcome", AgendaStage.OTHER, 10),
            AgendaStep("ag-2", "Problem", AgendaStage.VISION, 20),
            AgendaStep("ag-3", "Statement", AgendaStage.VISION, 10),
        ),
    )
    store = WorkshopFile.create(tmp_path / "room.smartdesk", data)
    yield store
    store.close()


def _raw_votes(db: WorkshopFile) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute(
            "SELECT id, subject_id, participant_id, points, position FROM votes ORDER BY position"
        ).fetchall()
    finally:
        conn.close()


def test_lists_add_update_move_and_delete(db: WorkshopFile) -> None:
    room.add(
        db, Participant("pa-3", "Table 3", kind=ParticipantKind.TABLE, group="Table 3"), position=0
    )
    assert [p.id for p in room.participants(db)] == ["pa-3", "pa-1", "pa-2"]
    room.update(db, Participant("pa-3", "Table Three", group="Table 3"))
    assert room.participants(db)[0].name == "Table Three"
    room.move(db, AgendaStep, ["ag-3", "ag-2", "ag-1"])
    assert [s.id for s in room.agenda(db)] == ["ag-3", "ag-2", "ag-1"]
    room.add(db, Vote("v1", "vr-d", "op-a", "pa-3", 2))
    removal = room.delete(db, Participant, "pa-3")  # the voter's votes go too
    assert room.votes(db) == []
    db.restore(removal)
    assert room.votes(db, "vr-d") == [Vote("v1", "vr-d", "op-a", "pa-3", 2)]
    assert room.votes(db, "vr-p") == []


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            VoteRound("vr-x", "Another", status=RoundStatus.OPEN),
            "The change was not saved: Vote round 'Another': status cannot be open: "
            "round 'Which option?' is already open",
        ),
        (
            Vote("v9", "vr-d", "cr-1", "pa-1", 1),
            "subject refers to 'cr-1', which is not an option",
        ),
        (Vote("v9", "vr-d", "op-a", "pa-1", 4), "to 4 dots in round 'Which option?', over"),
        (Vote("v9", "vr-d", "op-a", "pa-9", 1), "participant 'pa-9', which does not exist"),
        (AgendaStep("ag-9", "Long", minutes=481), "minutes must be between 1 and 480, got 481"),
    ],
)
def test_a_write_that_breaks_a_rule_is_refused_and_nothing_written(
    db: WorkshopFile, record: object, message: str
) -> None:
    before = db.load()
    with pytest.raises(WorkshopError, match=re.escape(message)):
        room.add(db, record)
    assert db.load() == before


def test_an_update_that_breaks_a_rule_is_refused(db: WorkshopFile) -> None:
    room.add(db, Vote("v1", "vr-d", "op-a", "pa-1", 3))
    with pytest.raises(
        WorkshopError, match="to 3 dots in round 'Which option\\?', over its budget of 2"
    ):
        room.update(db, VoteRound("vr-d", "Which option?", VoteSubject.OPTIONS, VoteMethod.DOTS, 2))
    with pytest.raises(WorkshopError, match="already open"):
        room.update(db, replace(room.vote_rounds(db)[1], status=RoundStatus.OPEN))
    assert room.vote_rounds(db)[0].budget == 3


def test_other_kinds_are_not_the_rooms(db: WorkshopFile) -> None:
    with pytest.raises(TypeError):
        room.add(db, Stakeholder("sh-1", "Jo"))


def test_replace_votes_replaces_one_voters_allocation(db: WorkshopFile) -> None:
    seen: list[Change] = []
    room.add(db, Vote("other", "vr-d", "op-b", "pa-2", 3))
    first = room.replace_votes(db, "vr-d", "pa-1", {"op-a": 2, "op-b": 1})
    kept_id = first[0].id
    db.subscribe(seen.append)
    now = room.replace_votes(db, "vr-d", "pa-1", {"op-a": 1, "op-b": 0})
    assert now == (Vote(kept_id, "vr-d", "op-a", "pa-1", 1),)  # the kept vote keeps its id
    assert [(v.subject_id, v.participant_id, v.points) for v in room.votes(db, "vr-d")] == [
        ("op-b", "pa-2", 3),
        ("op-a", "pa-1", 1),
    ]
    assert [position for *_, position in _raw_votes(db)] == [0, 1]
    assert [c.kind for c in seen] == [Vote]


@pytest.mark.parametrize(
    ("round_id", "participant_id", "points", "message"),
    [
        ("vr-d", "pa-1", {"op-a": 2, "op-b": 2}, "to 4 dots in round 'Which option\\?', over"),
        ("vr-d", "pa-1", {"op-a": -1}, "-1 for 'op-a' is not a whole number of 0 or more"),
        ("vr-d", "pa-1", {"op-a": 1.5}, "1.5 for 'op-a' is not a whole number"),
        ("vr-d", "pa-1", {"cr-1": 1}, "refers to 'cr-1', which is not an option"),
        ("vr-x", "pa-1", {"op-a": 1}, "there is no vote round 'vr-x'"),
        ("vr-d", "pa-x", {"op-a": 1}, "there is no participant 'pa-x'"),
    ],
)
def test_replace_votes_refuses_and_leaves_everything_as_it_was(
    db: WorkshopFile,
    round_id: str,
    participant_id: str,
    points: dict[str, int],
    message: str,
) -> None:
    room.replace_votes(db, "vr-d", "pa-1", {"op-a": 1})
    before = _raw_votes(db)
    with pytest.raises(WorkshopError, match="The votes were not saved: .*" + message):
        room.replace_votes(db, round_id, participant_id, points)
    assert _raw_votes(db) == before


def test_stage_minutes_come_from_the_agenda(db: WorkshopFile) -> None:
    assert room.stage_minutes(db) == {
        AgendaStage.VISION: 30,
        AgendaStage.STAKEHOLDERS: 0,
        AgendaStage.OPTIONS: 0,
        AgendaStage.BRIEFING: 0,
        AgendaStage.OTHER: 10,
    }
    room.set_stage_minutes(db, AgendaStage.VISION, 60)
    assert [(s.id, s.minutes) for s in room.agenda(db)] == [
        ("ag-1", 10),
        ("ag-2", 40),
        ("ag-3", 20),
    ]
    room.set_stage_minutes(db, AgendaStage.OPTIONS, 45)
    added = room.agenda(db)[-1]
    assert (added.title, added.stage, added.minutes) == ("Options", AgendaStage.OPTIONS, 45)
    assert room.stage_minutes(db)[AgendaStage.OPTIONS] == 45


def test_a_time_box_that_cannot_be_shared_changes_nothing(db: WorkshopFile) -> None:
    before = room.agenda(db)
    with pytest.raises(WorkshopError, match="between 2 and 960 minutes"):
        room.set_stage_minutes(db, AgendaStage.VISION, 1)
    assert room.agenda(db) == before


def test_deleting_a_subject_deletes_its_votes_and_undo_brings_them_back(db: WorkshopFile) -> None:
    room.replace_votes(db, "vr-d", "pa-1", {"op-a": 1, "op-b": 2})
    room.replace_votes(db, "vr-d", "pa-2", {"op-b": 3})
    before = _raw_votes(db)
    removal = db.delete(Option, "op-b")
    assert [(s, p) for _, s, p, *_ in _raw_votes(db)] == [("op-a", "pa-1")]
    assert _raw_votes(db)[0][-1] == 0  # positions stay dense
    db.restore(removal)
    assert _raw_votes(db) == before
