"""The lock file that tells a second SmartDesk who has a workshop open for editing.

Beside ``Budget.smartdesk`` an open-for-editing SmartDesk keeps ``~$Budget.smartdesk.lock``
(the ``~$`` prefix is the one office suites use, so people on a shared drive already
know what it means). It is a small JSON object::

    {"app": "SmartDesk", "user": "jo", "machine": "LAPTOP-7", "pid": 4242,
     "time": "2025-05-01T09:30:00+00:00"}

The lock is advisory: SQLite's own file locking keeps the database consistent
whatever happens; the lock file only lets the second person decide - open read-only,
work on a copy, or take over. A lock is *stale* when it names this machine and its
process is no longer running (SmartDesk or the computer stopped without closing the
file); only then can SmartDesk know for sure that nobody holds it, and only then is it
cleared without asking. A lock from another machine can only be judged by its age, so
the user is shown it and asked.

Within one process a lock is re-entrant: opening the same workshop again (the window
re-opening the file it shows) shares the lock, which goes when the last user closes.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import sys
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from smartdesk.domain.errors import WorkshopError

LOCK_PREFIX = "~$"
LOCK_SUFFIX = ".lock"
_APP = "SmartDesk"


def lock_path(path: Path) -> Path:
    """Where the lock for the workshop at ``path`` lives."""
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


def this_machine() -> str:
    """This computer's name as a lock records it."""
    if hasattr(os, "uname"):
        # What platform.node() returns here too, without importing platform (and the
        # start-up time that costs) just to ask.
        return os.uname().nodename or "unknown computer"
    import platform

    return platform.node() or "unknown computer"


def _this_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        pass
    except ImportError:
        # Windows with no USERNAME in the environment (a program started with a bare
        # one): getpass falls back to the pwd module, which Windows has not got. Ask
        # Windows itself (GetUserNameW).
        with contextlib.suppress(OSError):
            return os.getlogin()
    return f"user {os.getuid()}" if hasattr(os, "getuid") else "unknown user"


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a workshop open for editing, as its lock file says."""

    user: str
    machine: str
    pid: int
    time: str  # ISO 8601 with time zone

    @classmethod
    def mine(cls) -> LockInfo:
        """A lock naming this user, machine and process, now."""
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        return cls(_this_user(), this_machine(), os.getpid(), now)

    def to_json(self) -> str:
        """The lock file's text."""
        return json.dumps({"app": _APP, **asdict(self)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        """Read a lock file's text; anything unreadable becomes an unknown holder."""
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict):
                raise ValueError("not an object")
            pid = raw.get("pid")
            return cls(
                user=str(raw.get("user") or "someone"),
                machine=str(raw.get("machine") or "an unknown computer"),
                pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
                time=str(raw.get("time") or ""),
            )
        except ValueError:
            return cls("someone", "an unknown computer", 0, "")

    @property
    def started(self) -> datetime | None:
        """When the lock was taken, if it says."""
        try:
            moment = datetime.fromisoformat(self.time)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def age_text(self, now: datetime | None = None) -> str:
        """How long ago the lock was taken, e.g. ``"3 hours"``, or ``"an unknown time"``."""
        started = self.started
        if started is None:
            return "an unknown time"
        seconds = max(0, int(((now or datetime.now(UTC)) - started).total_seconds()))
        for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
            if seconds >= size:
                count = seconds // size
                return f"{count} {unit}{'s' if count != 1 else ''}"
        return "less than a minute"

    @property
    def on_this_machine(self) -> bool:
        """Was the lock taken on this computer?"""
        # Computer names ignore case (Windows reports "LAPTOP-7" or "laptop-7" by API).
        return self.machine.casefold() == this_machine().casefold()

    @property
    def stale(self) -> bool:
        """True only when the lock names this machine and its process has gone."""
        return self.on_this_machine and self.pid > 0 and not process_alive(self.pid)

    def describe(self) -> str:
        """``"jo on LAPTOP-7 since 2025-05-01 10:30"`` for messages."""
        started = self.started
        when = started.astimezone().strftime("%Y-%m-%d %H:%M") if started else "an unknown time"
        return f"{self.user} on {self.machine} since {when}"


def process_alive(pid: int) -> bool:
    """Is process ``pid`` running on this machine (True when in doubt)?"""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    except OSError:
        return True  # cannot tell: assume it is alive (the safe answer)
    return True


# Windows API values (winbase.h, winerror.h).
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
_ERROR_INVALID_PARAMETER = 87  # what OpenProcess says for a pid no process has


def windows_verdict(open_error: int | None, exit_code: int | None) -> bool:
    """Alive? from what OpenProcess (its error, None if it opened) and GetExitCodeProcess said.

    Only "no such process" (or an exit code) means gone: access denied is another
    user's process (a terminal server), and anything unexpected is answered safely.
    """
    if open_error is not None:
        return open_error != _ERROR_INVALID_PARAMETER
    return exit_code is None or exit_code == STILL_ACTIVE


def _windows_process_alive(pid: int) -> bool:
    # Never os.kill(pid, 0) on Windows: signal 0 is CTRL_C_EVENT, which fails (so every
    # lock looked alive, none was ever stale) or sends Ctrl+C to a console group.
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return windows_verdict(ctypes.get_last_error(), None)  # type: ignore[attr-defined,unused-ignore]
    try:
        code = wintypes.DWORD()
        done = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return windows_verdict(None, code.value if done else None)
    finally:
        kernel32.CloseHandle(handle)


class LockedError(WorkshopError):
    """The workshop is open for editing elsewhere; ``lock`` says by whom."""

    def __init__(self, path: Path, lock: LockInfo) -> None:
        if lock.stale:
            detail = (
                f"'{path.name}' is locked by a SmartDesk that is no longer running "
                f"({lock.describe()})"
            )
        else:
            detail = f"'{path.name}' is open for editing by {lock.describe()}"
        super().__init__(detail)
        self.path = path
        self.lock = lock


class NotWritableError(WorkshopError):
    """The workshop or its folder cannot be written (read-only file, folder or drive)."""


def read_lock(path: Path) -> LockInfo | None:
    """The lock on the workshop at ``path``, or None if nobody holds one."""
    try:
        text = lock_path(path).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo("someone", "an unknown computer", 0, "")
    return LockInfo.from_json(text)


# Locks this process holds: lock path -> (what we wrote, how many opens share it).
_held: dict[Path, tuple[str, int]] = {}
_guard = threading.Lock()


def _key(path: Path) -> Path:
    return lock_path(path.resolve())


def acquire(
    path: Path, *, override: LockInfo | None = None, clear_stale: bool = True
) -> LockInfo | None:
    """Take the lock on the workshop at ``path`` for this process.

    Raises LockedError if someone else holds it - unless ``override`` is exactly the
    lock found there (the one the user was shown and chose to take over), or the lock
    is stale and ``clear_stale`` is true. Returns the lock that was cleared or taken
    over, if any. Raises NotWritableError if the folder cannot take a lock file.
    """
    key = _key(path)
    with _guard:
        if key in _held:
            text, count = _held[key]
            _held[key] = (text, count + 1)
            return None
        text = LockInfo.mine().to_json()
        replaced = None
        if not _create(key, text):
            found = read_lock(path)
            if found is None:  # released between our attempt and the read
                if not _create(key, text):
                    raise LockedError(path, read_lock(path) or LockInfo.from_json(""))
            elif (override is not None and found == override) or (clear_stale and found.stale):
                _replace(key, text)
                replaced = found
            else:
                raise LockedError(path, found)
        _held[key] = (text, 1)
        return replaced


def release(path: Path) -> None:
    """Give up this process's share of the lock; the file goes with the last share.

    A lock file someone else has written since (they took over) is left alone.
    """
    key = _key(path)
    with _guard:
        if key not in _held:
            return
        text, count = _held.pop(key)
        if count > 1:
            _held[key] = (text, count - 1)
            return
        with contextlib.suppress(OSError):
            if key.read_text(encoding="utf-8") == text:
                key.unlink()


def still_ours(path: Path) -> bool:
    """Does the lock file still say this process holds it (nobody took over)?"""
    key = _key(path)
    with _guard:
        held = _held.get(key)
    if held is None:
        return False
    try:
        return key.read_text(encoding="utf-8") == held[0]
    except OSError:
        return False


def _create(key: Path, text: str) -> bool:
    """Write the lock file only if none exists; False if one does.

    The text is written to a private file first and hard-linked into place, so a lock
    file never exists half-written (a crash between creating and writing it would
    otherwise leave an empty lock nobody could judge). Where links are not supported
    (some network drives) an exclusive create is used instead.
    """
    temporary = key.with_name(f"{key.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
    except OSError as error:
        raise _not_writable(key, error) from None
    try:
        os.link(temporary, key)
        return True
    except FileExistsError:
        return False
    except OSError:
        pass  # no hard links here: fall back to an exclusive create
    finally:
        temporary.unlink(missing_ok=True)
    try:
        fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except OSError as error:
        raise _not_writable(key, error) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        key.unlink(missing_ok=True)
        raise _not_writable(key, error) from None
    return True


def _replace(key: Path, text: str) -> None:
    temporary = key.with_name(f"{key.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, key)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _not_writable(key, error) from None


def _not_writable(key: Path, error: OSError) -> WorkshopError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NotWritableError(
            f"The folder '{key.parent}' cannot be written to, so the workshop can only be "
            "opened read-only"
        )
    return WorkshopError(
        f"Could not mark '{key.parent}' as in use ({error.strerror or error}); "
        "the workshop can only be opened read-only"
    )


def _write_protected(path: Path) -> bool:
    # The permission bits are honoured even for an administrator (root ignores them
    # for access, but a file someone marked read-only should stay unchanged).
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK)


def check_writable(path: Path) -> None:
    """Raise NotWritableError if the workshop file or its folder is read-only."""
    if _write_protected(path):
        raise NotWritableError(f"'{path.name}' is read-only, so it can only be opened read-only")
    if _write_protected(path.resolve().parent):
        raise NotWritableError(
            f"The folder '{path.resolve().parent}' is read-only, so '{path.name}' can only be "
            "opened read-only"
        )
