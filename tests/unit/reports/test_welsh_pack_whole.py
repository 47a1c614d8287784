"""The whole pack in Welsh (``export --lang cy``): the demo's PDF, Word document and
workbook read back have Welsh headings and furniture, no English furniture, and say
they are in Welsh; an English export of a Welsh workshop says it is in English.

"English furniture" is every English catalogue string that differs from its Welsh, as
a whole line of the PDF, a paragraph or cell of the Word document, or a sheet title or
column head of the workbook. The demo's own text is English, so catalogue words that
also occur in it (a strategy called "... Strategy") are left out of the check.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from smartdesk import exempt_law
from smartdesk.domain.enums import Language, Nation
from smartdesk.domain.records import WorkshopData
from smartdesk.reports import legal_notes
from smartdesk.reports.catalogue import ENGLISH, day, short_day, writing_in
from smartdesk.reports.catalogue_cy import WELSH, WORKBOOK
from smartdesk.reports.docx_export import build_docx
from smartdesk.reports.pack import build_pack
from smartdesk.reports.xlsx_export import build_xlsx
from tests.unit.reports import sample

WELSH_HEADINGS = (
    "1 Diben yr adroddiad",
    "2 Argymhellion",
    "6 Rhanddeiliaid ac ymgysylltu",
    "7 Yr opsiynau a ystyriwyd",
    "9 Risgiau",
    "Atodiad A: Cofrestr rhanddeiliaid",
    "Cynnwys",
)
ENGLISH_HEADINGS = ("1 Purpose of the report", "2 Recommendations", "Contents")


def _user_strings(value: Any) -> Iterator[str]:
    """Every piece of text the user typed into ``value`` (a workshop or part of one)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _user_strings(getattr(value, field.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _user_strings(item)


def _english_furniture(data: WorkshopData) -> tuple[set[str], list[re.Pattern[str]]]:
    """English catalogue strings that differ in Welsh, and patterns of its templates,
    leaving out words the workshop's own text uses."""
    typed = "\n".join(_user_strings(data))
    plain: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for key, english in ENGLISH.items():
        if english == WELSH[key]:
            continue
        for form in english.split("|"):
            literal = [part for part, *_ in string.Formatter().parse(form)]
            if not re.search("[A-Za-z]{3}", "".join(literal)):
                continue  # "{label}: ", "C{n}": nothing English in it
            if "{" not in form:
                if not re.search(rf"\b{re.escape(form.strip())}\b", typed):
                    plain.add(form.strip())
                continue
            regex = "".join(
                re.escape(part) + (".+" if name is not None else "")
                for part, name, *_ in string.Formatter().parse(form)
            )
            patterns.append(re.compile(regex.strip()))
    return plain, patterns


def _english_found(units: list[str], data: WorkshopData) -> list[str]:
    """The ``units`` (lines, paragraphs, cells) that are English furniture; a unit that
    is part of what the user typed (a wrapped line of it, say) is not furniture."""
    plain, patterns = _english_furniture(data)
    typed = " ".join(" ".join(_user_strings(data)).split())
    return [
        unit
        for unit in (" ".join(u.split()) for u in units)
        if unit not in typed and (unit in plain or any(p.fullmatch(unit) for p in patterns))
    ]


def _pdf_lines(path: Path) -> list[str]:
    return [line for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def _docx_units(path: Path) -> list[str]:
    document = docx.Document(str(path))
    units = [p.text for p in document.paragraphs]
    for table in document.tables:
        units += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        units += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return units


def _docx_languages(path: Path) -> set[str]:
    """Every w:lang value in the styles, and the core properties' language."""
    document = docx.Document(str(path))
    styles = document.styles.element.xml
    found = set(re.findall(r'w:lang [^>]*w:val="([^"]+)"', styles))
    return found | {document.core_properties.language}


def _pdf_language(path: Path) -> str:
    return str(PdfReader(path).trailer["/Root"]["/Lang"])


@pytest.fixture(scope="module")
def demo() -> WorkshopData:
    return sample.demo()


@pytest.fixture(scope="module")
def welsh_files(tmp_path_factory: pytest.TempPathFactory, demo: WorkshopData) -> dict[str, Path]:
    """The English demo exported with ``language="cy"``."""
    folder = tmp_path_factory.mktemp("welsh-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        return {
            "pdf": build_pack(demo, folder / "cy.pdf", public=False, language="cy"),
            "public.pdf": build_pack(demo, folder / "cy-public.pdf", public=True, language="cy"),
            "docx": build_docx(demo, folder / "cy.docx", public=False, language="cy"),
            "xlsx": build_xlsx(demo, folder / "cy.xlsx", public=False, language="cy"),
        }


@pytest.mark.parametrize("kind", ["pdf", "public.pdf"])
def test_the_welsh_pdf_has_welsh_headings_and_no_english_furniture(
    welsh_files: dict[str, Path], demo: WorkshopData, kind: str
) -> None:
    lines = _pdf_lines(welsh_files[kind])
    text = " ".join(lines)
    for heading in WELSH_HEADINGS:
        assert heading in text, heading
    assert "Tudalen 2 o " in text and "Page 2 of" not in text
    assert _english_found(lines, demo) == []
    assert _pdf_language(welsh_files[kind]) == "cy-GB"


def test_the_welsh_pdf_gives_the_law_and_its_paragraphs_in_welsh(
    welsh_files: dict[str, Path],
) -> None:
    text = " ".join(" ".join(_pdf_lines(welsh_files["pdf"])).split())
    assert "Atodlen 12A i Ddeddf Llywodraeth Leol 1972" in text
    assert "Schedule 12A" not in text
    assert "Prawf budd y cyhoedd: Ar gyfer pob eitem" in text
    assert "15 Mehefin 2027" in text  # the demo's meeting date, with a Welsh month


def test_the_welsh_word_document_has_welsh_headings_no_english_and_says_cy(
    welsh_files: dict[str, Path], demo: WorkshopData
) -> None:
    units = _docx_units(welsh_files["docx"])
    text = " ".join(units)
    for heading in WELSH_HEADINGS:
        assert heading in text, heading
    assert _english_found(units, demo) == []
    assert _docx_languages(welsh_files["docx"]) == {"cy-GB"}


def test_the_welsh_workbook_has_welsh_sheets_and_heads_and_says_cy(
    welsh_files: dict[str, Path],
) -> None:
    book = openpyxl.load_workbook(welsh_files["xlsx"])
    assert book.sheetnames[:3] == ["Gweithdy", "Strategaethau", "Canlyniadau"]
    heads = [cell.value for sheet in book.worksheets for cell in sheet[1]]
    english = set(WORKBOOK) - set(WORKBOOK.values())
    assert [head for head in heads if head in english] == []
    assert book.properties.language == "cy-GB"
    options = book["Opsiynau"]
    assert "Model cyflawni" in [cell.value for cell in options[1]]


def test_an_english_export_of_a_welsh_workshop_is_english_and_says_en(
    tmp_path: Path, demo: WorkshopData
) -> None:
    welsh_workshop = replace(demo, workshop=replace(demo.workshop, language=Language.CY))
    pdf = build_pack(welsh_workshop, tmp_path / "en.pdf", public=False, language="en")
    word = build_docx(welsh_workshop, tmp_path / "en.docx", public=False, language="en")
    book = build_xlsx(welsh_workshop, tmp_path / "en.xlsx", public=False, language="en")
    assert _pdf_language(pdf) == "en-GB"
    assert _docx_languages(word) == {"en-GB"}
    assert openpyxl.load_workbook(book).properties.language == "en-GB"
    text = " ".join(_pdf_lines(pdf))
    assert all(heading in text for heading in ENGLISH_HEADINGS)
    assert not any(heading in text for heading in WELSH_HEADINGS)


def test_without_a_language_the_pack_follows_the_workshop(
    tmp_path: Path, demo: WorkshopData
) -> None:
    welsh_workshop = replace(demo, workshop=replace(demo.workshop, language=Language.CY))
    pdf = build_pack(welsh_workshop, tmp_path / "cy.pdf", public=True)
    assert _pdf_language(pdf) == "cy-GB"
    assert "1 Diben yr adroddiad" in " ".join(_pdf_lines(pdf))


def test_dates_are_written_in_the_packs_language() -> None:
    assert day(date(2027, 2, 5)) == "5 February 2027"
    with writing_in("cy"):
        assert day(date(2027, 2, 5)) == "5 Chwefror 2027"
        assert short_day(date(2027, 7, 1)) == "1 Gorff 2027"
        months = [day(date(2027, m, 1)).split()[1] for m in range(1, 13)]
    assert months == [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ]  # fmt: skip


def test_every_legal_note_and_exempt_paragraph_has_its_welsh() -> None:
    assert all(note.text_cy for note in legal_notes.all_notes())
    for nation in Nation:
        law = exempt_law.law(nation)
        assert law.paragraph_cy and law.short_cy, nation
        for paragraph in law.paragraphs:
            citation = exempt_law.citation_for("option", nation, explicit=paragraph.number).worded(
                "cy"
            )
            assert citation[0].startswith("Atod"), citation
            assert citation[1].startswith("paragraff ") and paragraph.summary_cy, citation
            assert bool(citation[2]) == bool(paragraph.condition), citation
        if law.public_interest_statement:
            assert exempt_law.public_interest_statement(nation, "cy") != (
                law.public_interest_statement
            )
    assert exempt_law.personal_data_citation().worded("cy")[0] == "GDPR y DU (data personol)"


def test_the_workbook_has_welsh_for_every_sheet_and_head(
    tmp_path: Path, demo: WorkshopData
) -> None:
    book = openpyxl.load_workbook(build_xlsx(demo, tmp_path / "en.xlsx", public=False))
    english = {sheet.title for sheet in book.worksheets}
    english |= {str(cell.value) for sheet in book.worksheets for cell in sheet[1]}
    english |= {str(row[0].value) for row in book.worksheets[0].iter_rows(min_row=2)}
    english |= {str(row[1].value) for row in book.worksheets[0].iter_rows(min_row=2)}
    assert sorted(english - set(WORKBOOK)) == []
    assert all(len(WORKBOOK[name]) <= 31 for name in (s.title for s in book.worksheets))
