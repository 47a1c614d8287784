"""Building a new workshop file, so that its path never holds half a workshop.

The schema and the data are written in one transaction to a hidden file beside the
path asked for (``.<name>.<pid>.creating``), which is only then linked into place:
the path is either absent or holds a complete workshop, even if the process is killed.
Hidden files a killed build left behind are cleared by the next build of that path.
"""

from __future__ import annotations

import os
import sqlite3
from glob import escape as glob_escape
from pathlib import Path
from typing import TYPE_CHECKING

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import COLLECTIONS, WorkshopData
from smartdesk.store import instance
from smartdesk.store import lock as locking
from smartdesk.store import rows as rowmap
from smartdesk.store.faults import explain
from smartdesk.store.identity import connect
from smartdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, create_statements
from smartdesk.store.sqlite_utils_loader import database

if TYPE_CHECKING:
    from sqlite_utils import Database


def build_new_file(path: Path, data: WorkshopData) -> None:
    """Write a workshop holding ``data`` at ``path``, which must not exist yet.

    WorkshopError if ``path`` exists or anything fails; nothing is then left at ``path``.
    """
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


def _build(path: Path, data: WorkshopData, name: Path) -> None:
    """Write the schema and ``data`` into the empty file at ``path``, in one transaction.

    ``name`` is the path the user asked for, for messages.
    """
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path, "rw")
        db = database(conn)
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
        raise WorkshopError(f"Cannot create '{name}': {explain(error)}") from None
    finally:
        if conn is not None:
            conn.close()


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
