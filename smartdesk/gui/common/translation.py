"""Translating the texts of code that is not a QObject of its own.

``pyside6-lupdate`` files a bare ``tr("...")`` call under the empty context, so this
``tr`` looks the text up there: helpers that build dialogs or menus for the window
(``file_guard``, ``breakouts``, ``lock_dialog``...) use it instead of borrowing another
object's ``tr``, whose context the translation file would not match.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """``text`` in the interface's language."""
    return QCoreApplication.translate("", text)


__all__ = ["tr"]
