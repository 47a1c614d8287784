"""A generic editable table over one record kind: type in cells, add, delete, move, paste.

Every stage uses it for its lists (strategies, outcomes, stakeholders, options...). The
table never owns the records: ``EditableRecordModel`` re-reads ``store.records(kind)``
whenever the session reports a change, and every edit goes through the session's
gateway, which checks the domain rules and makes it one undo step. Typed text is read
by the column's ``Field`` (``fields.py``: dates, money, numbers, choices); a refusal,
whether of the text or by the rules, is shown beside the table and on the cell, never
saved. Pasted rows are checked together first, so a bad row adds none of them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import new_id
from smartdesk.gui.common.checklist_dialog import ChecklistDialog
from smartdesk.gui.common.editable_model import EditableRecordModel
from smartdesk.gui.common.field_delegate import FieldDelegate
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.record_table import RecordTableView
from smartdesk.gui.common.table_model import (
    display_text,
)
from smartdesk.gui.common.translation import sentence
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.gui.editing.undo_text import paste_text, record_kind_label


def _split_rows(text: str) -> list[list[str]]:
    """Tab-separated text from a spreadsheet -> rows of cells (blank lines skipped)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [line.split("\t") for line in lines if line.strip()]


def _key(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


_ADD_KEYS = (QKeySequence("Ctrl+N"), QKeySequence("Insert"))
_DELETE_KEYS = (QKeySequence("Delete"),)
_UP_KEY = QKeySequence("Ctrl+Shift+Up")
_DOWN_KEY = QKeySequence("Ctrl+Shift+Down")
_PASTE_KEY = QKeySequence("Ctrl+V")
_TABLE_KEYS = (*_ADD_KEYS, *_DELETE_KEYS, _UP_KEY, _DOWN_KEY, _PASTE_KEY)


class EditableTableView(RecordTableView):
    """The grid: editing on typing/F2/double-click; the table's own keys come first."""

    def __init__(self, owner: EditableRecordTable, model: EditableRecordModel, name: str):
        super().__init__(model, name, owner)
        self.owner = owner
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegate(FieldDelegate(model, self))
        self.setWordWrap(True)
        # Qt refreshes an open editor only for a one-cell change; a reload is wider.
        model.dataChanged.connect(self._show_stored_in_editor)

    def _show_stored_in_editor(self, *_args: Any) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            return
        index = self.currentIndex()
        editor = self.indexWidget(index)
        delegate = self.itemDelegate()
        if editor is not None and isinstance(delegate, FieldDelegate):
            delegate.show_stored(editor, self.proxy.mapToSource(index))

    def event(self, event: QEvent) -> bool:
        # Claim our keys before window shortcuts (e.g. a window-wide Delete) see them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _key(event) in _TABLE_KEYS
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)

    def edit(self, index: Any, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        if trigger is None:
            super().edit(index)
            return True
        source = self.proxy.mapToSource(index)
        field = self.owner.model.fields[source.column()] if source.isValid() else None
        opening = trigger in (
            QAbstractItemView.EditTrigger.DoubleClicked,
            QAbstractItemView.EditTrigger.EditKeyPressed,
            QAbstractItemView.EditTrigger.AnyKeyPressed,
        )
        if field is not None and field.kind == "ids" and opening:
            # Links are picked from a list, not typed into the cell.
            if self.owner.model.flags(source) & Qt.ItemFlag.ItemIsEditable:
                self.owner.pick_ids(source.row(), source.column())
            return False
        opened = bool(super().edit(index, trigger, event))
        if opened and trigger != QAbstractItemView.EditTrigger.AnyKeyPressed:
            _cursor_to_end(self.indexWidget(index))
        return opened

    def keyPressEvent(self, event: QKeyEvent) -> None:
        sequence = _key(event)
        if sequence in _ADD_KEYS:
            self.owner.add_record()
        elif sequence in _DELETE_KEYS:
            self.owner.delete_selected()
        elif sequence == _UP_KEY:
            self.owner.move_selected(-1)
        elif sequence == _DOWN_KEY:
            self.owner.move_selected(1)
        elif sequence == _PASTE_KEY:
            self.owner.paste()
        elif event.key() == Qt.Key.Key_Space and self._toggle_check():
            pass
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _toggle_check(self) -> bool:
        index = self.currentIndex()
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.model().setData(index, new, Qt.ItemDataRole.CheckStateRole)
        return True


def _cursor_to_end(editor: QWidget | None) -> None:
    """F2 or a double click: add to the cell's text, as in a spreadsheet (typing over
    the cell is for a key pressed on it, which starts afresh)."""
    if isinstance(editor, QLineEdit):
        editor.deselect()
        editor.end(False)
    elif isinstance(editor, QPlainTextEdit):
        editor.moveCursor(QTextCursor.MoveOperation.End)


class EditableRecordTable(QWidget):
    """An editable list of one record kind with Add, Delete, Move up/down and Paste.

    Keys (while the table has focus): Ctrl+N or Insert adds a row after the current one
    and opens its first cell; Del deletes the selected rows (one undo step);
    Ctrl+Shift+Up/Down moves them; Ctrl+V pastes tab-separated rows as new records.
    """

    selection_changed = Signal(list)  # ids of the selected records

    def __init__(
        self,
        session: WorkshopSession | None,
        kind: type,
        fields: Sequence[Field],
        name: str,
        parent: QWidget | None = None,
        *,
        new_record: Callable[[], Any] | None = None,
        model: EditableRecordModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        # Names are marked QT_TRANSLATE_NOOP("Tables", ...) where the tables are made.
        self.name = name = QCoreApplication.translate("Tables", name)
        # A stage may bring a model subclass with rules of its own (computed columns,
        # checks the generic model does not know).
        self.model = model if model is not None else EditableRecordModel(session, kind, fields)
        self._new_record = new_record or (lambda: kind(id=new_id()))
        self.setAccessibleName(name)

        noun = record_kind_label(kind)
        self.add_button = self._button(self.tr("Add"), self.tr("Add a {0} (Ctrl+N)").format(noun))
        self.add_button.clicked.connect(self.add_record)
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete selected (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button = self._button(self.tr("Up"), self.tr("Move up (Ctrl+Shift+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = self._button(self.tr("Down"), self.tr("Move down (Ctrl+Shift+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.paste_button = self._button(
            self.tr("Paste rows"), self.tr("Paste rows copied from a spreadsheet (Ctrl+V)")
        )
        self.paste_button.clicked.connect(self.paste)
        # Made after its buttons, so Tab reads as laid out: the buttons above, then the cells.
        self.view = EditableTableView(self, self.model, name)
        self.view.delete_requested.connect(lambda _targets: self.delete_selected())
        self.view.selectionModel().selectionChanged.connect(self._emit_selection)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        self.message.setAccessibleName(self.tr("{0}: problem").format(name))
        self.message.hide()
        self.model.refused.connect(self.show_message)
        self.model.accepted.connect(self.clear_message)

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for button in self._tool_buttons():
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.model.modelReset.connect(self._apply_widths)
        self._apply_widths()
        self._sync_enabled()

    def _tool_buttons(self) -> tuple[QToolButton, ...]:
        return (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        )

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)  # in the focus chain now, before the table made after it
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(f"{text} — {self.name}")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _apply_widths(self) -> None:
        self.view.fixed_widths = {
            column: field.width for column, field in enumerate(self.model.fields) if field.width
        }
        self.view.fit_columns()

    def bind(self, session: WorkshopSession | None) -> None:
        """Show ``session``'s records (None: nothing open)."""
        self._close_new_row()
        self.model.bind(session)
        self.clear_message()
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        editable = not self.model.read_only
        for button in self._tool_buttons():
            button.setEnabled(editable)

    # -- messages ---------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """Show why an edit was refused, beside the table."""
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    # -- selection --------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Source-model rows of the selection (or the current row), in the room's order."""
        rows = {self.view.proxy.mapToSource(i).row() for i in self.view.selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.proxy.mapToSource(self.view.currentIndex()).row()}
        return sorted(r for r in rows if r >= 0)

    def selected_ids(self) -> list[str]:
        return [self.model.record(row).id for row in self.selected_rows()]

    def _emit_selection(self, *_args: Any) -> None:
        self.selection_changed.emit(self.selected_ids())

    def row_for_id(self, record_id: str) -> int:
        """The view row showing ``record_id`` (after sort and filter), or -1."""
        source_row = self.model.row_for_id(record_id)
        if source_row < 0:
            return -1
        return self.view.proxy.mapFromSource(self.model.index(source_row, 0)).row()

    def select_ids(self, ids: Sequence[str]) -> None:
        """Select the rows of ``ids`` (e.g. from another view) and scroll to the first."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        for record_id in ids:
            row = self.row_for_id(record_id)
            if row < 0:
                continue
            left = self.view.proxy.index(row, 0)
            right = self.view.proxy.index(row, self.view.proxy.columnCount() - 1)
            selection.select(left, right)
            first = first or left
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(selection, flags)
        if first is not None:
            self.view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.view.scrollTo(first)

    def set_filter(self, text: str) -> None:
        """Show only rows containing ``text`` in any column (the stage's Ctrl+F box)."""
        self.view.proxy.setFilterFixedString(text)

    # -- edits ------------------------------------------------------------------------------

    def _session(self) -> WorkshopSession | None:
        session = self.model.session
        return None if session is None or session.read_only else session

    def add_record(self) -> None:
        """Add a new record after the current row and open its first cell for typing."""
        session = self._session()
        if session is None:
            return
        rows = self.selected_rows()
        position = rows[-1] + 1 if rows else None
        record = self._new_record()
        if session.add_row(record, position):
            self._open_new_row(record.id)
            self.view.proxy.sort(-1)  # new rows go where the room asked, not sorted away
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.select_ids([record.id])
            column = next(
                (c for c, f in enumerate(self.model.fields) if f.kind not in ("bool", "ids")), 0
            )
            row = self.row_for_id(record.id)
            index = self.view.proxy.index(row, column)
            self.view.setCurrentIndex(index)
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.view.edit(index)

    def _open_new_row(self, record_id: str) -> None:
        self._close_new_row()
        self.model.new_row = record_id
        self.view.selectionModel().currentChanged.connect(self._current_moved)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _close_new_row(self) -> None:
        """The new row is finished: later edits of it are undo steps of their own."""
        record_id, self.model.new_row = self.model.new_row, None
        if record_id is None:
            return
        if self.model.session is not None:
            self.model.session.end_row(record_id)
        with contextlib.suppress(RuntimeError, TypeError):
            self.view.selectionModel().currentChanged.disconnect(self._current_moved)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_moved)

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        new_row = self.model.new_row
        source = self.view.proxy.mapToSource(current)
        if new_row is None or not source.isValid() or self.model.record(source.row()).id != new_row:
            self._close_new_row()

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        # None: the whole window lost focus (another app); the row is still being typed.
        widget = now
        while widget is not None:
            if widget is self:  # a cell editor, or the table's own link picker
                return
            widget = widget.parentWidget()
        if now is not None:
            self._close_new_row()

    def delete_selected(self) -> None:
        """Delete the selected records as one undo step."""
        session = self._session()
        ids = self.selected_ids()
        if session is None or not ids:
            return
        session.delete(self.kind, ids)

    def move_selected(self, step: int) -> None:
        """Move the selected rows one place up (-1) or down (+1) as one undo step."""
        session = self._session()
        chosen = set(self.selected_ids())
        if session is None or not chosen:
            return
        old = [record.id for record in self.model.records()]
        new = list(old)
        order = range(len(new)) if step < 0 else range(len(new) - 1, -1, -1)
        for i in order:
            j = i + step
            if new[i] in chosen and 0 <= j < len(new) and new[j] not in chosen:
                new[i], new[j] = new[j], new[i]
        if new == old:
            return
        # A sorted view would hide the move: show the room's order again.
        self.view.proxy.sort(-1)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if session.move(self.kind, old, new):
            self.select_ids([i for i in new if i in chosen])

    def paste(self, text: str | None = None) -> bool:
        """Add one record per tab-separated line of ``text`` (default: the clipboard).

        A bad row refuses the whole paste, naming the row.
        """
        session = self._session()
        if session is None:
            return False
        if text is None:
            text = QGuiApplication.clipboard().text()
        rows = _split_rows(text)
        if not rows:
            return False
        try:
            records = self.model.records_from_rows(rows)
        except WorkshopError as error:
            self.show_message(sentence(str(error)))
            session.failed.emit(sentence(str(error)))
            return False
        selected = self.selected_rows()
        start = selected[-1] + 1 if selected else len(self.model.records())
        ok = session.add_all(records, start, text=paste_text(self.kind, len(records)))
        if ok:
            self.clear_message()
            self.select_ids([record.id for record in records])
        return ok

    def pick_ids(self, row: int, column: int) -> None:
        """Open the tick list for a links cell (e.g. the strategies an outcome serves)."""
        field = self.model.fields[column]
        record = self.model.record(row)
        title = display_text(getattr(record, "title", "") or "")
        dialog = ChecklistDialog(
            f"{field.shown_header} — {title}".strip(" —"),
            field.pairs(),
            getattr(record, field.name),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.set_value(row, column, dialog.chosen())
