"""Backup copies of workshop files, made with SQLite's online backup API.

The backup API copies a consistent snapshot page by page even while the workshop is
open, which a plain file copy cannot promise. Copies made into the user's backups
folder are named ``<stem>-<YYYYmmdd-HHMMSS-ffffff>[-<reason>].smartdesk`` and only
the newest :data:`KEEP` per workshop stem are kept.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from smartdesk import paths
from smartdesk.domain.errors import WorkshopError

KEEP = 10
_SUFFIX = ".smartdesk"


def _pattern(stem: str) -> re.Pattern[str]:
    stamp = r"\d{8}-\d{6}-\d{6}"
    return re.compile(rf"{re.escape(stem)}-{stamp}(-[a-z0-9]+)?{re.escape(_SUFFIX)}")


def backup_connection(
    conn: sqlite3.Connection, stem: str, dest_dir: Path | None = None, reason: str = ""
) -> Path:
    """Copy the database behind ``conn`` to a new timestamped file and return its path.

    Without ``dest_dir`` the copy goes to the user's backups folder, which is then
    pruned to the newest :data:`KEEP` copies of this workshop.
    """
    try:
        folder = paths.backups_dir() if dest_dir is None else Path(dest_dir)
    except OSError as error:
        raise WorkshopError(
            f"Could not make the backups folder: {error.strerror or error}"
        ) from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"{stem}-{stamp}{'-' + reason if reason else ''}{_SUFFIX}"
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
        prune(folder, stem)
    return target


def prune(folder: Path, stem: str, keep: int = KEEP) -> None:
    """Delete all but the newest ``keep`` backups of workshop ``stem`` in ``folder``."""
    pattern = _pattern(stem)
    # The timestamp sorts as text, and the stem is the same for all of them.
    ours = sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))
    for old in ours[:-keep] if keep else ours:
        old.unlink(missing_ok=True)


def backups_of(stem: str, folder: Path | None = None) -> list[Path]:
    """The backups of workshop ``stem`` in ``folder`` (default: backups folder), oldest first."""
    folder = paths.backups_dir() if folder is None else folder
    pattern = _pattern(stem)
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))
