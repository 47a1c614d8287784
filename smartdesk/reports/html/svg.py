"""Charts as inline SVG: the pack's own matplotlib charts, saved with the SVG backend.

:func:`figure_svg` is handed to ``charts.canvas.saving_with`` while the HTML pack is
written, so every chart the sections draw arrives as SVG rather than PNG. Text is
drawn as outlines (``svg.fonttype`` "path"): the page looks the same whatever fonts
the reader has, and the chart's words reach assistive technology through its text
alternative instead. :func:`inline` makes one SVG fit to sit in the page: no XML
prologue or metadata, ids unique in the page, and the image role with its alternative.
"""

from __future__ import annotations

import re
from html import escape
from io import BytesIO
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_SVG_START = re.compile(rb"<svg\b")
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.S)
# matplotlib's one style rule (``*{stroke-linejoin...}``) would apply to the whole page
# from inside an inline SVG; the page's stylesheet gives it to charts only.
_STYLE = re.compile(r"<style[^>]*>.*?</style>\s*", re.S)
_COMMENT = re.compile(r"<!--.*?-->\s*", re.S)
_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\bhref="#([^"]+)"')
_URL = re.compile(r"url\(#([^)]+)\)")
_SIZE = re.compile(r'\s(width|height)="([\d.]+)pt"')


def figure_svg(figure: Figure) -> bytes:
    """``figure`` as SVG bytes, the same for the same chart (no date, fixed id salt)."""
    import matplotlib

    buffer = BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "smartdesk"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def inline(svg: bytes, prefix: str, label: str, *, scale: float = 1.0) -> str:
    """The SVG element of ``svg`` for the page: its ids start with ``prefix`` (two charts
    each define the same glyphs and clip paths), it scales to the column up to its
    drawn size (times ``scale``, the share of the column the PDF gives it, and a fifth
    more: a screen is read from further away than paper), and it is one image whose
    text alternative is ``label``."""
    start = _SVG_START.search(svg)
    body = svg[start.start() if start else 0 :].decode("utf-8")
    for pattern in (_METADATA, _STYLE, _COMMENT):
        body = pattern.sub("", body)
    body = _ID.sub(lambda m: f'id="{prefix}-{m.group(1)}"', body)
    body = _HREF.sub(lambda m: f'href="#{prefix}-{m.group(1)}"', body)
    body = _URL.sub(lambda m: f"url(#{prefix}-{m.group(1)})", body)
    size = dict((name, float(points)) for name, points in _SIZE.findall(body[:400]))
    widest = round(size.get("width", 460) * 4 / 3 * 1.2 * scale)  # points to CSS pixels
    head, _, rest = body.partition(">")
    head = _SIZE.sub("", head)
    attributes = (
        f' class="chart" style="max-width: {widest}px" role="img" focusable="false"'
        f' aria-label="{escape(label)}"'
    )
    return f"{head}{attributes}>{rest.strip()}"
