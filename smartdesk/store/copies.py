"""Breakout copies: the open workshop written to another file that is a file of its own.

A breakout table takes a copy of the workshop to its own laptop and the facilitator
merges it back later (``interchange.merge``). Merging matches records by id, so the copy
keeps the workshop id and every record id; it gets an instance id of its own
(``store.instance``), so its backups, lock and scrub never touch the original's.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from smartdesk.domain.errors import WorkshopError
from smartdesk.files import output_problem, resolved
from smartdesk.store.instance import renew
from smartdesk.store.lock import read_lock
from smartdesk.store.workshop_file import WorkshopFile

SUFFIX = ".smartdesk"


def save_breakout_copy(store: WorkshopFile, destination: str | os.PathLike[str]) -> Path:
    """Write a consistent copy of ``store`` to ``destination`` (``.smartdesk`` added if
    missing) and return its path.

    Refuses the open file itself, a file another SmartDesk has open, and a name that
    cannot be written. The copy is finished beside the destination and renamed into
    place, so a half-written copy never carries the chosen name.
    """
    dest = Path(destination)
    if dest.suffix.lower() != SUFFIX:
        dest = dest.with_name(dest.name + SUFFIX)
    problem = output_problem(dest)
    if problem is not None:
        raise WorkshopError(f"Cannot save a breakout copy to '{dest}': {problem}")
    if resolved(dest) == resolved(store.path):
        raise WorkshopError(
            f"'{dest}' is the open workshop itself; choose another name for the breakout copy"
        )
    holder = read_lock(dest)
    if holder is not None and not holder.stale:
        raise WorkshopError(
            f"Cannot save a breakout copy to '{dest}': it is open in SmartDesk "
            f"({holder.describe()})"
        )
    try:
        with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".smartdesk-") as folder:
            made = store.backup(Path(folder))
            renew(made)  # its own file identity; workshop and record ids stay the same
            os.replace(made, dest)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise WorkshopError(f"Cannot save a breakout copy to '{dest}': {reason}") from None
    return dest
