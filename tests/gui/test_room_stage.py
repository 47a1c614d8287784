"""In the room: participants typed and pasted like a sign-in sheet, the agenda run with
F8 in presentation mode, stage time boxes kept in the workshop, the page's type."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from smartdesk.domain.enums import AgendaStage, ParticipantKind, StakeholderCategory
from smartdesk.gui.room.page import RoomPage
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import stored

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


NONE = Qt.KeyboardModifier.NoModifier


def press(qtbot: QtBot, key: Qt.Key | str, modifier: Qt.KeyboardModifier = NONE) -> QWidget:
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    QApplication.processEvents()
    QApplication.processEvents()
    return focused


def focus(widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()


def room(qtbot: QtBot, window: MainWindow) -> RoomPage:
    press(qtbot, Qt.Key.Key_5, CTRL)
    page = window.current_page()
    assert isinstance(page, RoomPage)
    return page


def test_participants_are_typed_row_after_row_from_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = room(qtbot, demo_window)
    press(qtbot, Qt.Key.Key_P, ALT)
    table = page.participants
    before = len(stored(demo_path).participants)
    table.view.setFocus()
    table.view.setCurrentIndex(table.view.model().index(before - 1, 0))
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new row, the cursor in its name
    for name, organisation, category in (("Ana Silva", "Millfield Residents", "r"),
                                         ("Table 3", "", "o")):  # fmt: skip
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, name)
        press(qtbot, Qt.Key.Key_Tab)  # Tab moves across the row
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, organisation)
        press(qtbot, Qt.Key.Key_Tab)
        combo = QApplication.focusWidget()
        assert isinstance(combo, QComboBox)
        qtbot.keyClicks(combo, category)  # type-ahead in the drop-down
        press(qtbot, Qt.Key.Key_Return)  # the last row: Enter starts the next person
    data = stored(demo_path).participants
    assert [(p.name, p.organisation, p.category) for p in data[before : before + 2]] == [
        ("Ana Silva", "Millfield Residents", StakeholderCategory.RESIDENT),
        ("Table 3", "", StakeholderCategory.OTHER),
    ]
    assert len(data) == before + 3  # and a third row waits, its name being typed
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    # Undo takes the rows back one by one, as the room typed them.
    table.view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert [p.name for p in stored(demo_path).participants][-1] == "Ana Silva"


def test_a_sign_in_sheet_pastes_and_a_bad_row_pastes_nothing(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    table = room(qtbot, demo_window).participants
    before = stored(demo_path).participants
    bad = (
        "Name\tOrganisation\tCategory\n"
        "Rhys Morgan\tAfonbridge Cycling\tcommunity group\n"
        "Table 4\t\tother\tTable\tBreakout 4\ttable\n"
        "Jo Bloggs\tNowhere Ltd\tpirate\n"
    )
    assert not table.paste(bad)
    assert stored(demo_path).participants == before
    assert "Row 3" in table.message.text() and "pirate" in table.message.text()
    assert table.message.isVisible()

    good = bad.replace("pirate", "business")
    assert table.paste(good)
    added = stored(demo_path).participants[len(before) :]
    assert [(p.name, p.category, p.kind, p.attended) for p in added] == [
        ("Rhys Morgan", StakeholderCategory.COMMUNITY_GROUP, ParticipantKind.PERSON, True),
        ("Table 4", StakeholderCategory.OTHER, ParticipantKind.TABLE, True),
        ("Jo Bloggs", StakeholderCategory.BUSINESS, ParticipantKind.PERSON, True),
    ]
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the paste is one undo step
    assert stored(demo_path).participants == before


def test_f8_runs_the_agenda_over_every_stage_in_presentation_mode(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    agenda = stored(demo_path).agenda
    strip = demo_window.agenda_strip
    assert not strip.isVisible()
    press(qtbot, Qt.Key.Key_F11)
    assert strip.isVisible()
    press(qtbot, Qt.Key.Key_F8)  # 1: the welcome (no stage): In the room
    assert demo_window.navigator.currentRow() == 4
    press(qtbot, Qt.Key.Key_F8)  # 2: the vision, 45 minutes
    assert demo_window.navigator.currentRow() == 0
    box = demo_window.current_page().time_box
    assert box.minutes.value() == agenda[1].minutes == 45
    assert box.running
    assert f"Step 2 of {len(agenda)}: {agenda[1].title}" in strip.step.text()
    press(qtbot, Qt.Key.Key_F8)  # 3: the stakeholder map, 40 minutes
    assert demo_window.navigator.currentRow() == 1
    assert demo_window.current_page().time_box.minutes.value() == 40
    assert "left" in strip.clock.text()
    press(qtbot, Qt.Key.Key_F8)  # 4: lunch
    press(qtbot, Qt.Key.Key_F8)  # 5: the short list: its 50 of the Options' 110 minutes
    assert demo_window.navigator.currentRow() == 2
    assert demo_window.current_page().time_box.minutes.value() == 50
    assert demo_window.time_plan.minutes("options") == 110
    # Running the agenda never rewrites it: the stages' time boxes stay as stored.
    assert stored(demo_path).agenda == agenda
    focus(demo_window.navigator)
    press(qtbot, Qt.Key.Key_Escape)
    assert not strip.isVisible()


def test_a_time_box_set_on_a_stage_is_kept_in_the_workshop(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    demo_window.show_stage(2)
    box = demo_window.current_page().time_box
    assert box.minutes.value() == 110  # the Options steps: 50 + 20 + 40
    box.minutes.setValue(55)
    steps = [s for s in stored(demo_path).agenda if s.stage is AgendaStage.OPTIONS]
    assert [s.minutes for s in steps] == [25, 10, 20]
    demo_window.close_workshop()
    assert demo_window.open_path(demo_path)
    demo_window.show_stage(2)
    assert demo_window.current_page().time_box.minutes.value() == 55
    demo_window.undo_stack.clear()

    demo_window.show_stage(3)
    demo_window.current_page().time_box.minutes.setValue(25)
    briefing = [s.minutes for s in stored(demo_path).agenda if s.stage is AgendaStage.BRIEFING]
    assert briefing == [25]
    focus(demo_window.navigator)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # one undo step; the time box follows
    assert demo_window.current_page().time_box.minutes.value() == 20


def test_the_room_page_takes_presentation_mode_type(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = room(qtbot, demo_window)
    for tab in range(page.tabs.count()):
        page.show_tab(tab)
        QApplication.processEvents()
        # The time box is every stage's, checked with the others (its display has a
        # style sheet of its own); this page's own widgets are checked here.
        clock = page.time_box.findChildren(QWidget)
        normal = [w for w in page.findChildren(QWidget) if w.isVisible() and w not in clock]
        press(qtbot, Qt.Key.Key_F11)
        floor = demo_window.presentation.pixels
        assert floor > 0

        def small(normal: list[QWidget] = normal, floor: int = floor) -> list[str]:
            return [
                f"{type(w).__name__} {w.accessibleName() or w.objectName()}: "
                f"{QFontInfo(w.font()).pixelSize()} px"
                for w in normal
                if w.isVisible()
                and QFontInfo(w.font()).pixelSize() < floor
                # A table's corner button shows no text (its font is never drawn).
                and w.objectName() != "qt_tableview_cornerbutton"
            ]

        # The presentation type reaches each widget through the event loop.
        with contextlib.suppress(QtTimeoutError):
            qtbot.waitUntil(lambda: not small(), timeout=5_000)
        left_small = small()
        press(qtbot, Qt.Key.Key_Escape)
        assert not left_small, (page.tabs.tabText(tab), left_small)
