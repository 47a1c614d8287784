"""How figures read for people: percentages and pounds, in one place for the screen,
the ``appraise`` command and the briefing pack.

Figures are exact until shown (see :mod:`smartdesk.domain.appraisal`) and rounded
here, halves away from zero as people round by hand (71.125 -> 71.13).

``half_up=False`` keeps the briefing pack's figures exactly as it has always printed
them: it formats the binary float, so an exact half may go either way (6.25 % reads
"6.2 %", 1,234.50 pounds "£1,234"), and a small negative sum keeps its minus sign
("-£0"). The screen and ``appraise`` round half up. Moving the pack to half-up would
change printed figures, so that is left as a decision of its own.
"""

from __future__ import annotations

from fractions import Fraction

from smartdesk.domain.appraisal import exact, round_half_up


def percent(
    value: Fraction | float | None,
    places: int = 2,
    *,
    trim: bool = False,
    half_up: bool = True,
) -> str:
    """``Fraction(619, 10)`` -> ``"61.90 %"``; None -> ``""``.

    ``trim`` drops a fraction that rounds to zero ("40 %", not "40.0 %"), as people
    write a share in a sentence.
    """
    if value is None:
        return ""
    if not half_up:
        return f"{float(value):.{places}f} %"
    rounded = round_half_up(exact(value), places)
    if trim and rounded.is_integer():
        return f"{rounded:.0f} %"
    return f"{rounded:.{places}f} %"


def money(value: Fraction | float | None, *, missing: str = "", half_up: bool = True) -> str:
    """Whole pounds with thousands separators and a minus sign: ``-1234.5`` ->
    ``"-£1,235"``; None -> ``missing``."""
    if value is None:
        return missing
    if not half_up:
        pounds = float(value)
        return f"-£{-pounds:,.0f}" if pounds < 0 else f"£{pounds:,.0f}"
    rounded = round_half_up(exact(value), 0)
    sign = "-" if rounded < 0 else ""
    return f"{sign}£{abs(rounded):,.0f}"
