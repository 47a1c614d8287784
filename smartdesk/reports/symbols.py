"""Emoji in the pack: written as their names in brackets, the same in PDF, Word and charts.

The pack's font (DejaVu Sans) has no emoji, ReportLab cannot draw colour-bitmap emoji
fonts, and matplotlib warns for every missing glyph. So a symbol the font cannot draw
becomes its Unicode name, e.g. "🚦" -> "[vertical traffic light]": it prints, reads
aloud and copies as words, and the Word document says the same as the PDF. Symbols the
font has (★ ☺ ✓ ❤) are kept as they are, except beyond the Basic Multilingual Plane.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Characters that only shape an emoji: variation selectors, joiner, keycap, skin tones, tags.
_COMPONENTS = re.compile("[\ufe0e\ufe0f\u200d\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
# Selectors and keycap marks left after a plain character (as in "1️⃣"): not drawable.
_STRAY = re.compile("[\ufe0e\ufe0f\u20e3]")
_REGIONAL_A = 0x1F1E6
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
# A run of emoji: a pictograph or flag, then its components and joined pictographs.
_CANDIDATE = re.compile(
    "(?:[\U0001f1e6-\U0001f1ff]{2}|[\u2000-\u2bff\U0001f000-\U0001faff])"
    "(?:[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]"
    "|\u200d[\u2000-\u2bff\U0001f000-\U0001faff])*"
)


@functools.cache
def _drawable() -> frozenset[int]:
    """Code points the pack's font has a glyph for."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from smartdesk.reports import fonts

    return frozenset(TTFontFile(str(fonts.font_file(fonts.FAMILY))).charToGlyph)


def _in_bmp(character: str) -> bool:
    """Whether ``character`` is in the Basic Multilingual Plane. DejaVu Sans draws a few
    emoji beyond it (😟), but ReportLab 5.1 writes their text mapping as an invalid
    five-digit code, so they could not be copied or read aloud: those are named too."""
    return ord(character) <= 0xFFFF


def _name(sequence: str) -> str:
    flag = _FLAG.fullmatch(sequence)
    if flag:
        letters = "".join(chr(ord(c) - _REGIONAL_A + ord("A")) for c in sequence)
        return f"[flag {letters}]"
    parts = [unicodedata.name(c, "symbol").lower() for c in _COMPONENTS.sub(" ", sequence).split()]
    return "[" + ", ".join(parts) + "]"


def _replace(match: re.Match[str]) -> str:
    sequence = match.group()
    drawable = _drawable()
    bare = _COMPONENTS.sub("", sequence)
    if not bare:
        return ""  # a stray selector or keycap mark: nothing to draw
    if len(bare) == 1 and _in_bmp(bare) and ord(bare) in drawable and "\u200d" not in sequence:
        return bare  # the font has it; its variation selector would draw as a box
    if all(_in_bmp(c) and ord(c) in drawable for c in sequence):
        return sequence  # punctuation and other symbols the font draws
    return _name(sequence)


def name_emoji(text: str) -> str:
    """``text`` with each emoji the font cannot draw replaced by its name in brackets."""
    if text.isascii():
        return text
    return _STRAY.sub("", _CANDIDATE.sub(_replace, text))
