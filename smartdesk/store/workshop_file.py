"""An open workshop file: reading records, and writing each edit as it is made.

Every edit is committed before its method returns (one transaction per edit, however
many tables it touches), so closing the laptop lid loses nothing. After each commit
the subscribed listeners get a :class:`Change` per record kind the edit touched.
``delete`` hands back a :class:`Removal` holding every row it removed or reference
it cleared, so ``restore`` can put the workshop back exactly as it was - which is
what undo needs.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from smartdesk.domain.errors import DamagedFileError, WorkshopError
from smartdesk.domain.records import (
    COLLECTIONS,
    Implications,
    Recommendation,
    Score,
    Vision,
    WorkshopData,
    WorkshopInfo,
)
from smartdesk.store import instance
from smartdesk.store import lock as locking
from smartdesk.store import rows as rowmap
from smartdesk.store.backups import backup_connection
from smartdesk.store.faults import WriteFailedError, is_storage_failure
from smartdesk.store.identity import (
    connect,
    inspect,
    one_line,
    refuse_what_cannot_be_a_workshop,
)
from smartdesk.store.lock import LockInfo
from smartdesk.store.migrations import migrate
from smartdesk.store.schema import (
    APPLICATION_ID,
    FOREIGN_KEYS,
    POSITION_PARTITION,
    SCHEMA_VERSION,
    SINGLE_ROW_TABLES,
    create_statements,
    key_columns,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

R = TypeVar("R")
Row = dict[str, Any]
_Items = tuple[tuple[str, Any], ...]


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


def _has_position(table: str) -> bool:
    return table not in SINGLE_ROW_TABLES


# Link table -> (owner record kind, owner column), e.g. outcome_strategies -> Outcome.
_LINK_OWNERS: dict[str, tuple[type, str]] = {
    link.table: (kind.cls, link.owner_column)
    for kind in rowmap.KINDS.values()
    for link in kind.links
}


def _explain(error: sqlite3.Error) -> str:
    text = str(error)
    if "UNIQUE" in text or "PRIMARY KEY" in text:
        return "a record with the same id already exists"
    if "FOREIGN KEY" in text:
        return "it refers to a record that does not exist"
    if "CHECK" in text or "NOT NULL" in text:
        return "a value is not allowed"
    return text


class WorkshopFile:
    """One open ``.smartdesk`` file. Make one with :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._conn = conn
        # sqlite-utils is made on the first write (see ``_db``): opening and reading go
        # straight through sqlite3, so a workshop opens without loading sqlite-utils.
        self._database: Database | None = None
        self._listeners: list[Callable[[Change], None]] = []
        self._fault_listeners: list[Callable[[WriteFailedError], None]] = []
        self._locked = False
        # Why the backup made on opening failed, if it did (the file opens anyway).
        self.backup_error: str | None = None
        # The lock of a SmartDesk that stopped without closing, cleared on opening.
        self.cleared_lock: LockInfo | None = None
        self._identity = _file_identity(path)
        self._instance: str | None = None  # set on opening for editing (instance.claim)
        # Decoded collections, kept while the file is unchanged (see _collection_records).
        self._read_cache: dict[type, tuple[Any, ...]] = {}
        self._read_version: tuple[int, int] | None = None

    # -- opening and closing -------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, data: WorkshopData | None = None) -> WorkshopFile:
        """Create a new workshop file at ``path`` holding ``data`` (default: empty).

        Refuses a path that already exists. The workshop is written in one transaction
        to a hidden file beside ``path`` and only then linked into place, so ``path``
        never holds half a workshop, even if the process is killed: it is either
        absent or complete. If anything fails, WorkshopError is raised and nothing is
        left at ``path``.
        """
        path = Path(path)
        data = WorkshopData() if data is None else data
        if path.exists() or path.is_symlink():
            raise WorkshopError(f"'{path}' already exists; choose another name")
        _clear_abandoned_builds(path)
        building = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            # O_EXCL: never build into a file that something else made.
            os.close(os.open(building, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except OSError as error:
            raise WorkshopError(f"Cannot create '{path}': {error.strerror or error}") from None
        try:
            _build(building, data, path)
            _link_into_place(building, path)
        finally:
            building.unlink(missing_ok=True)
            Path(f"{building}-journal").unlink(missing_ok=True)
        try:
            conn = connect(path, "rw")
        except sqlite3.Error as error:
            raise WorkshopError(f"Cannot open '{path}': {error}") from None
        try:
            # Nobody else can hold a file created a moment ago, but a stale lock of
            # an earlier file by the same name might still lie beside it.
            locking.acquire(path, override=locking.read_lock(path))
        except WorkshopError:
            conn.close()
            raise
        store = cls(path, conn, read_only=False)
        store._locked = True
        return store

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        override_lock: LockInfo | None = None,
        clear_stale_lock: bool = True,
        backup: bool = True,
    ) -> WorkshopFile:
        """Open an existing workshop, upgrading an older one (after a backup).

        Refuses, without changing a byte, anything that is not a SmartDesk workshop,
        a damaged one (DamagedFileError) and one from a newer SmartDesk. A workshop a
        crash left in the middle of a change is rolled back to its last committed
        state. Read-only opening refuses an older workshop rather than upgrade it,
        and an interrupted one rather than recover it.

        Opening for editing takes the lock beside the file (see ``store.lock``):
        LockedError if someone else holds it, unless ``override_lock`` is the very
        lock found there (the user chose to take it over) or the lock is stale (this
        machine, process gone) and ``clear_stale_lock`` is true - the lock that was
        cleared or taken over is then in ``cleared_lock``; NotWritableError for a
        read-only file or folder. It then backs the file up into the user's backups
        folder (``backup=False`` skips that; a failed backup is noted in
        ``backup_error`` and does not stop the opening). Read-only opening takes no
        lock and makes no backup.
        """
        path = Path(path)
        refuse_what_cannot_be_a_workshop(path)
        if read_only:
            return cls._open(path, read_only=True)
        locking.check_writable(path)
        cleared = locking.acquire(path, override=override_lock, clear_stale=clear_stale_lock)
        try:
            store = cls._open(path, read_only=False)
        except BaseException:
            locking.release(path)
            raise
        try:
            # A copy made outside SmartDesk gets an id of its own before any backup.
            store._instance = instance.claim(store._conn, path)
        except sqlite3.Error as error:
            store.close()
            raise WorkshopError(f"Cannot open {path}: {one_line(error)}") from None
        store._locked = True
        store.cleared_lock = cleared
        if backup:
            try:
                store.backup(reason="open")
            except WorkshopError as error:
                store.backup_error = str(error)
        return store

    @classmethod
    def _open(cls, path: Path, *, read_only: bool) -> WorkshopFile:
        version = inspect(path, recover=not read_only)
        if version < SCHEMA_VERSION:
            if read_only:
                raise WorkshopError(
                    f"'{path}' was made by an earlier version of SmartDesk (file format "
                    f"{version}); open it for editing once to upgrade it"
                )
            migrate(path, version)
        try:
            conn = connect(path, "ro" if read_only else "rw")
        except sqlite3.Error as error:
            raise WorkshopError(f"Cannot open '{path}': {one_line(error)}") from None
        store = cls(path, conn, read_only=read_only)
        try:
            # Read everything once: damage the integrity check cannot see (text that is
            # not UTF-8, a date that is not a date) is refused now, not mid-workshop.
            store.load()
        except BaseException:
            conn.close()
            raise
        return store

    @property
    def _db(self) -> Database:
        """sqlite-utils over the open connection, for writes (loaded on first use)."""
        if self._database is None:
            self._database = _database(self._conn)
        return self._database

    def close(self) -> None:
        """Close the file (every edit is already saved) and give up its lock."""
        self._conn.close()
        if self._locked:
            self._locked = False
            locking.release(self.path)

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection (for the store's own helpers: backups, scrub, faults)."""
        return self._conn

    def subscribe_faults(self, listener: Callable[[WriteFailedError], None]) -> None:
        """Call ``listener`` whenever a write fails because of the disk or share."""
        self._fault_listeners.append(listener)

    def still_there(self) -> bool:
        """Is the file still where it was opened (not deleted, moved or replaced)?"""
        return self._identity is not None and _file_identity(self.path) == self._identity

    def lock_still_ours(self) -> bool:
        """For a file open for editing: does its lock still name us (nobody took over)?"""
        return not self._locked or locking.still_ours(self.path)

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Call ``listener`` with a Change after every committed edit."""
        self._listeners.append(listener)

    @property
    def instance_id(self) -> str | None:
        """This file's own id (see ``store.instance``), unlike the workshop id its copies share."""
        return self._instance or instance.read(self._conn)

    def backup(self, dest_dir: Path | None = None, *, reason: str = "") -> Path:
        """Copy the workshop with SQLite's backup API and return the copy's path.

        Default destination: this file's folder in the user's backups folder, keeping
        its newest 10 copies. ``reason`` (lower-case letters and digits, e.g.
        ``"import"``) is added to the copy's name. A copy made elsewhere still carries
        this file's instance id: give it its own (``instance.renew``) if it is to be
        a workshop file in its own right.
        """
        own = self.instance_id
        if dest_dir is None and own is None:
            raise WorkshopError(f"{self.path} is damaged: it does not say which copy it is")
        return backup_connection(self._conn, self.path, dest_dir, reason=reason, instance=own)

    # -- reading -------------------------------------------------------------

    def load(self) -> WorkshopData:
        """The whole workshop, collections in order."""
        collections: dict[str, tuple[Any, ...]] = {
            name: self._collection_records(rowmap.kind_of(cls)) for name, cls in COLLECTIONS.items()
        }
        return WorkshopData(
            workshop=self.info(),
            vision=self.vision(),
            recommendation=self.recommendation(),
            implications=self.implications(),
            **collections,
        )

    def info(self) -> WorkshopInfo:
        """The workshop's own details."""
        return self._single(WorkshopInfo)  # type: ignore[no-any-return]

    def vision(self) -> Vision:
        """The vision (problem, statement, horizon, principles)."""
        return self._single(Vision)  # type: ignore[no-any-return]

    def recommendation(self) -> Recommendation:
        """The recommended option and decisions sought."""
        return self._single(Recommendation)  # type: ignore[no-any-return]

    def implications(self) -> Implications:
        """The implications section of the report."""
        return self._single(Implications)  # type: ignore[no-any-return]

    def records(self, kind: type[R]) -> list[R]:
        """Every record of a collection kind (Score included), in order."""
        return list(self._collection_records(self._collection(kind)))

    def get(self, kind: type[R], id: str) -> R | None:
        """One record by id (a score by ``score_id(option_id, criterion_id)``), or None."""
        spec = self._collection(kind)
        key = rowmap.key_of(spec, id)
        names, found = self._rows(f"SELECT * FROM {spec.table} WHERE {_where(key)}", key)
        if not found:
            return None
        linked = {}
        for link in spec.links:
            _, values = self._rows(
                f"SELECT {link.value_column} FROM {link.table} "
                f"WHERE {link.owner_column} = ? ORDER BY position",
                [id],
            )
            linked[link.field] = {id: [value for (value,) in values]}
        return self._decode_rows(spec, names, found[:1], linked)[0]  # type: ignore[no-any-return]

    def score(self, option_id: str, criterion_id: str) -> Score | None:
        """The score of ``option_id`` on ``criterion_id``, or None if that cell is blank."""
        return self.get(Score, rowmap.score_id(option_id, criterion_id))

    # -- single-record edits -------------------------------------------------

    def set_info(self, info: WorkshopInfo) -> None:
        """Replace the workshop's details."""
        self._set_single(info)

    def set_vision(self, vision: Vision) -> None:
        """Replace the vision."""
        self._set_single(vision)

    def set_recommendation(self, r: Recommendation) -> None:
        """Replace the recommendation."""
        self._set_single(r)

    def set_implications(self, i: Implications) -> None:
        """Replace the implications."""
        self._set_single(i)

    # -- collection edits ----------------------------------------------------

    def add(self, record: R, *, position: int | None = None) -> None:
        """Add a record at list index ``position`` (0 = first; None or past the end = last)."""
        spec = self._collection(type(record))
        if position is not None and position < 0:
            raise ValueError("position must be 0 or more")
        with self._transaction():
            count = self._scalar(f"SELECT count(*) FROM {spec.table}")
            at = count if position is None else min(position, count)
            self._insert_at(spec.table, {**rowmap.to_row(spec, record), "position": at})
            for link, link_rows in rowmap.link_rows(spec, record):
                for row in link_rows:
                    self._insert(link.table, row)
        self._notify(Change(spec.cls, (rowmap.record_id(record),)))

    def add_many(self, records: Sequence[Any]) -> None:
        """Append ``records`` (all of one kind) in one transaction, announced as one Change.

        All or nothing: if any record is refused (a duplicate id, say), none is added.
        Used by spreadsheet import, where thousands of rows must land in one commit.
        """
        if not records:
            return
        kinds = {type(record) for record in records}
        if len(kinds) != 1:
            raise ValueError("add_many() needs records of one kind")
        spec = self._collection(kinds.pop())
        with self._transaction():
            start = self._scalar(f"SELECT count(*) FROM {spec.table}")
            for offset, record in enumerate(records):
                row = {**rowmap.to_row(spec, record), "position": start + offset}
                self._insert(spec.table, row)
                for link, link_rows in rowmap.link_rows(spec, record):
                    for link_row in link_rows:
                        self._insert(link.table, link_row)
        self._notify(Change(spec.cls, tuple(rowmap.record_id(record) for record in records)))

    def update(self, record: R) -> None:
        """Replace the record with the same id (a score: same cell), keeping its place."""
        spec = self._collection(type(record))
        id_ = rowmap.record_id(record)
        key = rowmap.key_of(spec, id_)
        values = {k: v for k, v in rowmap.to_row(spec, record).items() if k not in key}
        with self._transaction():
            sets = ", ".join(f"{column} = :{column}" for column in values)
            cursor = self._conn.execute(
                f"UPDATE {spec.table} SET {sets} WHERE {_where(key)}",
                {**values, **key},
            )
            if cursor.rowcount == 0:
                raise WorkshopError(f"There is no {_name(spec.cls)} with id {id_} to change")
            for link, link_rows in rowmap.link_rows(spec, record):
                self._conn.execute(f"DELETE FROM {link.table} WHERE {link.owner_column} = ?", [id_])
                for row in link_rows:
                    self._insert(link.table, row)
        self._notify(Change(spec.cls, (id_,)))

    def delete(self, kind: type, id: str) -> Removal:
        """Delete a record and everything that pointed at it; return what to restore.

        Rows that cannot exist without it (relationships, scores, list links) are
        deleted; optional references to it (listening log, risks, recommendation)
        are cleared.
        """
        spec = self._collection(kind)
        key = rowmap.key_of(spec, id)
        captured: list[tuple[str, Row]] = []
        nulled: list[tuple[str, _Items, str, Any]] = []
        with self._transaction():
            found = self._query(f"SELECT * FROM {spec.table} WHERE {_where(key)}", key)
            if not found:
                raise WorkshopError(f"There is no {_name(spec.cls)} with id {id} to delete")
            self._capture(spec.table, found, captured, nulled, set())
            self._conn.execute(f"DELETE FROM {spec.table} WHERE {_where(key)}", key)
            for table in dict.fromkeys(table for table, _ in captured):
                self._renumber(table)
        removal = Removal(
            spec.cls,
            id,
            tuple((table, tuple(row.items())) for table, row in captured),
            tuple(nulled),
        )
        self._notify(*_changes(removal))
        return removal

    def delete_score(self, option_id: str, criterion_id: str) -> Removal:
        """Blank the cell of ``option_id`` on ``criterion_id``; return what to restore."""
        return self.delete(Score, rowmap.score_id(option_id, criterion_id))

    def restore(self, removal: Removal) -> None:
        """Undo a delete: the same rows back, at the same places, references re-set."""
        tables = list(dict.fromkeys(table for table, _ in removal.rows))
        with self._transaction():
            for table in tables:
                rows = [dict(items) for name, items in removal.rows if name == table]
                if _has_position(table):
                    # Ascending order: each insert shifts the later rows down one,
                    # rebuilding the original sequence exactly.
                    rows.sort(key=lambda row: int(row["position"]))
                for row in rows:
                    self._insert_at(table, row)
            for table, key_items, column, value in removal.nulled:
                key = dict(key_items)
                self._conn.execute(
                    f"UPDATE {table} SET {column} = :_value "
                    f"WHERE {_where(key)} AND {column} IS NULL",
                    {**key, "_value": value},
                )
        self._notify(*_changes(removal))

    def move(self, kind: type, ordered_ids: Sequence[str]) -> None:
        """Put a whole collection in a new order (``ordered_ids``: every id, once)."""
        spec = self._collection(kind)
        current = [rowmap.record_id(record) for record in self._records(spec)]
        if len(set(ordered_ids)) != len(ordered_ids) or set(ordered_ids) != set(current):
            raise ValueError("move() needs every id of the collection exactly once")
        with self._transaction():
            for position, id_ in enumerate(ordered_ids):
                key = rowmap.key_of(spec, id_)
                self._conn.execute(
                    f"UPDATE {spec.table} SET position = :_position WHERE {_where(key)}",
                    {**key, "_position": position},
                )
        self._notify(Change(spec.cls, tuple(ordered_ids)))

    # -- internals -----------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One edit = one transaction; SQLite errors become messages for the user."""
        if self.read_only:
            raise WorkshopError(f"'{self.path}' is open read-only; changes cannot be saved")
        if not self.still_there():
            # On most systems the open file lives on after it is deleted or moved, so
            # the edit would "succeed" into a file nobody will ever see again.
            raise self._failure(
                f"The change was not saved: '{self.path}' has been moved, renamed or deleted "
                "since it was opened"
            )
        try:
            with self._db.atomic():
                yield
        except sqlite3.IntegrityError as error:
            raise WorkshopError(f"The change was not saved: {_explain(error)}") from None
        except sqlite3.DatabaseError as error:
            message = f"The change was not saved to '{self.path}': {error}"
            if is_storage_failure(error):
                raise self._failure(message) from None
            raise WorkshopError(message) from None

    def _failure(self, message: str) -> WriteFailedError:
        """Tell the fault listeners the storage failed; return the error to raise."""
        failure = WriteFailedError(message)
        for listener in list(self._fault_listeners):
            listener(failure)
        return failure

    def _notify(self, *changes: Change) -> None:
        for change in changes:
            for listener in list(self._listeners):
                listener(change)

    def _query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[Row]:
        try:
            return list(self._db.query(sql, params))
        except UnicodeDecodeError:
            raise DamagedFileError(f"'{self.path}' is damaged: some text is unreadable") from None
        except sqlite3.DatabaseError as error:
            if self._conn.in_transaction:
                raise  # inside an edit: _transaction reports it
            raise DamagedFileError(f"'{self.path}' is damaged ({one_line(error)})") from None

    def _rows(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        """(column names, row tuples) of a read, straight from the sqlite3 cursor.

        Reads skip sqlite-utils' row dicts: opening a large workshop decodes thousands
        of rows, and a tuple per row plus a decoder per query is much cheaper.
        """
        try:
            cursor = self._conn.execute(sql, params)
            names = tuple(column[0] for column in cursor.description)
            return names, cursor.fetchall()
        except UnicodeDecodeError:
            raise DamagedFileError(f"'{self.path}' is damaged: some text is unreadable") from None
        except sqlite3.DatabaseError as error:
            if self._conn.in_transaction:
                raise  # inside an edit: _transaction reports it
            raise DamagedFileError(f"'{self.path}' is damaged ({one_line(error)})") from None

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
        columns = ", ".join(row)
        marks = ", ".join(f":{column}" for column in row)
        self._conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)

    def _insert_at(self, table: str, row: Row) -> None:
        """Insert ``row`` at its ``position``, moving the rows from there on down one."""
        if _has_position(table):
            partition = POSITION_PARTITION.get(table)
            where = f" AND {partition} = :_owner" if partition else ""
            self._conn.execute(
                f"UPDATE {table} SET position = position + 1 WHERE position >= :_at{where}",
                {"_at": row["position"], "_owner": row.get(partition) if partition else None},
            )
        self._insert(table, row)

    def _renumber(self, table: str) -> None:
        """Close the gaps a delete left in ``table``'s positions (0, 1, 2, ...)."""
        if not _has_position(table):
            return
        partition = POSITION_PARTITION.get(table)
        over = f"PARTITION BY {partition} ORDER BY position" if partition else "ORDER BY position"
        self._conn.execute(
            f"UPDATE {table} SET position = ranked.rank FROM "
            f"(SELECT rowid AS rid, row_number() OVER ({over}) - 1 AS rank FROM {table}) "
            f"AS ranked WHERE {table}.rowid = ranked.rid AND {table}.position != ranked.rank"
        )

    def _capture(
        self,
        table: str,
        found: list[Row],
        captured: list[tuple[str, Row]],
        nulled: list[tuple[str, _Items, str, Any]],
        seen: set[tuple[str, _Items]],
    ) -> None:
        """Record ``found`` rows of ``table`` and, recursively, what refers to them."""
        for row in found:
            ident = (table, tuple(row.items()))
            if ident in seen:  # e.g. a relationship from and to the same stakeholder
                continue
            seen.add(ident)
            captured.append((table, row))
            if "id" not in row:
                continue
            for fk in FOREIGN_KEYS:
                if fk.parent != table:
                    continue
                order = " ORDER BY position" if _has_position(fk.table) else ""
                dependents = self._query(
                    f"SELECT * FROM {fk.table} WHERE {fk.column} = ?{order}", [row["id"]]
                )
                if fk.cascade:
                    self._capture(fk.table, dependents, captured, nulled, seen)
                    continue
                for dependent in dependents:
                    key = tuple((column, dependent[column]) for column in key_columns(fk.table))
                    nulled.append((fk.table, key, fk.column, row["id"]))

    def _single(self, cls: type) -> Any:
        spec = rowmap.kind_of(cls)
        names, found = self._rows(f"SELECT * FROM {spec.table}")
        if not found:
            raise DamagedFileError(f"'{self.path}' is damaged: its {spec.table} record is missing")
        return self._decode_rows(spec, names, found[:1])[0]

    def _set_single(self, record: object) -> None:
        spec = rowmap.kind_of(type(record))
        if not spec.single_row:
            raise ValueError(f"{type(record).__name__} is not a single-record kind")
        row = {"one": 1, **rowmap.to_row(spec, record)}
        columns = ", ".join(row)
        marks = ", ".join(f":{column}" for column in row)
        with self._transaction():
            self._conn.execute(
                f"INSERT OR REPLACE INTO {spec.table} ({columns}) VALUES ({marks})", row
            )
        self._notify(Change(spec.cls))

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


def _build(path: Path, data: WorkshopData, name: Path) -> None:
    """Write the schema and ``data`` into the empty file at ``path``, in one transaction.

    ``name`` is the path the user asked for, for messages.
    """
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path, "rw")
        db = _database(conn)
        with db.atomic():
            for statement in create_statements():
                db.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute(
                "INSERT INTO instance (one, id) VALUES (1, ?)", (instance.new_instance_id(),)
            )
            # References are checked at commit, so records can go in document
            # order (the listening log, for one, refers to options after it).
            conn.execute("PRAGMA defer_foreign_keys = ON")
            _write_all(db, data)
    except sqlite3.Error as error:
        raise WorkshopError(f"Cannot create '{name}': {_explain(error)}") from None
    finally:
        if conn is not None:
            conn.close()


def _database(conn: sqlite3.Connection) -> Database:
    # Imported here, not at the top: sqlite-utils (with click, dateutil and pluggy) is
    # the costliest import on the way to an open workshop, and only writes need it.
    from smartdesk.store.sqlite_utils_loader import Database

    return Database(conn, execute_plugins=False)


def _clear_abandoned_builds(path: Path) -> None:
    """Remove hidden half-built files a killed ``create`` of ``path`` on this machine left."""
    for leftover in path.parent.glob(f".{glob_escape(path.name)}.*.creating"):
        pid = leftover.name[len(path.name) + 2 : -len(".creating")]
        if pid.isdigit() and not locking.process_alive(int(pid)):
            leftover.unlink(missing_ok=True)
            Path(f"{leftover}-journal").unlink(missing_ok=True)


def _link_into_place(built: Path, path: Path) -> None:
    """Give the finished file ``built`` the name ``path``, refusing an existing ``path``."""
    try:
        os.link(built, path)  # atomic, and fails if the name was taken meanwhile
        return
    except FileExistsError:
        raise WorkshopError(f"'{path}' already exists; choose another name") from None
    except OSError:
        pass  # no hard links on this drive: a rename, after a last look
    if path.exists():
        raise WorkshopError(f"'{path}' already exists; choose another name")
    try:
        os.rename(built, path)
    except OSError as error:
        raise WorkshopError(f"Cannot create '{path}': {error.strerror or error}") from None


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def _where(key: dict[str, Any]) -> str:
    return " AND ".join(f"{column} = :{column}" for column in key)


def _name(cls: type) -> str:
    return cls.__name__.lower()


def _write_all(db: Database, data: WorkshopData) -> None:
    """Write a whole workshop into an empty schema (inside the caller's transaction)."""
    for record in (data.workshop, data.vision, data.recommendation, data.implications):
        spec = rowmap.kind_of(type(record))
        db.table(spec.table).insert({"one": 1, **rowmap.to_row(spec, record)})
    for name, cls in COLLECTIONS.items():
        spec = rowmap.kind_of(cls)
        records = getattr(data, name)
        db.table(spec.table).insert_all(
            {**rowmap.to_row(spec, record), "position": index}
            for index, record in enumerate(records)
        )
        for record in records:
            for link, link_rows in rowmap.link_rows(spec, record):
                if link_rows:
                    db.table(link.table).insert_all(link_rows)


def _changes(removal: Removal) -> list[Change]:
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
