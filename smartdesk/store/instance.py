"""Which copy of a workshop a file is: its instance id, kept apart from the workshop id.

Every copy of a workshop shares its workshop id (merge relies on it), so backups
cannot be told apart by it: scrubbing one copy deleted another copy's backups. Each
file therefore carries an instance id of its own in the single-row ``instance``
table. It is new whenever SmartDesk makes a file (``new``, ``demo``, a demo copy,
Save a Copy, a restored backup, an upgraded older file).

A copy made outside SmartDesk (a file manager, email) still carries its original's
instance id. It is caught the first time the copy is opened for editing, by
:func:`claim`, from the note beside that id's backups (``store.backups``): if the
note names another path, and the file there still exists and still holds this
instance id, this file is a copy and gets a new id. If that path is gone or holds
another id, the file was moved or renamed and keeps its id and its backups. When in
doubt (the other file cannot be read), the file gets a new id: at worst its older
backups stop being listed for it, whereas a wrong match would let it delete another
file's backups. The note is rewritten with each backup, so there is no separate
registry to fall out of step, and a file never backed up has no note to clash with.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from smartdesk.domain.errors import WorkshopError
from smartdesk.store.backups import owner_of
from smartdesk.store.identity import connect, one_line


def new_instance_id() -> str:
    """A fresh instance id: a random (version 4) UUID's text.

    Made from ``os.urandom`` rather than the uuid module, which pulls in ``platform``:
    every demo copy gets one while the window is starting.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def read(conn: sqlite3.Connection) -> str | None:
    """The instance id of the workshop behind ``conn``; None for an older file or none set."""
    try:
        row = conn.execute("SELECT id FROM instance").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def give(conn: sqlite3.Connection, instance: str) -> None:
    """Set the instance id of the workshop behind ``conn`` (committed at once)."""
    with conn:
        conn.execute("INSERT OR REPLACE INTO instance (one, id) VALUES (1, ?)", (instance,))


def renew(path: Path) -> str:
    """Give the file SmartDesk has just copied to ``path`` an instance id of its own."""
    instance = new_instance_id()
    try:
        conn = connect(path, "rw")
        try:
            give(conn, instance)
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise WorkshopError(f"Could not finish the copy {path}: {one_line(error)}") from None
    return instance


def claim(conn: sqlite3.Connection, path: Path) -> str:
    """The instance id of the file at ``path`` (open for editing on ``conn``).

    A file with no id, or a copy of a file SmartDesk has backed up elsewhere, is
    given a new one first (see the module's notes).
    """
    instance = read(conn)
    if instance is None or _is_copy(path, instance):
        instance = new_instance_id()
        give(conn, instance)
    return instance


def _is_copy(path: Path, instance: str) -> bool:
    try:
        owner = owner_of(instance)
    except WorkshopError:  # an id not shaped as SmartDesk makes them: not to be trusted
        return True
    if owner is None or Path(os.path.abspath(path)) == owner:
        return False
    try:
        if not owner.exists():
            return False  # the file was moved or renamed: it keeps its backups
        if os.path.samefile(owner, path):
            return False  # the same file by another name (a link, a mapped drive)
    except OSError:
        return True
    try:
        other = connect(owner, "ro")
    except sqlite3.Error:
        return True
    try:
        return read(other) == instance or _unreadable(other)
    finally:
        other.close()


def _unreadable(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.Error:
        return True
    return False
