"""A thick outline around whichever control has the keyboard focus, in every window.

Qt's native styles mark the focus with a thin dotted line or a faint tint, which a room
cannot see on a projector. Rather than an application style sheet (which would replace
the native look of every control it touches), one transparent overlay per window draws
a ring in the palette's highlight colour around the focused control: the control itself
is drawn as before, and a high-contrast palette brings its own highlight colour. The
ring is ``WIDTH`` pixels thick, ``PROJECTOR_WIDTH`` in presentation mode.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

WIDTH = 3
PROJECTOR_WIDTH = 6
_FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """The outline in one window; lets every mouse click through to what is under it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    @property
    def width_now(self) -> int:
        return PROJECTOR_WIDTH if FocusRings.projector else WIDTH

    def place(self) -> None:
        """Put the ring round the part of its target that is in sight."""
        target = self.target
        window = self.parentWidget()
        if target is None or window is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        seen = target.visibleRegion().boundingRect()
        if seen.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, seen.topLeft())
        width = self.width_now
        area = QRect(top_left, seen.size()).adjusted(-width, -width, width, width)
        self.setGeometry(area.intersected(window.rect()))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width = self.width_now
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = width / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


class FocusRings(QObject):
    """Follows the application's focus; gives each window its ring when first needed."""

    projector = False  # presentation mode: the thicker ring

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._watched: list[QWidget] = []
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._follow)

    @staticmethod
    def ring_of(window: QWidget) -> FocusRing:
        ring = window.findChild(FocusRing, "focus_ring", Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if isinstance(ring, FocusRing) else FocusRing(window)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The control and its window may be gone by now (a closed window, a page rebuilt).
        for old in self._watched:
            if isValid(old):
                old.removeEventFilter(self)
        self._watched = []
        if self._ring is not None and isValid(self._ring):
            self._ring.target = None
            self._ring.hide()
        self._ring = None
        window = new.window() if new is not None else None
        if new is None or window is None or window.windowType() == Qt.WindowType.Popup:
            return
        self._ring = self.ring_of(window)
        self._ring.target = new
        # The ring moves with the control, and with anything that moves the control (a
        # splitter, a scroll area, a tab turning).
        step: QWidget | None = new
        while step is not None and step is not window:
            step.installEventFilter(self)
            self._watched.append(step)
            step = step.parentWidget()
        self._ring.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOWED and self._ring is not None and isValid(self._ring):
            self._ring.place()
        return False

    def refresh(self) -> None:
        """Draw the ring again (its width changed)."""
        if self._ring is not None and isValid(self._ring):
            self._ring.place()


def install(app: QApplication) -> FocusRings:
    """The application's focus rings (made once)."""
    existing = app.findChild(FocusRings)
    return existing if isinstance(existing, FocusRings) else FocusRings(app)
