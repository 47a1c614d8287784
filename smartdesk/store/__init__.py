"""The ``.smartdesk`` workshop file: schema, opening and checking, migrations, edits.

This package is the only place that touches SQL. Everything above it works with the
domain records through :class:`WorkshopFile`.
"""

from __future__ import annotations

from smartdesk.store.changes import Change, Removal
from smartdesk.store.faults import WriteFailedError
from smartdesk.store.lock import LockedError, LockInfo, NotWritableError, read_lock
from smartdesk.store.rows import score_id
from smartdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION
from smartdesk.store.verify import check
from smartdesk.store.workshop_file import WorkshopFile

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "Change",
    "LockInfo",
    "LockedError",
    "NotWritableError",
    "Removal",
    "WorkshopFile",
    "WriteFailedError",
    "check",
    "read_lock",
    "score_id",
]
