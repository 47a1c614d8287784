"""Turn user text into safe ReportLab paragraph markup.

Everything a workshop records is user text: it is shown literally, never interpreted.
``<b>`` stays the four characters ``<b>``, ``&`` stays ``&``; control characters (which
break ReportLab's parser) and lone surrogates (which cannot be encoded) are dropped.
Emoji become their names (see :mod:`smartdesk.reports.symbols`).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from smartdesk.reports.symbols import name_emoji

# C0 controls other than tab/newline/CR, DEL, C1 controls, and lone UTF-16 surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without characters a PDF cannot carry; line ends normalised to ``\\n``;
    emoji the font lacks named in brackets (:mod:`symbols`), in every format alike."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return name_emoji(_UNSAFE.sub("", text))


def safe(text: str) -> str:
    """Paragraph markup that shows ``text`` literally, keeping its line breaks."""
    return escape(clean(text)).replace("\n", "<br/>")


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters (on a word boundary where possible)."""
    text = " ".join(clean(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"
