"""The procurement and financing guidance shown in the window: every note cites its sources."""

from __future__ import annotations

import re

import pytest

from smartdesk import paths

NOTES = sorted(
    path
    for folder in ("procurement", "financing")
    for path in paths.resource("guidance", folder).glob("*.md")
)


@pytest.mark.parametrize("path", NOTES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_guidance_note_ends_with_its_sources(path) -> None:  # type: ignore[no-untyped-def]
    body = path.read_text(encoding="utf-8")
    last = body.strip().split("\n\n")[-1]
    # The Welsh notes (<route>.cy.md) say "Ffynhonnell." or "Ffynonellau.".
    heading = r"(Ffynhonnell|Ffynonellau)" if path.name.endswith(".cy.md") else r"Sources?"
    assert re.match(rf"\*\*{heading}\.\*\* \S", last), f"{path.name} has no sources paragraph"


def test_below_threshold_notice_is_not_limited_to_advertised_contracts() -> None:
    body = " ".join(paths.resource("guidance", "procurement", "other.md").read_text().split())
    assert "advertises and that is worth £30,000" not in body
    assert "every notifiable contract of £30,000 or more (including VAT), advertised or not" in body
    assert "£207,720" in body and "1 January 2026" in body and "PPN 023" in body
