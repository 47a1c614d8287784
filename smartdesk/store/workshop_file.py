"""An open workshop file: opening and closing it, reading records, and writing each
edit as it is made.

Every edit is committed before its method returns (one transaction per edit, however
many tables it touches), so closing the laptop lid loses nothing. After each commit
the subscribed listeners get a :class:`Change` per record kind the edit touched.
``delete`` hands back a :class:`Removal` holding every row it removed or reference
it cleared, so ``restore`` can put the workshop back exactly as it was - which is
what undo needs (``store.changes`` captures it). A new file is built by
``store.new_file``; the SQL under the records is in ``store.tables``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import (
    COLLECTIONS,
    Implications,
    Recommendation,
    Score,
    Vision,
    WorkshopData,
    WorkshopInfo,
)
from smartdesk.files import WORKSHOP_EXTRA, refuse_a_path_too_long_for_windows
from smartdesk.store import instance
from smartdesk.store import lock as locking
from smartdesk.store import rows as rowmap
from smartdesk.store.backups import backup_connection
from smartdesk.store.changes import Change, Removal, capture, removal_changes
from smartdesk.store.faults import WriteFailedError, explain, is_storage_failure
from smartdesk.store.identity import (
    connect,
    inspect,
    one_line,
    refuse_what_cannot_be_a_workshop,
)
from smartdesk.store.lock import LockInfo
from smartdesk.store.migrations import migrate
from smartdesk.store.new_file import build_new_file
from smartdesk.store.schema import SCHEMA_VERSION
from smartdesk.store.tables import Tables, has_position

# Change and Removal belong to WorkshopFile's API (its edits announce the one and
# return the other): callers may import them from here or from store.changes.
__all__ = ["Change", "Removal", "WorkshopFile"]

R = TypeVar("R")


class WorkshopFile(Tables):
    """One open ``.smartdesk`` file. Make one with :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        super().__init__(path, conn)
        self.read_only = read_only
        self._listeners: list[Callable[[Change], None]] = []
        self._fault_listeners: list[Callable[[WriteFailedError], None]] = []
        self._locked = False
        # Why the backup made on opening failed, if it did (the file opens anyway).
        self.backup_error: str | None = None
        # The lock of a SmartDesk that stopped without closing, cleared on opening.
        self.cleared_lock: LockInfo | None = None
        self._identity = _file_identity(path)
        self._instance: str | None = None  # set on opening for editing (instance.claim)
        self._held: list[Change] | None = None  # changes announced when ``together`` ends

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
        refuse_a_path_too_long_for_windows(path, WORKSHOP_EXTRA)
        build_new_file(path, WorkshopData() if data is None else data)
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
        refuse_a_path_too_long_for_windows(path, WORKSHOP_EXTRA)
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
            sets = ", ".join(f'"{column}" = :{column}' for column in values)
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
        with self._transaction():
            found = self._query(f"SELECT * FROM {spec.table} WHERE {_where(key)}", key)
            if not found:
                raise WorkshopError(f"There is no {_name(spec.cls)} with id {id} to delete")
            removal = capture(spec.cls, id, spec.table, found, self._query)
            self._conn.execute(f"DELETE FROM {spec.table} WHERE {_where(key)}", key)
            for table in dict.fromkeys(table for table, _ in removal.rows):
                self._renumber(table)
        self._notify(*removal_changes(removal))
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
                if has_position(table):
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
        self._notify(*removal_changes(removal))

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

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """The edits made inside as one transaction: all committed, or none (a merge).

        References are checked when it commits, as a merge may add a score before the
        option it scores; the edits are announced only once they are committed.
        """
        held: list[Change] = []
        self._held = held
        try:
            with self._transaction():
                self._conn.execute("PRAGMA defer_foreign_keys = ON")
                yield
        finally:
            self._held = None
        self._notify(*held)

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
            raise WorkshopError(f"The change was not saved: {explain(error)}") from None
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
        if self._held is not None:
            self._held.extend(changes)
            return
        for change in changes:
            for listener in list(self._listeners):
                listener(change)

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
