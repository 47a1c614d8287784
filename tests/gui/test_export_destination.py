"""The Export buttons never harm a file: they ask before replacing one and refuse a
workshop (whatever its name), an open one, or a name of another kind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from smartdesk.gui.briefing.export_job import ExportFormat
from smartdesk.gui.briefing.export_panel import ExportPanel
from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.window.main_window import MainWindow

EXPORT_TIMEOUT = 120_000


@pytest.fixture
def panel(demo_window: MainWindow) -> ExportPanel:
    demo_window.show_stage(3)
    page = demo_window.current_page()
    assert isinstance(page, BriefingPage)
    return page.export_panel


def _answer(qtbot, button: QMessageBox.StandardButton, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click ``button`` on the question box once it is up, noting its text in ``asked``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)  # not shown yet
            return
        asked.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def _export_to(qtbot, panel: ExportPanel, kind: ExportFormat, out: Path) -> None:  # type: ignore[no-untyped-def]
    panel.choose_path = lambda _kind, _public: out
    qtbot.mouseClick(panel.buttons[kind], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)


def test_an_existing_file_is_replaced_only_when_the_user_says_yes(  # type: ignore[no-untyped-def]
    qtbot, panel: ExportPanel, tmp_path: Path
) -> None:
    out = tmp_path / "pack.json"
    out.write_text("last week's export", encoding="utf-8")
    asked: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.No, asked)
    _export_to(qtbot, panel, ExportFormat.JSON, out)
    assert asked and "'pack.json' already exists" in asked[0]
    assert out.read_text(encoding="utf-8") == "last week's export"

    _answer(qtbot, QMessageBox.StandardButton.Yes, asked)
    _export_to(qtbot, panel, ExportFormat.JSON, out)
    assert len(asked) == 2
    assert out.read_text(encoding="utf-8").startswith("{")  # now the workshop as JSON


def test_a_workshop_an_open_file_or_a_wrong_name_is_refused_without_asking(  # type: ignore[no-untyped-def]
    qtbot, panel: ExportPanel, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    disguised = tmp_path / "minutes.json"  # a workshop by content, whatever its name
    shutil.copyfile(demo_path, disguised)
    before = disguised.read_bytes()
    wrong_kind = tmp_path / "pack.docx"
    cases = (
        (demo_path, "is open in SmartDesk"),  # the workshop in this very window
        (disguised, "is a SmartDesk workshop file"),
        (wrong_kind, "does not end in .json"),
    )
    for out, reason in cases:
        _export_to(qtbot, panel, ExportFormat.JSON, out)
        errors = demo_window.errors  # type: ignore[attr-defined]
        assert errors and reason in errors[-1], out
        assert reason in panel.status.text()
    assert disguised.read_bytes() == before
    assert not wrong_kind.exists()
    assert demo_window.session is not None and demo_window.session.store.still_there()
