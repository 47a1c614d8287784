"""Backup copies of workshop files, made with SQLite's online backup API.

The backup API copies a consistent snapshot page by page even while the workshop is
open, which a plain file copy cannot promise.

Backups belong to one file, not to a workshop: every copy of a workshop carries the
same workshop id (it is how merge matches them), so each file also carries an
instance id (``store.instance``) and its backups live in a folder of their own,
``<backups folder>/<instance id>/``, named ``<stem>-<YYYYmmdd-HHMMSS-ffffff>[-<reason>]
.smartdesk``. Beside them, :data:`OWNER_NOTE` holds the path of the file they were
last made from, so a copy of that file (same instance id, another path) can be told
from the file itself. Pruning, scrub and Restore from Backup only ever look in one
file's folder. Backups made by earlier SmartDesks lie loose in the backups folder;
nothing here deletes them.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from smartdesk import paths
from smartdesk.domain.errors import WorkshopError

KEEP = 10
OWNER_NOTE = "file.txt"
_SUFFIX = ".smartdesk"
_NAME = re.compile(rf".+-\d{{8}}-\d{{6}}-\d{{6}}(-[a-z0-9]+)?{re.escape(_SUFFIX)}")
# An instance id is a UUID's text; anything else is never used as a folder name.
_INSTANCE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def folder_of(instance: str) -> Path:
    """The folder holding the backups of the file with ``instance`` id (not created)."""
    if not _INSTANCE.fullmatch(instance):
        raise WorkshopError(f"{instance!r} is not a workshop file's instance id")
    return paths.backups_dir() / instance


def backup_connection(
    conn: sqlite3.Connection,
    source: Path,
    dest_dir: Path | None = None,
    *,
    reason: str = "",
    instance: str | None = None,
) -> Path:
    """Copy the database behind ``conn`` (the file ``source``) to a new timestamped file.

    Without ``dest_dir`` the copy goes to the backups folder of file ``instance``,
    which then notes ``source`` as its owner and is pruned to the newest :data:`KEEP`.
    """
    if dest_dir is None and instance is None:
        raise ValueError("a backup into the backups folder needs the file's instance id")
    try:
        if dest_dir is None:
            assert instance is not None
            folder = folder_of(instance)
            folder.mkdir(exist_ok=True)
        else:
            folder = Path(dest_dir)
    except OSError as error:
        raise WorkshopError(
            f"Could not make the backups folder: {error.strerror or error}"
        ) from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"{source.stem}-{stamp}{'-' + reason if reason else ''}{_SUFFIX}"
    target = folder / name
    if target.exists():
        raise WorkshopError(f"A backup named '{target}' already exists")
    try:
        copy = sqlite3.connect(target)
        try:
            conn.backup(copy)
        finally:
            copy.close()
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise WorkshopError(f"Could not write a backup to '{folder}': {error}") from None
    if dest_dir is None:
        _note_owner(folder, source)
        prune(folder)
    return target


def prune(folder: Path, keep: int = KEEP) -> None:
    """Delete all but the newest ``keep`` backups in one file's backups ``folder``."""
    ours = _backups_in(folder)
    for old in ours[:-keep] if keep else ours:
        old.unlink(missing_ok=True)


def backups_of(instance: str) -> list[Path]:
    """The backups of the file with ``instance`` id, oldest first (none if no folder)."""
    try:
        return _backups_in(folder_of(instance))
    except OSError:
        return []


def owner_of(instance: str) -> Path | None:
    """The path the backups of ``instance`` were last made from, if any were."""
    try:
        text = (folder_of(instance) / OWNER_NOTE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text) if text else None


def _backups_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    # The timestamp sorts as text; a file renamed since keeps older backups by its old
    # stem, so sort on the timestamp, not the whole name.
    found = [p for p in folder.iterdir() if _NAME.fullmatch(p.name)]
    return sorted(found, key=_stamp)


def _stamp(path: Path) -> str:
    found = re.search(r"-(\d{8}-\d{6}-\d{6})(-[a-z0-9]+)?\.smartdesk$", path.name)
    return found.group(1) if found else ""


def _note_owner(folder: Path, source: Path) -> None:
    """Write ``source``'s full path to the folder's note (replaced whole, never half)."""
    note = folder / OWNER_NOTE
    text = str(Path(os.path.abspath(source)))
    with contextlib.suppress(OSError):
        if note.read_text(encoding="utf-8") == text:
            return
    # A missing note only weakens telling copies apart; the backup itself is made.
    with contextlib.suppress(OSError):
        partial = folder / f".{OWNER_NOTE}.{os.getpid()}"
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, note)
