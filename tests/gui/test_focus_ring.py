"""The focused control is outlined thickly enough to see (and thicker on a projector).

Measured on the window's own rendering (``grab``): the band just outside a control is
the highlight colour all round when it has the focus, and not when it does not.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from smartdesk.gui.common import focus_ring
from smartdesk.gui.common.guidance import GuidancePanel
from smartdesk.gui.window.main_window import MainWindow


def _focus(widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is widget


def _band(window: QWidget, widget: QWidget, depth: int) -> list[QColor]:
    """The colours of the ring ``depth`` pixels outside ``widget``'s edges (mid-edges)."""
    QApplication.processEvents()
    image: QImage = window.grab().toImage()
    ratio = image.devicePixelRatio()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    x_mid, y_mid = rect.center().x(), rect.center().y()
    points = [
        QPoint(x_mid, rect.top() - depth),
        QPoint(x_mid, rect.bottom() + depth),
        QPoint(rect.left() - depth, y_mid),
        QPoint(rect.right() + depth, y_mid),
    ]
    return [image.pixelColor(int(p.x() * ratio), int(p.y() * ratio)) for p in points]


def _is_highlight(colour: QColor, window: QWidget) -> bool:
    wanted = window.palette().color(QPalette.ColorRole.Highlight)
    return all(
        abs(a - b) <= 8 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def test_the_focused_button_box_combo_and_table_are_ringed(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.show_stage(1)
    page = window.current_page()
    page.tabs.setCurrentWidget(page.status_filter.parentWidget())  # the listening log
    window.show_stage(4)
    room = window.current_page()
    controls = {
        "button": room.participants.add_button,
        "table": room.participants.view,
        "line edit": room.filter_box,
    }
    for name, widget in controls.items():
        window.show_stage(4)
        _focus(window.navigator)
        before = _band(window, widget, 2)
        _focus(widget)
        after = _band(window, widget, 2)
        assert all(_is_highlight(c, window) for c in after), (name, after)
        assert not all(_is_highlight(c, window) for c in before), (name, before)
    window.show_stage(1)
    combo = page.status_filter
    _focus(window.navigator)
    assert not all(_is_highlight(c, window) for c in _band(window, combo, 2))
    assert combo.isVisible()
    _focus(combo)
    assert all(_is_highlight(c, window) for c in _band(window, combo, 2))


def test_the_ring_is_thicker_in_presentation_mode(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.show_stage(4)
    button = window.current_page().participants.add_button
    _focus(button)
    thin = focus_ring.WIDTH
    assert all(_is_highlight(c, window) for c in _band(window, button, thin))
    assert not all(_is_highlight(c, window) for c in _band(window, button, thin + 2))
    window.presentation.set_active(True)
    _focus(window.navigator)
    _focus(button)
    thick = focus_ring.PROJECTOR_WIDTH
    assert thick >= 2 * thin
    assert all(_is_highlight(c, window) for c in _band(window, button, thick))
    window.presentation.set_active(False)
    assert not focus_ring.FocusRings.projector


def test_the_ring_follows_a_control_that_moves(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.show_stage(2)  # Options: the guidance above the long list folds away
    page = window.current_page()
    guidance = next(p for p in page.findChildren(GuidancePanel) if p.isVisible())
    guidance.set_expanded(True)
    button = page.long_list.table.add_button if hasattr(page.long_list, "table") else None
    button = button or next(
        b for b in page.long_list.findChildren(QToolButton) if b.accessibleName().startswith("Add")
    )
    _focus(button)
    was = button.mapTo(window, QPoint(0, 0))
    guidance.set_expanded(False)  # the layout moves the control up; its ring goes with it
    qtbot.waitUntil(lambda: button.mapTo(window, QPoint(0, 0)) != was)
    qtbot.waitUntil(lambda: all(_is_highlight(c, window) for c in _band(window, button, 2)))
