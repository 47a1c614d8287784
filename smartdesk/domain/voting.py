"""What a vote round found, and turning a criteria round into criterion weights.

Figures are exact (:class:`~fractions.Fraction`), like the rest of the appraisal, and
rounded only for display. Votes never change scores by themselves: applying a criteria
round to the weights is a separate, deliberate step (:func:`weights_from_round`), which
the GUI makes one undoable edit.

Ties: subjects with equal totals share a rank (1, 2, 2, 4) and are listed in their
own order in the workshop (the long list's order for options, the criteria's order
for criteria), never by name, so a tie never looks like a preference.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from smartdesk.domain.enums import VoteSubject
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Criterion, VoteRound, WorkshopData
from smartdesk.domain.vote_rules import subject_records

WEIGHT_PLACES = 2
"""A weight taken from a round is its criterion's share of the points, in per cent,
rounded half up to this many decimal places (33.33, 66.67)."""


@dataclass(frozen=True, slots=True)
class SubjectResult:
    """One subject's line in a round's results."""

    subject_id: str
    name: str
    total: int  # dots or points it received
    voters: int  # participants who gave it at least one
    share: Fraction  # of all the dots or points given in the round (0 if none were)
    rank: int  # 1 = most; equal totals share a rank


@dataclass(frozen=True, slots=True)
class RoundResult:
    round: VoteRound
    subjects: tuple[SubjectResult, ...]  # most first; ties in the workshop's order
    voters: int  # participants who gave at least one dot or point in the round
    total: int  # every dot or point given in the round

    @property
    def leaders(self) -> tuple[SubjectResult, ...]:
        """The subjects ranked first (several if tied; none if nobody voted)."""
        return tuple(s for s in self.subjects if s.rank == 1 and s.total > 0)


def round_result(data: WorkshopData, round_id: str) -> RoundResult:
    """The results of round ``round_id``: totals per subject, voters, shares, ranks.

    Every subject the round could be voted on is listed, those with no votes last
    with 0. WorkshopError if there is no such round.
    """
    round_ = next((r for r in data.vote_rounds if r.id == round_id), None)
    if round_ is None:
        raise WorkshopError(f"There is no vote round with id {round_id}")
    votes = [vote for vote in data.votes if vote.round_id == round_id]
    total = sum(vote.points for vote in votes)
    lines = []
    for order, record in enumerate(subject_records(data, round_.subject)):
        record_id = str(getattr(record, "id", ""))
        mine = [vote for vote in votes if vote.subject_id == record_id]
        points = sum(vote.points for vote in mine)
        share = Fraction(points, total) if total else Fraction(0)
        name = str(getattr(record, "name", None) or getattr(record, "title", ""))
        lines.append((order, record_id, name, points, len({v.participant_id for v in mine}), share))
    lines.sort(key=lambda line: (-line[3], line[0]))
    results: list[SubjectResult] = []
    for position, (_order, record_id, name, points, voters, share) in enumerate(lines):
        rank = position + 1
        if results and results[-1].total == points:
            rank = results[-1].rank
        results.append(SubjectResult(record_id, name, points, voters, share, rank))
    return RoundResult(
        round=round_,
        subjects=tuple(results),
        voters=len({vote.participant_id for vote in votes}),
        total=total,
    )


def weights_from_round(data: WorkshopData, round_id: str) -> tuple[Criterion, ...]:
    """Every criterion with the weight round ``round_id`` gives it, in the criteria's order.

    A criterion's new weight is its share of all the points given in the round, in
    per cent, rounded half up to :data:`WEIGHT_PLACES` places (a criterion nobody
    voted for weighs 0). Only the weights change. WorkshopError if the round is not
    on criteria or nobody has voted in it: the weights are then left as they are.
    """
    result = round_result(data, round_id)
    if result.round.subject is not VoteSubject.CRITERIA:
        raise WorkshopError(
            f"Round '{result.round.title}' is on {result.round.subject.value}, not criteria: "
            "only a criteria round can set the weights"
        )
    if result.total == 0:
        raise WorkshopError(
            f"Nobody has voted in round '{result.round.title}' yet, so it cannot set the weights"
        )
    weights = {line.subject_id: percent_weight(line.share) for line in result.subjects}
    return tuple(replace(c, weight=weights.get(c.id, 0.0)) for c in data.criteria)


def percent_weight(share: Fraction) -> float:
    """``share`` (0-1) as a weight in per cent, rounded half up to WEIGHT_PLACES places."""
    # Exactly: shares are never negative, so half up is floor(x + 1/2).
    units = math.floor(share * 100 * 10**WEIGHT_PLACES + Fraction(1, 2))
    return float(Decimal(units).scaleb(-WEIGHT_PLACES))


def round_is_applied(data: WorkshopData, round_id: str) -> bool:
    """Are the criteria weights now exactly those round ``round_id`` gives?

    Derived rather than stored, so it stays true across files and JSON and turns
    false as soon as anyone changes a weight afterwards. False for a round not on
    criteria or with no votes.
    """
    try:
        wanted = weights_from_round(data, round_id)
    except WorkshopError:
        return False
    return bool(wanted) and all(
        c.weight == w.weight for c, w in zip(data.criteria, wanted, strict=True)
    )
