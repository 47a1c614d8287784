"""What edits report: the :class:`Change` each committed edit announces, and the
:class:`Removal` a delete hands back.

Deleting a record takes more than its row: rows that cannot exist without it
(relationships, scores, list links) go too, and optional references to it (listening
log, risks, recommendation) are cleared. :func:`capture` records all of that before
the delete, so ``WorkshopFile.restore`` can put the workshop back exactly as it was -
which is what undo needs - and :func:`removal_changes` says which records deleting or
restoring it touches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from smartdesk.domain.records import Score
from smartdesk.store import rows as rowmap
from smartdesk.store.schema import FOREIGN_KEYS, SUBJECT_KEYS, key_columns
from smartdesk.store.tables import Row, has_position

_Items = tuple[tuple[str, Any], ...]
Query = Callable[[str, Sequence[Any]], list[Row]]


@dataclass(frozen=True, slots=True)
class Change:
    """What a committed edit touched: a record kind and the affected ids.

    ``ids`` is empty for the single-record kinds (WorkshopInfo, Vision,
    Recommendation, Implications); a score's id is made by ``score_id``.
    """

    kind: type
    ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Removal:
    """Everything one ``delete`` took out, for ``restore`` to put back (opaque)."""

    kind: type
    id: str
    # (table, row) for every row deleted, the record's own row first.
    rows: tuple[tuple[str, _Items], ...]
    # (table, key of the row, column, old value) for every reference set to NULL.
    nulled: tuple[tuple[str, _Items, str, Any], ...]


# Link table -> (owner record kind, owner column), e.g. outcome_strategies -> Outcome.
_LINK_OWNERS: dict[str, tuple[type, str]] = {
    link.table: (kind.cls, link.owner_column)
    for kind in rowmap.KINDS.values()
    for link in kind.links
}


def capture(kind: type, id: str, table: str, found: list[Row], query: Query) -> Removal:
    """The Removal of record ``id`` (its rows ``found`` in ``table``), read before deleting.

    ``query`` reads rows as dicts, inside the delete's transaction.
    """
    captured: list[tuple[str, Row]] = []
    nulled: list[tuple[str, _Items, str, Any]] = []
    seen: set[tuple[str, _Items]] = set()

    def visit(table: str, found: list[Row]) -> None:
        """Record ``found`` rows of ``table`` and, recursively, what refers to them."""
        for row in found:
            ident = (table, tuple(row.items()))
            if ident in seen:  # e.g. a relationship from and to the same stakeholder
                continue
            seen.add(ident)
            captured.append((table, row))
            if "id" not in row:
                continue
            for fk in (*FOREIGN_KEYS, *SUBJECT_KEYS):
                if fk.parent != table:
                    continue
                order = " ORDER BY position" if has_position(fk.table) else ""
                dependents = query(
                    f"SELECT * FROM {fk.table} WHERE {fk.column} = ?{order}", [row["id"]]
                )
                if fk.cascade:
                    visit(fk.table, dependents)
                    continue
                for dependent in dependents:
                    key = tuple((column, dependent[column]) for column in key_columns(fk.table))
                    nulled.append((fk.table, key, fk.column, row["id"]))

    visit(table, found)
    return Removal(
        kind,
        id,
        tuple((table, tuple(row.items())) for table, row in captured),
        tuple(nulled),
    )


def removal_changes(removal: Removal) -> list[Change]:
    """The Change per record kind that deleting or restoring ``removal`` touches."""
    touched: dict[type, list[str]] = {removal.kind: [removal.id]}
    for table, items in removal.rows[1:]:
        row = dict(items)
        if table in _LINK_OWNERS:
            owner_cls, owner_column = _LINK_OWNERS[table]
            touched.setdefault(owner_cls, []).append(str(row[owner_column]))
        else:
            cls = rowmap.KIND_OF_TABLE[table].cls
            is_score = cls is Score
            id_ = rowmap.score_id(row["option_id"], row["criterion_id"]) if is_score else row["id"]
            touched.setdefault(cls, []).append(str(id_))
    for table, key_items, _column, _value in removal.nulled:
        cls = rowmap.KIND_OF_TABLE[table].cls
        key = dict(key_items)
        ids = touched.setdefault(cls, [])
        if "id" in key:
            ids.append(str(key["id"]))
    return [
        Change(cls, () if rowmap.KINDS[cls].single_row else tuple(dict.fromkeys(ids)))
        for cls, ids in touched.items()
    ]
