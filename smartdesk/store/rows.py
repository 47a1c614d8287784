"""Turning records into table rows and back.

Each record kind has a :class:`Kind`: its table and which of its list fields live in
a link (or child) table. Scalar fields map one-to-one onto columns of the same name;
the conversion follows each field's type hint (dates as ISO text, enumerations as
their value, booleans as 0/1, plain string lists as JSON text).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from smartdesk.domain.records import (
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
    WorkshopInfo,
)
from smartdesk.store.schema import SINGLE_ROW_TABLES

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Link:
    """A list field kept in its own table: ``table(owner_column, value_column, position)``."""

    field: str
    table: str
    owner_column: str
    value_column: str


@dataclass(frozen=True, slots=True)
class Kind:
    cls: type
    table: str
    links: tuple[Link, ...] = ()

    @property
    def single_row(self) -> bool:
        return self.table in SINGLE_ROW_TABLES

    def columns(self) -> tuple[str, ...]:
        """Fields stored as columns of the kind's own table."""
        found = _COLUMNS.get(self.cls)
        if found is None:
            linked = {link.field for link in self.links}
            fields = dataclasses.fields(self.cls)
            found = _COLUMNS[self.cls] = tuple(f.name for f in fields if f.name not in linked)
        return found


# Kind.columns() per record class, worked out once (dataclasses.fields is not free).
_COLUMNS: dict[type, tuple[str, ...]] = {}


_KINDS: tuple[Kind, ...] = (
    Kind(WorkshopInfo, "workshop"),
    Kind(Vision, "vision"),
    Kind(Strategy, "strategies"),
    Kind(
        Outcome,
        "outcomes",
        (Link("strategy_ids", "outcome_strategies", "outcome_id", "strategy_id"),),
    ),
    Kind(MaturityDimension, "maturity"),
    Kind(Stakeholder, "stakeholders"),
    Kind(Relationship, "relationships"),
    Kind(
        EngagementAction,
        "engagement_actions",
        (Link("stakeholder_ids", "action_stakeholders", "action_id", "stakeholder_id"),),
    ),
    Kind(ListeningLogEntry, "listening_log"),
    Kind(Criterion, "criteria"),
    Kind(Option, "options", (Link("financing", "option_financing", "option_id", "financing"),)),
    Kind(Score, "scores"),
    Kind(Risk, "risks"),
    Kind(Recommendation, "recommendation"),
    Kind(Implications, "implications"),
    Kind(NextStep, "next_steps"),
    Kind(Participant, "participants"),
    Kind(AgendaStep, "agenda"),
    Kind(VoteRound, "vote_rounds"),
    Kind(Vote, "votes"),
)

KINDS: dict[type, Kind] = {kind.cls: kind for kind in _KINDS}
KIND_OF_TABLE: dict[str, Kind] = {kind.table: kind for kind in _KINDS}


def kind_of(cls: type) -> Kind:
    """The storage description of a record class; ValueError for anything else."""
    try:
        return KINDS[cls]
    except KeyError:
        raise ValueError(f"{cls!r} is not a workshop record kind") from None


def score_id(option_id: str, criterion_id: str) -> str:
    """The id the store uses for the score of ``option_id`` on ``criterion_id``.

    Ids are free text (a JSON file may use any), so no separator character is safe:
    "a:b" + "c" and "a" + "b:c" must not meet. The pair is kept whole, as JSON.
    """
    return json.dumps([option_id, criterion_id], ensure_ascii=False)


def record_id(record: object) -> str:
    """A collection record's id (a score's is made by :func:`score_id`)."""
    if isinstance(record, Score):
        return score_id(record.option_id, record.criterion_id)
    value = getattr(record, "id", None)
    if not isinstance(value, str):
        raise ValueError(f"{type(record).__name__} records have no id")
    return value


def key_of(kind: Kind, id_: str) -> dict[str, str]:
    """The primary-key columns and values of the record ``id_`` of ``kind``."""
    if kind.cls is Score:
        try:
            option_id, criterion_id = json.loads(id_)
        except (ValueError, TypeError):
            option_id = criterion_id = None
        if not (isinstance(option_id, str) and isinstance(criterion_id, str)):
            raise ValueError(f"{id_!r} is not a score id (see score_id)")
        return {"option_id": option_id, "criterion_id": criterion_id}
    return {"id": id_}


# Field type hints, resolved once per class (get_type_hints is slow).
_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _base_type(hint: Any) -> Any:
    """``X | None`` -> ``X``; anything else unchanged."""
    if isinstance(hint, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return args[0]
    return hint


def to_sql(value: Any) -> Any:
    """One field value as SQLite stores it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def _json_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(json.loads(value))


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """How a column's (non-NULL) value becomes the field's type; None: it already is."""
    base = _base_type(hint)
    if base is bool:
        return bool
    if base is float:
        return float
    if base is date:
        return date.fromisoformat
    if isinstance(base, type) and issubclass(base, Enum):
        return base
    if typing.get_origin(base) is tuple:
        return _json_tuple
    return None


def to_row(kind: Kind, record: object) -> Row:
    """The columns of ``record`` in its own table (without ``position``)."""
    return {name: to_sql(getattr(record, name)) for name in kind.columns()}


def link_rows(kind: Kind, record: object) -> list[tuple[Link, list[Row]]]:
    """For each list field kept in a link table, the rows that represent it."""
    owner = record_id(record)
    result = []
    for link in kind.links:
        values = getattr(record, link.field)
        rows = [
            {link.owner_column: owner, link.value_column: to_sql(value), "position": index}
            for index, value in enumerate(values)
        ]
        result.append((link, rows))
    return result


def from_row(kind: Kind, row: Row, linked: dict[str, list[Any]] | None = None) -> Any:
    """A record from its table row and the values of its linked lists (in order)."""
    names = tuple(row)
    return decoder(kind, names)(tuple(row.values()), linked)


class Decoder:
    """Turns rows of one query (columns ``names``) into records of one kind.

    Everything that depends only on the kind and the query's columns - which column
    holds which field, how each value converts - is worked out once, so a row costs
    a dict, a few conversions and the record's constructor: opening a 1,000-stakeholder
    workshop reads every record, and the grid and tables re-read them after each edit.
    """

    def __init__(self, kind: Kind, names: Sequence[str]) -> None:
        hints = _hints(kind.cls)
        where = {name: index for index, name in enumerate(names)}
        self.cls = kind.cls
        plain: list[tuple[str, int]] = []
        converted: list[tuple[str, int, Callable[[Any], Any]]] = []
        for name in kind.columns():
            # A column the table lacks is damage; KeyError says which (as from_row did).
            index = where[name]
            convert = _converter(hints[name])
            if convert is None:
                plain.append((name, index))
            else:
                converted.append((name, index, convert))
        self._plain = tuple(plain)
        self._converted = tuple(converted)
        self._links = tuple(
            (link.field, typing.get_args(hints[link.field])[0]) for link in kind.links
        )

    def __call__(self, row: Sequence[Any], linked: dict[str, list[Any]] | None = None) -> Any:
        """The record of one row (a tuple in the query's column order)."""
        values = {name: row[index] for name, index in self._plain}
        for name, index, convert in self._converted:
            value = row[index]
            values[name] = None if value is None else convert(value)
        if self._links:
            lists = linked or {}
            for field, item_type in self._links:
                values[field] = tuple(item_type(value) for value in lists.get(field, ()))
        return self.cls(**values)


_DECODERS: dict[tuple[type, tuple[str, ...]], Decoder] = {}


def decoder(kind: Kind, names: Sequence[str]) -> Decoder:
    """The (cached) decoder for rows of ``kind`` whose columns are ``names``."""
    key = (kind.cls, tuple(names))
    found = _DECODERS.get(key)
    if found is None:
        found = _DECODERS[key] = Decoder(kind, key[1])
    return found
