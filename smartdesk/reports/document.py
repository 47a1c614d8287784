"""The page furniture of the pack: page templates, header, footer, watermark, outline.

- "Page x of y" needs the total, known only once every page is laid out, so the
  canvas holds each page back and writes the footers when the document is saved.
- Every heading becomes a PDF bookmark (outline entry) and a contents line; the
  contents need a second layout pass, hence ``multiBuild``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from smartdesk.reports import fonts
from smartdesk.reports.catalogue import text

MARGIN = 20 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN

# Paragraph style name -> outline/contents level.
HEADING_LEVELS = {"Heading1": 0, "Heading2": 1}


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


def numbered_canvas(language: str) -> type[Canvas]:
    """A canvas class that writes "Page x of y" once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
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
        frame = Frame(MARGIN, MARGIN, FRAME_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 4 * mm, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._decorate_cover),
                PageTemplate(id="body", frames=[frame], onPage=self._decorate_body),
            ]
        )

    def _watermark(self, canvas: Canvas) -> None:
        if not self._draft:
            return
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 110)
        canvas.setFillColor(colors.Color(0.75, 0.75, 0.75, alpha=0.25))
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -35, text("doc.draft"))
        canvas.restoreState()

    def _decorate_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._watermark(canvas)

    def _decorate_body(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._watermark(canvas)
        canvas.saveState()
        canvas.setFont(fonts.FAMILY, 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        top = PAGE_HEIGHT - MARGIN + 6 * mm
        header = self._header if len(self._header) <= 90 else self._header[:89] + "…"
        canvas.drawString(MARGIN, top, header)
        canvas.setFont(fonts.BOLD, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, self._marking)
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
            self.notify("TOCEntry", (level, title, self.page, key))

    def handle_documentBegin(self) -> None:
        self._bookmarks = 0
        super().handle_documentBegin()
