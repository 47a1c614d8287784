"""The page furniture of the pack: page templates, header, footer, watermark, outline.

- "Page x of y" needs the total, known only once every page is laid out, so the
  canvas holds each page back and writes the footers when the document is saved.
- Every heading becomes a PDF bookmark (outline entry) and a contents line. The
  contents is drawn the same way: room for its lines (counted as the story is written)
  is reserved, and they are written when the document is saved, once every heading's
  page is known. So the pack is laid out in ONE pass, where
  ``multiBuild`` with a ``TableOfContents`` would lay out (and draw every chart) twice.
- Streams are not ASCII85-encoded: without ReportLab's optional C accelerator that
  encoding runs in pure Python and cost more than a second per pack; binary streams
  are ordinary in PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from smartdesk.reports import fonts, outlines
from smartdesk.reports.catalogue import text
from smartdesk.reports.errors import ExportCancelled
from smartdesk.reports.shaping import needs_shaping, paragraph_of

__all__ = ["ContentsPage", "ExportCancelled", "PackDocTemplate", "numbered_canvas"]

MARGIN = 20 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - 4 * mm

# The height of one line of the contents, and the closest the lines may be set to keep
# the contents on one page when it starts part-way down (a smaller type size).
CONTENTS_LINE = 15.0
CLOSEST_CONTENTS_LINE = 12.0

# Paragraph style name -> outline/contents level.
HEADING_LEVELS = {"Heading1": 0, "Heading2": 1}

rl_config.useA85 = 0


@dataclass(frozen=True, slots=True)
class ContentsEntry:
    level: int
    title: str
    page: int
    key: str


class ContentsPage(Flowable):  # type: ignore[misc]
    """The contents, one line a heading, written by the canvas on save.

    The lines are counted as the story is written (``count``), so the height they need
    is known before their pages are. On a page of its own the contents takes the page
    (closing its lines up if there are more than fit). Part-way down a page (after a
    cover that ran onto it) it closes its lines up a little to fit the room left, or
    else takes that room and carries the rest to the next page (``ran_on``), rather
    than leave the room blank. ``start``/``stop`` are a part's lines.
    """

    def __init__(
        self,
        styles: tuple[Any, Any],
        count: Callable[[], int],
        start: int = 0,
        stop: int | None = None,
    ) -> None:
        super().__init__()
        self._styles = styles
        self._count = count
        self._start = start
        self._stop = stop
        self._height = 0.0
        self.ran_on = False

    def _lines(self) -> int:
        stop = self._count() if self._stop is None else self._stop
        return max(stop - self._start, 1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self._lines()
        wanted = lines * CONTENTS_LINE
        if wanted > available_height and (
            lines * CLOSEST_CONTENTS_LINE <= available_height
            or available_height >= FRAME_HEIGHT * 0.9
        ):
            wanted = available_height - 1  # the lines close up to fit
        self._height = max(wanted, 0)
        return available_width, self._height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fit = int(available_height // CONTENTS_LINE)
        if fit < 3 or fit >= self._lines():
            return []  # a few lines alone at the foot of a page: all go to the next
        self.ran_on = True
        middle = self._start + fit
        return [
            ContentsPage(self._styles, self._count, self._start, middle),
            ContentsPage(self._styles, self._count, middle, self._stop),
        ]

    def draw(self) -> None:
        canvas = self.canv
        top = canvas.absolutePosition(0, self._height)[1]
        canvas.defer(lambda c: self._write(c, top))

    def _write(self, canvas: Canvas, top: float) -> None:
        entries: list[ContentsEntry] = canvas.contents_entries[self._start : self._stop]
        if not entries:
            return
        available = top - MARGIN
        leading = min(CONTENTS_LINE, available / len(entries))
        y = top - leading
        for entry in entries:
            style = self._styles[min(entry.level, 1)]
            size = min(style.fontSize, leading * 0.8)
            font = fonts.BOLD if entry.level == 0 else fonts.FAMILY
            indent = 14 * entry.level
            page = str(entry.page)
            title = entry.title
            canvas.setFont(font, size)
            canvas.setFillColor(colors.black)
            canvas.drawString(MARGIN + indent, y, title)
            canvas.drawRightString(PAGE_WIDTH - MARGIN, y, page)
            # Dot leaders between the title and the page number.
            start = MARGIN + indent + canvas.stringWidth(title, font, size) + 4
            end = PAGE_WIDTH - MARGIN - canvas.stringWidth(page, font, size) - 4
            if end > start:
                canvas.setFillColor(colors.HexColor("#888888"))
                dot = canvas.stringWidth(". ", fonts.FAMILY, size)
                canvas.setFont(fonts.FAMILY, size)
                canvas.drawRightString(end, y, ". " * int((end - start) / dot))
            # Named, as each page's state is restored on save: numbered names would repeat.
            rect = (MARGIN, y - 2, PAGE_WIDTH - MARGIN, y + size)
            canvas.linkRect("", entry.key, rect, relative=0, name=f"contents-{entry.key}")
            y -= leading


def numbered_canvas(language: str) -> type[Canvas]:
    """A canvas class that writes "Page x of y" once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            self._deferred: list[Callable[[Canvas], None]] = []
            self.contents_entries: list[ContentsEntry] = []

        def defer(self, write: Callable[[Canvas], None]) -> None:
            """Call ``write(canvas)`` on this page when the document is saved."""
            self._deferred.append(write)

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._deferred = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                for write in self._deferred:
                    write(self)
                self.setFont(fonts.FAMILY, 8)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawRightString(
                    PAGE_WIDTH - MARGIN,
                    MARGIN - 9 * mm,
                    text("doc.page_x_of_y", language, page=self._pageNumber, total=total),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


class PackDocTemplate(BaseDocTemplate):
    """A4 portrait, a cover template without header and a body template with one."""

    def __init__(
        self,
        filename: str,
        *,
        header: str,
        marking: str,
        draft: bool,
        check_cancelled: Callable[[], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN,
            **kwargs,
        )
        self._header = header
        self._marking = marking
        self._draft = draft
        self._check_cancelled = check_cancelled
        self._bookmarks = 0
        frame = Frame(MARGIN, MARGIN, FRAME_WIDTH, FRAME_HEIGHT, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._decorate_cover),
                PageTemplate(id="body", frames=[frame], onPage=self._decorate_body),
                PageTemplate(id="exempt", frames=[frame], onPage=self._decorate_exempt),
            ]
        )

    def _watermark(self, canvas: Canvas) -> None:
        if not self._draft:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.75, 0.75, 0.75, alpha=0.25))
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(50)
        # Outlines, not text: the word must not join the page's text when copied or read.
        outlines.draw_centred(canvas, text("doc.draft"), fonts.font_file(fonts.BOLD), 110, 0, -35)
        canvas.restoreState()

    @staticmethod
    def _header_style() -> Any:
        from reportlab.lib.styles import ParagraphStyle

        return ParagraphStyle(
            "Header", fontName=fonts.FAMILY, fontSize=8, leading=10, textColor="#444444"
        )

    def _decorate_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._watermark(canvas)

    def _decorate_exempt(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._decorate_body(canvas, doc, marking=text("doc.not_for_publication"))

    def _decorate_body(
        self, canvas: Canvas, doc: BaseDocTemplate, marking: str | None = None
    ) -> None:
        self._watermark(canvas)
        canvas.saveState()
        canvas.setFont(fonts.FAMILY, 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        top = PAGE_HEIGHT - MARGIN + 6 * mm
        header = self._header if len(self._header) <= 90 else self._header[:89] + "…"
        if needs_shaping(header):
            # A Paragraph shapes and orders right-to-left words as the body does.
            line = paragraph_of(escape(header), self._header_style())
            line.wrapOn(canvas, FRAME_WIDTH * 0.75, 20)
            line.drawOn(canvas, MARGIN, top - 2.2)
        else:
            canvas.drawString(MARGIN, top, header)
        canvas.setFont(fonts.BOLD, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, marking or self._marking)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Headings feed the contents page and the PDF outline; also the cancel check."""
        self._check_cancelled()
        if not isinstance(flowable, Paragraph):
            return
        level = HEADING_LEVELS.get(flowable.style.name)
        if level is None:
            return
        title = flowable.getPlainText()
        key = f"h{self._bookmarks}"
        self._bookmarks += 1
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        if not getattr(flowable, "_not_in_contents", False):
            self.canv.contents_entries.append(ContentsEntry(level, title, self.page, key))

    def handle_documentBegin(self) -> None:
        self._bookmarks = 0
        super().handle_documentBegin()
