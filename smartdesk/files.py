"""Files the user names: writing outputs safely, and refusing inputs that are not files.

Exports (PDF, JSON, ...) are written to a temporary file beside the target and renamed
into place only when complete: a full disk, a cancelled export or a crash leaves the old
file (or none) rather than a damaged one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from smartdesk.domain.errors import WorkshopError


def why_not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file ("no such file", ...); None if it can be tried.

    A named pipe, device or socket is refused too: reading one can wait forever for a
    writer (a pipe) or never end (/dev/zero). Every input the user names is checked
    with this before it is opened.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "no such file"
    except OSError:
        return None  # no permission, say: opening it will tell the user why
    if stat.S_ISDIR(mode):
        return "it is a folder"
    if not stat.S_ISREG(mode):
        return "it is a device, pipe or socket, not a file"
    return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, then move the temporary file onto ``target``.

    Raises WorkshopError (with a message fit to show) when ``target`` cannot be
    written; exceptions raised by ``write`` itself (e.g. a cancelled export) pass
    through, and in every failure the temporary file is removed.
    """
    target = Path(target)
    if target.is_dir():
        raise WorkshopError(f"Cannot write '{target}': it is a folder; give a file name")
    if not target.parent.is_dir():
        raise WorkshopError(f"Cannot write '{target}': folder '{target.parent}' does not exist")
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise WorkshopError(f"Cannot write '{target}': {error.strerror or error}") from error
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        # mkstemp makes the file private (0600); an export gets the user's usual mode.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        raise WorkshopError(f"Cannot write '{target}': {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return target
