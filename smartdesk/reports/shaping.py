"""Paragraphs that draw right-to-left and joining scripts (Arabic, Hebrew) correctly.

ReportLab draws text as it comes, letter by letter left to right, unless a paragraph
asks for shaping: then uharfbuzz joins Arabic letters and ReportLab puts right-to-left
words in reading order. Only text that needs it is shaped: shaping costs time, and
ReportLab 5.1 fails when a shaped word is also hyphenated (so shaped text is not).
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Hebrew, Arabic, Syriac, Thaana, N'Ko ... and the Hebrew/Arabic presentation forms.
_COMPLEX = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_SHAPED: dict[int, ParagraphStyle] = {}


def needs_shaping(value: str) -> bool:
    return bool(_COMPLEX.search(value))


def paragraph_of(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of ``markup``, shaped when it holds a right-to-left or joining script."""
    if needs_shaping(markup):
        style = _shaped(style)
    return Paragraph(markup, style)


def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    shaped = _SHAPED.get(id(style))
    if shaped is None or shaped.parent is not style:
        # Same name: headings are recognised by their style's name.
        shaped = ParagraphStyle(style.name, parent=style, shaping=1, hyphenationLang="")
        _SHAPED[id(style)] = shaped
    return shaped
