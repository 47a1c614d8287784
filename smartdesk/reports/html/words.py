"""The few words only the HTML pack needs, in each language the pack is written in.

Kept apart from the pack's catalogue (``reports/catalogue.py``), which the PDF and Word
document share. The Welsh wording is marked for a Welsh speaker to check; "Neidio i'r"
follows the skip links of Welsh public-sector sites.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "skip": "Skip to the report",
    "table": "Table {number}: {title}",
    "values": "The values in figure {number}:",
    "cover_details": "Report details",
}

# To be checked by a Welsh speaker.
WELSH: dict[str, str] = {
    "skip": "Neidio i'r adroddiad",
    "table": "Tabl {number}: {title}",
    "values": "Y gwerthoedd yn ffigur {number}:",
    "cover_details": "Manylion yr adroddiad",
}


def word(key: str, language: str, /, **values: object) -> str:
    """The string ``key`` in ``language`` ("en", "cy"), placeholders filled in."""
    template = (WELSH if language == "cy" else ENGLISH)[key]
    return template.format(**values)
