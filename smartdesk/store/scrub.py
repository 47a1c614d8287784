"""Removing personal data: stakeholders' email addresses and phone numbers.

Contact details are personal data under UK GDPR, and a workshop file travels. Blanking
them is not enough on its own: SQLite keeps old text in free pages and in backups. So
the fields are blanked with ``secure_delete`` on (old cells are zeroed), the file is
vacuumed (rebuilt with no free pages at all), and every backup of this workshop that
still holds any of the removed details is deleted.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smartdesk import paths
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Stakeholder
from smartdesk.store.identity import connect
from smartdesk.store.workshop_file import Change, WorkshopFile


@dataclass(frozen=True, slots=True)
class ScrubResult:
    """What :func:`remove_personal_data` did."""

    stakeholders: tuple[str, ...]  # ids whose email or phone was blanked
    backups_removed: tuple[Path, ...]


def remove_personal_data(
    store: WorkshopFile,
    stakeholder_id: str | None = None,
    *,
    backups_folder: Path | None = None,
) -> ScrubResult:
    """Blank every stakeholder's email and phone (or one stakeholder's), then clean up.

    The file is vacuumed and the backups of this workshop (in ``backups_folder``,
    default the user's backups folder) that hold any removed detail are deleted.
    Raises WorkshopError for an unknown stakeholder or a file open read-only.
    """
    if stakeholder_id is not None and store.get(Stakeholder, stakeholder_id) is None:
        raise WorkshopError(f"There is no stakeholder with id {stakeholder_id}")
    targets = [
        s
        for s in store.records(Stakeholder)
        if stakeholder_id in (None, s.id) and (s.email or s.phone)
    ]
    values = {value for s in targets for value in (s.email, s.phone) if value}
    ids = tuple(s.id for s in targets)
    # The store's own transaction: read-only refusal, one commit, storage faults reported.
    with store._transaction():
        for id_ in ids:
            store.connection.execute(
                "UPDATE stakeholders SET email = '', phone = '' WHERE id = ?", (id_,)
            )
    if ids:
        store._notify(Change(Stakeholder, ids))
    try:
        store.connection.execute("VACUUM")
    except sqlite3.Error as error:
        raise WorkshopError(
            f"The contact details were removed, but '{store.path}' could not be compacted "
            f"({error}); try again when the file is not in use elsewhere"
        ) from None
    folder = paths.backups_dir() if backups_folder is None else backups_folder
    workshop_id = store.info().id
    removed = tuple(
        backup
        for backup in sorted(folder.glob("*.smartdesk"))
        if _is_backup_of(backup, store.path.stem, workshop_id)
        and _holds(backup, values, None if stakeholder_id is None else (stakeholder_id,))
        and _delete(backup)
    )
    return ScrubResult(ids, removed)


def _is_backup_of(backup: Path, stem: str, workshop_id: str) -> bool:
    if backup.name.startswith(f"{stem}-"):
        return True
    return _read_workshop_id(backup) == workshop_id


def _read_workshop_id(path: Path) -> str | None:
    try:
        conn = connect(path, "ro")
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT id FROM workshop").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _holds(backup: Path, values: set[str], ids: tuple[str, ...] | None) -> bool:
    """Does ``backup`` hold any removed detail (in its bytes, or in its stakeholders)?"""
    try:
        raw = backup.read_bytes()
    except OSError:
        return True  # cannot tell: treat it as holding them
    # Very short values ("0") would match any file; SQLite is asked about those below.
    if any(value.encode("utf-8") in raw for value in values if len(value) >= 5):
        return True
    # Long values can be split across pages, so also ask SQLite.
    try:
        conn = connect(backup, "ro")
    except sqlite3.Error:
        return True
    try:
        sql = "SELECT count(*) FROM stakeholders WHERE (email != '' OR phone != '')"
        if ids is None:
            found = conn.execute(sql).fetchone()[0]
        else:
            marks = ", ".join("?" for _ in ids)
            found = conn.execute(f"{sql} AND id IN ({marks})", ids).fetchone()[0]
        return bool(found)
    except sqlite3.Error:
        return True  # an older layout (one "contact" column) or damage: not worth keeping
    finally:
        conn.close()


def _delete(path: Path) -> bool:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return True
