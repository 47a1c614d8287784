"""The Briefing pack stage exports in English, Welsh, or both at once: two files of equal
standing, "... (English).pdf" and "... (Cymraeg).pdf", each labelled with its language."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from smartdesk.gui.briefing.export_job import ExportFormat
from smartdesk.gui.briefing.export_panel import ExportPanel
from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.window.main_window import MainWindow

EXPORT_TIMEOUT = 240_000


@pytest.fixture
def panel(demo_window: MainWindow) -> ExportPanel:
    demo_window.show_stage(3)
    page = demo_window.current_page()
    assert isinstance(page, BriefingPage)
    return page.export_panel


def _choose_language(qtbot, panel: ExportPanel, label: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``label`` in the language box with the keyboard, as a user would."""
    index = panel.language.findText(label)
    assert index >= 0, label
    panel.language.setFocus()
    while panel.language.currentIndex() != index:
        key = Qt.Key.Key_Down if panel.language.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(panel.language, key)


def test_both_languages_write_two_files_each_in_its_language(  # type: ignore[no-untyped-def]
    qtbot, panel: ExportPanel, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    _choose_language(qtbot, panel, "English and Cymraeg (two files)")
    panel.choose_path = lambda _kind, _public: folder / "pack.pdf"
    qtbot.mouseClick(panel.buttons[ExportFormat.PDF], Qt.MouseButton.LeftButton)
    assert not panel.language.isEnabled()  # no change of mind half way through
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)
    english, welsh = folder / "pack (English).pdf", folder / "pack (Cymraeg).pdf"
    assert sorted(p.name for p in folder.iterdir()) == [welsh.name, english.name]
    assert str(english) in panel.status.text() and str(welsh) in panel.status.text()
    for path, language, heading in (
        (english, "en-GB", "1 Purpose of the report"),
        (welsh, "cy-GB", "1 Diben yr adroddiad"),
    ):
        reader = PdfReader(path)
        assert str(reader.trailer["/Root"]["/Lang"]) == language
        assert heading in " ".join(page.extract_text() for page in reader.pages)


def test_welsh_alone_writes_one_welsh_word_document(  # type: ignore[no-untyped-def]
    qtbot, panel: ExportPanel, tmp_path: Path
) -> None:
    _choose_language(qtbot, panel, "Cymraeg (Welsh)")
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "pecyn.docx"
    panel.choose_path = lambda _kind, _public: out
    qtbot.mouseClick(panel.buttons[ExportFormat.DOCX], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT)
    assert [p.name for p in folder.iterdir()] == ["pecyn.docx"]
    document = docx.Document(str(out))
    assert document.core_properties.language == "cy-GB"
    assert "2 Argymhellion" in [p.text for p in document.paragraphs]


def test_both_languages_change_neither_file_when_the_second_cannot_be_replaced(
    tmp_path: Path, demo_path: Path
) -> None:
    # The Welsh file open in another program (an immutable file stands in for it): the
    # English file, written and placed first, must be put back as it was.
    from smartdesk.domain.errors import WorkshopError
    from smartdesk.gui.briefing.export_job import ExportRequest, write
    from smartdesk.store import WorkshopFile
    from tests.unit.test_files_replace import OLD, immutable_file

    with WorkshopFile.open(demo_path, read_only=True) as store:
        data = store.load()
    request = ExportRequest(data, tmp_path / "pack.xlsx", ExportFormat.XLSX, False, ("en", "cy"))
    english = tmp_path / "pack (English).xlsx"
    english.write_bytes(OLD)
    with immutable_file(tmp_path / "pack (Cymraeg).xlsx") as welsh:
        with pytest.raises(WorkshopError, match="none of the export's files was changed"):
            write(request, lambda _percent, _message: None, lambda: False)
        assert english.read_bytes() == OLD and welsh.read_bytes() == OLD
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]
