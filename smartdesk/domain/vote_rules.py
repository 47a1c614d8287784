"""The rules vote rounds and votes keep across records (the interchange format's
"vote rules"): at most one round is open; a vote's subject is a record of its round's
subject kind (for options, a short-listed one); one vote per round, subject and
participant; a participant's points in a round add up to at most the round's budget.

Each broken rule is a :class:`Breach` located by section, position and field;
``domain.validation`` words it for people and for the JSON reader like every other
rule. References to the round and the participant themselves are checked there with
the other references.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from smartdesk.domain.enums import RoundStatus, VoteSubject
from smartdesk.domain.records import Vote, VoteRound, WorkshopData

Quote = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Breach:
    section: str  # "vote_rounds" or "votes"
    index: int
    field: str | None
    text: str


_SUBJECT_NOUN = {
    VoteSubject.OPTIONS: "option",
    VoteSubject.CRITERIA: "criterion",
    VoteSubject.OUTCOMES: "outcome",
}


def subject_records(data: WorkshopData, subject: VoteSubject) -> tuple[object, ...]:
    """The records a round on ``subject`` can be voted on, in their order (for
    options, the short-listed ones)."""
    if subject is VoteSubject.OPTIONS:
        return tuple(option for option in data.options if option.shortlisted)
    if subject is VoteSubject.CRITERIA:
        return data.criteria
    return data.outcomes


def vote_breaches(data: WorkshopData, quote: Quote) -> list[Breach]:
    """Every vote rule ``data`` breaks, rounds first, then votes in order."""
    return [*_open_rounds(data.vote_rounds, quote), *_vote_breaches(data, quote)]


def _open_rounds(rounds: tuple[VoteRound, ...], quote: Quote) -> Iterator[Breach]:
    first_open: VoteRound | None = None
    for index, round_ in enumerate(rounds):
        if round_.status is not RoundStatus.OPEN:
            continue
        if first_open is None:
            first_open = round_
            continue
        yield Breach(
            "vote_rounds",
            index,
            "status",
            f"cannot be open: round {_round_name(first_open, quote)} is already open "
            "(one round at a time; close it first)",
        )


def _round_name(round_: VoteRound, quote: Quote) -> str:
    return quote(round_.title) if round_.title.strip() else quote(round_.id)


def _vote_breaches(data: WorkshopData, quote: Quote) -> Iterator[Breach]:
    rounds = {round_.id: round_ for round_ in data.vote_rounds if isinstance(round_.id, str)}
    allowed = {subject: _ids(subject_records(data, subject)) for subject in VoteSubject}
    every_option = {option.id: option.name for option in data.options}
    names = {p.id: p.name for p in data.participants}
    seen: set[tuple[str, str, str]] = set()
    spent: dict[tuple[str, str], int] = {}
    for index, vote in enumerate(data.votes):
        round_ = rounds.get(vote.round_id) if isinstance(vote.round_id, str) else None
        if round_ is None or not isinstance(vote.subject_id, str):
            continue  # a missing round is a reference problem, reported with the others
        noun = _SUBJECT_NOUN.get(round_.subject)
        if noun is None:
            continue  # a bad subject value is the round's own problem
        if vote.subject_id not in allowed[round_.subject]:
            yield Breach(
                "votes", index, "subject_id", _subject_text(vote, round_, every_option, quote)
            )
            continue
        key = (vote.round_id, vote.subject_id, vote.participant_id)
        if key in seen:
            yield Breach(
                "votes",
                index,
                None,
                "is a second vote of this participant on this subject in this round",
            )
            continue
        seen.add(key)
        yield from _budget(vote, index, round_, spent, names, quote)


def _budget(
    vote: Vote,
    index: int,
    round_: VoteRound,
    spent: dict[tuple[str, str], int],
    names: dict[str, str],
    quote: Quote,
) -> Iterator[Breach]:
    if not isinstance(vote.points, int) or isinstance(vote.points, bool):
        return  # the record rules report it
    budget = round_.budget if isinstance(round_.budget, int) else 0
    wallet = (vote.round_id, vote.participant_id)
    before = spent.get(wallet, 0)
    spent[wallet] = before + vote.points
    if before <= budget < spent[wallet]:
        who = names.get(vote.participant_id, "").strip()
        voter = quote(who) if who else quote(vote.participant_id)
        unit = "dots" if round_.method.value == "dots" else "points"
        yield Breach(
            "votes",
            index,
            None,
            f"takes participant {voter} to {spent[wallet]} {unit} in round "
            f"{_round_name(round_, quote)}, over its budget of {budget}",
        )


def _subject_text(vote: Vote, round_: VoteRound, every_option: dict[str, str], quote: Quote) -> str:
    noun = _SUBJECT_NOUN[round_.subject]
    if round_.subject is VoteSubject.OPTIONS and vote.subject_id in every_option:
        name = every_option[vote.subject_id] or vote.subject_id
        return (
            f"refers to option {quote(name)}, which is not short-listed "
            "(only short-listed options can be voted on: delete the votes on it in the "
            "room's Voting tab first, or keep it on the short list)"
        )
    return (
        f"refers to {quote(vote.subject_id)}, which is not {'an' if noun[0] in 'aeiou' else 'a'} "
        f"{noun} (round {_round_name(round_, quote)} is on {round_.subject.value})"
    )


def _ids(records: tuple[object, ...]) -> frozenset[str]:
    return frozenset(str(getattr(record, "id", "")) for record in records)
