"""Facilitation aids every stage shares: a guidance panel per step and a time box.

Guidance texts live in ``resources/guidance/<stage>/<step>.md`` (plain text or
Markdown: what good looks like, an example, a question to ask the room), so they can be
edited or translated without touching code; the Welsh interface shows ``<step>.cy.md``
where there is one. The time box is a visible countdown the
facilitator starts; it never blocks editing.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartdesk import paths
from smartdesk.gui.common.time_boxes import TimeBoxPlan
from smartdesk.gui.common.translation import localised


def load_guidance(stage: str, step: str) -> str:
    """The guidance text of one step; "" when there is none (a missing file is not an error)."""
    try:
        path = localised(paths.resource("guidance", stage, f"{step}.md"))
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        return ""


class GuidancePanel(QFrame):
    """A collapsible box with the current step's guidance for the room.

    The header button (or ``set_expanded``) shows and hides the text; the panel keeps its
    state when the step changes, so a facilitator who closed it is not nagged again.
    """

    toggled = Signal(bool)

    def __init__(self, stage: str, step: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.step = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("guidance_panel")

        self.toggle_button = QToolButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle_button.setText(self.tr("Guidance"))
        self.toggle_button.setAccessibleName(self.tr("Show or hide guidance"))
        self.toggle_button.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.toggle_button.toggled.connect(self.set_expanded)

        self.text = QLabel()
        self.text.setObjectName("guidance_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.MarkdownText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(self.tr("Guidance for this step"))
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        # Never squeezed by the step below it: the last line of guidance must stay readable.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)
        if step:
            self.show_step(step)

    def show_step(self, step: str) -> None:
        """Show the guidance of ``step`` (the panel hides itself when the step has none)."""
        self.step = step
        body = load_guidance(self.stage, step)
        self.text.setText(body)
        self.setVisible(bool(body.strip()))
        self._fit_text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A wrapped label does not tell nested layouts its height for a given width; say it
        # here so the last line of guidance is never cut off.
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        width = self.text.width()
        if width > 0 and self.text.text():
            needed = self.text.heightForWidth(width)
            if needed > 0 and needed != self.text.minimumHeight():
                self.text.setMinimumHeight(needed)

    def guidance_text(self) -> str:
        """The raw text being shown."""
        return self.text.text()

    def is_expanded(self) -> bool:
        return self.toggle_button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Open or fold the panel (only its header stays when folded)."""
        if self.toggle_button.isChecked() != expanded:
            self.toggle_button.setChecked(expanded)  # comes back here through toggled
            return
        self.text.setVisible(expanded)
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.toggled.emit(expanded)


def format_seconds(seconds: int) -> str:
    """``mm:ss`` for the countdown (minutes may exceed 59: ``75:00``)."""
    seconds = max(0, seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TimeBox(QWidget):
    """A countdown for one activity: set minutes, start, pause, reset.

    The display turns amber in the last minute and red at zero (``finished``: the stage
    shows a large "Time's up", with a beep if the plan says so); nothing is ever blocked.
    Time is measured on a clock (``time.monotonic`` unless one is given, e.g. by tests),
    so a busy UI thread cannot make the countdown run slow. Attached to a
    ``TimeBoxPlan``, its minutes are the plan's for its stage, and the plan decides
    whether it pauses while its stage is out of sight (``leave_stage``/``enter_stage``).
    """

    AMBER = "#b86e00"
    RED = "#c50f1f"
    finished = Signal()
    was_reset = Signal()
    sounded = Signal()  # the beep at zero, when the plan asks for one

    def __init__(
        self,
        minutes: int = 10,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self._running = False
        self._started_at = 0.0
        self._used_before = 0.0  # seconds used in earlier runs (before pauses)
        self._announced = False
        self._paused_by_leaving = False
        self.plan: TimeBoxPlan | None = None
        self.stage = ""

        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        # Typed minutes count once finished (Enter, leaving the box), not per digit: a
        # time box is stored in the agenda, whose steps share it in proportion.
        self.minutes.setKeyboardTracking(False)
        self.minutes.setAccessibleName(self.tr("Time box minutes"))
        self.minutes.valueChanged.connect(lambda _v: self.reset())

        self.display = QLabel()
        self.display.setObjectName("time_box_display")
        self.display.setAccessibleName(self.tr("Time left"))
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("000:00") + 12)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start or pause the time box"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset the time box"))
        self.reset_button.clicked.connect(self.reset)
        self.options_button = QToolButton()
        self.options_button.setText("…")
        self.options_button.setToolTip(self.tr("Sound at zero; keep the clock running"))
        self.options_button.setAccessibleName(self.tr("Time box options"))
        self.options_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.options_button)
        self.sound_choice = menu.addAction(self.tr("Sound at zero"))
        self.sound_choice.setCheckable(True)
        self.keep_running_choice = menu.addAction(self.tr("Keep the clock running across stages"))
        self.keep_running_choice.setCheckable(True)
        self.options_button.setMenu(menu)
        self.options_button.setEnabled(False)  # until a plan holds the choices

        self._timer = QTimer(self)
        self._timer.setInterval(250)  # redraw often enough that seconds never skip
        self._timer.timeout.connect(self.tick)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Time box"))
        layout.addWidget(label)
        layout.addWidget(self.minutes)
        layout.addWidget(self.display)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.options_button)
        self._show()

    def attach(self, plan: TimeBoxPlan, stage: str) -> None:
        """Take ``stage``'s minutes and the clock choices from ``plan``, and give it back
        the minutes the facilitator sets here."""
        self.plan, self.stage = plan, stage
        self.minutes.setValue(plan.minutes(stage))
        self.minutes.valueChanged.connect(lambda value: plan.set_minutes(stage, value))
        plan.minutes_changed.connect(self._plan_minutes)
        self.sound_choice.toggled.connect(plan.set_sound)
        self.keep_running_choice.toggled.connect(plan.set_keep_running)
        plan.choices_changed.connect(self._show_choices)
        self.options_button.setEnabled(True)
        self._show_choices()

    def _plan_minutes(self, stage: str, minutes: int) -> None:
        if stage == self.stage:
            self.minutes.setValue(minutes)

    def _show_choices(self) -> None:
        if self.plan is not None:
            self.sound_choice.setChecked(self.plan.sound)
            self.keep_running_choice.setChecked(self.plan.keep_running)

    # -- state ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def total_seconds(self) -> int:
        return self.minutes.value() * 60

    def used_seconds(self) -> float:
        if self._running:
            return self._used_before + (self.clock() - self._started_at)
        return self._used_before

    def remaining_seconds(self) -> int:
        """Whole seconds left (rounded up, so 00:00 shows only when time is really up)."""
        left = self.total_seconds() - self.used_seconds()
        return max(0, int(-(-left // 1)))

    def phase(self) -> str:
        """``normal``, ``amber`` (last minute) or ``red`` (time is up)."""
        left = self.remaining_seconds()
        if left == 0:
            return "red"
        if left <= 60 and (self._running or self._used_before > 0):
            return "amber"
        return "normal"

    # -- actions ----------------------------------------------------------------------------

    def start(self) -> None:
        self._paused_by_leaving = False
        if self._running or self.remaining_seconds() == 0:
            return
        self._running = True
        self._started_at = self.clock()
        self._timer.start()
        self._show()

    def pause(self) -> None:
        if not self._running:
            return
        self._used_before = self.used_seconds()
        self._running = False
        self._timer.stop()
        self._show()

    def toggle(self) -> None:
        """Start, or pause if running."""
        if self._running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to the full time, stopped."""
        self._running = False
        self._paused_by_leaving = False
        self._timer.stop()
        self._used_before = 0.0
        self._announced = False
        self._show()
        self.was_reset.emit()

    def leave_stage(self) -> None:
        """Its stage is no longer shown: pause, unless the plan keeps clocks running."""
        if self._running and not (self.plan is not None and self.plan.keep_running):
            self.pause()
            self._paused_by_leaving = True

    def enter_stage(self) -> None:
        """Its stage is shown again: carry on if leaving it paused the clock."""
        if self._paused_by_leaving:
            self._paused_by_leaving = False
            self.start()
        self.tick()  # a clock that ran on while away may have reached zero

    def tick(self) -> None:
        """Redraw from the clock; stop and announce once time is up."""
        if self._running and self.remaining_seconds() == 0:
            self._used_before = float(self.total_seconds())
            self._running = False
            self._timer.stop()
        self._show()
        if self.remaining_seconds() == 0 and not self._announced:
            self._announced = True
            if self.plan is not None and self.plan.sound:
                QApplication.beep()
                self.sounded.emit()
            self.finished.emit()

    def _show(self) -> None:
        self.display.setText(format_seconds(self.remaining_seconds()))
        colour = {"normal": "palette(window-text)", "amber": self.AMBER, "red": self.RED}[
            self.phase()
        ]
        weight = "bold" if self.phase() != "normal" else "normal"
        self.display.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        if self._running:
            self.start_button.setText(self.tr("Pause"))
        else:
            self.start_button.setText(self.tr("Resume") if self._used_before else self.tr("Start"))
        self.start_button.setEnabled(self.remaining_seconds() > 0)
