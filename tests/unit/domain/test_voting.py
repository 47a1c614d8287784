"""Vote rounds: the vote rules, the results of a round, and a criteria round as weights."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartdesk.domain.enums import RoundStatus, VoteMethod, VoteSubject
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import (
    Criterion,
    Option,
    Outcome,
    Participant,
    Vote,
    VoteRound,
    WorkshopData,
)
from smartdesk.domain.validation import validate_workshop, workshop_problems
from smartdesk.domain.voting import (
    percent_weight,
    round_is_applied,
    round_result,
    weights_from_round,
)


def room(*votes: Vote, rounds: tuple[VoteRound, ...] | None = None) -> WorkshopData:
    """Three options (C not short-listed), three criteria, an outcome, three voters."""
    return WorkshopData(
        options=(
            Option("op-a", "A", shortlisted=True),
            Option("op-b", "B", shortlisted=True),
            Option("op-c", "C long list only"),
        ),
        criteria=(
            Criterion("cr-1", "Cost", weight=5),
            Criterion("cr-2", "Speed", weight=5),
            Criterion("cr-3", "Reach", weight=5),
        ),
        outcomes=(Outcome("oc-1", "Fewer falls"),),
        participants=(
            Participant("pa-1", "Rhian Morgan"),
            Participant("pa-2", "Table 2"),
            Participant("pa-3", ""),
        ),
        vote_rounds=rounds
        if rounds is not None
        else (
            VoteRound("vr-d", "Which option?", VoteSubject.OPTIONS, VoteMethod.DOTS, 3),
            VoteRound(
                "vr-p", "Weights", VoteSubject.CRITERIA, VoteMethod.POINTS, 100, RoundStatus.CLOSED
            ),
        ),
        votes=votes,
    )


# -- the vote rules ----------------------------------------------------------


def test_a_sound_room_breaks_no_rule() -> None:
    data = room(
        Vote("v1", "vr-d", "op-a", "pa-1", 2),
        Vote("v2", "vr-d", "op-b", "pa-1", 1),
        Vote("v3", "vr-p", "cr-1", "pa-1", 100),
    )
    assert validate_workshop(data) == []


def test_only_one_round_may_be_open() -> None:
    rounds = (
        VoteRound("vr-1", "First", status=RoundStatus.OPEN),
        VoteRound("vr-2", "Second", status=RoundStatus.OPEN),
        VoteRound("vr-3", "Third", status=RoundStatus.CLOSED),
    )
    (problem,) = workshop_problems(room(rounds=rounds))
    assert problem.interchange_message == (
        "vote_rounds[1] ('Second').status: cannot be open: round 'First' is already open "
        "(one round at a time; close it first)"
    )


def test_a_dots_voter_may_spend_the_whole_budget_but_not_one_more() -> None:
    full = room(Vote("v1", "vr-d", "op-a", "pa-2", 2), Vote("v2", "vr-d", "op-b", "pa-2", 1))
    assert validate_workshop(full) == []
    over = room(Vote("v1", "vr-d", "op-a", "pa-2", 2), Vote("v2", "vr-d", "op-b", "pa-2", 2))
    (problem,) = workshop_problems(over)
    assert problem.interchange_message == (
        "votes[1] ('Table 2 / B'): takes participant 'Table 2' to 4 dots in round 'Which option?', "
        "over its budget of 3"
    )


def test_budgets_are_per_round_and_per_voter() -> None:
    data = room(
        Vote("v1", "vr-d", "op-a", "pa-1", 3),
        Vote("v2", "vr-d", "op-a", "pa-2", 3),
        Vote("v3", "vr-p", "cr-1", "pa-1", 100),
    )
    assert validate_workshop(data) == []


def test_an_over_budget_voter_is_reported_once() -> None:
    data = room(*(Vote(f"v{n}", "vr-p", "cr-1" if n else "cr-2", "pa-3", 60) for n in range(2)))
    messages = [p.interchange_message for p in workshop_problems(data)]
    assert messages == [
        "votes[1] ('pa-3 / Cost'): takes participant 'pa-3' to 120 points in round 'Weights', "
        "over its budget of 100"
    ]


def test_one_vote_per_round_subject_and_participant() -> None:
    data = room(Vote("v1", "vr-d", "op-a", "pa-1", 1), Vote("v2", "vr-d", "op-a", "pa-1", 1))
    (problem,) = workshop_problems(data)
    assert problem.interchange_message == (
        "votes[1] ('Rhian Morgan / A'): is a second vote of this participant on this subject "
        "in this round"
    )


@pytest.mark.parametrize(
    ("round_id", "subject_id", "expected"),
    [
        (
            "vr-d",
            "op-c",
            "votes[0] ('Rhian Morgan / C long list only').subject_id: refers to option "
            "'C long list only', which is not "
            "short-listed (only short-listed options can be voted on: delete the votes on it "
            "in the room's Voting tab first, or keep it on the short list)",
        ),
        (
            "vr-d",
            "cr-1",
            "votes[0] ('Rhian Morgan / Cost').subject_id: refers to 'cr-1', which is not an option "
            "(round 'Which option?' is on options)",
        ),
        (
            "vr-p",
            "oc-1",
            "votes[0] ('Rhian Morgan / Fewer falls').subject_id: refers to 'oc-1', "
            "which is not a criterion "
            "(round 'Weights' is on criteria)",
        ),
        (
            "vr-p",
            "nobody",
            "votes[0] ('Rhian Morgan / nobody').subject_id: refers to 'nobody', "
            "which is not a criterion "
            "(round 'Weights' is on criteria)",
        ),
    ],
)
def test_a_vote_is_on_a_record_of_its_rounds_kind(
    round_id: str, subject_id: str, expected: str
) -> None:
    (problem,) = workshop_problems(room(Vote("v1", round_id, subject_id, "pa-1", 1)))
    assert problem.interchange_message == expected


def test_an_outcomes_round_takes_outcomes() -> None:
    rounds = (VoteRound("vr-o", "Which outcome first?", VoteSubject.OUTCOMES),)
    assert validate_workshop(room(Vote("v1", "vr-o", "oc-1", "pa-1", 5), rounds=rounds)) == []


def test_a_vote_needs_an_existing_round_and_participant() -> None:
    messages = [
        p.interchange_message for p in workshop_problems(room(Vote("v1", "vr-x", "op-a", "pa-x")))
    ]
    assert messages == [
        "votes[0] ('pa-x / A').round_id: refers to vote round 'vr-x', which does not exist",
        "votes[0] ('pa-x / A').participant_id: refers to participant 'pa-x', which does not exist",
    ]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            Vote("v1", "vr-d", "op-a", "pa-1", 0),
            "votes[0] ('Rhian Morgan / A').points: must be 1 or more, got 0",
        ),
        (
            VoteRound("vr-z", "Zero", budget=0, status=RoundStatus.CLOSED),
            "vote_rounds[2] ('Zero').budget: must be 1 or more, got 0",
        ),
    ],
)
def test_points_and_budgets_are_at_least_one(record: object, expected: str) -> None:
    data = room()
    if isinstance(record, Vote):
        data = replace(data, votes=(record,))
    else:
        data = replace(data, vote_rounds=(*data.vote_rounds, record))
    assert [p.interchange_message for p in workshop_problems(data)] == [expected]


# -- results -----------------------------------------------------------------


def test_round_results_total_rank_and_share_with_ties_in_workshop_order() -> None:
    data = room(
        Vote("v1", "vr-p", "cr-3", "pa-1", 40),
        Vote("v2", "vr-p", "cr-2", "pa-1", 60),
        Vote("v3", "vr-p", "cr-3", "pa-2", 20),
        Vote("v4", "vr-p", "cr-1", "pa-2", 20),
    )
    result = round_result(data, "vr-p")
    assert result.voters == 2 and result.total == 140
    assert [(s.subject_id, s.total, s.voters, s.rank) for s in result.subjects] == [
        ("cr-2", 60, 1, 1),
        ("cr-3", 60, 2, 1),  # a tie: same rank, listed in the criteria's order
        ("cr-1", 20, 1, 3),
    ]
    assert [s.share for s in result.subjects] == [Fraction(3, 7), Fraction(3, 7), Fraction(1, 7)]
    assert [s.name for s in result.leaders] == ["Speed", "Reach"]


def test_a_round_nobody_voted_in_lists_every_subject_at_zero() -> None:
    result = round_result(room(), "vr-d")
    assert [(s.name, s.total, s.share, s.rank) for s in result.subjects] == [
        ("A", 0, 0, 1),
        ("B", 0, 0, 1),
    ]
    assert result.voters == 0 and result.leaders == ()


def test_results_of_an_unknown_round_are_refused() -> None:
    with pytest.raises(WorkshopError, match="no vote round with id vr-x"):
        round_result(room(), "vr-x")


# -- a criteria round as weights ---------------------------------------------


def test_weights_are_the_points_share_in_per_cent_rounded_half_up() -> None:
    data = room(
        Vote("v1", "vr-p", "cr-1", "pa-1", 1),
        Vote("v2", "vr-p", "cr-2", "pa-1", 2),
    )
    weights = weights_from_round(data, "vr-p")
    assert [(c.id, c.name, c.weight) for c in weights] == [
        ("cr-1", "Cost", 33.33),
        ("cr-2", "Speed", 66.67),
        ("cr-3", "Reach", 0.0),  # nobody voted for it
    ]
    assert not round_is_applied(data, "vr-p")
    applied = replace(data, criteria=weights)
    assert round_is_applied(applied, "vr-p")
    # Changing a weight afterwards means the round no longer is what the appraisal uses.
    tweaked = replace(applied, criteria=(replace(weights[0], weight=34), *weights[1:]))
    assert not round_is_applied(tweaked, "vr-p")


@pytest.mark.parametrize(
    ("share", "weight"),
    [
        (Fraction(1, 8), 12.5),
        (Fraction(1, 800), 0.13),  # 0.125 exactly: half goes up
        (Fraction(1, 3), 33.33),
        (Fraction(2, 3), 66.67),
        (Fraction(0), 0.0),
        (Fraction(1), 100.0),
    ],
)
def test_percent_weight_rounding(share: Fraction, weight: float) -> None:
    assert percent_weight(share) == weight


@given(st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=3))
def test_weights_keep_the_ranking_of_the_points(points: list[int]) -> None:
    votes = tuple(
        Vote(f"v{i}", "vr-p", f"cr-{i + 1}", "pa-1", n) for i, n in enumerate(points) if n
    )
    data = room(*votes, rounds=(VoteRound("vr-p", "W", VoteSubject.CRITERIA, budget=300),))
    if not votes:
        with pytest.raises(WorkshopError, match="Nobody has voted"):
            weights_from_round(data, "vr-p")
        return
    weights = [c.weight or 0.0 for c in weights_from_round(data, "vr-p")][: len(points)]
    for i, a in enumerate(points):
        for j, b in enumerate(points):
            if a > b:
                assert weights[i] >= weights[j]
    # Each weight is rounded to 2 places, so the sum may be off by half a hundredth each
    # (and a hair of floating point: 49.38 + 50.63 is 100.01000000000001).
    assert abs(sum(weights) - 100) <= 0.005 * len(points) + 1e-9


def test_only_a_criteria_round_sets_weights() -> None:
    data = room(Vote("v1", "vr-d", "op-a", "pa-1", 1))
    with pytest.raises(WorkshopError, match="only a criteria round can set the weights"):
        weights_from_round(data, "vr-d")
    assert not round_is_applied(data, "vr-d")
