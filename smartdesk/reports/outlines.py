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
    from fontTools.pens.basePen import decomposeQuadraticSegment
    from fontTools.pens.recordingPen import RecordingPen

    font = _font(str(font_file))
    cmap = font.getBestCmap()
    glyphs = font.getGlyphSet()
    metrics = font["hmtx"]
    scale = size / font["head"].unitsPerEm
    names = [cmap.get(ord(character), ".notdef") for character in word]
    left = x - sum(metrics[name][0] for name in names) * scale / 2
    path = canvas.beginPath()
    for name in names:
        pen = RecordingPen()
        glyphs[name].draw(pen)

        def at(point: Point, left: float = left) -> Point:
            return left + point[0] * scale, y + point[1] * scale

        current: Point = (0.0, 0.0)
        for operator, points in pen.value:
            if operator == "moveTo":
                current = points[0]
                path.moveTo(*at(current))
            elif operator == "lineTo":
                current = points[0]
                path.lineTo(*at(current))
            elif operator == "curveTo":
                path.curveTo(*at(points[0]), *at(points[1]), *at(points[2]))
                current = points[2]
            elif operator == "qCurveTo":
                if points[-1] is None:  # a contour of off-curve points only
                    start = _middle(points[-2], points[0])
                    path.moveTo(*at(start))
                    current, points = start, (*points[:-1], start)
                for control, end in decomposeQuadraticSegment(points):
                    # The cubic Bezier that draws the same curve as the quadratic.
                    path.curveTo(
                        *at(_towards(current, control)), *at(_towards(end, control)), *at(end)
                    )
                    current = end
            elif operator == "closePath":
                path.close()
        left += metrics[name][0] * scale
    canvas.drawPath(path, stroke=0, fill=1, fillMode=0)


Point = tuple[float, float]


def _towards(point: Point, control: Point) -> Point:
    return (
        point[0] + 2 * (control[0] - point[0]) / 3,
        point[1] + 2 * (control[1] - point[1]) / 3,
    )


def _middle(a: Point, b: Point) -> Point:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
