"""The guidance panel reads the resources; the time box counts down on a clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from smartdesk.gui.common.guidance import GuidancePanel, TimeBox, format_seconds, load_guidance


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_guidance_comes_from_resources(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = load_guidance("vision", "statement")
    assert "What good looks like" in text and "Ask the room" in text
    assert load_guidance("vision", "no-such-step") == ""
    panel = GuidancePanel("vision", "statement")
    qtbot.addWidget(panel)
    panel.show()
    assert panel.guidance_text() == text
    assert panel.text.isVisible()
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert not panel.is_expanded() and not panel.text.isVisible()
    panel.show_step("outcomes")  # folding is kept from step to step
    assert not panel.text.isVisible() and "indicator" in panel.guidance_text()
    panel.set_expanded(True)
    assert panel.text.isVisible()
    panel.show_step("no-such-step")
    assert not panel.isVisible()


def test_time_box_counts_down_turns_amber_then_red(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    box = TimeBox(2, clock=clock)
    qtbot.addWidget(box)
    assert box.display.text() == "02:00" and box.phase() == "normal"
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
    assert box.running and box.start_button.text() == "Pause"
    clock.now += 30.2
    box.tick()
    assert box.display.text() == "01:30" and box.phase() == "normal"
    clock.now += 31
    box.tick()
    assert box.display.text() == "00:59" and box.phase() == "amber"
    assert TimeBox.AMBER in box.display.styleSheet()
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)  # pause
    clock.now += 500
    box.tick()
    assert box.display.text() == "00:59" and not box.running
    box.start()
    with qtbot.waitSignal(box.finished):
        clock.now += 120
        box.tick()
    assert box.display.text() == "00:00" and box.phase() == "red" and not box.running
    assert TimeBox.RED in box.display.styleSheet()
    qtbot.mouseClick(box.reset_button, Qt.MouseButton.LeftButton)
    assert box.display.text() == "02:00" and box.phase() == "normal"
    box.minutes.setValue(45)
    assert box.display.text() == "45:00"
    assert format_seconds(75 * 60) == "75:00"


def test_time_box_never_blocks_editing(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    box = TimeBox(1, clock=clock)
    edit = QLineEdit()
    qtbot.addWidget(box)
    qtbot.addWidget(edit)
    box.start()
    clock.now += 100
    box.tick()
    assert box.phase() == "red"
    qtbot.keyClicks(edit, "still typing")
    assert edit.text() == "still typing" and edit.isEnabled()
