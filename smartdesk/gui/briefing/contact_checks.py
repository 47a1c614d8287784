"""Checks of the contact officer's e-mail address and telephone number, as typed.

Each returns "" when the text will do (blank is allowed: the pack then says no contact
is recorded) or a sentence saying what is wrong, shown beside the field. The text is
stored as typed; these only catch what would print an unusable contact on the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from smartdesk.gui.common.translation import tr

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# Digits with the separators people write (spaces, brackets, hyphens, a leading +),
# optionally followed by an extension: "01632 960123 ext. 4567".
_PHONE = re.compile(r"^\+?[\d\s()-]+((ext\.?|extension|x)\s*\d+)?$", re.IGNORECASE)
# UK numbers have 10 or 11 digits (a +44 number 12); a short internal number is not
# reachable by the public the report is published to.
_FEWEST_DIGITS, _MOST_DIGITS = 10, 15


def email_problem(text: str) -> str:
    text = text.strip()
    if not text or _EMAIL.match(text):
        return ""
    return tr(
        "'{text}' is not an e-mail address: write it as name@council.gov.uk, "
        "e.g. smart.places@example.gov.uk."
    ).format(text=text)


def phone_problem(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    number = re.split(r"(?i)ext\.?|extension|x", text)[0]
    digits = sum(ch.isdigit() for ch in number)
    if _PHONE.match(text) and _FEWEST_DIGITS <= digits <= _MOST_DIGITS:
        return ""
    return tr(
        "'{text}' is not a telephone number: give the full number with its area code, "
        "e.g. 01632 960 123 (an extension may follow as 'ext. 4567')."
    ).format(text=text)


# Field of WorkshopInfo -> its check.
CHECKS: dict[str, Callable[[str], str]] = {
    "contact_email": email_problem,
    "contact_phone": phone_problem,
}
