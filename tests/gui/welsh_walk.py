"""Walking the window in Welsh: what it shows, and which texts are still English.

Shared by tests/gui/test_welsh.py and tests/gui/test_accessible_names.py. Visits every
stage and tab with the projector test's walk (``every_stage_and_tab``), and the
window's own dialogs, collecting each widget's texts: labels, buttons, group titles,
tabs, placeholders, tooltips, accessible names, combo items, table headers and cells,
menus and the window title.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

from smartdesk.gui.common.column_words import CHOICES, COLUMNS
from smartdesk.gui.window.language import LANGUAGES

LANGUAGE_NAMES = {name for _, name in LANGUAGES}
ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "smartdesk_cy.ts"


def messages() -> list[tuple[str, str, str, str]]:
    """Every message of the .ts: (context, source, translation, type)."""
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type", ""),
                )
            )
    return found


def plain(text: str) -> str:
    """A text as read: without its mnemonic ampersands, spaces trimmed."""
    return re.sub(r"&(?!&)", "", text).strip()


@cache
def english_only() -> frozenset[str]:
    """Source texts whose Welsh differs: seen in the Welsh window, they are untranslated."""
    return frozenset(
        plain(source)
        for _, source, welsh, _ in messages()
        if plain(welsh) != plain(source) and len(plain(source)) > 1
    )


@cache
def never_marked() -> frozenset[str]:
    """English texts of the window's code that the translators never see: string literals
    of ``smartdesk/gui`` with a word in them, not in the .ts at all (a text seen in the
    Welsh window that is one of these was never routed through ``tr``)."""
    known = {plain(source) for _, source, _, _ in messages()}
    found = set()
    for path in (ROOT / "smartdesk" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = plain(node.value)
                if re.search(r"[A-Za-z]{2}", text) and text not in known and "\n" not in text:
                    found.add(text)
    return frozenset(found)


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    name = type(view).__name__
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:
        columns = 1
    for orientation in (Qt.Orientation.Horizontal,):
        for section in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = model.headerData(section, orientation, role)
                if isinstance(text, str):
                    yield f"{name} header", text
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = model.data(index, role)
                if isinstance(text, str):
                    yield f"{name} cell {row},{column}", text


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text ``widget`` itself shows or names itself by."""
    kind = type(widget).__name__
    for where, text in (
        ("tooltip", widget.toolTip()),
        ("accessible name", widget.accessibleName()),
        ("window title", widget.windowTitle() if widget.isWindow() else ""),
    ):
        if text:
            yield f"{kind} {where}", text
    if isinstance(widget, QLabel | QAbstractButton):
        yield kind, widget.text()
    if isinstance(widget, QGroupBox):
        yield kind, widget.title()
    if isinstance(widget, QLineEdit):
        yield f"{kind} placeholder", widget.placeholderText()
    if isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield f"{kind} tab", widget.tabText(tab)
            yield f"{kind} tab tooltip", widget.tabToolTip(tab)
    if isinstance(widget, QComboBox):
        for item in range(widget.count()):
            yield f"{kind} item", widget.itemText(item)
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    if isinstance(widget, QMenuBar):
        for action in widget.actions():
            yield "menu bar", action.text()
    if isinstance(widget, QMenu):
        for action in widget.actions():
            yield f"menu {widget.title()!r}", action.text()
            yield f"menu {widget.title()!r} tooltip", action.toolTip()


def _english(where: str, shown: str) -> bool:
    """Whether ``shown`` at ``where`` is English the Welsh window should not show.

    A table's cells, and the score matrix's headers, are the workshop's own data (the
    demo is written in English, and a criterion may be called "Value for money"), so
    there only the words the window makes count: a choice's name, a column's header.
    """
    if where.startswith("menu") and shown in LANGUAGE_NAMES:
        return False  # Help > Language names each language in itself
    if " cell " in where:
        return shown in english_only() and shown in {plain(c) for c in CHOICES}
    if " header" in where:
        return shown in english_only() and shown in {plain(c) for c in COLUMNS}
    return shown in english_only() or shown in never_marked()


def untranslated(top: QWidget) -> list[str]:
    """Texts in ``top`` and its children shown in English: translated ones whose Welsh
    differs, and texts of the code that never reached the translators."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        for where, text in widget_texts(widget):
            if _english(where, plain(text)):
                found.append(f"{where}: {plain(text)!r}")
    return sorted(set(found))


__all__ = ["TS_FILE", "english_only", "messages", "plain", "untranslated", "widget_texts"]
