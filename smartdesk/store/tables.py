"""The rows under an open workshop: read and decoded into records, written in order.

:class:`Tables` is what :class:`~smartdesk.store.workshop_file.WorkshopFile` builds its
record API on. Reads go straight through the sqlite3 cursor and report anything that
cannot be read as damage (DamagedFileError), naming the file; decoded collections are
kept while the file is unchanged. Writes keep each ordered table numbered 0, 1, 2 ...
(per owner, for list links): :meth:`Tables._insert_at` makes room, :meth:`Tables._renumber`
closes the gaps a delete leaves. Transactions are the caller's.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smartdesk.domain.errors import DamagedFileError
from smartdesk.store import rows as rowmap
from smartdesk.store.identity import one_line
from smartdesk.store.schema import POSITION_PARTITION, SINGLE_ROW_TABLES
from smartdesk.store.sqlite_utils_loader import database

if TYPE_CHECKING:
    from sqlite_utils import Database

Row = dict[str, Any]


def has_position(table: str) -> bool:
    """Are ``table``'s rows kept in order (a ``position`` column)?"""
    return table not in SINGLE_ROW_TABLES


class Tables:
    """Reading and writing the rows of the workshop at ``path`` over ``conn``."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        # sqlite-utils is made on the first write (see ``_db``): opening and reading go
        # straight through sqlite3, so a workshop opens without loading sqlite-utils.
        self._database: Database | None = None
        # Decoded collections, kept while the file is unchanged (see _collection_records).
        self._read_cache: dict[type, tuple[Any, ...]] = {}
        self._read_version: tuple[int, int] | None = None

    @property
    def _db(self) -> Database:
        """sqlite-utils over the open connection, for writes (loaded on first use)."""
        if self._database is None:
            self._database = database(self._conn)
        return self._database

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """A read that fails is damage, named as such, except inside an edit."""
        try:
            yield
        except UnicodeDecodeError:
            raise DamagedFileError(f"'{self.path}' is damaged: some text is unreadable") from None
        except sqlite3.DatabaseError as error:
            if self._conn.in_transaction:
                raise  # inside an edit: _transaction reports it
            raise DamagedFileError(f"'{self.path}' is damaged ({one_line(error)})") from None

    def _query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[Row]:
        with self._reading():
            return list(self._db.query(sql, params))

    def _rows(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        """(column names, row tuples) of a read, straight from the sqlite3 cursor.

        Reads skip sqlite-utils' row dicts: opening a large workshop decodes thousands
        of rows, and a tuple per row plus a decoder per query is much cheaper.
        """
        with self._reading():
            cursor = self._conn.execute(sql, params)
            names = tuple(column[0] for column in cursor.description)
            return names, cursor.fetchall()

    def _decode_rows(
        self,
        spec: rowmap.Kind,
        names: Sequence[str],
        rows: Sequence[Sequence[Any]],
        linked: dict[str, dict[str, list[Any]]] | None = None,
    ) -> list[Any]:
        """Records from rows; a value SQLite cannot vouch for (a date, say) is damage.

        ``linked``: for each linked list field, owner id -> values in order.
        """
        try:
            decode = rowmap.decoder(spec, names)
            if not linked:
                return [decode(row) for row in rows]
            owner_at = names.index("id")
            return [
                decode(
                    row,
                    {field: values.get(str(row[owner_at]), []) for field, values in linked.items()},
                )
                for row in rows
            ]
        except (ValueError, TypeError, KeyError) as error:
            raise DamagedFileError(
                f"'{self.path}' is damaged: a {spec.table} record cannot be read "
                f"({one_line(error)})"
            ) from None

    def _scalar(self, sql: str) -> int:
        return int(self._conn.execute(sql).fetchone()[0])

    def _insert(self, table: str, row: Row) -> None:
        # Quoted: a participant's "group" is an SQL keyword.
        columns = ", ".join(f'"{column}"' for column in row)
        marks = ", ".join(f":{column}" for column in row)
        self._conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)

    def _insert_at(self, table: str, row: Row) -> None:
        """Insert ``row`` at its ``position``, moving the rows from there on down one."""
        if has_position(table):
            partition = POSITION_PARTITION.get(table)
            where = f" AND {partition} = :_owner" if partition else ""
            self._conn.execute(
                f"UPDATE {table} SET position = position + 1 WHERE position >= :_at{where}",
                {"_at": row["position"], "_owner": row.get(partition) if partition else None},
            )
        self._insert(table, row)

    def _renumber(self, table: str) -> None:
        """Close the gaps a delete left in ``table``'s positions (0, 1, 2, ...)."""
        if not has_position(table):
            return
        partition = POSITION_PARTITION.get(table)
        over = f"PARTITION BY {partition} ORDER BY position" if partition else "ORDER BY position"
        self._conn.execute(
            f"UPDATE {table} SET position = ranked.rank FROM "
            f"(SELECT rowid AS rid, row_number() OVER ({over}) - 1 AS rank FROM {table}) "
            f"AS ranked WHERE {table}.rowid = ranked.rid AND {table}.position != ranked.rank"
        )

    def _single(self, cls: type) -> Any:
        spec = rowmap.kind_of(cls)
        names, found = self._rows(f"SELECT * FROM {spec.table}")
        if not found:
            raise DamagedFileError(f"'{self.path}' is damaged: its {spec.table} record is missing")
        return self._decode_rows(spec, names, found[:1])[0]

    def _collection(self, kind: type) -> rowmap.Kind:
        spec = rowmap.kind_of(kind)
        if spec.single_row:
            raise ValueError(f"{kind.__name__} is a single record, not a collection")
        return spec

    def _collection_records(self, spec: rowmap.Kind) -> tuple[Any, ...]:
        """Every record of a collection, decoded once per version of the file.

        A stage shows the same records in several widgets, each reading them after
        every edit; records are immutable, so one decoded copy serves them all until
        the file changes. "Changes" covers every write through this connection
        (``total_changes``: edits, scrub, anything using ``connection``) and commits by
        any other connection (``PRAGMA data_version``). Reads inside a transaction
        bypass the copy: what they see may yet be rolled back.
        """
        conn = self._conn
        if conn.in_transaction:
            return tuple(self._records(spec))
        try:
            version = (conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0]))
        except sqlite3.DatabaseError as error:
            raise DamagedFileError(f"'{self.path}' is damaged ({one_line(error)})") from None
        if version != self._read_version:
            self._read_cache = {}
            self._read_version = version
        found = self._read_cache.get(spec.cls)
        if found is None:
            found = self._read_cache[spec.cls] = tuple(self._records(spec))
        return found

    def _records(self, spec: rowmap.Kind) -> list[Any]:
        names, rows = self._rows(f"SELECT * FROM {spec.table} ORDER BY position")
        return self._decode_rows(spec, names, rows, self._linked(spec))

    def _linked(self, spec: rowmap.Kind) -> dict[str, dict[str, list[Any]]]:
        """For each linked list field: owner id -> values in order."""
        result: dict[str, dict[str, list[Any]]] = {}
        for link in spec.links:
            by_owner: dict[str, list[Any]] = {}
            _, rows = self._rows(
                f"SELECT {link.owner_column}, {link.value_column} "
                f"FROM {link.table} ORDER BY {link.owner_column}, position"
            )
            for owner, value in rows:
                by_owner.setdefault(owner, []).append(value)
            result[link.field] = by_owner
        return result
