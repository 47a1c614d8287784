"""The rules a workshop's records must keep, with messages a council officer understands.

Two levels of rule:

- *record rules* look at one record alone: numbers in range and finite, whole numbers
  where the scale is whole, a non-blank ``id``, text without control characters and
  not longer than its kind of field allows, the right kind of value in each field;
- *workshop rules* look across records: ``id``\\ s unique across the whole workshop,
  every reference pointing at an existing record of the right kind, at most one
  do-minimum and one business-as-usual option (each short-listed), one score per
  option and criterion.

The record rules are in :mod:`smartdesk.domain.record_rules`; this module holds the
workshop rules and the checks of an edit. Each problem is a :class:`Problem`
(:mod:`smartdesk.domain.record_names`) that can be worded two ways: for people
(``Stakeholder 'Rhian Morgan': power must be between 0 and 10, got 11``) and for the
JSON interchange reader, naming the key (``stakeholders[3] ('Rhian Morgan').power:
must be between 0 and 10, got 11``; positions count from 0).

The GUI refuses an edit with :func:`validate_edit`: the problems the edit would bring
in, or leave on the edited record. Deleting a record is not an "edit" here; whoever
deletes must also delete or clear what points at it (``validate_workshop`` then
finds nothing dangling).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from smartdesk.domain.enums import Nation
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.record_names import (
    SECTION_OF,
    SECTION_ORDER,
    SINGLE_SECTIONS,
    Problem,
    display_name,
    quote,
    record_name,
    record_reference,
)
from smartdesk.domain.record_rules import record_rule_problems
from smartdesk.domain.records import (
    EngagementAction,
    ListeningLogEntry,
    Option,
    Outcome,
    Recommendation,
    Relationship,
    Risk,
    Score,
    Stakeholder,
    Strategy,
    Vote,
    WorkshopData,
)
from smartdesk.domain.vote_rules import vote_breaches

# Reference fields: (record class, field) -> the section the id must belong to.
_REFERENCES: dict[tuple[type, str], str] = {
    (Outcome, "strategy_ids"): "strategies",
    (Relationship, "from_id"): "stakeholders",
    (Relationship, "to_id"): "stakeholders",
    (EngagementAction, "stakeholder_ids"): "stakeholders",
    (ListeningLogEntry, "stakeholder_id"): "stakeholders",
    (ListeningLogEntry, "option_id"): "options",
    (Score, "option_id"): "options",
    (Score, "criterion_id"): "criteria",
    (Risk, "option_id"): "options",
    (Recommendation, "option_id"): "options",
    (Vote, "round_id"): "vote_rounds",
    (Vote, "participant_id"): "participants",
}

_SECTION_KIND: dict[str, str] = {
    "strategies": "strategy",
    "stakeholders": "stakeholder",
    "options": "option",
    "criteria": "criterion",
    "workshop": "workshop",
    "vision": "vision",
    "outcomes": "outcome",
    "maturity": "maturity dimension",
    "relationships": "relationship",
    "engagement_actions": "engagement action",
    "listening_log": "listening-log entry",
    "risks": "risk",
    "next_steps": "next step",
    "participants": "participant",
    "agenda": "agenda step",
    "vote_rounds": "vote round",
    "votes": "vote",
}


# ---------------------------------------------------------------------------
# Workshop rules


@dataclass(frozen=True, slots=True)
class _Located:
    record: object
    section: str
    index: int | None
    label: str
    name: str


def _located_records(data: WorkshopData) -> Iterator[_Located]:
    """Every record of ``data`` in document order, with its place and label."""
    names = _reference_names(data)
    for section in SECTION_ORDER:
        value = getattr(data, section)
        if section in SINGLE_SECTIONS:
            yield _Located(value, section, None, record_reference(value), record_name(value))
            continue
        for index, record in enumerate(value):
            name = display_name(record, names)
            yield _Located(record, section, index, record_reference(record, name), name)


def _reference_names(data: WorkshopData) -> dict[str, str]:
    names: dict[str, str] = {}
    for section in ("stakeholders", "options", "criteria", "outcomes", "participants"):
        for record in getattr(data, section):
            if isinstance(record.id, str):
                names.setdefault(record.id, record_name(record))
    return names


def _id_problems(located: list[_Located]) -> Iterator[Problem]:
    first_use: dict[str, _Located] = {}
    for place in located:
        record_id = getattr(place.record, "id", None)
        if not isinstance(record_id, str) or not record_id.strip():
            continue  # reported by the record rules
        earlier = first_use.setdefault(record_id, place)
        if earlier is not place:
            yield _problem(place, "id", f"{quote(record_id)} is already used by {earlier.label}")


def _problem(place: _Located, field: str | None, text: str) -> Problem:
    return Problem(place.section, place.index, place.label, place.name, field, text)


def _reference_problems(located: list[_Located]) -> Iterator[Problem]:
    section_of_id: dict[str, str] = {}
    label_of_id: dict[str, str] = {}
    for place in located:
        record_id = getattr(place.record, "id", None)
        if isinstance(record_id, str):
            section_of_id.setdefault(record_id, place.section)
            label_of_id.setdefault(record_id, place.label)
    for place in located:
        for (cls, field), target in _REFERENCES.items():
            if type(place.record) is not cls:
                continue
            value = getattr(place.record, field)
            targets = value if isinstance(value, tuple) else (value,)
            seen: set[str] = set()
            for ref in targets:
                if not isinstance(ref, str):
                    continue  # None, or a wrong type the record rules report
                wanted = _SECTION_KIND[target]
                found = section_of_id.get(ref)
                if found is None:
                    yield _problem(
                        place, field, f"refers to {wanted} {quote(ref)}, which does not exist"
                    )
                elif found != target:
                    yield _problem(
                        place,
                        field,
                        f"refers to {label_of_id[ref]}, which is not {_article(wanted)} {wanted}",
                    )
                elif ref in seen:
                    yield _problem(place, field, f"lists {label_of_id[ref]} twice")
                seen.add(ref)


def _article(noun: str) -> str:
    return "an" if noun[0] in "aeiou" else "a"


def _baseline_problems(located: list[_Located]) -> Iterator[Problem]:
    """At most one do-minimum and one business-as-usual option, each short-listed."""
    for flag, what in (("do_minimum", "do-minimum"), ("bau", "business-as-usual")):
        holder: _Located | None = None
        for place in located:
            option = place.record
            if not isinstance(option, Option) or getattr(option, flag) is not True:
                continue
            if holder is not None:
                yield _problem(
                    place, flag, f"cannot be set: {holder.label} is already the {what} option"
                )
                continue
            holder = place
            if option.shortlisted is not True:
                yield _problem(
                    place,
                    flag,
                    f"is set but the option is not short-listed; the {what} option "
                    "must be on the short list",
                )


def _score_problems(located: list[_Located]) -> Iterator[Problem]:
    first: dict[tuple[str, str], _Located] = {}
    for place in located:
        if isinstance(place.record, Score) and all(
            isinstance(ref, str) for ref in place.record.key
        ):
            earlier = first.setdefault(place.record.key, place)
            if earlier is not place:
                yield _problem(
                    place, None, "is a second score of this option against this criterion"
                )


ParagraphCheck = Callable[[str, Nation], str | None]
"""Why a paragraph cannot be cited in a nation, or None: ``exempt_law.paragraph_problem``."""

# The records that can name the exempt-information paragraph they are withheld under.
EXEMPT_PARAGRAPH_RECORDS = (Strategy, Stakeholder, Option, Risk)


def workshop_problems(
    data: WorkshopData, *, paragraph_problem: ParagraphCheck | None = None
) -> list[Problem]:
    """Every rule ``data`` breaks: record rules in document order, then workshop rules.

    With ``paragraph_problem`` each ``exempt_paragraph`` is also checked against the
    workshop's nation: the paragraphs are law read from a table outside the domain, so
    whoever has the table passes its check in.
    """
    located = list(_located_records(data))
    problems: list[Problem] = []
    for place in located:
        problems.extend(
            record_rule_problems(place.record, place.section, place.index, place.label, place.name)
        )
    for check in (_id_problems, _reference_problems, _baseline_problems, _score_problems):
        problems.extend(check(located))
    problems.extend(_vote_problems(data, located))
    if paragraph_problem is not None:
        problems.extend(_paragraph_problems(located, data.workshop.nation, paragraph_problem))
    return problems


def _vote_problems(data: WorkshopData, located: list[_Located]) -> Iterator[Problem]:
    """The vote rules (``domain.vote_rules``), located like every other problem."""
    places = {(place.section, place.index): place for place in located}
    for breach in vote_breaches(data, quote):
        yield _problem(places[(breach.section, breach.index)], breach.field, breach.text)


def _paragraph_problems(
    located: list[_Located], nation: Nation, paragraph_problem: ParagraphCheck
) -> Iterator[Problem]:
    for place in located:
        if isinstance(place.record, EXEMPT_PARAGRAPH_RECORDS):
            number = place.record.exempt_paragraph
            why = paragraph_problem(number, nation) if isinstance(number, str) else None
            if why is not None:
                yield _problem(place, "exempt_paragraph", why)


def validate_workshop(data: WorkshopData) -> list[str]:
    """Messages for every rule ``data`` breaks (record and cross-record); empty when sound."""
    return [problem.message for problem in workshop_problems(data)]


def summarise(messages: Iterable[str]) -> str | None:
    """The first message, with the number of further ones: ``... (and 2 more problems)``."""
    messages = list(messages)
    if not messages:
        return None
    rest = len(messages) - 1
    if rest == 0:
        return messages[0]
    return f"{messages[0]} (and {rest} more problem{'s' if rest > 1 else ''})"


def ensure_valid(data: WorkshopData) -> None:
    """Raise :class:`WorkshopError` naming the first problem of ``data`` (and how many more)."""
    summary = summarise(validate_workshop(data))
    if summary is not None:
        raise WorkshopError(summary)


# ---------------------------------------------------------------------------
# Edits


def apply_edit(data: WorkshopData, record: object) -> tuple[WorkshopData, str, int | None]:
    """``data`` with ``record`` put in place, and where it went (section, position).

    A record with the ``id`` (for a score: the option and criterion) of an existing one
    replaces it in place; otherwise it is added at the end of its collection. A
    workshop, vision, recommendation or implications record replaces the one there.
    """
    section = SECTION_OF.get(type(record))
    if section is None:
        raise TypeError(f"not a workshop record: {type(record).__name__}")
    if section in SINGLE_SECTIONS:
        single: dict[str, Any] = {section: record}
        return dataclasses.replace(data, **single), section, None
    records: tuple[object, ...] = getattr(data, section)
    key = _identity(record)
    position = next(
        (index for index, existing in enumerate(records) if _identity(existing) == key),
        len(records),
    )
    changes: dict[str, Any] = {section: (*records[:position], record, *records[position + 1 :])}
    return dataclasses.replace(data, **changes), section, position


def _identity(record: object) -> object:
    return record.key if isinstance(record, Score) else getattr(record, "id", None)


def validate_edit(data: WorkshopData, record: object) -> list[str]:
    """Why the GUI should refuse to put ``record`` into ``data``; empty if the edit is fine.

    Reports every problem of the edited record itself (record and cross-record rules),
    and any problem elsewhere that the edit would bring in (for example setting a
    second do-minimum option). Problems the workshop already had elsewhere are not
    the edit's fault and are left out.
    """
    return validate_edits(data, (record,))


def validate_edits(data: WorkshopData, records: Iterable[object]) -> list[str]:
    """:func:`validate_edit` for several records put in as one edit (a paste, a baseline
    role moving from one option to another, several cards moved together)."""
    before = {problem.message for problem in workshop_problems(data)}
    after = data
    edited: set[tuple[str, int | None]] = set()
    for record in records:
        after, section, index = apply_edit(after, record)
        edited.add((section, index))
    return [
        problem.message
        for problem in workshop_problems(after)
        if (problem.section, problem.index) in edited or problem.message not in before
    ]
