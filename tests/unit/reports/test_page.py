"""The page itself, read back: watermark, right-to-left text, emoji, line breaks, tables,
and the Word document's headings, contents, properties and language.

Most tests share one Welsh, 40-year workshop with Arabic and emoji text (built once as
PDF and DOCX, with warnings and log records caught while it is built).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from smartdesk.domain.enums import Language, Nation, WorkshopStatus
from smartdesk.domain.records import WorkshopData
from smartdesk.reports.catalogue import text
from smartdesk.reports.charts.canvas import short
from smartdesk.reports.docx_export import build_docx
from smartdesk.reports.pack import build_pack
from tests.unit.reports import sample

# Distinct Arabic text in a paragraph, in a table cell and in the running header.
IN_PARAGRAPH = "مجلس المدينة يوافق على الخطة"
IN_CELL = "جمعية سكان الحي"
IN_TITLE = "شارع النور"
EMOJI = "🚦"
EMOJI_NAME = "[vertical traffic light]"


def _welsh() -> WorkshopData:
    data = sample.demo()
    info = replace(
        data.workshop,
        language=Language.CY,
        nation=Nation.WALES,
        appraisal_years=40,
        status=WorkshopStatus.DRAFT,
        title=f"Gweithdy Strydoedd Clyfar {EMOJI} {IN_TITLE}",
    )
    people = list(data.stakeholders)
    people[0] = replace(people[0], organisation=IN_CELL)
    # A name with emoji reaches the engagement chart's labels as well as the tables.
    people[1] = replace(people[1], name=f"{people[1].name} {EMOJI}👍🏽")
    outcomes = list(data.outcomes)
    outcomes[0] = replace(
        outcomes[0], indicator="Residents' survey agree %", unit="%", baseline=41, target=60
    )
    return replace(
        data,
        workshop=info,
        vision=replace(data.vision, statement=f"{IN_PARAGRAPH}. {data.vision.statement} 🌳 😟 ★"),
        stakeholders=tuple(people),
        outcomes=tuple(outcomes),
        # Nobody described an option: the long list's Description column would be empty.
        options=tuple(replace(o, description="") for o in data.options),
        criteria=tuple(replace(c, description="") for c in data.criteria),
    )


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def welsh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("page")
    handler = _Records()
    root = logging.getLogger()
    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        root.addHandler(handler)
        try:
            data = _welsh()
            pdf = build_pack(data, folder / "welsh.pdf", public=False)
            word = build_docx(data, folder / "welsh.docx", public=False)
        finally:
            root.removeHandler(handler)
    yield {
        "data": data,
        "pdf": pdf,
        "docx": word,
        "warnings": [str(w.message) for w in caught if not issubclass(w.category, ResourceWarning)],
        "logged": [r.getMessage() for r in handler.records],
    }


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _joined(path: Path) -> str:
    """The PDF's text with every line end (and run of spaces) as one space."""
    return " ".join(" ".join(_pages(path)).split())


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


# -- the DRAFT watermark --------------------------------------------------------------


def _has_watermark_fill(page: Any) -> bool:
    states = page["/Resources"].get("/ExtGState", {})
    return any(float(s.get_object().get("/ca", 1)) < 0.5 for s in states.values())


def test_draft_watermark_is_drawn_but_is_not_text(welsh: dict[str, Any], tmp_path: Path) -> None:
    reader = PdfReader(welsh["pdf"])
    for number, page in enumerate(reader.pages, start=1):
        lines = (page.extract_text() or "").splitlines()
        assert not [line for line in lines if line.strip() in {"D", "DR", "RA", "AFT", "FT"}]
        assert text("doc.draft") not in (page.extract_text() or ""), number
        assert _has_watermark_fill(page), number  # the outlines are there, translucent
    data = replace(
        welsh["data"], workshop=replace(welsh["data"].workshop, status=WorkshopStatus.FINAL)
    )
    final = PdfReader(build_pack(data, tmp_path / "final.pdf", public=False))
    assert not any(_has_watermark_fill(page) for page in final.pages)


# -- right-to-left text ----------------------------------------------------------------


@pytest.mark.parametrize("phrase", [IN_PARAGRAPH, IN_CELL, IN_TITLE])
def test_arabic_is_shaped_and_each_word_reads_in_order(welsh: dict[str, Any], phrase: str) -> None:
    raw = " ".join(_pages(welsh["pdf"]))
    assert "ﬃ" not in raw and "[vertical traffic light]" in raw  # no optional ligatures
    # Shaped text is drawn with the joined (presentation) forms of the letters ...
    assert any("\ufe70" <= c <= "\ufeff" for c in raw)
    # ... and, back to their plain letters, every word is spelt in reading order.
    # Unshaped, each word came out letter by letter left to right (reversed here).
    plain = unicodedata.normalize("NFKC", raw)
    for word in phrase.split():
        assert word in plain, word
        assert word[::-1] not in plain, word


# -- emoji ----------------------------------------------------------------------------


def test_emoji_are_named_alike_in_pdf_and_word_without_warnings(welsh: dict[str, Any]) -> None:
    assert not [w for w in welsh["warnings"] if "glyph" in w.lower()], welsh["warnings"]
    assert not welsh["logged"], welsh["logged"]
    pdf, word = _joined(welsh["pdf"]), _docx_text(welsh["docx"])
    for content in (pdf, word):
        assert EMOJI_NAME in content
        assert "[thumbs up sign]" in content  # the skin tone is not spelt out
        assert "[deciduous tree]" in content
        # DejaVu Sans has 😟 but ReportLab maps it to text wrongly: named all the same.
        assert "[worried face]" in content and "★" in content
        assert not [c for c in content if ord(c) >= 0x1F000]


# -- line breaks, units, columns --------------------------------------------------------


def _split_without_hyphen(joined: str, word: str) -> bool:
    """Whether ``word`` appears broken across a line with no hyphen added, other than
    after its own hyphen or "@", or before a dot (where an address may break)."""
    for i in range(1, len(word)):
        if word[i - 1] in "-@" or word[i] == ".":
            continue
        if f"{word[:i]} {word[i:]}" in joined:
            return True
    return False


def test_table_words_break_only_where_a_hyphen_shows(welsh: dict[str, Any]) -> None:
    data: WorkshopData = welsh["data"]
    joined = _joined(welsh["pdf"])
    values = [s.name for s in data.stakeholders] + [s.organisation for s in data.stakeholders]
    values += [s.role for s in data.stakeholders] + [a.owner for a in data.engagement_actions]
    values += ["Champion", "Supporter", "Communications", "Environmental", "Outcome-based"]
    words = {w.strip(",.;:()'") for value in values for w in value.split()}
    emails = {s.email for s in data.stakeholders if s.email}
    broken = [w for w in words | emails if len(w) >= 5 and _split_without_hyphen(joined, w)]
    assert not broken


def test_unit_is_shown_once_with_the_figures(welsh: dict[str, Any]) -> None:
    joined = _joined(welsh["pdf"])
    assert "Residents' survey agree %" in joined and "41 % 60 %" in joined
    assert "(%)" not in joined and "(MWh)" not in joined
    assert "466 tCO2e 260 tCO2e" in joined


def test_a_column_nobody_filled_in_is_left_out(welsh: dict[str, Any]) -> None:
    # The workshop is Welsh, and so is its pack.
    joined = _joined(welsh["pdf"])
    # The long list and the criteria table (Part B's exempt option has notes to show).
    start = joined.rindex(text("h.long_list", "cy"))  # the heading, not the contents line
    long_list = joined[start : joined.index(text("h.ranking", "cy"), start)]
    assert text("col.delivery", "cy") in long_list
    assert text("col.description", "cy") not in long_list
    headers = [
        cell.text
        for table in docx.Document(str(welsh["docx"])).tables
        for cell in table.rows[0].cells
    ]
    assert text("col.delivery", "cy") in headers and text("col.weight", "cy") in headers
    assert headers.count(text("col.description", "cy")) == 1  # Part B's, which has notes


def test_chart_labels_wrap_rather_than_cut() -> None:
    assert short("Partnerships and procurement", 26) == "Partnerships and\nprocurement"
    assert "…" not in short("B. Do minimum: LED replacement only", 32)
    assert short("word " * 20, 10).count("\n") == 1 and short("word " * 20, 10).endswith("…")


def test_no_table_row_is_left_alone_at_either_end_of_a_page(tmp_path: Path) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from smartdesk.reports.document import PackDocTemplate, numbered_canvas
    from smartdesk.reports.layout import Story, stylesheet

    seen_alone = []
    # Enough row counts and gaps above the table that some split would leave one row.
    for rows, gap in [(n, 0.0) for n in range(40, 52)] + [(12, g * mm) for g in range(215, 245, 3)]:
        story = Story(stylesheet())
        story.add(Spacer(1, gap))
        story.table(
            ["col.number", "col.action"],
            [[f"Row{i:03d}", "A short action"] for i in range(rows)],
            [0.3, 0.7],
        )
        out = tmp_path / f"t{rows}-{gap:.0f}.pdf"
        PackDocTemplate(
            str(out), header="Test", marking="Public", draft=False, check_cancelled=lambda: None
        ).build(story.flowables, canvasmaker=numbered_canvas("en"))
        counts = [len(re.findall(r"Row\d{3}", page)) for page in _pages(out)]
        assert sum(counts) == rows
        if 1 in counts:
            seen_alone.append((rows, gap, counts))
    assert not seen_alone


# -- the Word document ---------------------------------------------------------------


def test_word_implications_are_headings_and_the_contents_is_written_out(
    welsh: dict[str, Any],
) -> None:
    document = docx.Document(str(welsh["docx"]))
    headings = [(p.style.name, p.text) for p in document.paragraphs]
    # The workshop is in Welsh: the implication headings come from the Welsh catalogue.
    assert ("Heading 2", text("imp.financial", "cy")) in headings
    assert ("Heading 2", text("imp.wellbeing", "cy")) in headings  # Wales's last
    body = document.element.body
    assert "F9" not in _docx_text(welsh["docx"])
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC") for i in instructions)
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    links = [
        (link.get(qn("w:anchor")), "".join(t.text for t in link.iter(qn("w:t"))))
        for link in body.iter(qn("w:hyperlink"))
    ]
    titles = [title for _anchor, title in links]
    assert text("h.purpose", "cy") in titles and text("imp.financial", "cy") in titles
    assert all(anchor in bookmarks for anchor, _title in links)
    entries = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    assert len(entries) == len(links) > 20


def test_word_properties_come_from_the_workshop(welsh: dict[str, Any]) -> None:
    data: WorkshopData = welsh["data"]
    document = docx.Document(str(welsh["docx"]))
    core = document.core_properties
    assert core.author == data.workshop.report_author == core.last_modified_by
    assert core.created is not None and core.created.year == dt.datetime.now(dt.UTC).year
    assert core.title == data.workshop.title.replace(EMOJI, EMOJI_NAME)
    app = next(p for p in document.part.package.parts if str(p.partname) == "/docProps/app.xml")
    assert b"<Application>SmartDesk</Application>" in app.blob and b"Macintosh" not in app.blob
    assert data.workshop.council.encode() in app.blob


def test_documents_are_labelled_with_the_language_they_are_written_in(
    welsh: dict[str, Any],
) -> None:
    # The workshop is Welsh and the Welsh catalogue is complete: the pack is in Welsh.
    assert welsh["data"].workshop.language is Language.CY
    document = docx.Document(str(welsh["docx"]))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert defaults.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "cy-GB"
    assert document.core_properties.language == "cy-GB"
    assert PdfReader(welsh["pdf"]).trailer["/Root"]["/Lang"] == "cy-GB"


def test_pdf_implications_are_headings_in_the_outline(welsh: dict[str, Any]) -> None:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(PdfReader(welsh["pdf"]).outline)
    assert text("imp.financial", "cy") in titles


def test_a_section_heading_moves_on_with_its_first_table(tmp_path: Path) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from smartdesk.reports.document import PackDocTemplate, numbered_canvas
    from smartdesk.reports.layout import Story, stylesheet

    stranded = []
    for gap in range(150, 240, 6):
        story = Story(stylesheet())
        story.add(Spacer(1, gap * mm))
        story.heading("h.risks")
        story.say("risks.unrated", n=2)
        story.heading("h.risk_register", 2)
        story.table(
            ["col.number", "col.risk"], [[f"Row{i:03d}", "A risk"] for i in range(20)], [0.3, 0.7]
        )
        out = tmp_path / f"h{gap}.pdf"
        PackDocTemplate(
            str(out), header="Test", marking="Public", draft=False, check_cancelled=lambda: None
        ).build(story.flowables, canvasmaker=numbered_canvas("en"))
        for page in _pages(out):
            if text("h.risks") in page and "Row000" not in page:
                stranded.append(gap)
    assert not stranded
