"""Files the user names: writing outputs safely, and refusing inputs that are not files.

Exports (PDF, JSON, ...) are written to a temporary file beside the target and renamed
into place only when complete: a full disk, a cancelled export or a crash leaves the old
file (or none) rather than a damaged one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from smartdesk.domain.errors import WorkshopError

NO_SUCH_FILE = "no such file"
A_FOLDER = "it is a folder"


def why_not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file (NO_SUCH_FILE, ...); None if it can be tried.

    A named pipe, device or socket is refused too: reading one can wait forever for a
    writer (a pipe) or never end (/dev/zero); so is a link that leads round in a circle.
    Every input the user names is checked with this before it is opened.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return NO_SUCH_FILE
    except PermissionError:
        return None  # opening it will tell the user why
    except OSError as error:  # a circle of links, a name too long, ...
        reason = error.strerror or str(error)
        return reason[:1].lower() + reason[1:]
    if stat.S_ISDIR(mode):
        return A_FOLDER
    if not stat.S_ISREG(mode):
        return "it is a device, pipe or socket, not a file"
    return None


# Paths longer than Windows allows: refused up front, with the reason, not half-written.
#
# Windows limits a path to 259 characters (MAX_PATH, 260 with the end mark) unless the
# computer has long paths turned on (LongPathsEnabled, set by IT through Group Policy)
# *and* the program says it copes (a longPathAware manifest: python.exe and
# PyInstaller's bootloader both do). With long paths on, SmartDesk, SQLite and Qt just
# work. With them off, a workshop near the limit could be read, yet its lock or journal
# beside it (a few characters longer) could not be made, and an export's staging copy
# could fail after other files were placed; so such a path is refused before anything
# is written, saying how long it is, what the limit is and what to do. A "\\?\" prefix
# would only move the failure: Qt's dialogs, Explorer and the user's own programs
# (Word, Excel) still could not open what SmartDesk wrote there.

# Characters in a path, the end mark not counted: MAX_PATH (260) - 1.
WINDOWS_PATH_LIMIT = 259

# How much longer than the workshop's own path the longest file SmartDesk makes beside
# it can be: the lock's temporary file "~$<name>.lock.<pid>.<thread>.tmp" (7 + up to 26);
# the new file's ".<name>.<pid>.creating-journal" and the "-journal" are shorter.
WORKSHOP_EXTRA = 33

# For an export: its staging copy ".smartdesk-export-XXXXXXXX\.<name>.XXXXXXXX.part"
# beside the target (OutputSet and write_atomically, below).
EXPORT_EXTRA = 42


def too_long_for_windows(path: str, extra: int, limit: int = WINDOWS_PATH_LIMIT) -> str | None:
    """Why ``path`` (absolute) cannot be used where long paths are off, or None.

    ``extra``: how many characters longer the longest file SmartDesk makes for it is.
    """
    needed = len(path) + extra
    if needed <= limit:
        return None
    return (
        f"the path is too long for Windows: {len(path)} characters, and SmartDesk needs "
        f"{needed} for the files it keeps beside it, over Windows' limit of {limit}; "
        f"move it to a folder with a shorter path or give it a shorter name (or ask IT "
        f"to turn on long paths, LongPathsEnabled)"
    )


def long_paths_enabled() -> bool:
    """Whether this Windows computer allows long paths (always true elsewhere)."""
    if sys.platform != "win32":
        return True
    import winreg

    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem"
        ) as key:
            value, _kind = winreg.QueryValueEx(key, "LongPathsEnabled")
    except OSError:  # no such value: Windows' default, off
        return False
    return value == 1


def refuse_a_path_too_long_for_windows(path: Path, extra: int) -> None:
    """WorkshopError (naming ``path``) where Windows would refuse it or a file beside it."""
    if sys.platform != "win32" or long_paths_enabled():
        return
    problem = too_long_for_windows(str(path.absolute()), extra)
    if problem is not None:
        raise WorkshopError(f"Cannot use '{path}': {problem}")


def output_problem(target: Path) -> str | None:
    """Why ``target`` cannot be written as an output file, or None.

    Outputs are finished beside the target and renamed onto it, so a pipe or device
    named as the target would itself be replaced (as root: /dev/null): refused.
    """
    if not target.parent.is_dir():
        return f"folder '{target.parent}' does not exist"
    if sys.platform == "win32" and not long_paths_enabled():
        too_long = too_long_for_windows(str(target.absolute()), EXPORT_EXTRA)
        if too_long is not None:
            return too_long
    problem = why_not_a_file(target)
    if problem in (None, NO_SUCH_FILE):
        return None
    if problem == A_FOLDER:
        return "it is a folder; give a file name"
    return problem


def resolved(path: Path) -> Path:
    """``path`` with its links resolved, for comparing; as given (absolute) if it cannot be."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a circle of links, before Python 3.13
        return path.absolute()


def write_failure(target: Path, error: OSError) -> WorkshopError:
    """The message for an output that could not be written or moved onto ``target``."""
    if isinstance(error, PermissionError) and target.exists():
        # Windows refuses to replace a file another program holds open (Excel, Word, a
        # PDF viewer): the rename fails with "access denied" or a sharing violation.
        return WorkshopError(
            f"Cannot replace '{target}': it is open in another program or read-only; "
            "close it there (or choose another name) and try again"
        )
    return WorkshopError(f"Cannot write '{target}': {error.strerror or error}")


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
    problem = output_problem(target)
    if problem is not None:
        raise WorkshopError(f"Cannot write '{target}': {problem}")
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
        raise write_failure(target, error) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return target


class OutputSet:
    """Several outputs that appear together or not at all (one export call, many formats).

    Each is written into a hidden folder beside its target (same drive, so the final
    rename is instant) and only ``commit`` moves them into place, one quick rename each;
    ``discard`` removes every trace, including a writer's own half-written part file.
    """

    def __init__(self) -> None:
        self._folders: dict[Path, Path] = {}  # target folder -> its hidden staging folder
        self._staged: dict[Path, Path] = {}  # target -> where it is being written

    def staging_path(self, target: Path) -> Path:
        """Where to write ``target`` until ``commit``."""
        parent = resolved(target.parent)
        if parent not in self._folders:
            try:
                folder = tempfile.mkdtemp(prefix=".smartdesk-export-", dir=parent)
            except OSError as error:
                raise WorkshopError(
                    f"cannot write '{target}': {error.strerror or error}"
                ) from error
            self._folders[parent] = Path(folder)
        staged = self._folders[parent] / target.name
        self._staged[target] = staged
        return staged

    def commit(self) -> None:
        """Move every staged output onto its target: all of them, or none.

        A file already at a target is first moved aside into the staging folder; that
        rename is the one Windows refuses for a file another program holds open, and it
        fails before that target is touched. When any step fails, the outputs already
        placed are taken away again and the files set aside go back where they were.
        """
        placed: list[Path] = []  # targets now holding the new output
        aside: list[tuple[Path, Path]] = []  # (target, where its old file waits)
        kept: list[Path] = []
        try:
            for target, staged in self._staged.items():
                if os.path.lexists(target) and not os.path.isdir(target):
                    previous = staged.with_name(f"{staged.name}.previous")
                    os.replace(target, previous)
                    aside.append((target, previous))
                os.replace(staged, target)
                placed.append(target)
        except OSError as error:
            kept = _put_back(placed, aside)
            failure = write_failure(target, error)
            if kept:
                # Never deleted: an old file that could not go back is the user's work.
                where = ", ".join(f"'{path}'" for path in kept)
                failure = WorkshopError(f"{failure}; the earlier file is kept at {where}")
            elif len(self._staged) > 1:
                failure = WorkshopError(f"{failure}; none of the export's files was changed")
            raise failure from error
        finally:
            self.discard(keep=kept)

    def discard(self, keep: list[Path] | None = None) -> None:
        """Remove the staging folders and everything in them (not a folder holding a
        file in ``keep``)."""
        keep_folders = {path.parent for path in keep or []}
        for folder in self._folders.values():
            if folder not in keep_folders:
                shutil.rmtree(folder, ignore_errors=True)
        self._folders.clear()


def _put_back(placed: list[Path], aside: list[tuple[Path, Path]]) -> list[Path]:
    """Undo a commit that stopped part way; returns the old files that could not go back."""
    had_a_file = {target for target, _previous in aside}
    for target in reversed(placed):
        if target not in had_a_file:  # new here: remove it (the others are replaced below)
            with contextlib.suppress(OSError):
                os.unlink(target)
    kept = []
    for target, previous in reversed(aside):
        try:
            os.replace(previous, target)
        except OSError:
            kept.append(previous)
    return kept
