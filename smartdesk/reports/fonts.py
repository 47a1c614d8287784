"""Register the shipped DejaVu Sans faces with ReportLab.

The fonts come from ``resources/fonts`` (copied from matplotlib's data folder, so the
charts and the text use one typeface) and are never looked up on the system, so a
pack looks the same on every machine. DejaVu Sans covers Welsh (ŵ ŷ â ...).
"""

from __future__ import annotations

from pathlib import Path

from smartdesk import paths

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def font_file(name: str) -> Path:
    """The shipped file of the face ``name`` (e.g. :data:`BOLD`)."""
    return paths.resource("fonts", _FILES[name])


def register_fonts() -> str:
    """Register the four faces (once per process) and return the family's name.

    The family is mapped so ``<b>`` and ``<i>`` in report markup pick the bold and
    oblique faces.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in _FILES:
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    _no_optional_ligatures()
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY


def _no_optional_ligatures() -> None:
    """ReportLab shapes with discretionary and standard ligatures on: in DejaVu Sans
    "st" becomes a hooked ligature and "ffi" one glyph, which no unshaped paragraph
    has and which copies as "ﬃ". Kerning and the ligatures a script requires (Arabic's
    lam-alef is a required one) stay on. ReportLab's default dict is shared, so
    switching these off there applies to every shaped paragraph."""
    from reportlab.pdfbase import ttfonts

    defaults = getattr(getattr(ttfonts, "shapeFragWord", None), "__defaults__", None)
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(dlig=False, liga=False)
