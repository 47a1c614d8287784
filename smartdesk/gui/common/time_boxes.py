"""The minutes each stage is given, how the clocks behave, and the signal at zero.

``TimeBoxPlan`` holds, for one window, the minutes per stage and the two choices the
facilitator makes (a sound at zero; whether a stage's clock keeps running while another
stage is shown). It is the one place a workshop's agenda can later fill and store: for
now the minutes last as long as the window. ``TimeUpBanner`` is the signal at zero: a
large "Time's up" band across the stage, readable from the back of the room.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

# Minutes per stage until the agenda supplies them (keys: StagePage.time_key).
DEFAULT_MINUTES: dict[str, int] = {"vision": 10, "stakeholders": 15, "options": 20, "briefing": 15}
FALLBACK_MINUTES = 15


class TimeBoxPlan(QObject):
    """Minutes per stage, a sound at zero (off by default), and pause or carry on."""

    minutes_changed = Signal(str, int)  # stage, minutes
    choices_changed = Signal()

    def __init__(self, minutes: Mapping[str, int] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._minutes = dict(DEFAULT_MINUTES if minutes is None else minutes)
        self.sound = False
        self.keep_running = False  # False: a stage's clock pauses while it is out of sight

    def minutes(self, stage: str) -> int:
        return self._minutes.get(stage, FALLBACK_MINUTES)

    def set_minutes(self, stage: str, minutes: int) -> None:
        if self.minutes(stage) != minutes:
            self._minutes[stage] = minutes
            self.minutes_changed.emit(stage, minutes)

    def set_sound(self, on: bool) -> None:
        if self.sound != on:
            self.sound = on
            self.choices_changed.emit()

    def set_keep_running(self, on: bool) -> None:
        if self.keep_running != on:
            self.keep_running = on
            self.choices_changed.emit()


class TimeUpBanner(QLabel):
    """A wide, high-contrast "Time's up" band over the top of ``host`` (a stage page).

    It never takes the keyboard; a click on it (or the time box's Reset) puts it away.
    """

    BACKGROUND = "#a80000"  # white on this: contrast 8.6:1

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("time_up_banner")
        self.setText(self.tr("Time's up"))
        self.setAccessibleName(self.tr("Time's up"))
        self.setToolTip(self.tr("Click to put this away"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            f"QLabel#time_up_banner {{ background: {self.BACKGROUND}; color: white; }}"
        )
        self.hide()
        host.installEventFilter(self)

    def show_over_host(self) -> None:
        self._place()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        # A sixth of the stage's height, and never under 48 px: legible at five metres.
        pixels = max(48, min(160, host.height() // 6))
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(True)
        self.setFont(font)
        self.setGeometry(0, 0, host.width(), int(pixels * 1.8))
