"""Guiding principles: an ordered list the room edits, reorders by drag or keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartdesk.gui.common.undo_keys import route_undo_keys

_ADD_KEYS = (QKeySequence("Ctrl+N"), QKeySequence("Insert"))
_UP = QKeySequence("Ctrl+Shift+Up")
_DOWN = QKeySequence("Ctrl+Shift+Down")
_KEYS = (*_ADD_KEYS, _UP, _DOWN, QKeySequence("Delete"))


class _PrincipleDelegate(QStyledItemDelegate):
    """The line editor of one principle, with the undo keys' rule of every text box."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        route_undo_keys(editor)
        return editor


class PrinciplesList(QListWidget):
    """The list itself: every change is reported as the whole new list in ``changed``."""

    changed = Signal(tuple)  # the principles, in order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Guiding principles"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setItemDelegate(_PrincipleDelegate(self))
        self.itemChanged.connect(self._edited)
        self._showing = False

    def principles(self) -> tuple[str, ...]:
        """The principles as listed now."""
        items = (self.item(row).text().strip() for row in range(self.count()))
        return tuple(text for text in items if text)

    def show_principles(self, principles: tuple[str, ...]) -> None:
        """Show the stored list, keeping the current row where it can."""
        if self.principles() == principles and self.count() == len(principles):
            return
        row = self.currentRow()
        self._showing = True
        self.clear()
        for text in principles:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.addItem(item)
        self._showing = False
        if self.count():
            self.setCurrentRow(min(max(row, 0), self.count() - 1))

    def _edited(self, _item: QListWidgetItem) -> None:
        if not self._showing:
            self.changed.emit(self.principles())

    def add_principle(self) -> None:
        """A new, empty line after the current one, open for typing (saved once typed)."""
        row = self.currentRow() + 1 if self.currentRow() >= 0 else self.count()
        self._showing = True
        item = QListWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.insertItem(row, item)
        self._showing = False
        self.setCurrentItem(item)
        self.editItem(item)

    def delete_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self._showing = True
            self.takeItem(row)
            self._showing = False
            self.changed.emit(self.principles())

    def move_current(self, step: int) -> None:
        """Move the current principle one place up (-1) or down (+1)."""
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        self._showing = True
        item = self.takeItem(row)
        self.insertItem(target, item)
        self._showing = False
        self.setCurrentRow(target)
        self.changed.emit(self.principles())

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in _KEYS
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = QKeySequence(event.keyCombination())
        if key in _ADD_KEYS:
            self.add_principle()
        elif key == _UP:
            self.move_current(-1)
        elif key == _DOWN:
            self.move_current(1)
        elif key == QKeySequence("Delete"):
            self.delete_current()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        before = self.principles()
        super().dropEvent(event)
        if self.principles() != before:
            self.changed.emit(self.principles())


class PrinciplesEditor(QWidget):
    """The list with Add, Delete, Up and Down buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = PrinciplesList()
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for text, tip, slot in (
            (self.tr("Add"), self.tr("Add a principle (Ctrl+N)"), self.list.add_principle),
            (self.tr("Delete"), self.tr("Delete the principle (Del)"), self.list.delete_current),
            (self.tr("Up"), self.tr("Move up (Ctrl+Shift+Up)"), lambda: self.list.move_current(-1)),
            (
                self.tr("Down"),
                self.tr("Move down (Ctrl+Shift+Down)"),
                lambda: self.list.move_current(1),
            ),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(self.tr("{action} — principles").format(action=text))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.list, 1)
