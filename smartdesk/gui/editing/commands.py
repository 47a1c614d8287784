"""Undo commands: every user edit is one ``QUndoCommand`` that writes through the store.

Only ``WorkshopSession`` makes these (its gateway checks the domain rules first). The
store commits each write at once, so undo and redo are just more writes. A command is
*applied* once before it goes on the undo stack: if the store refuses the edit (a
read-only file, a rule broken) nothing reaches the stack, and the first ``redo()`` that
``QUndoStack.push`` makes is skipped because the edit is already done.

Records are addressed as people know them: by ``id``, and a score by its option and
criterion (``Score.key``) - never by the store's own encoding of a score's key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Implications, Recommendation, Score, Vision, WorkshopInfo
from smartdesk.gui.common.translation import sentence, tr
from smartdesk.gui.editing.undo_text import add_text, edit_text, named, record_kind_label

if TYPE_CHECKING:
    from smartdesk.interchange.merge import Changes
    from smartdesk.store.workshop_file import Removal, WorkshopFile

log = logging.getLogger(__name__)

# A record's address: its id, or (option id, criterion id) for a score.
RecordKey = str | tuple[str, str]

# The store's writer for each single-record part of a workshop.
_SINGLETON_SETTERS: dict[type, str] = {
    WorkshopInfo: "set_info",
    Vision: "set_vision",
    Recommendation: "set_recommendation",
    Implications: "set_implications",
}


def key_of(record: Any) -> RecordKey:
    """How a record is addressed: its id, or a score's (option id, criterion id)."""
    return record.key if isinstance(record, Score) else record.id  # type: ignore[no-any-return]


def _at_key(
    kind: type,
    key: RecordKey,
    of_score: Callable[[str, str], Any],
    of_record: Callable[[type, str], Any],
) -> Any:
    """``of_score(option id, criterion id)`` for a score, else ``of_record(kind, id)``."""
    if kind is Score:
        assert isinstance(key, tuple)
        option_id, criterion_id = key
        return of_score(option_id, criterion_id)
    assert isinstance(key, str)
    return of_record(kind, key)


def find(store: WorkshopFile, kind: type, key: RecordKey) -> Any:
    """The stored record of ``kind`` at ``key``, or None."""
    return _at_key(kind, key, store.score, store.get)


def remove(store: WorkshopFile, kind: type, key: RecordKey) -> Removal:
    """Delete the record of ``kind`` at ``key`` and what depends on it."""
    removal: Removal = _at_key(kind, key, store.delete_score, store.delete)
    return removal


class StoreCommand(QUndoCommand):
    """A command whose ``redo``/``undo`` write through a ``WorkshopFile``.

    ``report`` is told, in words for the user, when an undo or redo could not be done.
    """

    def __init__(self, store: WorkshopFile, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.report: Callable[[str], None] | None = None
        self._already_applied = False

    def apply(self) -> None:
        """Do the edit now (raises ``WorkshopError`` if the store refuses it)."""
        self._do()
        self._already_applied = True

    def redo(self) -> None:
        if self._already_applied:
            # QUndoStack.push calls redo(); the session has already applied the edit.
            self._already_applied = False
            return
        self._guard("redo", self._do)

    def undo(self) -> None:
        self._guard("undo", self._undo)

    def _guard(self, verb: str, step: Callable[[], None]) -> None:
        # An exception cannot cross back through QUndoStack into Python, so it is
        # reported here. Obsolete: QUndoStack drops the step, so the stack never offers
        # to undo (or redo) a change the file does not match.
        try:
            step()
        except Exception as error:
            if not isinstance(error, WorkshopError):
                log.exception("Could not %s %s", verb, self.text())
            log.error("Could not %s %s: %s", verb, self.text(), error)
            self.setObsolete(True)
            if self.report is not None:
                said = (
                    tr(
                        "Could not undo “{step}”: {error}. The file keeps the change, and "
                        "the step has left the undo list."
                    )
                    if verb == "undo"
                    else tr(
                        "Could not redo “{step}”: {error}. The file stays without the "
                        "change, and the step has left the undo list."
                    )
                )
                self.report(said.format(step=self.text(), error=sentence(str(error))))

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddRecordCommand(StoreCommand):
    """Add ``record`` to its collection at ``position`` (None = at the end)."""

    def __init__(
        self, store: WorkshopFile, record: Any, position: int | None = None, text: str = ""
    ) -> None:
        super().__init__(store, text or add_text(record))
        self.record = record
        self.position = position

    def _do(self) -> None:
        self.store.add(self.record, position=self.position)

    def _undo(self) -> None:
        remove(self.store, type(self.record), key_of(self.record))


class AddManyCommand(StoreCommand):
    """Append many records of one kind in one transaction (a spreadsheet import)."""

    def __init__(self, store: WorkshopFile, records: Sequence[Any], text: str) -> None:
        super().__init__(store, text)
        self.records = tuple(records)

    def _do(self) -> None:
        self.store.add_many(self.records)

    def _undo(self) -> None:
        # Last first: each removal is then at the end of the list, so nothing renumbers.
        for record in reversed(self.records):
            kind, key = type(record), key_of(record)
            if find(self.store, kind, key) is not None:
                remove(self.store, kind, key)


class ReplaceCommand(StoreCommand):
    """Write ``new`` with ``write``; undo writes ``old`` back with it."""

    def __init__(
        self, store: WorkshopFile, text: str, write: Callable[[Any], None], old: Any, new: Any
    ) -> None:
        super().__init__(store, text)
        self._write = write
        self.old = old
        self.new = new

    def _do(self) -> None:
        self._write(self.new)

    def _undo(self) -> None:
        self._write(self.old)


class UpdateRecordCommand(ReplaceCommand):
    """Replace ``old`` with ``new`` (same id); position and links are kept by the store."""

    def __init__(self, store: WorkshopFile, old: Any, new: Any, text: str = "") -> None:
        super().__init__(store, text or edit_text(named(new)), store.update, old, new)


class MergingUpdateCommand(UpdateRecordCommand):
    """An update that successive updates of the same record merge into (arrow-key moves
    of a card: one undo step however many presses)."""

    MERGE_ID = 0x5A11

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MergingUpdateCommand) or key_of(other.new) != key_of(self.new):
            return False
        self.new = other.new
        return True


class DeleteRecordCommand(StoreCommand):
    """Delete a record and everything that points at it; undo puts all of it back."""

    def __init__(self, store: WorkshopFile, kind: type, key: RecordKey, text: str = "") -> None:
        record = find(store, kind, key)
        label = named(record) if record is not None else record_kind_label(kind)
        super().__init__(store, text or tr("Delete {record}").format(record=label))
        self.kind = kind
        self.key = key
        self._removal: Removal | None = None

    def _do(self) -> None:
        # Deleting several rows at once: an earlier delete may already have taken this
        # record with it (a stakeholder takes its relationships).
        if find(self.store, self.kind, self.key) is None:
            self._removal = None
            return
        self._removal = remove(self.store, self.kind, self.key)

    def _undo(self) -> None:
        if self._removal is not None:
            self.store.restore(self._removal)


class MoveRecordsCommand(ReplaceCommand):
    """Reorder a collection from ``old_ids`` to ``new_ids``."""

    def __init__(
        self,
        store: WorkshopFile,
        kind: type,
        old_ids: Sequence[str],
        new_ids: Sequence[str],
        text: str = "",
    ) -> None:
        super().__init__(
            store,
            text or tr("Reorder {kind} list").format(kind=record_kind_label(kind)),
            partial(store.move, kind),
            tuple(old_ids),
            tuple(new_ids),
        )


class GroupCommand(StoreCommand):
    """Several commands as one undo step, all or nothing (deleting several rows, a paste).

    If one part is refused, the parts already done are taken back before the refusal is
    passed on, so the file never keeps half a step.
    """

    def __init__(self, store: WorkshopFile, text: str, parts: Sequence[StoreCommand]) -> None:
        super().__init__(store, text)
        self.parts = tuple(parts)

    def _do(self) -> None:
        _all_or_nothing([(part._do, part._undo) for part in self.parts])

    def _undo(self) -> None:
        _all_or_nothing([(part._undo, part._do) for part in reversed(self.parts)])


def _all_or_nothing(steps: Sequence[tuple[Callable[[], None], Callable[[], None]]]) -> None:
    """Run each (step, its reverse)'s step in turn; on a failure, reverse those done."""
    done: list[Callable[[], None]] = []
    for step, back in steps:
        try:
            step()
        except Exception:
            for reverse in reversed(done):
                try:
                    reverse()
                except Exception:
                    log.exception("Could not take back part of a step")
            raise
        done.append(back)


class MergeCommand(StoreCommand):
    """Breakout files merged (``interchange.merge_files``), as one step: undo takes the
    whole merge back and redo writes it again, each in one transaction."""

    def __init__(self, store: WorkshopFile, changes: Changes, text: str) -> None:
        super().__init__(store, text)
        self.changes = changes

    def _do(self) -> None:
        from smartdesk.interchange.merge_files import apply_changes

        apply_changes(self.store, self.changes)

    def _undo(self) -> None:
        from smartdesk.interchange.merge_files import revert_changes

        revert_changes(self.store, self.changes)


class SetSingletonCommand(ReplaceCommand):
    """Replace a single-record part (workshop details, vision, recommendation, implications).

    The store's setter is chosen from the record's type: ``WorkshopInfo`` -> ``set_info``,
    ``Vision`` -> ``set_vision`` and so on.
    """

    def __init__(self, store: WorkshopFile, old: Any, new: Any, text: str | None = None) -> None:
        kind = type(new)
        if kind not in _SINGLETON_SETTERS or type(old) is not kind:
            raise TypeError(f"not a single-record part of a workshop: {kind.__name__}")
        setter: Callable[[Any], None] = getattr(store, _SINGLETON_SETTERS[kind])
        super().__init__(store, text or edit_text(record_kind_label(kind)), setter, old, new)
