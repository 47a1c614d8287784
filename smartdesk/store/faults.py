"""Failures of the disk or share under an open workshop, and a way to cause one on purpose.

A write that fails because of the storage (disk full, I/O error, a drive gone
read-only, the file moved or deleted) is a :class:`WriteFailedError`. SQLite has
rolled the change back by then, so the file still holds every earlier edit; the GUI
tells the user this edit was not saved, switches to read-only and offers to save a
copy elsewhere. A write the schema refuses (a duplicate id, a missing record) is
not a fault of the storage: :func:`explain` says in words what rule it broke.
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

from smartdesk.domain.errors import WorkshopError

# SQLite result codes that mean "the storage failed", not "the change broke a rule".
_STORAGE_CODES = {
    getattr(sqlite3, name)
    for name in (
        "SQLITE_FULL",
        "SQLITE_IOERR",
        "SQLITE_READONLY",
        "SQLITE_CANTOPEN",
        "SQLITE_CORRUPT",
        "SQLITE_NOTADB",
        "SQLITE_PERM",
    )
    if hasattr(sqlite3, name)
}


class WriteFailedError(WorkshopError):
    """An edit could not be written because of the disk or share; it was not saved."""


def is_storage_failure(error: sqlite3.Error) -> bool:
    """Is ``error`` the storage failing (rather than a rule of the schema)?"""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return isinstance(error, sqlite3.OperationalError)
    return (code & 0xFF) in _STORAGE_CODES


def explain(error: sqlite3.Error) -> str:
    """Why SQLite refused a write, in words for the user (its own text if no rule fits)."""
    text = str(error)
    if "UNIQUE" in text or "PRIMARY KEY" in text:
        return "a record with the same id already exists"
    if "FOREIGN KEY" in text:
        return "it refers to a record that does not exist"
    if "CHECK" in text or "NOT NULL" in text:
        return "a value is not allowed"
    return text


class _HasConnection(Protocol):
    @property
    def connection(self) -> sqlite3.Connection: ...


def simulate_full_disk(store: _HasConnection) -> None:
    """Make every write that needs more room fail exactly as on a full disk.

    SQLite's ``max_page_count`` is lowered to the file's current size, so the next
    change that would grow the file fails with SQLITE_FULL ("database or disk is
    full") through the same code path a real full disk takes. Only this connection is
    affected; reopening the file lifts it. For tests and the torture scripts.
    """
    conn = store.connection
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages}")
