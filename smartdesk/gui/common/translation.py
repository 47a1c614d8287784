"""Translating the texts of code that is not a QObject of its own, and marking texts.

``pyside6-lupdate`` files a bare ``tr("...")`` call under the empty context, so this
``tr`` looks the text up there: helpers that build dialogs or menus for the window
(``file_guard``, ``breakouts``, ``lock_dialog``...) use it instead of borrowing another
object's ``tr``, whose context the translation file would not match.

A text defined apart from where it is shown (a column's header, a table's name) is
marked with ``QT_TRANSLATE_NOOP(context, text)`` or ``QT_TR_NOOP(text)`` (the empty
context), which lupdate reads by name; these are the same markers as PySide6's, typed
as giving back the ``str`` they are given (PySide6's say ``object``).

A finished English sentence from the layers below (a refused edit, a broken rule, a
checklist item, a review finding) is no text of the window's: ``sentence`` translates it
whole with the command line's gettext catalogue (``smartdesk.catalogues.sentences``), so
each such sentence is translated once, for both.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from smartdesk.catalogues.sentences import welsh


def tr(text: str) -> str:
    """``text`` in the interface's language."""
    return QCoreApplication.translate("", text)


_interface = {"welsh": False}


def in_welsh() -> bool:
    """Whether the interface is in Welsh (``window.language.install`` says so here)."""
    return _interface["welsh"]


def set_welsh(welsh: bool) -> None:
    _interface["welsh"] = welsh


def sentence(message: str) -> str:
    """A finished English sentence from below the window, in the interface's language
    (English, or as far as the catalogue's entries reach)."""
    return welsh().translate(message) if in_welsh() else message


def sentence_lines(text: str) -> str:
    """A report from below the window (review findings), line by line."""
    return welsh().translate_lines(text) if in_welsh() else text


def localised(path: Path) -> Path:
    """The Welsh version of a resource file (``step.cy.md`` beside ``step.md``) when the
    interface is in Welsh and there is one; else ``path`` itself."""
    if in_welsh():
        welsh = path.with_name(f"{path.stem}.cy{path.suffix}")
        if welsh.is_file():
            return welsh
    return path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translators under ``context``; returns it unchanged."""
    return text


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for the translators under the empty context (see ``tr``)."""
    return text


__all__ = [
    "QT_TRANSLATE_NOOP",
    "QT_TR_NOOP",
    "in_welsh",
    "localised",
    "sentence",
    "sentence_lines",
    "set_welsh",
    "tr",
]
