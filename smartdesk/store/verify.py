"""``smartdesk check``: is a workshop file sound, from its header to its last record?

It needs both halves of the store, so it sits above them: ``identity`` reads the
header and runs SQLite's checks without opening a workshop, and ``WorkshopFile`` reads
every record back, as opening does. Nothing here writes to the file.
"""

from __future__ import annotations

from pathlib import Path

from smartdesk.store.identity import inspect
from smartdesk.store.schema import SCHEMA_VERSION
from smartdesk.store.workshop_file import WorkshopFile


def check(path: str | Path) -> None:
    """Verify a workshop file: identity, schema version and integrity, read-only.

    Returns None for a sound workshop (an older one that SmartDesk would upgrade
    counts as sound); raises WorkshopError (exit_code 2) for a missing path or
    anything that is not a SmartDesk workshop or is from a newer SmartDesk, and
    DamagedFileError (exit_code 1) for a damaged one - including damage SQLite's
    integrity check cannot see (every record is read back, as opening does).
    """
    if inspect(Path(path)) == SCHEMA_VERSION:
        WorkshopFile.open(path, read_only=True).close()
