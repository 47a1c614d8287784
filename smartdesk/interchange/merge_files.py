"""Merging breakout files on disk: reading the sources, and writing (or taking back) a merge.

What the merge is comes from ``interchange.merge``; here it meets the files. Sources
are opened read-only and never changed. A merge is written in one transaction
(``WorkshopFile.together``), after a backup of the target, so the target is either as
it was or wholly merged, even if the process is killed; the window's undo takes it
back in one transaction too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Implications, Recommendation, Vision, WorkshopInfo
from smartdesk.files import resolved, why_not_a_file
from smartdesk.interchange.merge import Changes, MergeResult, Prefer, Source, merge_workshops
from smartdesk.store.rows import record_id
from smartdesk.store.workshop_file import WorkshopFile

# The store's writer for each single record of a workshop.
_SETTERS: dict[type, str] = {
    WorkshopInfo: "set_info",
    Vision: "set_vision",
    Recommendation: "set_recommendation",
    Implications: "set_implications",
}


def read_source(path: Path, target: Path) -> Source:
    """The workshop in breakout file ``path`` (opened read-only; never the ``target``)."""
    problem = why_not_a_file(path)
    if problem is not None:
        raise WorkshopError(f"cannot read '{path}': {problem}")
    if resolved(path) == resolved(target):
        raise WorkshopError(f"'{path}' is the target itself; name the breakout files to merge")
    with WorkshopFile.open(path, read_only=True) as store:
        return Source(str(path), store.load())


def merge_files(target: WorkshopFile, paths: Sequence[Path], prefer: Prefer = None) -> MergeResult:
    """What merging the breakout files ``paths`` into ``target`` gives (nothing written)."""
    sources = [read_source(Path(path), target.path) for path in paths]
    return merge_workshops(target.load(), sources, prefer)


def write_merge(target: WorkshopFile, changes: Changes) -> Path | None:
    """Back ``target`` up, then write ``changes`` in one transaction; the backup's path.

    Nothing to change: nothing is backed up or written (None).
    """
    if not changes:
        return None
    backup = target.backup(reason="merge")
    apply_changes(target, changes)
    return backup


def apply_changes(store: WorkshopFile, changes: Changes) -> None:
    """Write a merge's ``changes``: all of them, or (on any failure) none."""
    with store.together():
        for record in changes.added:
            store.add(record)
        for _old, new in changes.replaced:
            _replace(store, new)


def revert_changes(store: WorkshopFile, changes: Changes) -> None:
    """Take a written merge back, all or nothing: the records it replaced as they were,
    the records it added gone (their positions were after the target's own)."""
    with store.together():
        for old, _new in changes.replaced:
            _replace(store, old)
        for record in reversed(changes.added):
            kind, key = type(record), record_id(record)
            if store.get(kind, key) is not None:  # an added option takes its added scores
                store.delete(kind, key)


def _replace(store: WorkshopFile, record: Any) -> None:
    setter = _SETTERS.get(type(record))
    if setter is not None:
        getattr(store, setter)(record)
    else:
        store.update(record)
