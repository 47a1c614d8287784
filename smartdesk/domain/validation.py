"""The rules a workshop's records must keep, with messages a council officer understands.

Two levels of rule:

- *record rules* look at one record alone: numbers in range and finite, whole numbers
  where the scale is whole, a non-blank ``id``, text without control characters and
  not longer than its kind of field allows, the right kind of value in each field;
- *workshop rules* look across records: ``id``\\ s unique across the whole workshop,
  every reference pointing at an existing record of the right kind, at most one
  do-minimum and one business-as-usual option (each short-listed), one score per
  option and criterion.

Each problem is a :class:`Problem` that can be worded two ways: for people
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
import math
import re
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from types import NoneType, UnionType
from typing import Any, Literal

from smartdesk.domain.enums import Nation
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import (
    COLLECTIONS,
    AgendaStep,
    Criterion,
    EngagementAction,
    Implications,
    ListeningLogEntry,
    MaturityDimension,
    NextStep,
    Option,
    Outcome,
    Participant,
    Recommendation,
    Relationship,
    Risk,
    Score,
    Stakeholder,
    Strategy,
    Vision,
    Vote,
    VoteRound,
    WorkshopData,
    WorkshopInfo,
)
from smartdesk.domain.vote_rules import vote_breaches

# ---------------------------------------------------------------------------
# What each record kind is called, and which field names it

SINGLE_SECTIONS: dict[str, type] = {
    "workshop": WorkshopInfo,
    "vision": Vision,
    "recommendation": Recommendation,
    "implications": Implications,
}
"""Interchange sections holding one record (not a list), by section name."""

SECTION_OF: dict[type, str] = {
    **{cls: name for name, cls in SINGLE_SECTIONS.items()},
    **{cls: name for name, cls in COLLECTIONS.items()},
}
"""Record class -> its interchange section name (``Stakeholder`` -> ``stakeholders``)."""

SECTION_ORDER: tuple[str, ...] = (
    "workshop",
    "vision",
    *list(COLLECTIONS)[: list(COLLECTIONS).index("next_steps")],
    "recommendation",
    "implications",
    *list(COLLECTIONS)[list(COLLECTIONS).index("next_steps") :],
)
"""Sections of a workshop in interchange document order."""

KIND_NAMES: dict[type, str] = {
    WorkshopInfo: "Workshop",
    Vision: "Vision",
    Strategy: "Strategy",
    Outcome: "Outcome",
    MaturityDimension: "Maturity dimension",
    Stakeholder: "Stakeholder",
    Relationship: "Relationship",
    EngagementAction: "Engagement action",
    ListeningLogEntry: "Listening-log entry",
    Criterion: "Criterion",
    Option: "Option",
    Score: "Score",
    Risk: "Risk",
    Recommendation: "Recommendation",
    Implications: "Implications",
    NextStep: "Next step",
    Participant: "Participant",
    AgendaStep: "Agenda step",
    VoteRound: "Vote round",
    Vote: "Vote",
}

NAME_FIELDS: dict[type, str] = {
    WorkshopInfo: "title",
    Strategy: "title",
    Outcome: "title",
    MaturityDimension: "dimension",
    Stakeholder: "name",
    EngagementAction: "action",
    ListeningLogEntry: "said",
    Criterion: "name",
    Option: "name",
    Risk: "title",
    NextStep: "action",
    Participant: "name",
    AgendaStep: "title",
    VoteRound: "title",
}
"""The field people know a record by, for messages."""

# How a field is named in a message for people; other fields lose their underscores.
_FIELD_LABELS: dict[str, str] = {
    "id": "id",
    "appraisal_years": "appraisal period (years)",
    "discount_rate_pct": "discount rate (%)",
    "optimism_bias_pct": "optimism bias (%)",
    "optimism_bias_operating_pct": "operating-cost optimism bias (%)",
    "annual_social_benefit": "social benefit a year",
    "s151_officer": "section 151 officer's comments",
    "monitoring_officer": "monitoring officer's comments",
    "contact_email": "contact e-mail",
    "strategy_ids": "linked strategies",
    "stakeholder_ids": "stakeholders",
    "stakeholder_id": "stakeholder",
    "option_id": "option",
    "criterion_id": "criterion",
    "round_id": "round",
    "subject_id": "subject",
    "participant_id": "participant",
    "from_id": "'from' stakeholder",
    "to_id": "'to' stakeholder",
    "do_minimum": "do-minimum",
    "bau": "business as usual",
    "current": "current level",
    "target": "target",
}

_NAME_LIMIT = 40

# The longest text a field may hold. Prose (the problem, a rationale, notes, what was
# said) may run to pages; anything else - a name, a title, an owner, one item of a list
# - is a line or two on a report. Past these a value is a paste gone wrong, and the
# briefing pack would run to hundreds of pages (a 200,000-character title made 307).
MAX_LINE_CHARACTERS = 1_000
MAX_PROSE_CHARACTERS = 100_000
PROSE_FIELDS = frozenset(
    {
        "problem",
        "statement",
        "alignment",
        "note",
        "notes",
        "said",
        "response",
        "description",
        "rationale",
        "mitigation",
        "financial",
        "legal",
        "equality",
        "climate",
        "data_protection",
        "subsidy_control",
        "welsh_language",
        "wellbeing",
        "human_rights",
        "socio_economic",
        "consultation",
        "s151_officer",
        "monitoring_officer",
        "rejection_reason",
    }
)

# ---------------------------------------------------------------------------
# Field kinds, read from the record classes so they never drift apart

FieldKind = Literal["text", "bool", "int", "number", "date", "enum", "text_list", "enum_list"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """What one record field holds, as the validator and the interchange reader see it."""

    name: str
    kind: FieldKind
    nullable: bool
    required: bool
    enum: type[StrEnum] | None = None


def record_fields(cls: type) -> tuple[FieldSpec, ...]:
    """The fields of record class ``cls`` in declaration (= interchange) order."""
    specs = _FIELD_SPECS.get(cls)
    if specs is None:
        specs = _FIELD_SPECS[cls] = _read_fields(cls)
    return specs


_FIELD_SPECS: dict[type, tuple[FieldSpec, ...]] = {}


def _read_fields(cls: type) -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(cls)
    specs = []
    for fld in dataclasses.fields(cls):
        annotation = hints[fld.name]
        nullable = False
        if isinstance(annotation, UnionType):
            members = [arg for arg in typing.get_args(annotation) if arg is not NoneType]
            nullable = len(members) < len(typing.get_args(annotation))
            (annotation,) = members
        enum: type[StrEnum] | None = None
        kind: FieldKind
        if typing.get_origin(annotation) is tuple:
            element = typing.get_args(annotation)[0]
            kind = "text_list" if element is str else "enum_list"
            enum = None if element is str else element
        elif isinstance(annotation, type) and issubclass(annotation, StrEnum):
            kind, enum = "enum", annotation
        else:
            kind = _SIMPLE_KINDS[annotation]
        required = fld.default is dataclasses.MISSING and fld.default_factory is dataclasses.MISSING
        specs.append(FieldSpec(fld.name, kind, nullable, required, enum))
    return tuple(specs)


_SIMPLE_KINDS: dict[object, FieldKind] = {
    str: "text",
    bool: "bool",
    int: "int",
    float: "number",
    date: "date",
}

# ---------------------------------------------------------------------------
# Number ranges (inclusive); None = unbounded on that side


@dataclass(frozen=True, slots=True)
class _Range:
    low: float | None
    high: float | None


_RANGES: dict[type, dict[str, _Range]] = {
    WorkshopInfo: {"appraisal_years": _Range(1, 60), "discount_rate_pct": _Range(0, 20)},
    Vision: {"horizon_year": _Range(2000, 2100)},
    MaturityDimension: {"current": _Range(1, 5), "target": _Range(1, 5)},
    Stakeholder: {
        "power": _Range(0, 10),
        "interest": _Range(0, 10),
        "attitude": _Range(-2, 2),
    },
    Relationship: {"strength": _Range(1, 3)},
    Criterion: {"weight": _Range(0, None)},
    Option: {
        "capital_cost": _Range(0, None),
        "annual_cost": _Range(0, None),
        "annual_benefit": _Range(0, None),
        # Green Book supplementary guidance tops out around 200 % for the riskiest
        # capital; anything above is a typing slip.
        "optimism_bias_pct": _Range(0, 200),
        "annual_social_benefit": _Range(0, None),
        "optimism_bias_operating_pct": _Range(0, 200),
    },
    Score: {"score": _Range(0, 5)},
    Risk: {"likelihood": _Range(1, 5), "impact": _Range(1, 5)},
    AgendaStep: {"minutes": _Range(1, 480)},
    VoteRound: {"budget": _Range(1, None)},
    Vote: {"points": _Range(1, None)},
}

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

# C0 control characters other than tab, line feed and carriage return, DEL, and lone
# UTF-16 surrogates (which JSON's \\ud800 escapes can smuggle in and UTF-8 cannot store).
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


# ---------------------------------------------------------------------------
# Problems


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule, located by section, position and field.

    ``text`` is the part after the field name, e.g. ``must be between 0 and 10, got 11``.
    """

    section: str
    index: int | None
    label: str
    name: str
    field: str | None
    text: str

    @property
    def message(self) -> str:
        """Wording for people: ``Stakeholder 'Rhian Morgan': power must be ...``."""
        if self.field is None:
            return f"{self.label}: {self.text}"
        field_label = _FIELD_LABELS.get(self.field, self.field.replace("_", " "))
        return f"{self.label}: {field_label} {self.text}"

    @property
    def location(self) -> str:
        """Where the JSON interchange format keeps the value: ``stakeholders[3] ('X').power``."""
        if self.index is None:  # a single section: its key path says enough
            where = self.section
        else:
            where = f"{self.section}[{self.index}]"
            if self.name:
                where += f" ({quote(self.name)})"
        return where if self.field is None else f"{where}.{self.field}"

    @property
    def interchange_message(self) -> str:
        """Wording for the JSON reader: ``stakeholders[3] ('X').power: must be ...``."""
        return f"{self.location}: {self.text}"


def quote(text: str, limit: int = _NAME_LIMIT) -> str:
    """``text`` in single quotes on one line, shortened to ``limit`` characters."""
    flat = " ".join(_BAD_CHARACTER.sub("?", text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"'{flat}'"


def show(value: object) -> str:
    """A value as a message shows it: ``11``, ``2.5``, ``'high'``, ``null``, ``true``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value)) if abs(value) < 1e16 else repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, StrEnum):
        return quote(value.value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def record_name(record: object) -> str:
    """The name, title or other text people know ``record`` by ("" if it has none)."""
    name_field = NAME_FIELDS.get(type(record))
    value = getattr(record, name_field, "") if name_field else ""
    return value if isinstance(value, str) else ""


def record_reference(record: object, name: str | None = None) -> str:
    """How a message refers to ``record``: ``Stakeholder 'Rhian Morgan'``; a record
    without a name by its id."""
    kind = KIND_NAMES.get(type(record), type(record).__name__)
    name = record_name(record) if name is None else name
    if name.strip():
        return f"{kind} {quote(name)}"
    record_id = getattr(record, "id", None)
    if isinstance(record_id, str) and record_id.strip():
        return f"{kind} with id {quote(record_id)}"
    return kind


# ---------------------------------------------------------------------------
# Record rules


def _number_problem(value: object, spec: FieldSpec, bounds: _Range | None) -> str | None:
    if value is None:
        return None if spec.nullable else "must be given, got null"
    whole = spec.kind == "int"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"must be {'a whole number' if whole else 'a number'}, got {show(value)}"
    if not math.isfinite(value):
        return f"must be a finite number, got {show(value)}"
    if whole and not isinstance(value, int):
        return f"must be a whole number, got {show(value)}"
    if bounds is None:
        return None
    low, high = bounds.low, bounds.high
    if low is not None and high is not None and not low <= value <= high:
        return f"must be between {show(low)} and {show(high)}, got {show(value)}"
    if low is not None and value < low:
        return f"must be {show(low)} or more, got {show(value)}"
    if high is not None and value > high:
        return f"must be {show(high)} or less, got {show(value)}"
    return None


def _text_problem(value: object, limit: int = MAX_LINE_CHARACTERS) -> str | None:
    if not isinstance(value, str):
        return f"must be text, got {show(value)}"
    if _BAD_CHARACTER.search(value):
        return "contains a control character or an invalid character"
    if len(value) > limit:
        return f"is {len(value):,} characters long; it can be at most {limit:,}"
    return None


def _enum_problem(value: object, enum: type[StrEnum]) -> str | None:
    if isinstance(value, enum):
        return None
    allowed = ", ".join(member.value for member in enum)
    return f"must be one of {allowed}; got {show(value)}"


def _field_problem(record: object, spec: FieldSpec) -> str | None:
    value = getattr(record, spec.name)
    bounds = _RANGES.get(type(record), {}).get(spec.name)
    if spec.kind in ("int", "number"):
        return _number_problem(value, spec, bounds)
    if value is None:
        return None if spec.nullable else "must be given, got null"
    if spec.kind == "text":
        limit = MAX_PROSE_CHARACTERS if spec.name in PROSE_FIELDS else MAX_LINE_CHARACTERS
        problem = _text_problem(value, limit)
        if problem is None and spec.name == "id" and isinstance(value, str) and not value.strip():
            return "must not be blank"
        return problem
    if spec.kind == "bool":
        return None if isinstance(value, bool) else f"must be true or false, got {show(value)}"
    if spec.kind == "date":
        if isinstance(value, datetime) or not isinstance(value, date):
            return f"must be a date, got {show(value)}"
        return None
    if spec.kind == "enum":
        assert spec.enum is not None
        return _enum_problem(value, spec.enum)
    return _list_problem(value, spec)


def _list_problem(value: object, spec: FieldSpec) -> str | None:
    if not isinstance(value, tuple):
        return f"must be a list, got {show(value)}"
    for position, element in enumerate(value):
        if spec.enum is not None:
            problem = _enum_problem(element, spec.enum)
        else:
            problem = _text_problem(element)
        if problem is not None:
            return f"item {position + 1} {problem}"
    if spec.enum is not None:
        # Financing sources are a set: listing one twice would count it twice.
        seen: set[object] = set()
        for element in value:
            if element in seen:
                return f"lists {show(element)} twice"
            seen.add(element)
    return None


def _record_problems(
    record: object, section: str, index: int | None, label: str, name: str
) -> Iterator[Problem]:
    for spec in record_fields(type(record)):
        text = _field_problem(record, spec)
        if text is not None:
            yield Problem(section, index, label, name, spec.name, text)
    if (
        isinstance(record, Relationship)
        and record.from_id is not None
        and record.from_id == record.to_id
    ):
        yield Problem(
            section, index, label, name, "to_id", "must differ from the 'from' stakeholder"
        )


def record_problems(record: object) -> list[Problem]:
    """The record rules ``record`` breaks, on its own (no cross-record rules)."""
    if type(record) not in SECTION_OF:
        raise TypeError(f"not a workshop record: {type(record).__name__}")
    name = _display_name(record, {})
    return list(
        _record_problems(
            record, SECTION_OF[type(record)], None, record_reference(record, name), name
        )
    )


def validate_record(record: object) -> list[str]:
    """Messages for every record rule ``record`` breaks; empty when it is sound.

    >>> validate_record(Stakeholder(id="s1", name="Rhian Morgan", power=11))
    ["Stakeholder 'Rhian Morgan': power must be between 0 and 10, got 11"]
    """
    return [problem.message for problem in record_problems(record)]


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
            name = _display_name(record, names)
            yield _Located(record, section, index, record_reference(record, name), name)


def _reference_names(data: WorkshopData) -> dict[str, str]:
    names: dict[str, str] = {}
    for section in ("stakeholders", "options", "criteria"):
        for record in getattr(data, section):
            if isinstance(record.id, str):
                names.setdefault(record.id, record_name(record))
    return names


def _display_name(record: object, names: dict[str, str]) -> str:
    """Scores and relationships have no name of their own: show what they join."""
    if isinstance(record, Score):
        return f"{_end_name(record.option_id, names)} / {_end_name(record.criterion_id, names)}"
    if isinstance(record, Relationship) and (record.from_id or record.to_id or record.kind):
        ends = f"{_end_name(record.from_id, names)} → {_end_name(record.to_id, names)}"
        return f"{ends} ({record.kind})" if record.kind and isinstance(record.kind, str) else ends
    return record_name(record)


def _end_name(reference: object, names: dict[str, str]) -> str:
    if isinstance(reference, str):
        return names.get(reference) or reference
    return "?"


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
            _record_problems(place.record, place.section, place.index, place.label, place.name)
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
