"""Writing export files so a failed or interrupted export never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from smartdesk.domain.errors import WorkshopError


def check_output_path(out: str, workshop: Path) -> Path:
    """Refuse an output path that cannot be written or would overwrite the workshop."""
    target = Path(out)
    if not target.parent.is_dir():
        raise WorkshopError(f"cannot write '{target}': folder '{target.parent}' does not exist")
    if target.is_dir():
        raise WorkshopError(f"cannot write '{target}': it is a folder")
    if target.exists() and target.resolve() == workshop.resolve():
        raise WorkshopError(f"'{target}' is the workshop file itself; choose another name")
    return target


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a temporary file beside ``target``, then move it into place."""
    handle, temporary_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        write(temporary)
        os.replace(temporary, target)
    except OSError as error:
        raise WorkshopError(f"cannot write '{target}': {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
