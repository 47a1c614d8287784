"""Presentation mode on a projector's screen: run by tests/gui/test_projector.py in a
process whose offscreen screen is 1920x1080 or 1280x720 (a Qt screen's size is fixed
when the application starts). Run alone it checks whatever screen Qt gives it:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json pytest tests/gui/projector_screen.py
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smartdesk.domain.records import Stakeholder, new_id
from smartdesk.gui.common.chart_view import LazyChart
from smartdesk.gui.common.checklist_dialog import ChecklistDialog
from smartdesk.gui.common.guidance import GuidancePanel
from smartdesk.gui.common.header_view import WrappingHeader
from smartdesk.gui.common.record_table import RecordTableView
from smartdesk.gui.common.time_boxes import TimeUpBanner
from smartdesk.gui.stages import STAGES
from smartdesk.gui.stakeholders.import_dialog import ImportPreviewDialog
from smartdesk.gui.vision.page import ALIGNMENT, MATURITY
from smartdesk.gui.window.lock_dialog import ask_lock_choice
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.interchange.spreadsheet import read_stakeholder_sheet
from smartdesk.store import WorkshopFile
from smartdesk.store.lock import LockInfo
from tests.gui.legibility import Text, pixels, visible_texts


def floor() -> int:
    """The smallest type the back of the room reads: 24 px at 1080 lines, 16 at 720."""
    height = QApplication.primaryScreen().geometry().height()
    return 24 if height >= 1080 else 16


def enter_presentation(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F11)
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: window.geometry().size() == screen.size())


def every_stage_and_tab(
    qtbot: QtBot, window: MainWindow, look: Callable[[QWidget], list[Any]] = visible_texts
) -> list[tuple[str, list[Any]]]:
    """Visit each stage and each of its tabs, collecting what ``look`` finds there (by
    default the texts on screen; the Welsh and accessibility tests look for others)."""
    seen = []
    for number in range(len(STAGES)):
        window.show_stage(number)
        page = window.current_page()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        steps = range(tabs[0].count()) if tabs else [None]
        for step in steps:
            if step is not None:
                tabs[0].setCurrentIndex(step)
            QApplication.processEvents()
            for chart in window.findChildren(LazyChart):
                chart.render_now()
            where = page.title + ("" if step is None else f" / {tabs[0].tabText(step)}")
            seen.append((where, look(window)))
    return seen


def test_every_text_on_every_stage_is_legible(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    enter_presentation(qtbot, demo_window)
    small = []
    for where, texts in every_stage_and_tab(qtbot, demo_window):
        words = [t for t in texts if not t.where.startswith("chart ")]
        low = min(words, key=lambda t: t.pixels)
        print(f"{where}: smallest text {low.pixels} px ({low.where})")
        small += [f"{where}: {t.where} {t.pixels} px" for t in words if t.pixels < floor()]
    assert not small, "\n".join(small)


def _modal_texts(qtbot: QtBot, open_modal: Callable[[], object]) -> list[Text]:
    """The texts of the modal dialog ``open_modal`` opens (and waits on), read while it
    is on screen, then the dialog is cancelled."""
    seen: list[Text] = []
    tries = iter(range(100))

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog) or not box.isVisible():
            if next(tries, None) is not None:
                QTimer.singleShot(50, look)
            return
        QApplication.processEvents()
        seen.extend(visible_texts(box))
        box.reject()

    QTimer.singleShot(0, look)
    open_modal()
    return seen


def _shown_texts(qtbot: QtBot, dialog: QDialog) -> list[Text]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return visible_texts(dialog)


def _breakout(window: MainWindow, folder: Path) -> Path:
    """A breakout copy of the open workshop where a table added a stakeholder."""
    copy = window.breakouts.save_copy(folder / "table 1")
    assert copy is not None
    with WorkshopFile.open(copy) as table:
        table.add(Stakeholder(id=new_id(), name="Harbour traders' association"))
    return copy


def test_a_dialog_opened_in_presentation_mode_is_legible(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    enter_presentation(qtbot, window)
    sheet = tmp_path / "people.csv"
    sheet.write_text("Stakeholder,Power,Interest\nAnn Jones,7,8\n", encoding="utf-8")
    copy = _breakout(window, tmp_path)
    lock = LockInfo("someone", "another-laptop", 1234, "2026-01-01T09:00:00+00:00")
    dialogs = {
        "tick list": lambda: _shown_texts(
            qtbot, ChecklistDialog("Serves", [("a", "Strategy A"), ("b", "B")], ["a"], window)
        ),
        "about": lambda: _modal_texts(qtbot, window.show_about),
        "import preview": lambda: _shown_texts(
            qtbot, ImportPreviewDialog(read_stakeholder_sheet(sheet), window)
        ),
        "lock": lambda: _modal_texts(
            qtbot, lambda: ask_lock_choice(window, "Demo workshop.smartdesk", lock)
        ),
        "restore backup": lambda: _modal_texts(qtbot, window.file_guard.restore_dialog),
        "merge preview": lambda: _merge_preview_texts(qtbot, window, copy),
    }
    small = []
    for name, open_it in dialogs.items():
        texts = open_it()
        assert texts, f"{name}: nothing measured (did it open?)"
        low = min(texts, key=lambda t: t.pixels)
        print(f"dialog {name}: smallest text {low.pixels} px ({low.where})")
        small += [f"{name}: {t.where} {t.pixels} px" for t in texts if t.pixels < floor()]
    assert not small, "\n".join(small)


def _merge_preview_texts(qtbot: QtBot, window: MainWindow, copy: Path) -> list[Text]:
    breakouts = window.breakouts
    with qtbot.waitSignal(breakouts.signals.finished, timeout=30000):
        breakouts.preview([copy])
    dialog = breakouts.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    texts = visible_texts(dialog)
    dialog.reject()
    return texts


def _radar_in_sight(qtbot: QtBot, window: MainWindow) -> list[Text]:
    """The Vision stage's maturity step with its radar drawn (it waits for a click)."""
    window.show_stage(0)
    page = window.current_page()
    page.go_to_step(MATURITY)
    qtbot.mouseClick(page.maturity_step.radar_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    page.maturity_step.radar.render_now()
    return visible_texts(window)


def test_every_chart_is_legible(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    enter_presentation(qtbot, demo_window)
    seen = every_stage_and_tab(qtbot, demo_window)
    seen.append(("Vision / 6. Digital maturity", _radar_in_sight(qtbot, demo_window)))
    charts = [(where, t) for where, texts in seen for t in texts if t.where.startswith("chart ")]
    for where, t in charts:
        print(f"{where}: {t.where} smallest text {t.pixels:.1f} px")
    drawn = {t.where for _where, t in charts}
    # score by criterion, sensitivity, engagement gap, radar, and the vote results
    assert len(drawn) == 5, drawn
    small = [f"{where}: {t.where} {t.pixels:.1f} px" for where, t in charts if t.pixels < floor()]
    assert not small, "\n".join(small)


def _in_sight(view: QTableView) -> list[str]:
    """What a projector's table fails of: its essential columns (all, where it lists
    none) inside the viewport, at least five rows (or all it has) in sight, every word
    of every column title as wide as its column at most, row names not cut."""
    header = view.horizontalHeader()
    model = view.model()
    width = view.viewport().width()
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())]
    wanted = getattr(view, "essential", ()) or tuple(titles)
    name = view.accessibleName()
    problems = []
    for title in wanted:
        column = titles.index(title)
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        if header.isSectionHidden(column) or left < 0 or right > width:
            problems.append(f"{name}: {title!r} ({left}-{right} of {width})")
        metrics = QFontMetrics(header.font())
        for word in title.split():
            if metrics.horizontalAdvance(word) > header.sectionSize(column):
                problems.append(f"{name}: {word!r} cut to {header.sectionSize(column)} px")
    rows = model.rowCount()
    whole = [
        r for r in range(rows) if view.rowViewportPosition(r) >= 0 and
        view.rowViewportPosition(r) + view.rowHeight(r) <= view.viewport().height()
    ]  # fmt: skip
    if len(whole) < min(5, rows):
        problems.append(f"{name}: {len(whole)} of {rows} rows in sight")
    names = view.verticalHeader()
    if names.isVisible():
        metrics = QFontMetrics(names.font())
        for row in range(rows):
            label = str(model.headerData(row, Qt.Orientation.Vertical) or "")
            if metrics.horizontalAdvance(label) > names.width():
                problems.append(f"{name}: row name {label!r} cut to {names.width()} px")
    return problems


def _tables_in_sight(window: MainWindow) -> Iterator[QTableView]:
    """The register, the long list, the scoring matrix, the sensitivity table and the
    alignment check, each while it is in view."""
    for number in (1, 2):
        window.show_stage(number)
        QApplication.processEvents()
        for view in window.current_page().findChildren(RecordTableView):
            if view.essential and view.isVisible():
                yield view
    page = window.current_page()
    for tab, table in ((1, page.scoring.view), (3, page.sensitivity_view)):
        page.show_tab(tab)
        QApplication.processEvents()
        yield table
    window.show_stage(0)
    vision = window.current_page()
    vision.go_to_step(ALIGNMENT)
    QApplication.processEvents()
    yield vision.alignment.matrix


def test_the_essential_columns_are_in_sight(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    enter_presentation(qtbot, demo_window)
    problems = []
    checked = []
    for view in _tables_in_sight(demo_window):
        QApplication.processEvents()
        if view.isVisible():
            checked.append(view.accessibleName())
            problems += _in_sight(view)
    assert len(checked) == 5, checked
    assert not problems, "\n".join(problems)


def _state(window: MainWindow) -> dict[str, object]:
    # The time-up band sizes its type from the page it covers, not from the mode.
    widgets = [w for w in window.findChildren(QWidget) if not isinstance(w, TimeUpBanner)]
    return {
        "fonts": {w: pixels(w.font()) for w in widgets},
        "app": QApplication.font().toString(),
        "guidance": [p.is_expanded() for p in window.findChildren(GuidancePanel)],
        "hidden": [
            [v.horizontalHeader().isSectionHidden(c) for c in range(v.horizontalHeader().count())]
            for v in window.findChildren(QTableView)
        ],
        "wrapping": [h.wrapping for h in window.findChildren(WrappingHeader)],
        "splitters": [(s.orientation(), s.sizes()) for s in window.findChildren(QSplitter)],
        "row names": [v.verticalHeader().maximumWidth() for v in window.findChildren(QTableView)],
    }


def test_leaving_presentation_mode_restores_everything(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for number in range(len(STAGES)):  # every page built, so each has something to restore
        demo_window.show_stage(number)
    demo_window.show_stage(2)
    before = _state(demo_window)
    enter_presentation(qtbot, demo_window)
    during = _state(demo_window)
    assert during["app"] != before["app"]
    assert not any(during["guidance"])
    assert during["hidden"] != before["hidden"]
    assert during["splitters"] != before["splitters"]
    qtbot.keyClick(demo_window, Qt.Key.Key_F11)
    assert not demo_window.presentation_action.isChecked()
    # The application's font reaches each widget through the event loop.
    fonts: Any = before["fonts"]

    def restored() -> dict[QWidget, tuple[int, int]]:
        # Widgets there before and after (scroll bars and charts come and go).
        now: Any = _state(demo_window)["fonts"]
        return {w: (fonts[w], now[w]) for w in fonts.keys() & now.keys() if fonts[w] != now[w]}

    qtbot.waitUntil(lambda: not restored(), timeout=10_000)
    after = _state(demo_window)
    assert {k: v for k, v in after.items() if k not in ("fonts", "splitters")} == {
        k: v for k, v in before.items() if k not in ("fonts", "splitters")
    }
    # Each splitter shares its room as before (a hidden one may be wider or narrower
    # until shown: the full screen's width reached it and the window's has not yet).
    splitters: Any = zip(before["splitters"], after["splitters"], strict=True)
    for (turned, was), (turn, now) in splitters:
        assert turn == turned
        assert [round(s / max(1, sum(now)), 2) for s in now] == pytest.approx(
            [round(s / max(1, sum(was)), 2) for s in was], abs=0.02
        )


def test_a_page_first_opened_in_presentation_mode_shows_the_start_of_each_field(
    qtbot: QtBot,
    demo_window: MainWindow,
) -> None:
    enter_presentation(qtbot, demo_window)
    demo_window.show_stage(3)  # the briefing pack, built now: after the type changed
    QApplication.processEvents()
    boxes = [
        box
        for box in demo_window.current_page().findChildren(QLineEdit)
        if box.isVisible() and not box.hasFocus()
    ]
    long = [b for b in boxes if b.fontMetrics().horizontalAdvance(b.text()) > b.width()]
    assert long, "no field too long for its box: nothing checked"
    assert [(b.accessibleName(), b.cursorPosition()) for b in long if b.cursorPosition()] == []


def test_the_window_first_fits_the_screen_with_room_for_its_frame(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # On a 1280 x 720 projector a 1280 x 720 window and its title bar were taller than
    # the screen, the status bar below its edge.
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, interactive=False)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() < free.width()
    assert window.height() < free.height() - 24  # a title bar's room at the least


def test_the_window_fits_the_screen_with_every_page_built(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # The briefing's export panel once held both versions and the pack language on one
    # line: in presentation mode on a 1280 x 720 projector every page (the stack is as
    # wide as its widest page) was wider than the screen, the right edge cut off.
    for number in range(len(STAGES)):
        demo_window.show_stage(number)
    enter_presentation(qtbot, demo_window)
    screen = demo_window.screen().geometry()
    QApplication.processEvents()
    for number in range(len(STAGES)):
        demo_window.show_stage(number)
        QApplication.processEvents()
    assert demo_window.minimumSizeHint().width() <= screen.width()
    assert demo_window.width() <= screen.width()
