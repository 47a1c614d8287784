"""The room's records in a workshop file: participants, the agenda, vote rounds, votes.

Every write here keeps the domain's rules (``domain.validation``, the vote rules of
``domain.vote_rules`` among them): a write that would break one is refused with a
WorkshopError naming it, and nothing is written. Deleting and reordering cannot break
a rule (deleting a round or a participant takes their votes with it, and undo puts
them back: see ``WorkshopFile.delete``), so :func:`delete` and :func:`move` are the
file's own.

:func:`replace_votes` is what the phones' server calls: one voter's whole allocation
in a round, replaced in one transaction. :func:`stage_minutes` and
:func:`set_stage_minutes` are the stages' time boxes, kept as agenda steps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TypeVar

from smartdesk.domain.agenda import stage_minutes as minutes_by_stage
from smartdesk.domain.agenda import with_stage_minutes
from smartdesk.domain.enums import AgendaStage, VoteSubject
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.record_names import quote
from smartdesk.domain.records import (
    AgendaStep,
    Criterion,
    Option,
    Outcome,
    Participant,
    Vote,
    VoteRound,
    WorkshopData,
    new_id,
)
from smartdesk.domain.validation import summarise, validate_edits, workshop_problems
from smartdesk.domain.vote_rules import vote_breaches
from smartdesk.store import rows as rowmap
from smartdesk.store.changes import Change, Removal
from smartdesk.store.workshop_file import WorkshopFile

ROOM_KINDS: tuple[type, ...] = (Participant, AgendaStep, VoteRound, Vote)
R = TypeVar("R")


def participants(db: WorkshopFile) -> list[Participant]:
    """Everyone who took part (people, tables, phones), in order."""
    return db.records(Participant)


def agenda(db: WorkshopFile) -> list[AgendaStep]:
    """The workshop's plan, step by step."""
    return db.records(AgendaStep)


def vote_rounds(db: WorkshopFile) -> list[VoteRound]:
    """Every vote round, in order (at most one open)."""
    return db.records(VoteRound)


def votes(db: WorkshopFile, round_id: str | None = None) -> list[Vote]:
    """Every vote, or those of round ``round_id``, in order."""
    return [v for v in db.records(Vote) if round_id is None or v.round_id == round_id]


def add(db: WorkshopFile, record: object, *, position: int | None = None) -> None:
    """Add a participant, agenda step, round or vote, refusing one that breaks a rule."""
    _check_kind(record)
    _refuse(validate_edits(db.load(), (record,)))
    db.add(record, position=position)


def update(db: WorkshopFile, record: object) -> None:
    """Change a participant, agenda step, round or vote, refusing a change that breaks a
    rule (a second open round, a budget below what someone has already spent...)."""
    _check_kind(record)
    _refuse(validate_edits(db.load(), (record,)))
    db.update(record)


def delete(db: WorkshopFile, kind: type, id: str) -> Removal:
    """Delete a record (with the votes that go with it); ``db.restore`` undoes it."""
    _check_kind(kind)
    return db.delete(kind, id)


def move(db: WorkshopFile, kind: type, ordered_ids: Sequence[str]) -> None:
    """Put a whole collection (the agenda, say) in a new order."""
    _check_kind(kind)
    db.move(kind, ordered_ids)


def replace_votes(
    db: WorkshopFile, round_id: str, participant_id: str, points_by_subject: Mapping[str, int]
) -> tuple[Vote, ...]:
    """Make ``participant_id``'s votes in ``round_id`` exactly ``points_by_subject``.

    A subject given 0 (or left out) loses this voter's vote; a vote kept keeps its id.
    One transaction: over the budget, an unknown round, participant or subject, a
    subject the round is not about, a count that is not a whole number >= 0 - each is
    refused with WorkshopError and nothing changes. Returns the voter's votes now.
    Whether the round is open is the caller's business (the facilitator may correct
    a closed round; phones may not).
    """
    for subject_id, points in points_by_subject.items():
        if isinstance(points, bool) or not isinstance(points, int) or points < 0:
            raise WorkshopError(
                f"The votes were not saved: {points!r} for {subject_id!r} is not a whole "
                "number of 0 or more"
            )
    with db._transaction():
        round_ = db.get(VoteRound, round_id)
        if round_ is None:
            raise WorkshopError(f"The votes were not saved: there is no vote round {round_id!r}")
        participant = db.get(Participant, participant_id)
        if participant is None:
            raise WorkshopError(
                f"The votes were not saved: there is no participant {participant_id!r}"
            )
        every_vote = db.records(Vote)
        mine = {
            v.subject_id: v
            for v in every_vote
            if v.round_id == round_id and v.participant_id == participant_id
        }
        wanted = tuple(
            dataclasses.replace(mine[s], points=n)
            if s in mine
            else Vote(new_id(), round_id, s, participant_id, n)
            for s, n in points_by_subject.items()
            if n > 0
        )
        kept = {v.id for v in wanted}
        _refuse(_allocation_problems(db, round_, participant, wanted), "The votes were not saved")
        gone = [v.id for v in mine.values() if v.id not in kept]
        conn = db.connection
        for vote_id in gone:
            conn.execute("DELETE FROM votes WHERE id = ?", (vote_id,))
        db._renumber("votes")
        spec = rowmap.kind_of(Vote)
        count = db._scalar("SELECT count(*) FROM votes")
        for vote in wanted:
            if vote.subject_id in mine:
                conn.execute("UPDATE votes SET points = ? WHERE id = ?", (vote.points, vote.id))
            else:
                db._insert(spec.table, {**rowmap.to_row(spec, vote), "position": count})
                count += 1
    db._notify(Change(Vote, tuple(dict.fromkeys([*gone, *kept]))))
    return wanted


def stage_minutes(db: WorkshopFile) -> dict[AgendaStage, int]:
    """Each stage's time box: the total minutes of its agenda steps (0: none)."""
    return minutes_by_stage(agenda(db))


def set_stage_minutes(db: WorkshopFile, stage: AgendaStage, minutes: int) -> None:
    """Set ``stage``'s time box to ``minutes`` (see ``domain.agenda``): its steps share
    it in proportion, or, with no step, one step titled by the stage is added. One
    transaction; WorkshopError if the minutes cannot be shared."""
    with db._transaction():
        before = db.load()
        steps = with_stage_minutes(before.agenda, stage, minutes)
        after = dataclasses.replace(before, agenda=steps)
        _refuse(_new_problems(before, after))
        old = {step.id: step for step in before.agenda}
        spec = rowmap.kind_of(AgendaStep)
        for position, step in enumerate(steps):
            if step.id not in old:
                db._insert(spec.table, {**rowmap.to_row(spec, step), "position": position})
            elif old[step.id] != step:
                db.connection.execute(
                    "UPDATE agenda SET minutes = ? WHERE id = ?", (step.minutes, step.id)
                )
    changed = tuple(s.id for s in steps if old.get(s.id) != s)
    if changed:
        db._notify(Change(AgendaStep, changed))


def _check_kind(record_or_kind: object) -> None:
    kind = record_or_kind if isinstance(record_or_kind, type) else type(record_or_kind)
    if kind not in ROOM_KINDS:
        raise TypeError(f"{kind.__name__} is not a participant, agenda step, round or vote")


def _allocation_problems(
    db: WorkshopFile, round_: VoteRound, participant: Participant, votes: tuple[Vote, ...]
) -> list[str]:
    """The vote rules ``votes`` (one voter's whole allocation in ``round_``) would break.

    The rules are the domain's (``vote_rules``), applied to the round, its subjects and
    this voter's votes only: another voter's votes cannot change whether these keep
    them, and reading the whole workshop twice made a phone's vote take ~70 ms, which
    60 phones voting at once turned into seconds.
    """
    data = WorkshopData(participants=(participant,), vote_rounds=(round_,), votes=votes)
    if round_.subject is VoteSubject.OPTIONS:
        data = dataclasses.replace(data, options=tuple(db.records(Option)))
    elif round_.subject is VoteSubject.CRITERIA:
        data = dataclasses.replace(data, criteria=tuple(db.records(Criterion)))
    elif round_.subject is VoteSubject.OUTCOMES:
        data = dataclasses.replace(data, outcomes=tuple(db.records(Outcome)))
    return [f"vote {index + 1}: {b.text}" for index, b in enumerate(vote_breaches(data, quote))]


def _new_problems(before: WorkshopData, after: WorkshopData) -> list[str]:
    """The problems ``after`` has that ``before`` did not."""
    old = {problem.message for problem in workshop_problems(before)}
    return [p.message for p in workshop_problems(after) if p.message not in old]


def _refuse(problems: list[str], prefix: str = "The change was not saved") -> None:
    summary = summarise(problems)
    if summary is not None:
        raise WorkshopError(f"{prefix}: {summary}")
