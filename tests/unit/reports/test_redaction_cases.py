"""The real cases (tests/unit/reports/cases.py), for each nation, in every format.

Each output is read back (pypdf, python-docx, openpyxl, json, the HTML's text and
text alternatives): the public version
holds no withheld field and every non-confidential record's text as written; counts,
ranks and option letters agree between the full and the public version.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from smartdesk.domain.enums import Nation
from smartdesk.domain.records import WorkshopData
from smartdesk.domain.stakeholder_analysis import ATTITUDES, is_private_individual
from smartdesk.interchange.json_format import read_workshop_json, write_workshop_json
from smartdesk.reports.docx_export import build_docx
from smartdesk.reports.html.export import build_html
from smartdesk.reports.pack import build_pack
from smartdesk.reports.public import redact_for_public
from smartdesk.reports.xlsx_export import build_xlsx
from tests.unit.reports import cases

Outputs = dict[str, dict[str, Path]]


@pytest.fixture(scope="module", params=list(Nation), ids=lambda n: n.value)
def built(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[WorkshopData, Outputs]]:
    nation: Nation = request.param
    folder = tmp_path_factory.mktemp(nation.value)
    data = cases.workshop(nation)
    outputs: Outputs = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLCONFIGDIR", str(folder / "mpl"))
        for version, public in (("full", False), ("public", True)):
            out = outputs.setdefault(version, {})
            out["pdf"] = build_pack(data, folder / f"{version}.pdf", public=public)
            out["docx"] = build_docx(data, folder / f"{version}.docx", public=public)
            out["xlsx"] = build_xlsx(data, folder / f"{version}.xlsx", public=public)
            out["html"] = build_html(data, folder / f"{version}.html", public=public)
            out["json"] = folder / f"{version}.json"
            write_workshop_json(redact_for_public(data) if public else data, out["json"])
        yield data, outputs


def _pdf(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def _docx(path: Path) -> list[str]:
    """Paragraphs and table rows ("cell | cell"), in document order."""
    document = docx.Document(str(path))
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            lines.append(Paragraph(block, document).text)
        elif block.tag == qn("w:tbl"):
            for row in Table(block, document).rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    return lines


def _xlsx(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path)
    return {s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}


class _HtmlText(HTMLParser):
    """What an HTML page says: its text, and the attributes a reader is given instead."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        said = ("aria-label", "alt", "title", "content")
        self.parts += [value or "" for name, value in attrs if name in said]

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html(path: Path) -> str:
    parser = _HtmlText()
    parser.feed(path.read_text("utf-8"))
    return " ".join(parser.parts)


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _texts(outputs: dict[str, Path]) -> dict[str, str]:
    cells = _xlsx(outputs["xlsx"])
    return {
        "pdf": _squash(_pdf(outputs["pdf"])),
        "html": _squash(_html(outputs["html"])),
        "docx": "\n".join(_docx(outputs["docx"])),
        "xlsx": "\n".join(str(v) for rows in cells.values() for r in rows for v in r if v),
        "json": outputs["json"].read_text("utf-8"),
    }


def test_public_holds_no_withheld_field(built: tuple[WorkshopData, Outputs]) -> None:
    data, outputs = built
    full, public = _texts(outputs["full"]), _texts(outputs["public"])
    withheld = cases.withheld_text(data)
    private = [p for p in data.stakeholders if is_private_individual(p) and not p.confidential]
    withheld += [p.name for p in private] + [p.role for p in private if p.role]
    for kind in ("pdf", "html", "docx", "xlsx", "json"):
        for secret in withheld:
            needle = _squash(secret) if kind in ("pdf", "html") else secret
            if kind != "json":  # the full JSON is the workshop itself
                assert needle in full[kind] + full["json"], (kind, secret)
            assert needle not in public[kind], (kind, secret)
    # No attitude label at all in the public pack (the cases include a sceptic and a blocker).
    for kind in ("pdf", "html", "docx"):
        for label in ATTITUDES.values():
            assert (_squash(label) if kind != "docx" else label) not in public[kind], label


def test_public_keeps_every_other_records_text_as_written(
    built: tuple[WorkshopData, Outputs],
) -> None:
    data, outputs = built
    public = _texts(outputs["public"])
    written = [o.name for o in data.options if not o.confidential]
    written += [r.title for r in data.risks if not r.confidential] + [cases.PUBLIC_RISK]
    written += [s.title for s in data.strategies if not s.confidential]
    written += [p.name for p in data.stakeholders if p.organisation and not p.confidential]
    written += [data.workshop.council, data.recommendation.rationale]
    for kind in ("pdf", "html", "docx", "xlsx", "json"):
        for value in written:
            squash = kind in ("pdf", "html")
            assert (_squash(value) if squash else value) in public[kind], (kind, value)
    # JSON: every record of a kind that is never personal data is exactly as in the file.
    back = read_workshop_json(outputs["public"]["json"])
    for collection in ("strategies", "options", "risks", "outcomes", "criteria", "next_steps"):
        plain = [r for r in getattr(data, collection) if not getattr(r, "confidential", False)]
        kept = [r for r in getattr(back, collection) if not getattr(r, "confidential", False)]
        assert kept == plain, collection
    assert (back.vision, back.implications) == (data.vision, data.implications)


def _story_lines(path: Path) -> list[str]:
    """The DOCX lines that rank, count or letter: the same in every version."""
    keys = ("ranks", "short-listed", "rated 15 or more", "stays top", "are recorded", "Option ")
    lines = _docx(path)
    # The body: from section 1 to Part B (the cover says which version this is); the
    # contents before it name both headings too, so the last "1 Purpose" starts it.
    start = len(lines) - 1 - lines[::-1].index("1 Purpose of the report")
    end = next(
        (i for i, line in enumerate(lines) if i > start and line.startswith("Part B")), len(lines)
    )
    return [line for line in lines[start:end] if any(k in line for k in keys)]


def test_counts_ranks_and_letters_agree(built: tuple[WorkshopData, Outputs]) -> None:
    data, outputs = built
    full, public = _story_lines(outputs["full"]["docx"]), _story_lines(outputs["public"]["docx"])
    assert full == public and len(full) > 10
    joined = "\n".join(public)
    # The recommended option is named as written, with its letter, in both versions.
    for version in ("full", "public"):
        lines = _docx(outputs[version]["docx"])
        assert "The recommended option is E. Managed service with outcome-based payment." in lines
    letter = "ABCDEFGHIJ"[len(data.options) - 1]
    assert f"Option {letter} — exempt (see Part B, " in joined
    # The public risk linked to the exempt option stays: 16 is counted in both heat maps.
    assert re.search(r"[1-9]\d* rated 15 or more", joined)
    for kind in ("pdf",):
        full_text, public_text = _pdf(outputs["full"][kind]), _pdf(outputs["public"][kind])
        for sentence in re.findall(r"It ranks \d+ of \d+ short-listed options[^.]*\.", full_text):
            assert sentence in public_text
    sheets = {v: _xlsx(outputs[v]["xlsx"])["Options"] for v in ("full", "public")}
    assert [r[0] for r in sheets["full"]] == [r[0] for r in sheets["public"]]
    assert sheets["public"][0][0] == "Letter" and sheets["public"][1][0] == "A"


def test_each_withheld_item_cites_its_nations_paragraph(
    built: tuple[WorkshopData, Outputs],
) -> None:
    data, outputs = built
    full, public = _pdf(outputs["full"]["pdf"]), _pdf(outputs["public"]["pdf"])
    expected = {
        Nation.ENGLAND: ("Sch 12A para 1", "Sch 12A para 3", "paragraph 10 of Schedule 12A"),
        Nation.WALES: ("Sch 12A para 12", "Sch 12A para 14", "paragraphs 12 to 15"),
        Nation.SCOTLAND: ("UK GDPR", "Sch 7A para 8", "Sch 7A para 9"),
        Nation.NORTHERN_IRELAND: ("Sch 6 para", "Local Government Act (Northern Ireland) 2014"),
    }[data.workshop.nation]
    explicit = f"para {cases.EXPLICIT[data.workshop.nation]}"
    for phrase in (*expected, explicit):
        assert phrase in full and phrase in public, phrase
    # The confidential log item keeps its number, cited by its kind.
    number = len(data.listening_log)
    assert f"Log item {number} — exempt (see Part B, " in public
    if data.workshop.nation is Nation.SCOTLAND:
        assert "public interest" not in public.lower()
        # Para 6 excludes the authority's own affairs: its option costs fall under para 8.
        letter = "ABCDEFGHIJ"[len(data.options) - 1]
        assert f"Option {letter} — exempt (see Part B, paragraph 8)" in public


def test_public_workbook_and_json_hold_no_person_level_judgement(
    built: tuple[WorkshopData, Outputs],
) -> None:
    _data, outputs = built
    sheet = _xlsx(outputs["public"]["xlsx"])["Stakeholders"]
    header = sheet[0]
    for column in ("Attitude", "Power", "Interest", "Email", "Phone"):
        index = header.index(column)
        assert all(row[index] in (None, "") for row in sheet[1:]), column
    relations = _xlsx(outputs["public"]["xlsx"])["Relationships"]
    assert not any(cases.RESIDENT in str(v) or "A resident" in str(v) for r in relations for v in r)
    people = json.loads(outputs["public"]["json"].read_text("utf-8"))["stakeholders"]
    assert all(p.get("attitude") is None and p.get("power") is None for p in people)
