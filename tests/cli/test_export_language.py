"""``smartdesk export --lang en|cy``: the pack's language, by default the workshop's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import openpyxl
from pypdf import PdfReader

from smartdesk.domain.enums import Language
from smartdesk.interchange.json_format import read_workshop_json
from smartdesk.store import WorkshopFile
from tests.cli.conftest import RunSmartdesk
from tests.conftest import DEMO_JSON


def _welsh_workshop(folder: Path) -> Path:
    demo = read_workshop_json(DEMO_JSON)
    path = folder / "cymraeg.smartdesk"
    welsh = replace(demo, workshop=replace(demo.workshop, language=Language.CY))
    WorkshopFile.create(path, welsh).close()
    return path


def _pdf(path: Path) -> tuple[str, str]:
    """(the /Lang of the PDF, its text)."""
    reader = PdfReader(path)
    return str(reader.trailer["/Root"]["/Lang"]), " ".join(p.extract_text() for p in reader.pages)


def test_without_lang_the_pack_is_in_the_workshops_language(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = _welsh_workshop(tmp_path)
    result = smartdesk("export", workshop, "--pdf", tmp_path / "pack.pdf")
    assert result.returncode == 0, result.stderr
    language, text = _pdf(tmp_path / "pack.pdf")
    assert language == "cy-GB"
    assert "1 Diben yr adroddiad" in text and "1 Purpose of the report" not in text


def test_lang_en_writes_a_welsh_workshop_in_english_labelled_en(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = _welsh_workshop(tmp_path)
    outs = {kind: tmp_path / f"pack.{kind}" for kind in ("pdf", "docx", "xlsx")}
    args = [x for kind, out in outs.items() for x in (f"--{kind}", out)]
    result = smartdesk("export", workshop, "--lang", "en", *args)
    assert result.returncode == 0, result.stderr
    language, text = _pdf(outs["pdf"])
    assert language == "en-GB" and "1 Purpose of the report" in text
    assert docx.Document(str(outs["docx"])).core_properties.language == "en-GB"
    book = openpyxl.load_workbook(outs["xlsx"])
    assert book.properties.language == "en-GB" and book.sheetnames[0] == "Workshop"


def test_lang_cy_writes_an_english_workshop_in_welsh(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    result = smartdesk(
        "export", workshop, "--lang", "cy", "--docx", tmp_path / "p.docx", "--public"
    )
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(tmp_path / "p.docx"))
    assert document.core_properties.language == "cy-GB"
    assert "2 Argymhellion" in [p.text for p in document.paragraphs]


def test_an_unknown_language_is_refused_in_one_line(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    result = smartdesk("export", workshop, "--lang", "fr", "--pdf", tmp_path / "p.pdf")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--lang" in result.stderr
    assert not (tmp_path / "p.pdf").exists()
