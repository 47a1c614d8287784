"""File ▸ Restore from Backup: list the backups with their times, restore one as a new copy."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QWidget

from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, tr

_STAMP = re.compile(r"-(\d{8}-\d{6})-\d{6}(?:-([a-z0-9]+))?\.smartdesk$")
_REASONS = {
    "open": QT_TRANSLATE_NOOP("", "when opened"),
    "v0": QT_TRANSLATE_NOOP("", "before upgrading"),
    "import": QT_TRANSLATE_NOOP("", "before an import"),
}


def backup_label(path: Path) -> str:
    """``"anytown — 2025-05-01 09:30:12 (when opened)"`` for a backup file."""
    match = _STAMP.search(path.name)
    if match is None:
        return path.name
    moment = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    stem = path.name[: match.start()]
    reason = tr(_REASONS.get(match.group(2) or "", match.group(2) or ""))
    return f"{stem} — {moment:%Y-%m-%d %H:%M:%S}" + (f" ({reason})" if reason else "")


def list_backups(instance: str | None = None) -> list[Path]:
    """Backups of the file with ``instance`` id, newest first; without it, every backup.

    Each file's backups are in a folder of their own (see ``store.backups``); those an
    earlier SmartDesk made lie loose in the backups folder and count only for "every".
    """
    from smartdesk import paths
    from smartdesk.store.backups import backups_of

    if instance is not None:
        found = backups_of(instance)
    else:
        try:
            folder = paths.backups_dir()
        except OSError:
            return []
        found = [p for p in folder.rglob("*.smartdesk") if _STAMP.search(p.name)]
    return sorted(found, key=lambda p: _STAMP.search(p.name).group(1), reverse=True)  # type: ignore[union-attr]


def restore_to(backup: Path, destination: Path) -> Path:
    """Copy ``backup`` (SQLite backup API) to the new file ``destination``; never overwrite.

    The restored file is a workshop file of its own: it gets its own instance id, so
    its backups never mix with those of the file the backup was made from.
    """
    from smartdesk.store import WorkshopFile
    from smartdesk.store.instance import renew

    if destination.suffix.lower() != ".smartdesk":
        destination = destination.with_name(destination.name + ".smartdesk")
    if destination.exists():
        raise WorkshopError(
            tr("{path} already exists; choose another name").format(path=destination)
        )
    with (
        WorkshopFile.open(backup, read_only=True) as source,
        tempfile.TemporaryDirectory(dir=destination.parent) as folder,
    ):
        made = source.backup(Path(folder))
        renew(made)
        try:
            os.link(made, destination)  # refuses a name taken meanwhile
        except FileExistsError:
            raise WorkshopError(
                tr("{path} already exists; choose another name").format(path=destination)
            ) from None
        except OSError as error:
            raise WorkshopError(
                tr("Could not restore to {path}: {error}").format(path=destination, error=error)
            ) from None
    return destination


def choose_backup(parent: QWidget, backups: list[Path]) -> Path | None:
    """Ask which backup to restore (newest first)."""
    labels = [backup_label(p) for p in backups]
    label, ok = QInputDialog.getItem(
        parent, tr("Restore from backup"), tr("Backup to restore:"), labels, 0, False
    )
    return backups[labels.index(label)] if ok and label in labels else None
