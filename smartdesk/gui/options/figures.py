"""How appraisal figures read on screen: percentages and pounds."""

from __future__ import annotations

from fractions import Fraction

from smartdesk.domain.appraisal import round_half_up


def pct(value: Fraction | None, places: int = 2) -> str:
    """``Fraction(77)`` -> ``"77.00 %"``; None -> ``""``."""
    if value is None:
        return ""
    return f"{round_half_up(value, places):.{places}f} %"


def money(value: Fraction | None) -> str:
    """Whole pounds with thousands separators; negatives with a minus sign."""
    if value is None:
        return ""
    pounds = round_half_up(value, 0)
    sign = "-" if pounds < 0 else ""
    return f"{sign}£{abs(pounds):,.0f}"
