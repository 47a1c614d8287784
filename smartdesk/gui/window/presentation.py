"""Presentation mode (F11): every text legible from the back of the room, the main
table or chart of each step in full.

One place decides the type size: the height of the window's screen divided into
``LINES_PER_SCREEN`` lines (1080 px -> 24 px type, 720 px -> 16 px), never under
``SMALLEST_PIXELS``. It becomes the application's font, so every widget, header,
drop-down list, tooltip, menu, status bar and dialog opened meanwhile follows it;
widgets that set their own size do so relative to the font they inherit, and charts
take their type from their widget's font. The platform's per-class fonts (a smaller
menu or status-bar font on some desktops) are put back on leaving, as is everything
else: the layout (see ``projector_layout``) and the fonts exactly as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from smartdesk.gui.common import focus_ring
from smartdesk.gui.common.chart_view import LazyChart
from smartdesk.gui.common.projector_layout import ProjectorLayout
from smartdesk.gui.common.record_table import RecordTableView

LINES_PER_SCREEN = 45
SMALLEST_PIXELS = 16

# The classes a platform theme may give a font of its own (Qt's widget font hash).
_THEMED_CLASSES = (
    "QMenu",
    "QMenuBar",
    "QMenuItem",
    "QMessageBox",
    "QLabel",
    "QTipLabel",
    "QStatusBar",
    "QTabButton",
    "QToolButton",
    "QAbstractItemView",
    "QListView",
    "QHeaderView",
    "QListBox",
    "QComboMenuItem",
    "QComboLineEdit",
    "QSmallFont",
    "QMiniFont",
)


def presentation_pixels(screen_height: int) -> int:
    """The body type size, in pixels, for a screen ``screen_height`` pixels high."""
    return max(SMALLEST_PIXELS, round(screen_height / LINES_PER_SCREEN))


class Presentation(QObject):
    """Turns one window's presentation mode on and off; ``active`` says which."""

    def __init__(self, window: QWidget, refit: Callable[[], None] = lambda: None) -> None:
        """``refit``: what the window measures from its type (called once it has arrived)."""
        super().__init__(window)
        self.window = window
        self._refit = refit
        self.active = False
        self.pixels = 0
        self._app_font = QFont()
        self._class_fonts: dict[str, QFont] = {}
        self._layout = ProjectorLayout(self)
        window.installEventFilter(self)  # leaves on closing: the type is the application's

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        if on:
            self._enlarge()
            self._layout.apply(self.window)
        else:
            self._layout.restore()
            self._restore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.set_active(False)
        elif watched is self.window and event.type() == QEvent.Type.FontChange:
            self._type_arrived()
        return False

    def _type_arrived(self) -> None:
        # The application's font reaches widgets through the event loop: what is
        # measured from it (column widths, the stage list's width) is measured again.
        self._refit()
        for view in self.window.findChildren(RecordTableView):
            view.fit_columns()
        self._layout.type_arrived()
        for box in self.window.findChildren(QLineEdit):
            if not box.hasFocus():
                box.home(False)  # a long title shows its start, not its end

    def _enlarge(self) -> None:
        self._app_font = QFont(QApplication.font())
        # PySide6 takes the class name as text, though its type stubs say bytes.
        themed = {name: QApplication.font(name) for name in _THEMED_CLASSES}  # type: ignore[call-overload]
        self._class_fonts = {
            name: QFont(font) for name, font in themed.items() if font != self._app_font
        }
        screen = self.window.screen()
        self.pixels = presentation_pixels(screen.geometry().height())
        font = QFont(self._app_font)
        # In points, so code that scales a font (a heading 1.5 times its text) still
        # can; at the screen's own dots per inch, so it renders at exactly ``pixels``.
        font.setPointSizeF(self.pixels * 72 / screen.logicalDotsPerInchY())
        LazyChart.legible_pixels = self.pixels  # charts redraw on the font change
        focus_ring.FocusRings.projector = True  # the focus seen from the back of the room
        QApplication.setFont(font)  # without a class name this also clears the themed ones
        self._repolish()

    def _restore(self) -> None:
        LazyChart.legible_pixels = 0
        focus_ring.FocusRings.projector = False
        QApplication.setFont(self._app_font)
        for name, font in self._class_fonts.items():
            QApplication.setFont(font, name)  # type: ignore[arg-type]
        self._repolish()
        self.pixels = 0

    def _repolish(self) -> None:
        focus_ring.install(QApplication.instance()).refresh()  # type: ignore[arg-type]
        # Qt hands the new application font to each widget through posted events (so a
        # widget's font changes once the event loop runs). A widget with a style sheet of
        # its own (the countdown's colour, a bold header) takes its font when polished
        # and would miss the change.
        for widget in self.window.findChildren(QWidget):
            if widget.styleSheet():
                widget.style().unpolish(widget)
                widget.style().polish(widget)


__all__ = ["LINES_PER_SCREEN", "SMALLEST_PIXELS", "Presentation", "presentation_pixels"]
