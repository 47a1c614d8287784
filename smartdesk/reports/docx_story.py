"""The Word side of :class:`~smartdesk.reports.story.StoryWriter`, with python-docx.

The DOCX is the accessible route (Word turns it into a tagged PDF) and the one
officers paste into the council's own template, so it uses Word's own structure:
Heading 1/2 styles, list styles, tables whose header row repeats on every page
(``w:tblHeader``), charts with alternative text (``wp:docPr/@descr``) and a contents
list Word shows right on first open. User text is placed as run text (never parsed); characters XML
cannot hold are dropped first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from smartdesk.reports import columns, fonts
from smartdesk.reports.catalogue import text
from smartdesk.reports.markup import clean

# Usable width of an A4 page with Word's default 1-inch margins, in inches.
TEXT_WIDTH = 6.27
# Word's default cell margins (0.08 inch each side), in points.
_CELL_PADDING_PT = 11.5
_NOTE_GREY = RGBColor(0x44, 0x44, 0x44)


def _field(paragraph: Any, instruction: str, placeholder: str = "") -> None:
    """A simple field (PAGE, NUMPAGES, TOC ...) Word computes when it shows the document."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    run_text = OxmlElement("w:t")
    run_text.text = placeholder
    run.append(run_text)
    simple.append(run)
    paragraph._p.append(simple)


def set_language(document: Any, language: str) -> None:
    """Declare the document's language (e.g. "en-GB") for spelling and screen readers."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        document.styles.element.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:bidi"), "ar-SA")
    document.core_properties.language = language


@dataclass
class DocxStory:
    """Writes the report's sections into a python-docx ``Document``."""

    document: Any
    header: str
    language: str = "en"
    figures: int = 0
    _styles: set[str] = field(default_factory=set)
    # Contents entries (level, title, bookmark) and the paragraph the contents go after.
    _entries: list[tuple[int, str, str]] = field(default_factory=list)
    _contents_at: Any = None

    def __post_init__(self) -> None:
        self._styles = {style.name for style in self.document.styles}
        # Table text a size smaller than body text, set once on the table style.
        self.document.styles["Table Grid"].font.size = Pt(8.5)

    def start(self, marking: str) -> None:
        """Running header (title, marking) and "Page x of y" footer of the first section."""
        self._furniture(self.document.sections[0], marking)

    # -- page furniture -------------------------------------------------------------
    def _furniture(self, section: Any, marking: str) -> None:
        header = section.header
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.text = ""
        paragraph.add_run(clean(self.header)[:120])
        paragraph.add_run("\t\t")
        paragraph.add_run(marking).bold = True
        footer = section.footer
        footer.is_linked_to_previous = False
        line = footer.paragraphs[0]
        line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        before, _, rest = text("doc.page_x_of_y", self.language, page="\0", total="\1").partition(
            "\0"
        )
        middle, _, after = rest.partition("\1")
        line.add_run(before)
        _field(line, "PAGE", "1")
        line.add_run(middle)
        _field(line, "NUMPAGES", "1")
        line.add_run(after)

    # -- StoryWriter ----------------------------------------------------------------
    def heading(self, key: str, level: int = 1, *, in_contents: bool = True) -> None:
        title = text(key, self.language)
        if not in_contents and level == 1 and "TOC Heading" in self._styles:
            self.document.add_paragraph(title, style="TOC Heading")
            return
        paragraph = self.document.add_heading(clean(title), level=level)
        if in_contents:
            anchor = f"_Toc{len(self._entries) + 1:08d}"
            _bookmark(paragraph, anchor, len(self._entries) + 1)
            self._entries.append((level, clean(title), anchor))

    def _paragraph(self, value: str, style: str) -> Any:
        paragraph = self.document.add_paragraph()
        if style == "CoverTitle":
            paragraph.style = self.document.styles["Title"]
        elif style == "CoverCouncil":
            paragraph.style = self.document.styles["Subtitle"]
        run = paragraph.add_run(clean(value))
        if style in ("Note", "Caption", "Empty"):
            run.font.size = Pt(9)
            run.font.color.rgb = _NOTE_GREY
        if style in ("Empty", "Caption"):
            run.italic = True
        return paragraph

    def user(self, value: str, style: str = "Body") -> None:
        self._paragraph(value, style)

    def say(self, key: str, style: str = "Body", /, **values: object) -> None:
        self._paragraph(text(key, self.language, **values), style)

    def empty(self, key: str, **values: object) -> None:
        self._paragraph(text(key, self.language, **values), "Empty")

    def labelled(self, label: str, value: str, style: str = "Body") -> None:
        paragraph = self.document.add_paragraph()
        paragraph.add_run(clean(label)).bold = True
        if value:
            run = paragraph.add_run(" " + clean(value))
            if style == "Note":
                run.font.size = Pt(9)

    def bullets(self, items: Sequence[str], *, numbered: bool = False) -> None:
        style = "List Number" if numbered else "List Bullet"
        for item in items:
            self.document.add_paragraph(clean(item), style=style)

    def table(
        self,
        header_keys: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        label_column: int = 0,
        extra_headers: Sequence[str] = (),
    ) -> None:
        labels = [text(k, self.language) for k in header_keys] + [clean(h) for h in extra_headers]
        texts = [[clean(value) for value in row] for row in rows]
        fonts.register_fonts()  # for _measure
        labels, texts, widths, _label = columns.drop_empty(labels, texts, widths, label_column)
        widths = columns.fit_shares(
            labels, texts, widths, TEXT_WIDTH * 72, _measure, _CELL_PADDING_PT
        )
        table = self.document.add_table(rows=1 + len(texts), cols=len(labels))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        column_widths = [Inches(w * TEXT_WIDTH) for w in widths]
        column_widths += [column_widths[-1]] * (len(labels) - len(column_widths))
        for column, width in zip(table.columns, column_widths, strict=False):
            column.width = width
        # Iterating rows and cells once is ~30x faster than table.cell(r, c) lookups.
        # Word and LibreOffice read each cell's own width, not the grid's.
        all_rows = list(table.rows)
        _mark_header_row(all_rows[0])
        for cell, label, width in zip(all_rows[0].cells, labels, column_widths, strict=True):
            cell.width = width
            cell.paragraphs[0].add_run(label).bold = True
        for row, values in zip(all_rows[1:], texts, strict=True):
            for cell, value, width in zip(row.cells, values, column_widths, strict=True):
                cell.width = width
                if value:
                    cell.paragraphs[0].add_run(value)
        self.document.add_paragraph()

    def chart(
        self, png: bytes, caption: str, *, width: float = 1.0, values: Sequence[str] = ()
    ) -> None:
        self.figures += 1
        full_caption = text("doc.figure", number=self.figures, caption=caption)
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shape = paragraph.add_run().add_picture(BytesIO(png), width=Inches(width * TEXT_WIDTH))
        properties = shape._inline.docPr
        properties.set("descr", clean(caption))
        properties.set("title", text("doc.figure", number=self.figures, caption="").rstrip(": "))
        caption_paragraph = self._paragraph(full_caption, "Caption")
        if "Caption" in self._styles:
            caption_paragraph.style = self.document.styles["Caption"]

    def key_values(self, rows: Sequence[tuple[str, str]]) -> None:
        table = self.document.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for row, (key, value) in zip(table.rows, rows, strict=True):
            label, content = row.cells
            label.paragraphs[0].add_run(text(key, self.language)).bold = True
            content.paragraphs[0].add_run(clean(value) or text("doc.not_recorded"))
        for column, share in zip(table.columns, (0.3, 0.7), strict=True):
            column.width = Inches(share * TEXT_WIDTH)
        self.document.add_paragraph()

    def marking(self, value: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(value)
        run.bold = True
        run.font.size = Pt(14)

    def contents(self) -> None:
        # Filled in by finish(), once every heading is known.
        self._contents_at = self.document.add_paragraph()
        self.document.add_page_break()

    def finish(self) -> None:
        """Write the contents: a TOC field whose shown result is already the list of
        headings, each a link to its heading. Word opens it right, with no "press F9"
        text and no prompt; updating the field (F9) adds page numbers, which only Word
        can know."""
        if self._contents_at is None or not self._entries:
            return
        anchor_paragraph = self._contents_at._p
        paragraphs = []
        for index, (level, title, anchor) in enumerate(self._entries):
            paragraph = OxmlElement("w:p")
            properties = OxmlElement("w:pPr")
            style = OxmlElement("w:pStyle")
            style.set(qn("w:val"), _toc_style(self.document, level))
            properties.append(style)
            paragraph.append(properties)
            if index == 0:
                _field_start(paragraph, 'TOC \\o "1-2" \\h \\z \\u')
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), anchor)
            link.set(qn("w:history"), "1")
            link.append(_run(title))
            paragraph.append(link)
            paragraphs.append(paragraph)
        end = OxmlElement("w:p")
        _field_end(end)
        paragraphs.append(end)
        for paragraph in reversed(paragraphs):
            anchor_paragraph.addnext(paragraph)

    def end_cover(self) -> None:
        # Word lays out the pages itself: where the cover ends is not known here.
        self.document.add_page_break()

    def page_break(self, template: str | None = None) -> None:
        if template == "exempt":
            section = self.document.add_section(WD_SECTION.NEW_PAGE)
            self._furniture(section, text("doc.not_for_publication"))
            return
        self.document.add_page_break()


def _measure(value: str, is_header: bool) -> float:
    """Width in points at the table's 8.5 pt, measured in the PDF's DejaVu Sans: wider
    than Word's default Calibri, so a column sized by it holds its words in Word too."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from smartdesk.reports import fonts

    return float(stringWidth(value, fonts.BOLD if is_header else fonts.FAMILY, 8.5))


def _run(value: str) -> Any:
    run = OxmlElement("w:r")
    run_text = OxmlElement("w:t")
    run_text.set(qn("xml:space"), "preserve")
    run_text.text = value
    run.append(run_text)
    return run


def _field_char(kind: str) -> Any:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _field_start(paragraph: Any, instruction: str) -> None:
    """The start of a complex field whose result (the runs that follow) Word shows as is."""
    paragraph.append(_field_char("begin"))
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run.append(instr)
    paragraph.append(run)
    paragraph.append(_field_char("separate"))


def _field_end(paragraph: Any) -> None:
    paragraph.append(_field_char("end"))


def _bookmark(paragraph: Any, name: str, number: int) -> None:
    """A bookmark around ``paragraph``'s text, for a contents link to point at."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    properties = paragraph._p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _toc_style(document: Any, level: int) -> str:
    """The style id of Word's built-in "toc N" style, added to the document if missing."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    name = f"toc {level}"
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.paragraph_format.left_indent = Pt(12 * (level - 1))
        style.paragraph_format.space_after = Pt(2)
        if level == 1:
            style.font.bold = True
    return str(style.style_id)


def _mark_header_row(row: Any) -> None:
    """Word repeats a row marked ``w:tblHeader`` at the top of every page the table spans."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
