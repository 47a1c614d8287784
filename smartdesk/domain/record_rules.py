"""The rules one record keeps on its own, read from the record classes.

Numbers in range and finite, whole numbers where the scale is whole, a non-blank
``id``, text without control characters and not longer than its kind of field allows,
the right kind of value in each field. The rules across records (unique ids,
references, one do-minimum) are in :mod:`smartdesk.domain.validation`.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from types import NoneType, UnionType
from typing import Literal

from smartdesk.domain.record_names import (
    BAD_CHARACTER,
    SECTION_OF,
    Problem,
    display_name,
    record_reference,
    show,
)
from smartdesk.domain.records import (
    AgendaStep,
    Criterion,
    MaturityDimension,
    Option,
    Relationship,
    Risk,
    Score,
    Stakeholder,
    Vision,
    Vote,
    VoteRound,
    WorkshopInfo,
)

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
    if BAD_CHARACTER.search(value):
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


def record_rule_problems(
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
    name = display_name(record, {})
    return list(
        record_rule_problems(
            record, SECTION_OF[type(record)], None, record_reference(record, name), name
        )
    )


def validate_record(record: object) -> list[str]:
    """Messages for every record rule ``record`` breaks; empty when it is sound.

    >>> validate_record(Stakeholder(id="s1", name="Rhian Morgan", power=11))
    ["Stakeholder 'Rhian Morgan': power must be between 0 and 10, got 11"]
    """
    return [problem.message for problem in record_problems(record)]
