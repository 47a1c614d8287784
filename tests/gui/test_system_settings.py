"""The window follows the system's type size and a high-contrast palette.

Qt gives the application the system's font and palette (Windows' text size and its
high-contrast themes arrive this way); here they are set as the system would, on the
application, and the window is checked: texts grow and are not cut where it matters,
and what the app draws itself stays readable on a dark background.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from smartdesk.gui.stages import STAGES
from smartdesk.gui.stakeholders.grid_items import AxisLabel, label_ink
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import open_stakeholders_stage


@pytest.fixture
def restore_app() -> Iterator[None]:
    font, palette = QFont(QApplication.font()), QPalette(QApplication.palette())
    yield
    QApplication.setFont(font)
    QApplication.setPalette(palette)


def _high_contrast() -> QPalette:
    """Black backgrounds, white text, a yellow highlight: a Windows high-contrast theme."""
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, QColor("black"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor("white"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffff00"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("black"))
    return palette


def test_a_larger_system_font_makes_every_stage_s_text_larger_and_nothing_key_is_cut(
    qtbot: QtBot, demo_window: MainWindow, restore_app: None
) -> None:
    window = demo_window
    before = {}
    for number in range(len(STAGES)):
        window.show_stage(number)
        before[number] = window.current_page().heading.fontInfo().pixelSize()
    base = QApplication.font()
    larger = QFont(base)
    larger.setPointSizeF(base.pointSizeF() * 1.6)
    QApplication.setFont(larger)
    qtbot.waitUntil(lambda: window.navigator.fontInfo().pointSizeF() > base.pointSizeF())
    cut = []
    for number in range(len(STAGES)):
        window.show_stage(number)
        QApplication.processEvents()
        page = window.current_page()
        heading: QLabel = page.heading
        assert heading.fontInfo().pixelSize() > before[number], STAGES[number].title
        if heading.width() < QFontMetrics(heading.font()).horizontalAdvance(heading.text()):
            cut.append(f"heading {heading.text()!r}")
        for label in page.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap() and label.text() and not label.pixmap():
                wide = QFontMetrics(label.font()).horizontalAdvance(label.text().split("\n")[0])
                if wide > label.width() + 2 and "&" not in label.text():
                    cut.append(f"{STAGES[number].title}: label {label.text()[:40]!r}")
    navigator: QListWidget = window.navigator
    for row in range(navigator.count()):
        item = navigator.item(row)
        rect: QRect = navigator.visualItemRect(item)
        if QFontMetrics(navigator.font()).horizontalAdvance(item.text()) > rect.width():
            cut.append(f"stage list {item.text()!r}")
    assert not cut, "\n".join(cut)


def test_the_grid_s_titles_and_numbers_follow_a_high_contrast_palette(
    qtbot: QtBot, demo_window: MainWindow, restore_app: None
) -> None:
    assert label_ink(QPalette()).name() == "#444444"  # the soft grey on a light view
    QApplication.setPalette(_high_contrast())
    page = open_stakeholders_stage(qtbot, demo_window)
    grid = page.grid
    qtbot.waitUntil(lambda: grid.palette().color(QPalette.ColorRole.Base) == QColor("black"))
    assert label_ink(grid.palette()) == QColor("white")
    QApplication.processEvents()
    image = grid.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    checked = 0
    for label in grid.grid_scene.items():
        if not isinstance(label, AxisLabel) or not label.text.strip():
            continue
        # Where the label is drawn (it keeps its size at any zoom: not its scene rect).
        place = label.deviceTransform(grid.viewportTransform()).mapRect(label.boundingRect())
        area = place.toRect().intersected(grid.viewport().rect())
        if area.width() < 4 or area.height() < 4:
            continue
        light = sum(
            1
            for x in range(area.left(), area.right())
            for y in range(area.top(), area.bottom())
            if image.pixelColor(int(x * ratio), int(y * ratio)).lightness() > 200
        )
        assert light > 0, f"{label.text!r}: no light text on the black view"
        checked += 1
    assert checked >= 6  # the quadrant names, tick numbers and axis titles in sight


def test_the_focus_ring_takes_the_high_contrast_highlight(
    qtbot: QtBot, demo_window: MainWindow, restore_app: None
) -> None:
    QApplication.setPalette(_high_contrast())
    window = demo_window
    window.show_stage(1)
    box = window.current_page().filter_box
    window.activateWindow()
    box.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    top_left = box.mapTo(window, box.rect().topLeft())
    colour = image.pixelColor(
        int((top_left.x() + box.width() // 2) * ratio), int((top_left.y() - 2) * ratio)
    )
    assert colour == QColor("#ffff00"), colour.name()
