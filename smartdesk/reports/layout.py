"""Styles and the PDF's building blocks: the ReportLab side of :class:`StoryWriter`.

``Story`` collects flowables. It is the only place user text becomes markup, and it
keeps long text out of table cells: a cell shows a shortened form and the full text
follows the table, because a table row cannot split across pages (a 10,000-character
cell would raise ReportLab's ``LayoutError``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from smartdesk.reports import columns, fonts
from smartdesk.reports.catalogue import text
from smartdesk.reports.document import FRAME_HEIGHT, FRAME_WIDTH, ContentsPage
from smartdesk.reports.markup import clean, safe, shorten
from smartdesk.reports.shaping import needs_shaping, paragraph_of

# Longest user text shown inside a table cell; longer text is shortened there and
# given in full below the table.
CELL_LIMIT = 400
_HEADING_ROOM = 32 * mm
# Height available near the top of a body page: a table may split anyhow there.
_FRESH_PAGE = FRAME_HEIGHT * 0.85
_CHART_HEIGHT = 175 * mm
_RULE = colors.HexColor("#9aa5b1")
_HEAD_FILL = colors.HexColor("#dde6f0")
_CELL_PADDING = 3.5
# Right-to-left and joining scripts: only a shaped Paragraph draws them correctly
# (a plain table string would draw Arabic letter by letter, left to right).
_ADDRESS_BREAKS = re.compile(r"(?=\.)")
_COMPLEX = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def stylesheet() -> StyleSheet1:
    """Paragraph styles of the pack, in DejaVu Sans."""
    family = fonts.register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=family, fontSize=10, leading=13.5, spaceAfter=5)
    sheet.add(base)
    sheet.add(
        ParagraphStyle(
            "Heading1",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=10,
            spaceAfter=7,
            textColor=colors.HexColor("#1d3557"),
        )
    )
    sheet.add(
        ParagraphStyle(
            "Heading2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        )
    )
    # A hyphenated word may break after its hyphen in a narrow column.
    sheet.add(
        ParagraphStyle(
            "Cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0, embeddedHyphenation=1
        )
    )
    sheet.add(
        ParagraphStyle(
            "HeadCell", parent=sheet["Cell"], fontName=fonts.BOLD, fontSize=7.5, leading=9.5
        )
    )
    sheet.add(
        ParagraphStyle(
            "Caption",
            parent=base,
            fontName=fonts.ITALIC,
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor("#333333"),
            spaceAfter=8,
        )
    )
    sheet.add(ParagraphStyle("Note", parent=base, fontSize=8.5, leading=11))
    sheet.add(
        ParagraphStyle(
            "Empty", parent=base, fontName=fonts.ITALIC, textColor=colors.HexColor("#555555")
        )
    )
    sheet.add(
        ParagraphStyle(
            "CoverCouncil",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=13,
            leading=17,
            textColor=colors.HexColor("#1d3557"),
        )
    )
    sheet.add(
        ParagraphStyle(
            "CoverTitle",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=22,
            leading=27,
            spaceBefore=6,
            spaceAfter=10,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Marking",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            borderWidth=1,
            borderColor=colors.HexColor("#1d3557"),
            borderPadding=6,
            spaceBefore=10,
            spaceAfter=12,
        )
    )
    sheet.add(ParagraphStyle("TOC1", parent=base, fontSize=10, leading=14, leftIndent=0))
    sheet.add(ParagraphStyle("TOC2", parent=base, fontSize=9, leading=12, leftIndent=14))
    return sheet


@dataclass
class Story:
    """The flowables of the pack, with helpers that escape every piece of user text."""

    styles: StyleSheet1
    flowables: list[Flowable] = field(default_factory=list)
    figures: int = 0
    contents_lines: int = 0  # headings listed in the contents, counted as written
    language: str = "en"  # of the workshop: the catalogue's strings in it where it has them

    def add(self, *items: Flowable) -> None:
        self.flowables.extend(items)

    def heading(self, key: str, level: int = 1, *, in_contents: bool = True) -> None:
        """A catalogue heading: bookmarked, and listed in the contents unless told not."""
        title = text(key, self.language)
        paragraph = paragraph_of(safe(title), self.styles[f"Heading{level}"])
        paragraph._not_in_contents = not in_contents
        self.contents_lines += in_contents
        # A heading needs room for a few lines under it, or it starts the next page.
        # (Not keepWithNext: that drags a whole one-page table over, leaving a gap.)
        self.add(CondPageBreak(_HEADING_ROOM + (12 * mm if level == 1 else 0)), paragraph)

    def para(self, markup: str, style: str = "Body") -> None:
        """A paragraph of markup the caller built with :func:`safe` for user parts."""
        self.add(paragraph_of(markup, self.styles[style]))

    def user(self, value: str, style: str = "Body") -> None:
        """User text shown literally, keeping its line breaks."""
        self.para(safe(value), style)

    def say(self, key: str, style: str = "Body", /, **values: object) -> None:
        """A catalogue sentence whose placeholders hold user text (escaped here)."""
        self.para(safe(text(key, self.language, **values)), style)

    def empty(self, key: str, **values: object) -> None:
        """The one line a section shows when it has nothing to say."""
        self.say(key, "Empty", **values)

    def labelled(self, label: str, value: str, style: str = "Body") -> None:
        """A paragraph that starts with a bold ``label`` followed by user text."""
        gap = " " if value else ""
        self.para(f"<b>{safe(label)}</b>{gap}{safe(value)}", style)

    def key_values(self, rows: Sequence[tuple[str, str]]) -> None:
        """The cover's two-column table of catalogue labels and user values."""
        cell, head = self.styles["Body"], self.styles["HeadCell"]
        table = Table(
            [
                [
                    paragraph_of(safe(text(key, self.language)), head),
                    paragraph_of(safe(shorten(value, 600) or text("doc.not_recorded")), cell),
                ]
                for key, value in rows
            ],
            colWidths=[0.3 * FRAME_WIDTH, 0.7 * FRAME_WIDTH],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        self.add(Spacer(1, 4 * mm), table)

    def marking(self, value: str) -> None:
        """The boxed "Public" / "Contains exempt information" marking."""
        self.para(safe(value), "Marking")

    def contents(self) -> None:
        """The contents list, written once every heading's page is known, then a new
        page (unless the contents ran on from the cover's second page: then the report
        follows it on the page where it ends)."""
        styles = (self.styles["TOC1"], self.styles["TOC2"])
        contents = ContentsPage(styles, lambda: self.contents_lines)
        self.add(contents, _ContentsEnd(contents))

    def end_cover(self) -> None:
        """The report goes on on the next page, or, if the cover has run onto it (a
        long table of withheld items), straight after the cover on that page."""
        # The cover is the story's first section: from its second page on, any page
        # wears the body's header.
        self.flowables.insert(0, NextPageTemplate("body"))
        self.add(_CoverEnd(0))

    def page_break(self, template: str | None = None) -> None:
        """A new page, on ``template``'s page furniture when given."""
        if template:
            self.add(NextPageTemplate(template))
        self.add(PageBreak())

    def bullets(self, items: Sequence[str], *, numbered: bool = False) -> None:
        entries = [ListItem(paragraph_of(safe(item), self.styles["Body"])) for item in items]
        options = (
            {"bulletType": "1", "start": 1} if numbered else {"bulletType": "bullet", "start": "•"}
        )
        self.add(
            ListFlowable(
                entries, bulletFontName=fonts.FAMILY, bulletFontSize=9, leftIndent=16, **options
            )
        )

    def table(
        self,
        header_keys: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        label_column: int = 0,
        extra_headers: Sequence[str] = (),
    ) -> None:
        """A table of plain-text cells with a header row repeated on every page.

        ``widths`` are fractions of the frame width. Cells longer than ``CELL_LIMIT``
        are shortened; the full texts follow the table, labelled by the row's
        ``label_column`` cell. ``extra_headers`` are user-text headings after the keyed ones.
        """
        cell, head = self.styles["Cell"], self.styles["HeadCell"]
        labels = [text(k, self.language) for k in header_keys]
        labels += [shorten(h, 60) for h in extra_headers]
        texts = [[clean(value) for value in row] for row in rows]
        labels, texts, widths, label_column = columns.drop_empty(
            labels, texts, widths, label_column
        )
        widths = columns.fit_shares(
            labels, texts, widths, FRAME_WIDTH, _measure(cell, head), 2 * _CELL_PADDING
        )
        room = [w * FRAME_WIDTH - 2 * _CELL_PADDING - 1 for w in widths]
        body: list[list[Paragraph | str]] = [
            [
                paragraph_of(safe(label), _column_style(head, space))
                for label, space in zip(labels, room, strict=True)
            ]
        ]
        overflow: list[tuple[str, str]] = []
        # Text that fits its column on one line is drawn as a plain string: a Paragraph
        # would be parsed, wrapped and drawn for nothing (most cells of a big register).
        for row in texts:
            cells: list[Paragraph | str] = []
            for value, space in zip(row, room, strict=True):
                if len(value) > CELL_LIMIT:
                    overflow.append((shorten(row[label_column], 80), value))
                    value = shorten(value, CELL_LIMIT)
                if _fits_one_line(value, space, cell):
                    cells.append(value)
                else:
                    markup = _cell_markup(value, space, cell)
                    cells.append(paragraph_of(markup, _column_style(cell, space)))
            body.append(cells)
        column_widths = [w * FRAME_WIDTH for w in widths]
        self._keep_heading_with_rows(body[:3], column_widths)
        table = _Table(body, colWidths=column_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL),
                    ("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
                    ("GRID", (0, 0), (-1, -1), 0.4, _RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ]
            )
        )
        self.add(table, Spacer(1, 4 * mm))
        if overflow:
            self.say("doc.full_text_below", "Note")
            for label, value in overflow:
                self.para(
                    f"<b>{safe(text('doc.full_text_item', label=label))}</b>{safe(value)}", "Note"
                )

    def _keep_heading_with_rows(
        self, rows: list[list[Paragraph | str]], column_widths: list[float]
    ) -> None:
        """A heading just before a table moves on with the table's first rows.

        The heading's page-break condition is raised to the height those rows need, so a
        heading is never left alone at the foot of a page; and so is the condition of a
        section heading just above it (with at most two short paragraphs between), or
        "8 Risks" would stay behind when "Risk register" and its table move on.
        """
        if len(self.flowables) < 2 or not _is_heading(self.flowables[-1]):
            return
        condition = self.flowables[-2]
        if not isinstance(condition, CondPageBreak):
            return
        _width, height = Table(rows, colWidths=column_widths).wrap(FRAME_WIDTH, 10_000)
        condition.height = max(condition.height, height + 14 * mm)
        above = self.flowables[:-2]
        between = 0.0
        paragraphs = 0
        while above and isinstance(above[-1], Paragraph) and paragraphs <= 2:
            paragraph = above.pop()
            paragraphs += not _is_heading(paragraph)
            style = paragraph.style
            between += paragraph.wrap(FRAME_WIDTH, 10_000)[1] + style.spaceBefore
            between += style.spaceAfter
            if _is_heading(paragraph) and above and isinstance(above[-1], CondPageBreak):
                above[-1].height = max(above[-1].height, between + condition.height)
                return

    def chart(
        self, png: bytes, caption: str, *, width: float = 1.0, values: Sequence[str] = ()
    ) -> None:
        """A chart image scaled to ``width`` of the frame, with its caption below.

        ReportLab cannot tag an image with alternative text, so the caption carries
        the description a screen-reader user would need, drawn from the same data.
        """
        self.figures += 1
        image = Image(BytesIO(png))
        scale = min(width * FRAME_WIDTH / image.imageWidth, _CHART_HEIGHT / image.imageHeight)
        image.drawWidth = image.imageWidth * scale
        image.drawHeight = image.imageHeight * scale
        image.hAlign = "CENTER"
        caption_para = paragraph_of(
            safe(text("doc.figure", number=self.figures, caption=caption)),
            self.styles["Caption"],
        )
        group: list[Flowable] = [image, Spacer(1, 2 * mm), caption_para]
        # The chart's headings (and one introductory paragraph) move with it.
        start = len(self.flowables)
        if (
            start
            and isinstance(self.flowables[-1], Paragraph)
            and not _is_heading(self.flowables[-1])
        ):
            start -= 1
        while start and (
            _is_heading(self.flowables[start - 1])
            or isinstance(self.flowables[start - 1], CondPageBreak)
        ):
            start -= 1
        if start < len(self.flowables) and any(map(_is_heading, self.flowables[start:])):
            group[:0] = self.flowables[start:]
            del self.flowables[start:]
        self.add(KeepTogether(group))


class _CoverEnd(CondPageBreak):  # type: ignore[misc]
    """A page break while on the first page; nothing on a later one."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        first = self._doctemplateAttr("page") == 1
        self.height = available_height + 1 if first else 0
        return super().wrap(available_width, available_height)  # type: ignore[no-any-return]


class _ContentsEnd(CondPageBreak):  # type: ignore[misc]
    """A page break after the contents, unless the contents ran onto this page."""

    def __init__(self, contents: ContentsPage) -> None:
        super().__init__(0)
        self._contents = contents

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = 0 if self._contents.ran_on else available_height + 1
        return super().wrap(available_width, available_height)  # type: ignore[no-any-return]


class _Table(Table):  # type: ignore[misc]
    """A table that leaves no row alone at either end of a page.

    A table of two rows or more starts on the next page rather than show one row at
    the foot of this one, and when a split would carry a single row over, one more row
    goes with it. (A page that is mostly free takes any split, or a tall row could
    never be placed.)
    """

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        if len(parts) != 2:
            return parts
        body = len(self._cellvalues) - self.repeatRows
        kept = len(parts[0]._cellvalues) - self.repeatRows
        carried = len(parts[1]._cellvalues) - self.repeatRows
        if kept < 2 and body >= 2 and available_height < _FRESH_PAGE:
            return []
        if carried == 1 and kept >= 3:
            last = self._rowHeights[self.repeatRows + kept - 1]
            shorter: list[Flowable] = super().split(available_width, available_height - last)
            if len(shorter) == 2:
                return shorter
        return parts


def _measure(cell: ParagraphStyle, head: ParagraphStyle) -> columns.Measure:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(value: str, is_header: bool) -> float:
        style = head if is_header else cell
        return float(stringWidth(value, style.fontName, style.fontSize))

    return measure


def _cell_markup(value: str, room: float, style: ParagraphStyle) -> str:
    """A cell's markup; an e-mail address too wide for its column breaks after the "@"
    (and, if the domain is still too wide, before a dot), never inside a word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    markup = safe(value)
    if "@" not in value:
        return markup
    for word in set(value.split()):
        if "@" not in word or stringWidth(word, style.fontName, style.fontSize) <= room:
            continue
        local, _, domain = word.partition("@")
        lines = [local + "@", ""]
        for piece in _ADDRESS_BREAKS.split(domain):
            joined = lines[-1] + piece
            if lines[-1] and stringWidth(joined, style.fontName, style.fontSize) > room:
                lines.append(piece)
            else:
                lines[-1] = joined
        markup = markup.replace(safe(word), "<br/>".join(safe(line) for line in lines))
    return markup


_COLUMN_STYLES: dict[tuple[str, int], ParagraphStyle] = {}


def _column_style(style: ParagraphStyle, room: float) -> ParagraphStyle:
    """``style`` for a column ``room`` points wide: a word wider than the whole column
    is hyphenated by the dictionary (with a hyphen), rather than cut anywhere by
    ReportLab's last resort. Words that fit move to the next line whole."""
    key = (style.name, round(room))
    column = _COLUMN_STYLES.get(key)
    if column is None or column.parent is not style:
        column = ParagraphStyle(style.name, parent=style, hyphenationLang=_hyphenator(style, room))
        _COLUMN_STYLES[key] = column
    return column


def _hyphenator(style: ParagraphStyle, room: float) -> Callable[[str], list[tuple[str, str]]]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    dictionary = _dictionary()

    def pairs(word: str) -> list[tuple[str, str]]:
        if dictionary is None or stringWidth(word, style.fontName, style.fontSize) <= room:
            return []
        return list(dictionary.iterate(word))

    return pairs


@functools.cache
def _dictionary() -> Any:
    """British English hyphenation patterns (the catalogue's language; pyphen has no
    Welsh dictionary); None if pyphen is missing, when long words are cut unmarked."""
    try:
        import pyphen
    except ImportError:
        return None
    return pyphen.Pyphen(lang="en_GB")


def _fits_one_line(value: str, room: float, style: ParagraphStyle) -> bool:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # Right-to-left and joining scripts need a shaped Paragraph (a plain table string
    # would draw Arabic letter by letter, left to right).
    if len(value) > 60 or "\n" in value or "\r" in value or needs_shaping(value):
        return False
    return bool(stringWidth(value, style.fontName, style.fontSize) <= room)


def _is_heading(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name.startswith("Heading")
