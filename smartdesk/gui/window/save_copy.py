"""File ▸ Save a Copy: a consistent copy of the open workshop under another name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from smartdesk.domain.errors import WorkshopError
from smartdesk.files import output_problem, resolved
from smartdesk.gui.common.translation import tr
from smartdesk.gui.window.desktop import FILE_SUFFIX

if TYPE_CHECKING:
    from smartdesk.store.workshop_file import WorkshopFile


def copy_destination(destination: str | Path) -> Path:
    """``destination`` with the workshop suffix added if it has none."""
    dest = Path(destination)
    if dest.suffix.lower() != FILE_SUFFIX:
        dest = dest.with_name(dest.name + FILE_SUFFIX)
    return dest


def write_copy(store: WorkshopFile, dest: Path) -> None:
    """Write ``store``'s workshop to ``dest`` (SQLite backup); WorkshopError says why not."""
    problem = output_problem(dest)
    if problem is not None:
        raise WorkshopError(
            tr("Could not save a copy to {path}: {problem}").format(path=dest, problem=problem)
        )
    if resolved(dest) == resolved(Path(store.path)):
        raise WorkshopError(tr("That is the open workshop itself: choose another name."))
    from smartdesk.store.instance import renew as renew_instance

    try:
        # The backup is made beside the destination, then renamed into place, so a
        # half-written copy never carries the chosen name.
        with tempfile.TemporaryDirectory(dir=dest.parent) as folder:
            made = store.backup(Path(folder))
            renew_instance(made)  # the copy is a file of its own, with its own backups
            os.replace(made, dest)
    except (WorkshopError, OSError) as error:
        raise WorkshopError(tr("Could not save a copy: {error}").format(error=error)) from None
