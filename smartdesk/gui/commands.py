"""Undo commands: every user edit is one ``QUndoCommand`` that writes through the store.

The store commits each write at once, so undo and redo are just more writes. A command is
*applied* once before it goes on the undo stack (``WorkshopSession.push``): if the store
refuses the edit (a read-only file, a rule broken) nothing reaches the stack, and the
first ``redo()`` that ``QUndoStack.push`` makes is skipped because the edit is already done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Implications, Recommendation, Vision, WorkshopInfo

log = logging.getLogger(__name__)

# The store's writer for each single-record part of a workshop.
_SINGLETON_SETTERS: dict[type, str] = {
    WorkshopInfo: "set_info",
    Vision: "set_vision",
    Recommendation: "set_recommendation",
    Implications: "set_implications",
}


def record_kind_label(kind: type) -> str:
    """``EngagementAction`` -> ``engagement action``: the kind's name for undo texts."""
    name = kind.__name__
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()
    return words


def record_label(record: Any) -> str:
    """A short human name for a record: its name or title, else its kind."""
    for attr in ("name", "title", "action", "dimension", "said", "kind"):
        value = getattr(record, attr, "")
        if isinstance(value, str) and value.strip():
            text = value.strip()
            return text if len(text) <= 40 else text[:39] + "…"
    return record_kind_label(type(record))


class StoreCommand(QUndoCommand):
    """A command whose ``redo``/``undo`` write through a ``WorkshopFile``."""

    def __init__(self, store: Any, text: str) -> None:
        super().__init__(text)
        self.store = store
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
        self._guard(self._do)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, step: Callable[[], None]) -> None:
        # An exception cannot cross back through QUndoStack into Python, so report it here.
        try:
            step()
        except WorkshopError as error:
            log.error("Could not %s: %s", self.text(), error)
            self.setObsolete(True)

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddRecordCommand(StoreCommand):
    """Add ``record`` to its collection at ``position`` (None = at the end)."""

    def __init__(self, store: Any, record: Any, position: int | None = None) -> None:
        super().__init__(store, f"Add {record_kind_label(type(record))}")
        self.record = record
        self.position = position

    def _do(self) -> None:
        self.store.add(self.record, position=self.position)

    def _undo(self) -> None:
        self.store.delete(type(self.record), self.record.id)


class UpdateRecordCommand(StoreCommand):
    """Replace ``old`` with ``new`` (same id); position and links are kept by the store."""

    def __init__(self, store: Any, old: Any, new: Any) -> None:
        super().__init__(store, f"Edit {record_label(new)}")
        self.old = old
        self.new = new

    def _do(self) -> None:
        self.store.update(self.new)

    def _undo(self) -> None:
        self.store.update(self.old)


class DeleteRecordCommand(StoreCommand):
    """Delete a record and everything that points at it; undo puts all of it back."""

    def __init__(self, store: Any, kind: type, record_id: str) -> None:
        record = store.get(kind, record_id)
        label = record_label(record) if record is not None else record_kind_label(kind)
        super().__init__(store, f"Delete {label}")
        self.kind = kind
        self.record_id = record_id
        self._removal: Any = None

    def _do(self) -> None:
        # Deleting several rows at once: an earlier delete may already have taken this
        # record with it (a stakeholder takes its relationships).
        if self.store.get(self.kind, self.record_id) is None:
            self._removal = None
            return
        self._removal = self.store.delete(self.kind, self.record_id)

    def _undo(self) -> None:
        if self._removal is not None:
            self.store.restore(self._removal)


class MoveRecordsCommand(StoreCommand):
    """Reorder a collection from ``old_ids`` to ``new_ids``."""

    def __init__(
        self, store: Any, kind: type, old_ids: Sequence[str], new_ids: Sequence[str]
    ) -> None:
        super().__init__(store, f"Reorder {record_kind_label(kind)} list")
        self.kind = kind
        self.old_ids = tuple(old_ids)
        self.new_ids = tuple(new_ids)

    def _do(self) -> None:
        self.store.move(self.kind, self.new_ids)

    def _undo(self) -> None:
        self.store.move(self.kind, self.old_ids)


class SetSingletonCommand(StoreCommand):
    """Replace a single-record part (workshop details, vision, recommendation, implications).

    The store's setter is chosen from the record's type: ``WorkshopInfo`` -> ``set_info``,
    ``Vision`` -> ``set_vision`` and so on.
    """

    def __init__(self, store: Any, old: Any, new: Any, text: str | None = None) -> None:
        kind = type(new)
        if kind not in _SINGLETON_SETTERS or type(old) is not kind:
            raise TypeError(f"not a single-record part of a workshop: {kind.__name__}")
        super().__init__(store, text or f"Edit {record_kind_label(kind)}")
        self._setter: Callable[[Any], None] = getattr(store, _SINGLETON_SETTERS[kind])
        self.old = old
        self.new = new

    def _do(self) -> None:
        self._setter(self.new)

    def _undo(self) -> None:
        self._setter(self.old)
