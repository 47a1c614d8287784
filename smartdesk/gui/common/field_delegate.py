"""The editors of an editable table's cells, one per kind of field: a combo box for a
choice, a text box for long text (Ctrl+Enter finishes it), a line for the rest."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smartdesk.gui.common.editable_model import EditableRecordModel
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.undo_keys import has_typing, route_undo_keys

_Index = QModelIndex | QPersistentModelIndex

_SHOWN_CHOICE = "smartdesk_shown_choice"  # a combo editor's row as last set from the file


class FieldDelegate(QStyledItemDelegate):
    """Editors per field kind: a combo box for choices, a text box for long text."""

    def __init__(self, model: EditableRecordModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _field(self, index: _Index) -> Field:
        return self.model.fields[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        field = self._field(index)
        if field.kind == "enum":
            combo = QComboBox(parent)
            combo.setAccessibleName(field.shown_header)
            combo.addItem("", None)
            for value, label in field.pairs():
                combo.addItem(label, value)
            return combo
        if field.kind == "multiline":
            text = QPlainTextEdit(parent)
            text.setAccessibleName(field.shown_header)
            text.setTabChangesFocus(True)
            route_undo_keys(text)
            return text
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setAccessibleName(field.shown_header)
            if field.kind == "date":
                editor.setPlaceholderText("dd/mm/yyyy")
            route_undo_keys(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        field = self._field(index)
        if isinstance(editor, QComboBox):
            value = getattr(self.model.record(index.row()), field.name)
            found = next((i for i in range(editor.count()) if editor.itemData(i) == value), 0)
            editor.setCurrentIndex(found)
            editor.setProperty(_SHOWN_CHOICE, found)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def show_stored(self, editor: QWidget, index: _Index) -> None:
        """Put the stored value back in an open editor (after Undo or Redo changed the
        row under it), unless the person has typed or picked something not saved yet."""
        if isinstance(editor, QComboBox):
            if editor.currentIndex() != editor.property(_SHOWN_CHOICE):
                return
        elif isinstance(editor, QLineEdit | QPlainTextEdit) and has_typing(editor):
            return
        self.setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Ctrl+Enter finishes a long text (plain Enter is a new line there).
        if (
            isinstance(editor, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)
