"""The HTML pack as a file: user text stays text, ids are unique, the same workshop gives
the same bytes, and a cancelled or failed export leaves nothing behind."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopData
from smartdesk.reports.errors import ExportCancelled
from smartdesk.reports.html.export import build_html
from tests.unit.reports import sample


class _Elements(HTMLParser):
    """Every start tag and its attributes, and the text, as the browser would parse it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.ids += [value or "" for name, value in attrs if name == "id"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(path: Path) -> _Elements:
    parser = _Elements()
    parser.feed(path.read_text("utf-8"))
    return parser


def test_user_text_is_shown_never_parsed(tmp_path: Path) -> None:
    out = build_html(sample.hostile(), tmp_path / "hostile.html", public=False)
    parsed = _parse(out)
    assert parsed.tags["b"] == 0 and parsed.tags["i"] == 0
    text = "".join(parsed.text)
    assert "<b>bold?</b> & <i>x</i> &amp;" in text
    assert "\x00" not in out.read_text("utf-8") and "\x07" not in out.read_text("utf-8")


def test_every_id_is_unique_though_each_chart_defines_its_own_glyphs(tmp_path: Path) -> None:
    out = build_html(sample.demo(), tmp_path / "full.html", public=False)
    parsed = _parse(out)
    assert parsed.tags["svg"] >= 7
    assert [name for name, n in Counter(parsed.ids).items() if n > 1] == []
    # Every reference inside a chart points at an id of the page.
    html = out.read_text("utf-8")
    referenced = set(re.findall(r'href="#([^"]+)"', html) + re.findall(r"url\(#([^)]+)\)", html))
    assert referenced and referenced <= set(parsed.ids)


def test_the_same_workshop_gives_the_same_file(tmp_path: Path) -> None:
    first = build_html(sample.demo(), tmp_path / "a.html", public=True)
    second = build_html(sample.demo(), tmp_path / "b.html", public=True)
    assert first.read_bytes() == second.read_bytes()


def test_a_cancelled_or_failed_export_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "pack.html"
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3  # part-way through the sections

    with pytest.raises(ExportCancelled):
        build_html(sample.demo(), out, public=False, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(WorkshopError):
        build_html(WorkshopData(), tmp_path / "missing" / "pack.html", public=False)
