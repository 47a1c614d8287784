"""One open workshop in the window: the store, its change signal, the undo stack, and the
one gateway every edit goes through."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Criterion, Option, Score, WorkshopData, WorkshopInfo
from smartdesk.gui.common.translation import sentence, tr
from smartdesk.gui.editing.commands import (
    AddManyCommand,
    AddRecordCommand,
    DeleteRecordCommand,
    GroupCommand,
    MergeCommand,
    MergingUpdateCommand,
    MoveRecordsCommand,
    RecordKey,
    SetSingletonCommand,
    StoreCommand,
    UpdateRecordCommand,
    find,
)
from smartdesk.gui.editing.row_undo import CellEditCommand, NewRowCommand
from smartdesk.gui.editing.undo_text import (
    delete_text,
    record_kind_label,
    record_label,
    update_text,
)

if TYPE_CHECKING:
    from smartdesk.interchange.merge import Changes
    from smartdesk.store.workshop_file import Change, WorkshopFile

# What a page shows while no workshop is open. One shared empty workshop, with no id to
# make: a fresh WorkshopData() would draw a random id, and that would load the uuid
# module (and the platform module it needs) into every start.
NOTHING_OPEN = WorkshopData(workshop=WorkshopInfo(id=""))

Refused = Callable[[str], None] | None
_KEEP: Any = object()


class WorkshopSession(QObject):
    """Bridges a ``WorkshopFile`` to Qt: ``changed`` fires after every committed edit.

    Widgets never hold the truth; they re-read the store when ``changed`` fires. Every
    edit, from every widget, goes through the gateway below (``add``, ``add_row``,
    ``update``, ``update_cell``, ``delete``, ``move``, ``set_part``, ``set_score``...):
    the domain's rules are checked first, and a refusal reaches the user (``failed``, or
    the caller's ``on_refused``) before anything is written; then the undo command is
    built and pushed.
    """

    changed = Signal(object)  # smartdesk.store.Change
    failed = Signal(str)  # a WorkshopError message fit to show the user

    def __init__(
        self, store: WorkshopFile, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self._open = True
        # The table row just added and still being typed in (``add_row``), if any.
        self._new_row: NewRowCommand | None = None
        store.subscribe(self._on_store_change)

    @property
    def read_only(self) -> bool:
        return bool(self.store.read_only)

    def _on_store_change(self, change: Change) -> None:
        # The store keeps its listeners for its lifetime; stay quiet once closed.
        if self._open:
            self.changed.emit(change)

    # -- the gateway ----------------------------------------------------------------------

    def add(
        self,
        record: Any,
        position: int | None = None,
        *,
        text: str = "",
        on_refused: Refused = None,
    ) -> bool:
        """Add ``record`` at list index ``position`` (None: at the end)."""
        if not self._allowed([record], on_refused):
            return False
        return self._push(AddRecordCommand(self.store, record, position, text), on_refused)

    def add_row(self, record: Any, position: int | None = None) -> bool:
        """Add ``record`` as a new table row that the person types across next: the cells
        typed into it (``update_cell``) join this one undo step, "Add stakeholder Kay
        Boardman", until ``end_row`` says the person has left it."""
        if not self._allowed([record], None):
            return False
        command = NewRowCommand(self.store, record, position)
        if not self._push(command):
            return False
        self._new_row = command
        return True

    def end_row(self, record_id: str | None = None) -> None:
        """The person has left the new row ``record_id`` (None: whichever is open): later
        edits of it are undo steps of their own."""
        row = self._new_row
        if row is not None and record_id in (None, row.record.id):
            row.open = False
            self._new_row = None

    def add_all(
        self, records: Sequence[Any], position: int | None = None, *, text: str = ""
    ) -> bool:
        """Add ``records`` in order from ``position`` (None: at the end), as one step."""
        if not records or not self._allowed(records, None):
            return False
        start = len(self.store.records(type(records[0]))) if position is None else position
        parts = [
            AddRecordCommand(self.store, record, start + offset)
            for offset, record in enumerate(records)
        ]
        text = text or tr("Add {n} {kind} records").format(
            n=len(records), kind=record_kind_label(type(records[0]))
        )
        return self._push_parts(text, parts)

    def import_records(self, records: Sequence[Any], *, text: str) -> bool:
        """Append many records of one kind in one transaction (a spreadsheet import)."""
        if not records or not self._allowed(records, None):
            return False
        return self._push(AddManyCommand(self.store, records, text))

    def merge(self, changes: Changes, *, text: str) -> bool:
        """Write a merge of breakout files (already checked against the reader's rules,
        ``interchange.merge.check_rules``) as one step."""
        if not changes:
            return False
        self.end_row()
        return self._push(MergeCommand(self.store, changes, text))

    def update(
        self,
        old: Any,
        new: Any,
        *,
        text: str = "",
        merge: bool = False,
        on_refused: Refused = None,
    ) -> bool:
        """Replace ``old`` with ``new`` (the same record, edited). ``merge``: successive
        updates of this record become one undo step (arrow-key moves)."""
        if new == old:
            return True
        if not self._allowed([new], on_refused):
            return False
        kind = MergingUpdateCommand if merge else UpdateRecordCommand
        return self._push(kind(self.store, old, new, text or update_text(old, new)), on_refused)

    def update_cell(
        self, old: Any, new: Any, *, text: str = "", on_refused: Refused = None
    ) -> bool:
        """One table cell typed in: ``update``, except that while its row is the new row
        just added (``add_row``) the cell joins that row's undo step. Checked against the
        rules before it is written, either way."""
        if new == old:
            return True
        if not self._allowed([new], on_refused):
            return False
        command = CellEditCommand(self.store, old, new, text or update_text(old, new))
        return self._push(command, on_refused)

    def update_all(
        self,
        pairs: Sequence[tuple[Any, Any]],
        *,
        text: str,
        merge: bool = False,
        on_refused: Refused = None,
    ) -> bool:
        """Several records edited together, as one step (checked together too)."""
        pairs = [(old, new) for old, new in pairs if new != old]
        if not pairs:
            return True
        if len(pairs) == 1:
            (old, new), *_ = pairs
            return self.update(old, new, text=text, merge=merge, on_refused=on_refused)
        if not self._allowed([new for _, new in pairs], on_refused):
            return False
        parts = [UpdateRecordCommand(self.store, old, new) for old, new in pairs]
        return self._push_parts(text, parts, on_refused)

    def delete(self, kind: type, keys: Sequence[RecordKey], *, text: str = "") -> bool:
        """Delete the records of ``kind`` at ``keys`` (ids; a score's (option, criterion))
        and what depends on them, as one step. Keys already gone are skipped."""
        found = [(key, find(self.store, kind, key)) for key in keys]
        found = [(key, record) for key, record in found if record is not None]
        if not found:
            return False
        parts = [DeleteRecordCommand(self.store, kind, key) for key, _ in found]
        return self._push_parts(text or delete_text(kind, [r for _, r in found]), parts)

    def move(
        self, kind: type, old_ids: Sequence[str], new_ids: Sequence[str], *, text: str = ""
    ) -> bool:
        """Put the ``kind`` list in the order ``new_ids`` (it was ``old_ids``)."""
        if list(old_ids) == list(new_ids):
            return True
        return self._push(MoveRecordsCommand(self.store, kind, old_ids, new_ids, text))

    def set_part(self, old: Any, new: Any, *, text: str = "", on_refused: Refused = None) -> bool:
        """Replace a single-record part: workshop details, vision, recommendation,
        implications."""
        if new == old:
            return True
        if not self._allowed([new], on_refused):
            return False
        command = SetSingletonCommand(self.store, old, new, text or None)
        return self._push(command, on_refused)

    def set_score(
        self,
        option_id: str,
        criterion_id: str,
        *,
        score: int | None = _KEEP,
        rationale: str = _KEEP,
    ) -> bool:
        """Score ``option_id`` on ``criterion_id`` and/or give the score's rationale.

        A cell left with neither a score nor a rationale is blank again (no record).
        """
        old = self.store.score(option_id, criterion_id)
        base = old if old is not None else Score(option_id, criterion_id)
        new = Score(
            option_id,
            criterion_id,
            base.score if score is _KEEP else score,
            base.rationale if rationale is _KEEP else rationale,
        )
        if new == base:
            return True
        where = self._cell_name(option_id, criterion_id)
        if new.score != base.score:
            text = (
                tr("Score {cell}: {score}").format(cell=where, score=new.score)
                if new.score is not None
                else tr("Clear score of {cell}").format(cell=where)
            )
        else:
            text = tr("Rationale for {cell}").format(cell=where)
        if old is not None and new.score is None and not new.rationale:
            return self._push(DeleteRecordCommand(self.store, Score, new.key, text))
        if not self._allowed([new], None):
            return False
        if old is None:
            return self._push(AddRecordCommand(self.store, new, None, text))
        return self._push(UpdateRecordCommand(self.store, old, new, text))

    # -- how -----------------------------------------------------------------------------

    def _cell_name(self, option_id: str, criterion_id: str) -> str:
        """``Option A on Cost``: a scoring cell as the room knows it."""
        option = self.store.get(Option, option_id)
        criterion = self.store.get(Criterion, criterion_id)
        return tr("{option} on {criterion}").format(
            option=record_label(option) if option else option_id,
            criterion=record_label(criterion) if criterion else criterion_id,
        )

    def _allowed(self, records: Sequence[Any], on_refused: Refused) -> bool:
        """True if the domain's rules allow putting ``records`` in; else say why."""
        # Imported on the first edit, not at start-up: the rules are only needed then.
        from smartdesk.domain.validation import validate_edits

        problems = validate_edits(self.store.load(), records)
        if problems:
            self._refuse(problems[0], on_refused)
            return False
        return True

    def _refuse(self, message: str, on_refused: Refused) -> None:
        message = sentence(message)  # the domain's English, in the window's language
        if on_refused is not None:
            on_refused(message)
        else:
            self.failed.emit(message)

    def _push_parts(
        self, text: str, parts: Sequence[StoreCommand], on_refused: Refused = None
    ) -> bool:
        if len(parts) == 1:
            parts[0].setText(text)
            return self._push(parts[0], on_refused)
        return self._push(GroupCommand(self.store, text, parts), on_refused)

    def _push(self, command: StoreCommand, on_refused: Refused = None) -> bool:
        """Apply ``command`` and put it on the undo stack; False (and say why) if refused."""
        try:
            command.apply()
        except WorkshopError as error:
            self._refuse(str(error), on_refused)
            return False
        command.report = self._step_failed
        row = self._new_row
        if row is not None and command is not row and not _same_row(command, row):
            self.end_row()  # another edit came between: the new row's step is done
        self.undo_stack.push(command)
        return True

    def _step_failed(self, message: str) -> None:
        # Said once QUndoStack has finished the undo or redo (and dropped the step), so a
        # message box never opens in the middle of it.
        QTimer.singleShot(0, self, lambda: self.failed.emit(sentence(message)))

    def close(self) -> None:
        """Close the workshop file; the undo stack is cleared as its commands die with it."""
        if self._open:
            self._open = False
            self._new_row = None
            self.undo_stack.clear()
            self.store.close()


def _same_row(command: StoreCommand, row: NewRowCommand) -> bool:
    """Whether ``command`` is a cell typed into the new row ``row`` (it then joins it)."""
    return isinstance(command, CellEditCommand) and command.new.id == row.record.id
