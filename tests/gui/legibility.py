"""Measuring what the room can read: the rendered pixel size of every visible text.

Shared by the projector tests and ``scripts/projector_shots.py``. A text is any widget
that draws characters (labels, buttons, boxes, tabs, group titles, the status bar),
every visible cell and header section of a table or list (with the model's own font
where it gives one), every item of a combo box's list, every text of the grid's scene,
and every text of a chart (the chart widget records its smallest one when it draws).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from smartdesk.gui.common.chart_view import LazyChart


@dataclass(frozen=True)
class Text:
    pixels: float
    where: str


def pixels(font: QFont) -> int:
    return QFontInfo(font).pixelSize()


def _name(widget: QWidget) -> str:
    label = widget.accessibleName() or widget.objectName()
    text = getattr(widget, "text", None)
    if not label and callable(text):
        try:
            label = str(text())[:30]
        except TypeError:
            label = ""
    return f"{type(widget).__name__}({label!r})"


def _shows(widget: QWidget) -> bool:
    """Visible and not scrolled or clipped out of sight entirely."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _item_texts(view: QAbstractItemView) -> Iterator[Text]:
    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    rows = min(model.rowCount(QModelIndex()), 400)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list's model keeps its one column to itself
        columns = 1
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            if not view.visualRect(index).intersects(viewport):
                continue
            if not str(model.data(index, Qt.ItemDataRole.DisplayRole) or "").strip():
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)
            chosen = font if isinstance(font, QFont) else view.font()
            yield Text(pixels(chosen), f"{_name(view)} cell {row},{column}")
    yield from _tree_items(view, viewport)


def _tree_items(view: QAbstractItemView, viewport: QRect) -> Iterator[Text]:
    from PySide6.QtWidgets import QTreeView

    if not isinstance(view, QTreeView):
        return
    model = view.model()
    stack = [model.index(row, 0) for row in range(model.rowCount(QModelIndex()))]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            stack.append(index)
            if view.visualRect(index).intersects(viewport):
                font = model.data(index, Qt.ItemDataRole.FontRole)
                chosen = font if isinstance(font, QFont) else view.font()
                yield Text(pixels(chosen), f"{_name(view)} item {row}")


def _header_texts(header: QHeaderView) -> Iterator[Text]:
    model = header.model()
    if model is None or not _shows(header):
        return
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        position = header.sectionViewportPosition(section)
        if position + header.sectionSize(section) < 0 or position > header.viewport().width():
            continue
        label = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not str(label or "").strip():
            continue
        font = model.headerData(section, header.orientation(), Qt.ItemDataRole.FontRole)
        chosen = font if isinstance(font, QFont) else header.font()
        yield Text(pixels(chosen), f"{_name(header.parentWidget() or header)} header {label!r}")


def widget_texts(widget: QWidget) -> Iterator[Text]:
    """The texts ``widget`` itself draws (not its children's)."""
    name = _name(widget)
    if isinstance(widget, LazyChart):
        if widget.smallest_text_pixels:
            yield Text(widget.smallest_text_pixels, f"chart {name}")
        elif widget.text():
            yield Text(pixels(widget.font()), name)
        return
    if isinstance(widget, QHeaderView):
        yield from _header_texts(widget)
        return
    if isinstance(widget, QAbstractItemView):
        yield from _item_texts(widget)
        return
    if isinstance(widget, QGraphicsView):
        scene = widget.scene()
        if scene is not None:
            for item in scene.items():
                font = getattr(item, "font", None)
                if item.isVisible() and callable(font):
                    yield Text(pixels(font()), f"{name} scene {type(item).__name__}")
        yield Text(pixels(widget.font()), name)
        return
    if isinstance(widget, QLabel):
        if widget.text().strip():
            yield Text(pixels(widget.font()), name)
        return
    if isinstance(widget, QAbstractButton):
        if widget.text().strip():
            yield Text(pixels(widget.font()), name)
        return
    if isinstance(widget, QComboBox):
        yield Text(pixels(widget.font()), name)
        yield from _item_texts(widget.view()) if _shows(widget.view()) else iter(())
        return
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
        yield Text(pixels(widget.font()), name)
        return
    if isinstance(widget, QTabBar):
        yield Text(pixels(widget.font()), f"{name} tabs")
        return
    if isinstance(widget, QGroupBox) and widget.title():
        yield Text(pixels(widget.font()), f"group {widget.title()!r}")
        return
    if isinstance(widget, QStatusBar) and widget.currentMessage():
        yield Text(pixels(widget.font()), "status bar message")
        return
    if isinstance(widget, QMenu):
        yield Text(pixels(widget.font()), name)


def visible_texts(top: QWidget | None = None) -> list[Text]:
    """Every text on screen: in ``top`` or, without it, in every visible window."""
    windows = [top] if top is not None else QApplication.topLevelWidgets()
    found: list[Text] = []
    for window in windows:
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if _shows(widget):
                found.extend(widget_texts(widget))
    return found


def smallest(texts: list[Text]) -> Text:
    return min(texts, key=lambda text: text.pixels)
