"""The HTML briefing pack in a real browser: axe-core finds nothing, and the structure a
screen-reader or keyboard user relies on is there (headings, tables, charts, links).

Packs are built once per module: the demo's full and public versions, the same for a
Welsh workshop (its pack is in Welsh where the Welsh catalogue has the words, and in
English, with the workshop's own text marked Welsh, where it has not), and an empty
workshop, whose every section says it has nothing.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from smartdesk.domain.enums import Language
from smartdesk.domain.records import WorkshopData
from smartdesk.reports import analysis
from smartdesk.reports.catalogue import language_tag
from smartdesk.reports.html.export import build_html
from smartdesk.reports.sections.context import pct
from tests.browser.conftest import axe_violations
from tests.unit.reports import sample

VERSIONS = ("full-en", "public-en", "full-cy", "public-cy", "empty")


def _welsh(data: WorkshopData) -> WorkshopData:
    return replace(data, workshop=replace(data.workshop, language=Language.CY))


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    demo = sample.demo()
    built = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLCONFIGDIR", str(folder / "mpl"))
        for name in VERSIONS:
            version, _, language = name.partition("-")
            data = _welsh(demo) if language == "cy" else demo
            if name == "empty":
                data = WorkshopData()
            out = folder / f"{name}.html"
            built[name] = build_html(data, out, public=version == "public")
    return built


def _open(page: Any, path: Path, width: int = 1280) -> list[str]:
    """Load ``path``; the URLs the page asked for (it should ask for itself only)."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(path.as_uri())
    return requested


@pytest.mark.parametrize("name", VERSIONS)
def test_axe_finds_no_violation(page: Any, packs: dict[str, Path], name: str) -> None:
    _open(page, packs[name])
    assert axe_violations(page) == []


@pytest.mark.parametrize("name", VERSIONS)
def test_headings_in_order_from_one_h1(page: Any, packs: dict[str, Path], name: str) -> None:
    _open(page, packs[name])
    levels = page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "hs => hs.map(h => +h.tagName[1])")
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(after - before <= 1 for before, after in pairwise(levels))
    assert len(levels) > 20


@pytest.mark.parametrize("name", VERSIONS)
def test_every_table_has_a_caption_and_header_cells(
    page: Any, packs: dict[str, Path], name: str
) -> None:
    _open(page, packs[name])
    tables = page.eval_on_selector_all(
        "table",
        """ts => ts.map(t => ({caption: (t.caption && t.caption.textContent.trim()) || '',
                headers: t.querySelectorAll('th').length,
                unscoped: t.querySelectorAll('th:not([scope])').length}))""",
    )
    assert tables
    for table in tables:
        assert table["caption"] and table["headers"] and not table["unscoped"], table


@pytest.mark.parametrize("name", ["full-en", "public-en", "full-cy"])
def test_every_chart_is_an_image_whose_alternative_states_its_values(
    page: Any, packs: dict[str, Path], name: str
) -> None:
    _open(page, packs[name])
    figures = page.eval_on_selector_all(
        "figure",
        """fs => fs.map(f => ({
            svg: f.querySelectorAll('svg').length,
            role: f.querySelector('svg').getAttribute('role'),
            label: f.querySelector('svg').getAttribute('aria-label') || '',
            values: [...f.querySelectorAll('ul.values li')].map(li => li.textContent)}))""",
    )
    assert len(figures) >= 7
    for figure in figures:
        assert figure["svg"] == 1 and figure["role"] == "img"
        assert figure["values"], figure["label"]
        for value in figure["values"]:
            assert value in figure["label"], value
    # Checked against the workshop itself too: the ranking chart gives every score.
    ranking = analysis.ranking(sample.demo())
    labels = " ".join(figure["label"] for figure in figures)
    for line in ranking:
        assert f": {pct(line.score)}." in labels


@pytest.mark.parametrize("name", VERSIONS)
def test_nothing_is_fetched_and_every_link_stays_in_the_page(
    page: Any, packs: dict[str, Path], name: str
) -> None:
    requested = _open(page, packs[name])
    assert requested == [packs[name].as_uri()]
    targets = page.eval_on_selector_all(
        "[src], [href], [*|href]",
        """es => es.flatMap(e => [e.getAttribute('src'), e.getAttribute('href'),
                                   e.getAttributeNS('http://www.w3.org/1999/xlink', 'href')])
                     .filter(v => v !== null)""",
    )
    assert targets
    assert [t for t in targets if not t.startswith(("#", "data:"))] == []
    # And every fragment names an element of the page.
    missing = page.evaluate(
        """() => [...document.querySelectorAll('a[href^="#"]')]
                 .map(a => a.getAttribute('href').slice(1))
                 .filter(id => !document.getElementById(id))"""
    )
    assert missing == []


def test_contents_links_lead_to_their_headings(page: Any, packs: dict[str, Path]) -> None:
    _open(page, packs["full-en"])
    pairs = page.eval_on_selector_all(
        "nav a",
        """as => as.map(a => {const h = document.getElementById(a.hash.slice(1));
                               return [a.textContent, h.tagName, h.textContent]})""",
    )
    assert len(pairs) > 30
    for link, tag, heading in pairs:
        assert tag in ("H2", "H3") and link == heading


def test_the_skip_link_is_first_visible_on_focus_and_leads_to_the_report(
    page: Any, packs: dict[str, Path]
) -> None:
    _open(page, packs["full-en"])
    page.keyboard.press("Tab")
    skip = page.evaluate(
        """() => {const e = document.activeElement, r = e.getBoundingClientRect();
                  return {cls: e.className, top: r.top}}"""
    )
    assert skip["cls"] == "skip-link" and skip["top"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next stop is inside the report, and a focused link is ringed.
    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => {const e = document.activeElement, s = getComputedStyle(e);
                  return {inside: !!e.closest('main'), outline: s.outlineStyle,
                          width: parseFloat(s.outlineWidth)}}"""
    )
    assert focused == {"inside": True, "outline": "solid", "width": 3}


def test_a_welsh_workshops_own_text_is_marked_welsh(page: Any, packs: dict[str, Path]) -> None:
    _open(page, packs["full-cy"])
    # The page is in the language the pack's own words are in (Welsh once the catalogue
    # has them); the workshop's text is Welsh either way.
    assert page.get_attribute("html", "lang") == language_tag("cy")
    spoken_as = page.evaluate(
        """() => [document.querySelector('h1'), document.querySelector('table.details td')]
                 .map(e => e.closest('[lang]').getAttribute('lang'))"""
    )
    assert [tag.split("-")[0] for tag in spoken_as] == ["cy", "cy"]
    _open(page, packs["full-en"])
    assert page.get_attribute("html", "lang") == "en-GB"
    assert page.eval_on_selector_all("body [lang]", "es => es.length") == 0


def test_on_a_phone_only_tables_scroll_sideways(page: Any, packs: dict[str, Path]) -> None:
    _open(page, packs["full-en"], width=390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    wide = page.eval_on_selector_all(
        "div.table", "ds => ds.filter(d => d.scrollWidth > d.clientWidth).length"
    )
    assert wide > 0  # the risk register and the like keep their columns, and scroll


def test_the_print_stylesheet_lays_out_pages(page: Any, packs: dict[str, Path]) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    _open(page, packs["full-en"])
    page.emulate_media(media="print")
    assert page.eval_on_selector(".skip-link", "e => getComputedStyle(e).display") == "none"
    assert page.eval_on_selector("thead", "e => getComputedStyle(e).display") == (
        "table-header-group"
    )
    assert page.eval_on_selector(".new-page", "e => getComputedStyle(e).breakBefore") == "page"
    printed = PdfReader(BytesIO(page.pdf(format="A4")))
    assert len(printed.pages) > 15
    assert "Appendix D" in "".join(p.extract_text() or "" for p in printed.pages)
