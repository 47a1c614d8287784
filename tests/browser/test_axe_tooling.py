"""The accessibility check itself: a page test that passes because axe never ran would
let every later page through, so the checker is shown finding a known fault first."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import axe_violations

SOUND_PAGE = (
    "<!doctype html><html lang='en'><head><title>Sound</title></head>"
    "<body><main><h1>Sound</h1><img src='data:,' alt='A chart'></main></body></html>"
)


def test_axe_finds_an_image_without_a_text_alternative(page: Any) -> None:
    page.set_content(SOUND_PAGE.replace(" alt='A chart'", ""))
    assert "image-alt" in {violation["id"] for violation in axe_violations(page)}


def test_axe_passes_a_sound_page(page: Any) -> None:
    page.set_content(SOUND_PAGE)
    assert axe_violations(page) == []
