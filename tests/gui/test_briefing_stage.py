"""The Briefing pack stage: readiness checklist, exports off the UI thread, cancel, preview."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from smartdesk.domain.review import review
from smartdesk.gui.briefing.export_job import ExportFormat
from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.briefing.preview import qtpdf_available
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile
from tests.unit.reports import sample

SHOTS = Path(__file__).resolve().parents[2] / "shots"
EXPORT_TIMEOUT = 120_000


@pytest.fixture
def page(qtbot, demo_window: MainWindow) -> BriefingPage:  # type: ignore[no-untyped-def]
    demo_window.show_stage(3)
    current = demo_window.current_page()
    assert isinstance(current, BriefingPage)
    return current


def _save_to(page: BriefingPage, out: Path) -> None:
    page.export_panel.choose_path = lambda _kind, _public: out


def test_readiness_lists_the_review_gaps(page: BriefingPage, demo_path: Path) -> None:
    with WorkshopFile.open(demo_path, read_only=True) as store:
        gaps = review(store.load())
    checklist = page.readiness
    assert checklist.gaps.count() == len(gaps)
    shown = [checklist.gaps.item(i).text() for i in range(checklist.gaps.count())]
    assert {g.message for g in gaps} == {line.split(": ", 1)[1] for line in shown}
    assert str(len(gaps)) in checklist.summary.text()


def test_pdf_export_runs_off_the_ui_thread_and_previews(  # type: ignore[no-untyped-def]
    qtbot, page: BriefingPage, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    _save_to(page, out)
    panel = page.export_panel
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # The click returned while the export still runs: the UI thread is free.
    assert panel.running and panel.cancel_button.isEnabled()
    assert not panel.buttons[ExportFormat.PDF].isEnabled()
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)
    assert out.exists() and len(PdfReader(out).pages) > 10
    assert seen and max(seen) >= 60
    assert str(out) in panel.status.text()
    if qtpdf_available():
        qtbot.waitUntil(lambda: page.preview.page_count == len(PdfReader(out).pages))


def test_cancel_leaves_no_file(qtbot, page: BriefingPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    _save_to(page, out)
    panel = page.export_panel
    qtbot.mouseClick(panel.buttons[ExportFormat.PDF], Qt.MouseButton.LeftButton)
    assert panel.running and panel.cancel_button.hasFocus()
    qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)
    assert "cancelled" in panel.status.text()
    assert list(folder.iterdir()) == []


def test_public_word_and_excel_exports(  # type: ignore[no-untyped-def]
    qtbot, page: BriefingPage, tmp_path: Path
) -> None:
    panel = page.export_panel
    qtbot.mouseClick(panel.public, Qt.MouseButton.LeftButton)
    assert panel.public.isChecked()
    for kind in (ExportFormat.DOCX, ExportFormat.XLSX):
        out = tmp_path / f"public{kind.suffix}"
        _save_to(page, out)
        qtbot.mouseClick(panel.buttons[kind], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)
        assert out.exists(), panel.status.text()
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "public.docx")).paragraphs)
    assert "Public" in text and "Appendix D" not in text
    book = openpyxl.load_workbook(tmp_path / "public.xlsx")
    emails = [c.value for c in book["Stakeholders"]["E"][1:]]
    assert emails and all(not value for value in emails)


def test_public_web_page_export(  # type: ignore[no-untyped-def]
    qtbot, page: BriefingPage, tmp_path: Path
) -> None:
    panel = page.export_panel
    qtbot.mouseClick(panel.public, Qt.MouseButton.LeftButton)
    out = tmp_path / "public.html"
    _save_to(page, out)
    qtbot.mouseClick(panel.buttons[ExportFormat.HTML], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)
    assert out.exists(), panel.status.text()
    html = out.read_text("utf-8")
    assert '<p class="marking">Public</p>' in html and "<svg" in html
    assert "Appendix D" not in html
    assert not [p.email for p in sample.demo().stakeholders if p.email and p.email in html]


def test_unwritable_path_shows_the_message(  # type: ignore[no-untyped-def]
    qtbot, page: BriefingPage, demo_window: MainWindow, tmp_path: Path
) -> None:
    _save_to(page, tmp_path / "missing" / "pack.json")
    panel = page.export_panel
    qtbot.mouseClick(panel.buttons[ExportFormat.JSON], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)
    errors = demo_window.errors  # type: ignore[attr-defined]
    assert errors and "does not exist" in errors[-1]
    assert "does not exist" in panel.status.text()
    assert panel.buttons[ExportFormat.JSON].isEnabled()


def test_preview_builds_into_the_cache_and_screenshots(  # type: ignore[no-untyped-def]
    qtbot, page: BriefingPage, demo_window: MainWindow
) -> None:
    demo_window.resize(1280, 720)
    panel = page.export_panel
    qtbot.keyClick(page, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)
    assert page.preview.path is not None and page.preview.path.name == "preview-full.pdf"
    assert page.preview.path.exists()
    if qtpdf_available():
        qtbot.waitUntil(lambda: page.preview.page_count > 10)
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(400)
    demo_window.grab().save(str(SHOTS / "briefing-1280x720.png"))
    demo_window.resize(1920, 1080)
    qtbot.wait(400)  # QPdfView renders the newly exposed pages asynchronously
    demo_window.grab().save(str(SHOTS / "briefing-1920x1080.png"))
