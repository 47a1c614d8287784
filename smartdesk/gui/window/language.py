"""The interface's language: English (the source text) or Welsh, from Qt Linguist files.

``resources/translations/smartdesk_cy.ts`` is the translators' source (pyside6-lupdate
keeps it in step with the code: ``scripts/translations.sh``); the compiled
``smartdesk_cy.qm`` beside it is what is loaded here. Qt ships no Welsh catalogue of its
own (no ``qtbase_cy.qm`` in PySide6), so the few texts Qt draws itself - the standard
dialog buttons, a text box's context menu - are translated in SmartDesk's own file under
Qt's contexts (see ``qt_words.py``).

The choice is remembered in the settings (``interface/language``); ``smartdesk --lang cy``
overrides it for one start.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction

from smartdesk import paths
from smartdesk.gui.common.translation import set_welsh

SETTINGS_KEY = "interface/language"
# Code and the language's own name, as the Help > Language menu lists them.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("cy", "Cymraeg"))
CODES = tuple(code for code, _ in LANGUAGES)

_SOURCE = "smartdesk_source_text"


@runtime_checkable
class UndoLike(Protocol):
    """An action that words itself (Undo and Redo name the step they take)."""

    def retranslate(self, *_: object) -> None: ...


_installed: dict[str, object] = {"code": "en", "translator": None}


def catalogue(code: str) -> str:
    """Where the compiled catalogue of language ``code`` lives."""
    return str(paths.resource("translations", f"smartdesk_{code}.qm"))


def current() -> str:
    """The language the interface is in now: ``en`` or ``cy``."""
    return str(_installed["code"])


def saved(settings: QSettings) -> str:
    """The language chosen last time (English when none was, or it is unknown)."""
    code = str(settings.value(SETTINGS_KEY, "en") or "en")
    return code if code in CODES else "en"


def start(settings: QSettings, asked: str | None) -> str:
    """At start-up: the language ``asked`` for (``--lang``) or else the one remembered;
    returns the language the interface is then in."""
    install(asked or saved(settings))
    return current()


def install(code: str) -> bool:
    """Put the interface in language ``code``; False (and English) when it cannot be loaded.

    Qt then sends every widget a LanguageChange event (the window rebuilds its texts).
    """
    app = QCoreApplication.instance()
    if app is None or code not in CODES:
        return False
    old = _installed["translator"]
    if isinstance(old, QTranslator):
        QCoreApplication.removeTranslator(old)
        _installed["translator"] = None
    loaded = True
    if code != "en":
        translator = QTranslator(app)
        loaded = translator.load(catalogue(code))
        if loaded:
            QCoreApplication.installTranslator(translator)
            _installed["translator"] = translator
    _installed["code"] = code if loaded else "en"
    # Qt's own widgets (dates, numbers) follow Welsh; in English, the system's locale
    # as before. Resource files (guidance) are chosen by ``translation.localised``.
    welsh = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(welsh if current() == "cy" else QLocale.system())
    set_welsh(current() == "cy")
    return loaded


def labelled(action: QAction, context: str, source: str) -> QAction:
    """Give ``action`` the translation of ``source``, and remember the source so
    ``retranslate_actions`` can put it in another language later."""
    action.setProperty(_SOURCE, f"{context}\x04{source}")
    action.setText(QCoreApplication.translate(context, source))
    return action


def retranslate_actions(root: QObject) -> None:
    """Translate again every action (and menu title) under ``root`` made by ``labelled``."""
    for action in root.findChildren(QAction):
        if isinstance(action, UndoLike):
            action.retranslate()
            continue
        marked = action.property(_SOURCE)
        if isinstance(marked, str) and "\x04" in marked:
            context, source = marked.split("\x04", 1)
            action.setText(QCoreApplication.translate(context, source))


def remember(settings: QSettings, code: str) -> None:
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


__all__ = [
    "CODES",
    "LANGUAGES",
    "SETTINGS_KEY",
    "catalogue",
    "current",
    "install",
    "labelled",
    "remember",
    "retranslate_actions",
    "saved",
    "start",
]
