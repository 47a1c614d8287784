"""A time box on every stage, one plan of minutes, a large signal at zero, and the
facilitator's choice of pausing or carrying on across stages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from smartdesk.gui.common.guidance import TimeBox
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.common.time_boxes import TimeBoxPlan, TimeUpBanner
from smartdesk.gui.window.main_window import MainWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _stage(window: MainWindow, number: int) -> StagePage:
    window.show_stage(number)
    QApplication.processEvents()
    return window.current_page()


def _clocked(page: StagePage) -> FakeClock:
    clock = FakeClock()
    page.time_box.clock = clock
    return clock


def test_every_stage_has_a_time_box_with_its_minutes(demo_window: MainWindow) -> None:
    # The demo's agenda: each stage's steps' minutes added up.
    expected = {0: 45, 1: 40, 2: 110, 3: 20}
    for number, minutes in expected.items():
        page = _stage(demo_window, number)
        assert page.time_box.isVisible(), page.title
        assert page.time_box.minutes.value() == minutes
        assert demo_window.time_plan.minutes(page.time_key) == minutes
    assert [p.time_key for p in demo_window.pages] == [
        "vision",
        "stakeholders",
        "options",
        "briefing",
        "room",
    ]


def test_a_workshop_without_an_agenda_has_the_default_minutes(window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert window.create_workshop(tmp_path / "new.smartdesk")
    for number, minutes in {0: 10, 1: 15, 2: 20, 3: 15}.items():
        assert _stage(window, number).time_box.minutes.value() == minutes


def test_the_plan_and_the_boxes_agree_on_minutes(demo_window: MainWindow) -> None:
    page = _stage(demo_window, 1)
    page.time_box.minutes.setValue(25)
    assert demo_window.time_plan.minutes("stakeholders") == 25
    demo_window.time_plan.set_minutes("briefing", 5)  # as an agenda would
    assert demo_window.page(3).time_box.minutes.value() == 5
    assert demo_window.page(0).time_box.minutes.value() == 45  # the others keep theirs


def test_time_up_covers_the_stage_with_a_large_banner(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _stage(demo_window, 1)
    clock = _clocked(page)
    box = page.time_box
    sounds: list[bool] = []
    box.sounded.connect(lambda: sounds.append(True))
    box.start()
    clock.now += box.total_seconds() - 60
    box.tick()
    assert not page.time_up.isVisible()
    clock.now += 61
    box.tick()
    banner = page.time_up
    assert isinstance(banner, TimeUpBanner)
    assert banner.isVisible() and banner.text() == "Time's up"
    assert banner.width() == page.width()
    assert banner.font().pixelSize() >= 48  # not a 12 px "00:00"
    assert banner.fontMetrics().horizontalAdvance(banner.text()) <= banner.width()
    assert "white" in banner.styleSheet() and TimeUpBanner.BACKGROUND in banner.styleSheet()
    assert sounds == []  # no sound unless asked for
    # It never takes the keyboard; a click puts it away.
    assert banner.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert not banner.isVisible()


def test_reset_puts_the_banner_away_and_sound_is_a_choice(demo_window: MainWindow) -> None:
    page = _stage(demo_window, 3)
    clock = _clocked(page)
    box = page.time_box
    sounds: list[bool] = []
    box.sounded.connect(lambda: sounds.append(True))
    assert not box.sound_choice.isChecked()
    box.sound_choice.trigger()  # the "Sound at zero" check box in the box's menu
    assert demo_window.time_plan.sound
    assert demo_window.page(0).time_box.sound_choice.isChecked()  # one choice for all
    box.start()
    clock.now += box.total_seconds() + 1
    box.tick()
    assert sounds == [True] and page.time_up.isVisible()
    box.tick()
    assert sounds == [True]  # once
    box.reset()
    assert not page.time_up.isVisible()


def test_the_clock_pauses_while_its_stage_is_out_of_sight(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _stage(demo_window, 0)
    clock = _clocked(page)
    box = page.time_box
    box.start()
    clock.now += 60
    qtbot.keyClick(demo_window.navigator, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.navigator.currentRow() == 1
    assert not box.running
    clock.now += 300  # five minutes on another stage
    qtbot.keyClick(demo_window.navigator, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert box.running  # picks up where it left off
    assert box.used_seconds() == 60


def test_the_clock_can_keep_running_across_stages(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _stage(demo_window, 0)
    clock = _clocked(page)
    box = page.time_box
    box.keep_running_choice.trigger()
    assert demo_window.time_plan.keep_running
    box.start()
    clock.now += 60
    qtbot.keyClick(demo_window.navigator, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert box.running
    clock.now += box.total_seconds() - 60 + 1  # time runs out while the room is on Options
    qtbot.keyClick(demo_window.navigator, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert box.remaining_seconds() == 0 and page.time_up.isVisible()


def test_a_box_takes_its_minutes_and_choices_from_the_plan(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = TimeBoxPlan({"vision": 7})
    box = TimeBox(30)
    qtbot.addWidget(box)
    assert not box.options_button.isEnabled()  # no plan, no choices to make
    box.attach(plan, "vision")
    assert box.minutes.value() == 7 and box.options_button.isEnabled()
    assert plan.minutes("unknown stage") == 15
