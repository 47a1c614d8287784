"""Removing personal data: stakeholders' email addresses and phone numbers, and the
names, organisations and roles of the workshop's participants.

Contact details are personal data under UK GDPR, and a workshop file travels. Blanking
them is not enough on its own: SQLite keeps old text in free pages and in backups. So
the fields are blanked with ``secure_delete`` on (old cells are zeroed), the file is
vacuumed (rebuilt with no free pages at all), and every backup of this file that still
holds any of the removed details is deleted. Only this file's backups: another copy of
the same workshop (same workshop id) has backups of its own, which may be its only
good copy (see ``store.backups``). Backups an earlier SmartDesk left loose in the
backups folder cannot be told apart by file, so they are reported, never deleted.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smartdesk import paths
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Participant, Stakeholder
from smartdesk.store.backups import backups_of
from smartdesk.store.changes import Change
from smartdesk.store.identity import connect
from smartdesk.store.workshop_file import WorkshopFile


@dataclass(frozen=True, slots=True)
class ScrubResult:
    """What :func:`remove_personal_data` did."""

    stakeholders: tuple[str, ...]  # ids whose email or phone was blanked
    backups_removed: tuple[Path, ...]
    # Loose backups of this workshop from an earlier SmartDesk that still hold some of
    # the details: they may belong to another copy of it, so they are left alone.
    older_backups: tuple[Path, ...] = ()
    participants: tuple[str, ...] = ()  # ids whose name, organisation or role was blanked


def find_stakeholder(store: WorkshopFile, id_or_name: str) -> str:
    """The id of the stakeholder with id ``id_or_name``, or else with that name.

    Names match ignoring case and spacing. WorkshopError for no match, or for a
    name shared by several stakeholders (naming each, with its organisation and id).
    """
    people = store.records(Stakeholder)
    if any(s.id == id_or_name for s in people):
        return id_or_name
    wanted = _folded(id_or_name)
    named = [s for s in people if wanted and _folded(s.name) == wanted]
    if len(named) == 1:
        return named[0].id
    if not named:
        raise WorkshopError(f"there is no stakeholder with the id or name '{id_or_name}'")
    candidates = "; ".join(
        f"{s.name} ({s.organisation or 'no organisation'}, id {s.id})" for s in named
    )
    raise WorkshopError(
        f"{len(named)} stakeholders are named '{id_or_name}': {candidates}; give the id instead"
    )


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def remove_personal_data(
    store: WorkshopFile,
    stakeholder_id: str | None = None,
    *,
    backups_folder: Path | None = None,
) -> ScrubResult:
    """Blank every stakeholder's email and phone and every participant's name,
    organisation and role (or only one stakeholder's email and phone), then clean up.

    The file is vacuumed and this file's backups (in ``backups_folder``, default its
    own folder in the user's backups folder) that hold any removed detail are
    deleted. Raises WorkshopError for an unknown stakeholder or a file open read-only.
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
    people = [
        p
        for p in (store.records(Participant) if stakeholder_id is None else [])
        if p.name or p.organisation or p.role
    ]
    values |= {value for p in people for value in (p.name, p.organisation, p.role) if value}
    # The store's own transaction: read-only refusal, one commit, storage faults reported.
    with store._transaction():
        for id_ in ids:
            store.connection.execute(
                "UPDATE stakeholders SET email = '', phone = '' WHERE id = ?", (id_,)
            )
        for person in people:
            store.connection.execute(
                "UPDATE participants SET name = '', organisation = '', role = '' WHERE id = ?",
                (person.id,),
            )
    if ids:
        store._notify(Change(Stakeholder, ids))
    if people:
        store._notify(Change(Participant, tuple(p.id for p in people)))
    try:
        store.connection.execute("VACUUM")
    except sqlite3.Error as error:
        raise WorkshopError(
            f"The contact details were removed, but '{store.path}' could not be compacted "
            f"({error}); try again when the file is not in use elsewhere"
        ) from None
    only = None if stakeholder_id is None else (stakeholder_id,)
    own = store.instance_id
    ours = _in(backups_folder) if backups_folder is not None else backups_of(own) if own else []
    removed = tuple(b for b in ours if _holds(b, values, only) and _delete(b))
    return ScrubResult(
        ids,
        removed,
        _older_backups(store.info().id, values, only),
        tuple(p.id for p in people),
    )


def _in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.smartdesk"))


def _older_backups(
    workshop_id: str, values: set[str], ids: tuple[str, ...] | None
) -> tuple[Path, ...]:
    """Loose backups (made before each file had its own) of this workshop holding details."""
    try:
        loose = _in(paths.backups_dir())
    except OSError:
        return ()
    return tuple(b for b in loose if _read_workshop_id(b) == workshop_id and _holds(b, values, ids))


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
            found = conn.execute(sql).fetchone()[0] or _named_participants(conn)
        else:
            marks = ", ".join("?" for _ in ids)
            found = conn.execute(f"{sql} AND id IN ({marks})", ids).fetchone()[0]
        return bool(found)
    except sqlite3.Error:
        return True  # an older layout (one "contact" column) or damage: not worth keeping
    finally:
        conn.close()


def _named_participants(conn: sqlite3.Connection) -> int:
    """Participants with a name, organisation or role (none before format 5)."""
    if not conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'participants'").fetchone():
        return 0
    sql = "SELECT count(*) FROM participants WHERE name != '' OR organisation != '' OR role != ''"
    return int(conn.execute(sql).fetchone()[0])


def _delete(path: Path) -> bool:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return True
