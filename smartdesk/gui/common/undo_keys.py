"""Who answers Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y while the cursor is in a text box.

The rule is the same in every box bound to the workshop file and in every table cell:

* While the box holds typing that is not saved yet, the keys undo and redo that typing
  (the box's own history, which starts afresh whenever the box is saved or refreshed).
* Once nothing in the box is unsaved, the keys go to the window's Undo and Redo: the
  workshop's undo stack is the truth for what is saved, and the box then shows what
  undo or redo put back in the file.

Qt's key bindings differ by desktop (GNOME and KDE redo only with Ctrl+Shift+Z), so
both redo keys are listed here instead of being left to the platform.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))

Unsaved = Callable[[], bool]


def undo_key(event: QKeyEvent) -> Literal["undo", "redo"] | None:
    """Whether ``event`` is an undo key, a redo key, or neither."""
    pressed = QKeySequence(event.keyCombination())
    if pressed in UNDO_KEYS or event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if pressed in REDO_KEYS or event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    return None


def has_typing(box: QLineEdit | QPlainTextEdit) -> bool:
    """Whether ``box`` differs from the text it was last given (Qt tracks this through
    the box's own undo, so undoing the typing makes it clean again)."""
    if isinstance(box, QLineEdit):
        return box.isModified()
    return box.document().isModified()


class _UndoKeyRouter(QObject):
    def __init__(self, box: QLineEdit | QPlainTextEdit, unsaved: Unsaved) -> None:
        super().__init__(box)
        self._box = box
        self._unsaved = unsaved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        which = undo_key(event)
        if which is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Accepting keeps the key for the box; ignoring lets the window's action have it.
            event.setAccepted(self._unsaved())
            return True
        if self._unsaved():
            # Done here, not by Qt's text control, so both redo keys work on every desktop.
            if which == "undo":
                self._box.undo()
            else:
                self._box.redo()
        # With nothing unsaved the box's own history would undo behind the file's back;
        # the key only gets here when no window action took it, so it does nothing.
        event.accept()
        return True


def route_undo_keys(box: QWidget, unsaved: Unsaved | None = None) -> None:
    """Give ``box`` the undo keys' rule above; ``unsaved`` says whether it holds typing
    not yet saved (default: whether it changed since its text was last set)."""
    if not isinstance(box, QLineEdit | QPlainTextEdit):
        return
    router = _UndoKeyRouter(box, unsaved or (lambda: has_typing(box)))
    box.installEventFilter(router)


def forget_typing_history(box: QLineEdit | QPlainTextEdit) -> None:
    """Start the box's own undo history afresh, once its text is saved."""
    if isinstance(box, QLineEdit):
        position = box.cursorPosition()
        box.setText(box.text())  # the only public way to clear a line edit's history
        box.setCursorPosition(position)
    else:
        box.document().clearUndoRedoStacks()
        box.document().setModified(False)
