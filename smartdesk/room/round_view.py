"""What a phone may see of the workshop: the open round, its subjects and its own votes.

Nothing else is ever served: no names of people, no contacts, scores or costs. A
confidential option appears only by its letter ("Option C"), the letter it has in
both versions of the pack (its place in the long list). Only the collections a round
needs are read, not the whole workshop: phones ask often.
"""

from __future__ import annotations

from typing import Any

from smartdesk.domain.enums import RoundStatus, VoteSubject
from smartdesk.domain.labels import option_letters
from smartdesk.domain.records import Criterion, Option, Outcome, Vote, VoteRound
from smartdesk.store.workshop_file import WorkshopFile


def open_round(store: WorkshopFile) -> VoteRound | None:
    """The round open now, if any (the rules allow at most one)."""
    return next((r for r in store.records(VoteRound) if r.status is RoundStatus.OPEN), None)


def subjects(store: WorkshopFile, round_: VoteRound) -> list[dict[str, str]]:
    """The round's subjects in their order, as ``{"id", "name"}`` a phone may see."""
    if round_.subject is VoteSubject.OPTIONS:
        options = store.records(Option)
        letters = option_letters(options)
        return [
            {"id": o.id, "name": f"Option {letters[o.id]}" if o.confidential else o.name}
            for o in options
            if o.shortlisted
        ]
    if round_.subject is VoteSubject.CRITERIA:
        return [{"id": c.id, "name": c.name} for c in store.records(Criterion)]
    return [{"id": o.id, "name": o.title} for o in store.records(Outcome)]


def allocation(store: WorkshopFile, round_id: str, participant_id: str) -> dict[str, int]:
    """``participant_id``'s dots or points in round ``round_id``, by subject id."""
    return {
        v.subject_id: v.points
        for v in store.records(Vote)
        if v.round_id == round_id and v.participant_id == participant_id
    }


def round_for_phone(store: WorkshopFile, participant_id: str) -> dict[str, Any] | None:
    """The body of ``GET /api/round``'s ``round``: None when no round is open."""
    round_ = open_round(store)
    if round_ is None:
        return None
    return {
        "id": round_.id,
        "title": round_.title,
        "method": round_.method.value,
        "budget": round_.budget,
        "subjects": subjects(store, round_),
        "mine": allocation(store, round_.id, participant_id),
    }
