"""Every control a screen reader can land on has a name: walks every stage, tab and
dialog of the window, in English and in Welsh, and fails on an interactive widget
(button, box, list, table, slider, tab bar) whose accessible name is empty.

The name is the one assistive technology is given (``QAccessibleInterface.text(Name)``):
the accessible name set where the widget is made, or else what Qt reads from the
widget itself (a button's own text, the label a box is the buddy of).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smartdesk.gui.common.checklist_dialog import ChecklistDialog
from smartdesk.gui.window import language
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.projector_screen import every_stage_and_tab

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)
# Parts Qt builds inside another control, named through it (a spin box's text, a tab
# bar's scroll arrows, a table's header and scroll bars).
INNER = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QHeaderView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _inner(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, INNER) or isinstance(widget, QScrollBar | QHeaderView)


def nameless(top: QWidget) -> list[str]:
    """The visible interactive widgets under ``top`` with no accessible name."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or _inner(widget):
            continue
        if not accessible_name(widget).strip():
            parent = widget.parentWidget()
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(parent).__name__} {parent.accessibleName() if parent else ''!r}"
            )
    return found


@pytest.fixture(params=["en", "cy"])
def in_language(request: pytest.FixtureRequest) -> Iterator[str]:
    language.install(request.param)
    yield request.param
    language.install("en")


def test_every_control_of_every_stage_and_tab_has_a_name(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, in_language: str
) -> None:
    missing = [f"start page: {name}" for name in nameless(window)]
    assert window.open_path(demo_path)
    visited = every_stage_and_tab(qtbot, window, nameless)
    missing += [f"{where}: {name}" for where, names in visited for name in names]
    assert not sorted(set(missing)), "\n".join(sorted(set(missing)))


def test_every_control_of_the_window_s_dialogs_has_a_name(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    from smartdesk.gui.stakeholders.import_dialog import ImportPreviewDialog
    from smartdesk.interchange.spreadsheet import read_stakeholder_sheet

    source = tmp_path / "people.csv"
    source.write_text("Name,Organisation,Power\nAnn,Parish council,4\n", encoding="utf-8")
    dialogs: list[QWidget] = [
        ChecklistDialog("Serves", [("a", "Strategy A"), ("b", "Strategy B")], ["a"], demo_window),
        ImportPreviewDialog(read_stakeholder_sheet(source), demo_window),
    ]
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        missing += [f"{type(dialog).__name__}: {name}" for name in nameless(dialog)]
        dialog.close()
    assert not missing, "\n".join(missing)
