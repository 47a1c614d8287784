"""The Word and Excel exports, read back with python-docx and openpyxl."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopData
from smartdesk.reports.catalogue import text
from smartdesk.reports.docx_export import build_docx
from smartdesk.reports.errors import ExportCancelled
from smartdesk.reports.xlsx_export import build_xlsx
from tests.unit.reports import sample

FORMULAS = ["=SUM(A1:A9)", "+44 1234", "-1+1", "@cmd", "\tTabbed", "\rCarriage"]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("docx")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        data = sample.with_secrets()
        yield {
            "full": build_docx(data, folder / "full.docx", public=False),
            "public": build_docx(data, folder / "public.docx", public=True),
        }


def _all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_docx_headings_tables_language_alt_text(docs: dict[str, Path]) -> None:
    document = docx.Document(str(docs["full"]))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert ("Heading 1", text("h.purpose")) in headings
    assert ("Heading 2", text("h.grid")) in headings
    assert ("Heading 1", text("h.appendix_d")) in headings
    level1 = [t for style, t in headings if style == "Heading 1"]
    order = [text(k) for k in ("h.purpose", "h.vision", "h.options", "h.risks", "h.appendix_a")]
    assert [t for t in level1 if t in order] == order
    # Every table's first row repeats as a header row on each page; the cover's and the
    # contact officer's label-value tables have no header row.
    assert len(document.tables) > 10
    for table in document.tables[1:]:
        if table.rows[0].cells[0].text == text("contact.name"):
            continue
        header = table.rows[0]._tr.trPr
        assert header is not None and header.find(qn("w:tblHeader")) is not None
    # Every chart has alternative text.
    pictures = document.inline_shapes
    assert len(pictures) >= 6
    for shape in pictures:
        assert len(shape._inline.docPr.get("descr", "")) > 40
    lang = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert lang.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    core = document.core_properties
    assert core.title == "Smart Streets options workshop" and core.language == "en-GB"


def test_docx_public_leaks_nothing_and_full_has_exempt_appendix(docs: dict[str, Path]) -> None:
    full = _all_text(docx.Document(str(docs["full"])))
    public = _all_text(docx.Document(str(docs["public"])))
    people = [p.name for p in sample.demo().participants if p.kind.value == "person"]
    for secret in (sample.SECRET_OPTION, sample.RESIDENT_NAME, sample.EMAIL, sample.PHONE, *people):
        assert secret in full
        assert secret not in public
    # The contact officer's official address is published; no other address is.
    contact = sample.demo().workshop.contact_email
    assert contact in public and "@" not in public.replace(contact, "")
    assert text("h.appendix_d") in full and text("h.appendix_d") not in public
    # The full version's body refers to the secret option by its placeholder only.
    # (Part B's heading comes last; the contents before the body only name it.)
    body = full[: full.rfind(text("h.appendix_d"))]
    assert sample.SECRET_OPTION not in body and "exempt (see Part B, paragraph 3)" in body


def test_docx_hostile_text_and_welsh(tmp_path: Path) -> None:
    out = build_docx(sample.hostile(), tmp_path / "hostile.docx", public=False)
    content = _all_text(docx.Document(str(out)))
    assert "<b>bold?</b> & <i>x</i> &amp;" in content
    # Emoji are named, as in the PDF (smartdesk.reports.symbols).
    assert "[vertical traffic light][deciduous tree]" in content and "🚦" not in content
    assert text("imp.welsh_language") in content
    assert content.count("Lorem ipsum") > 150


def test_xlsx_sheets_headers_and_formula_like_text(tmp_path: Path) -> None:
    data = sample.with_secrets()
    people = tuple(
        replace(person, name=FORMULAS[i], notes=FORMULAS[-1 - i])
        for i, person in enumerate(data.stakeholders[: len(FORMULAS)])
    )
    data = replace(data, stakeholders=people + data.stakeholders[len(FORMULAS) :])
    out = build_xlsx(data, tmp_path / "full.xlsx", public=False)
    book = openpyxl.load_workbook(out)
    for sheet in ("Workshop", "Stakeholders", "Options", "Scores", "Risks", "Listening log"):
        assert sheet in book.sheetnames
    sheet = book["Stakeholders"]
    headers = [cell.value for cell in sheet[1]]
    assert headers[:2] == ["Name", "Organisation"] and "Email" in headers
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    names = [sheet.cell(row=r, column=1) for r in range(2, 2 + len(FORMULAS))]
    assert [c.value for c in names] == FORMULAS
    assert all(c.data_type == "s" and c.quotePrefix for c in names)
    assert sheet.column_dimensions["A"].width >= 8
    # References are shown by name.
    scores = book["Scores"]
    assert sample.SECRET_OPTION in [c.value for c in scores["A"]]


def test_xlsx_public_has_no_emails_or_secrets(tmp_path: Path) -> None:
    out = build_xlsx(sample.with_secrets(), tmp_path / "public.xlsx", public=True)
    book = openpyxl.load_workbook(out)
    values = [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    joined = "\n".join(values)
    assert "@" not in joined.replace(sample.demo().workshop.contact_email, "")
    people = [p.name for p in sample.demo().participants if p.kind.value == "person"]
    roles = [p.role for p in sample.demo().participants if p.role]
    for secret in (sample.SECRET_OPTION, sample.SECRET_STAKEHOLDER, sample.RESIDENT_NAME):
        assert secret not in joined
    for secret in (*people, *roles):
        assert secret not in joined
    # Still counted: every participant keeps a row with its type, group and attendance.
    sheet = book["Participants"]
    assert sheet.max_row - 1 == len(sample.demo().participants)
    # A private individual is "A resident", never by her role.
    assert sample.RESIDENT_ROLE not in joined and "A resident" in joined


def test_xlsx_hostile_and_empty(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(build_xlsx(sample.hostile(), tmp_path / "h.xlsx", public=False))
    problem = [row for row in book["Workshop"].iter_rows(values_only=True) if row[1] == "Problem"]
    assert problem and len(problem[0][2]) == 10_000
    empty = openpyxl.load_workbook(build_xlsx(WorkshopData(), tmp_path / "e.xlsx", public=True))
    assert [c.value for c in empty["Risks"][1]][:2] == ["Title", "Option"]


def test_unwritable_and_cancelled_leave_nothing(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError):
        build_xlsx(WorkshopData(), tmp_path / "missing" / "x.xlsx", public=False)
    with pytest.raises(WorkshopError):
        build_docx(WorkshopData(), tmp_path, public=False)
    with pytest.raises(ExportCancelled):
        build_docx(sample.demo(), tmp_path / "x.docx", public=False, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
