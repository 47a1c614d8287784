"""Draw a word as filled glyph outlines rather than as text.

The DRAFT watermark is decoration: drawn as text, copying a page or reading it aloud
mixes its letters into the sentences ("FT", "RA", "D"). Drawn as paths from the
font's own outlines it looks the same but is no text at all, so nothing extracts it.
"""

from __future__ import annotations

import functools
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas


@functools.cache
def _font(path: str) -> Any:
    from fontTools.ttLib import TTFont

    # Read from memory: a TTFont on a path keeps the file open for the process's life.
    return TTFont(BytesIO(Path(path).read_bytes()))


def draw_centred(
    canvas: Canvas, word: str, font_file: Path, size: float, x: float, y: float
) -> None:
    """Fill ``word``'s outlines in ``font_file`` at ``size`` points, centred on ``x``,
    baseline at ``y``, in the canvas's current fill colour and transformation."""
    from fontTools.pens.basePen import BasePen

    font = _font(str(font_file))
    cmap = font.getBestCmap()
    glyphs = font.getGlyphSet()
    metrics = font["hmtx"]
    scale = size / font["head"].unitsPerEm
    names = [cmap.get(ord(character), ".notdef") for character in word]
    width = sum(metrics[name][0] for name in names) * scale
    path = canvas.beginPath()

    class PathPen(BasePen):  # type: ignore[misc]
        """Glyph outlines into a ReportLab path (quadratic curves become cubic)."""

        offset = 0.0

        def _point(self, point: tuple[float, float]) -> tuple[float, float]:
            return x - width / 2 + self.offset + point[0] * scale, y + point[1] * scale

        def _moveTo(self, point: tuple[float, float]) -> None:
            path.moveTo(*self._point(point))

        def _lineTo(self, point: tuple[float, float]) -> None:
            path.lineTo(*self._point(point))

        def _curveToOne(self, p1: Any, p2: Any, p3: Any) -> None:
            path.curveTo(*self._point(p1), *self._point(p2), *self._point(p3))

        def _closePath(self) -> None:
            path.close()

    pen = PathPen(glyphs)
    for name in names:
        glyphs[name].draw(pen)
        pen.offset += metrics[name][0] * scale
    canvas.drawPath(path, stroke=0, fill=1, fillMode=0)
