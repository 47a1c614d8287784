"""The command line's language: English (the default) or Welsh, without Qt.

The words live in gettext catalogues (``resources/locale/cy/LC_MESSAGES``):
``smartdesk.po`` for SmartDesk's own text and ``argparse.po`` for the words argparse
prints itself ("usage:", "options", its errors), which argparse looks up through the
module-level ``_`` that :func:`use_language` points at the Welsh catalogue.

- The CLI's own text is wrapped where it is written: ``_("Created {path}")``.
- Messages from the layers below (a store refusal, a review gap, the appraisal text)
  are English sentences with names in them. They are translated on their way out by
  :func:`translate`, with the matcher the window uses too
  (``smartdesk.catalogues.sentences``): one entry serves both.
- ``--json`` output never passes through here: its keys and values are a contract.
"""

from __future__ import annotations

import argparse
import gettext
import os

from smartdesk.catalogues.sentences import Catalogue, load
from smartdesk.domain.errors import WorkshopError

LANGUAGES = ("en", "cy")
ENVIRONMENT = "SMARTDESK_LANG"
"""Chooses the language when ``--lang`` is not given (a script's whole session)."""

_current: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    """``message`` (an entry of the catalogue) in the chosen language."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` things, in the chosen language."""
    return _current.ngettext(singular, plural, count)


def translate(message: str) -> str:
    """A finished English sentence from below the CLI, in the chosen language."""
    if isinstance(_current, Catalogue):
        return _current.translate(message)
    return message


def translate_lines(text: str) -> str:
    """A report from below the CLI (``review``, ``appraise``), line by line; a line's
    indent and its ``!``/``-`` mark are kept."""
    if isinstance(_current, Catalogue):
        return _current.translate_lines(text)
    return text


def choose_language(args: list[str]) -> tuple[str, list[str]]:
    """The language asked for, and the arguments without a leading ``--lang LANG``.

    ``--lang`` comes before the command (``smartdesk --lang cy check F``); without it,
    ``SMARTDESK_LANG``; otherwise English. The window's saved language is not read:
    a script's output must not change because someone switched the window's language.
    """
    language = os.environ.get(ENVIRONMENT, "").strip().lower() or "en"
    if language not in LANGUAGES:
        language = "en"  # an unset or foreign value in the environment is not the user's typo
    if args and args[0] == "--lang" and len(args) > 1:
        language, args = args[1], args[2:]
    elif args and args[0].startswith("--lang="):
        language, args = args[0].removeprefix("--lang="), args[1:]
    if language not in LANGUAGES:
        raise WorkshopError(
            f"unknown language '{language}' for --lang: choose en (English) or cy (Cymraeg)"
        )
    return language, args


def use_language(language: str) -> None:
    """Speak ``language`` from now on: SmartDesk's messages and argparse's own words."""
    global _current
    if language == "en":
        _current = gettext.NullTranslations()
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
        return
    _current = load("smartdesk", language)
    words = load("argparse", language)
    argparse._ = words.gettext  # type: ignore[attr-defined]
    argparse.ngettext = words.ngettext  # type: ignore[attr-defined]
