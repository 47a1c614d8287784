"""A public cover whose table of withheld items runs onto page 2: the report goes on
there (the contents, then the body) instead of leaving the rest of the page blank."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from smartdesk.domain.records import WorkshopData
from smartdesk.reports.pack import build_pack
from tests.unit.reports import sample

PURPOSE = "1 Purpose of the report"


def _many_withheld() -> WorkshopData:
    """The sample with secrets, with its first 12 risks and stakeholders confidential:
    the table of withheld items no longer fits on the cover."""
    data = sample.with_secrets()
    return replace(
        data,
        risks=tuple(
            replace(r, confidential=True) if i < 12 else r for i, r in enumerate(data.risks)
        ),
        stakeholders=tuple(
            replace(s, confidential=True) if i < 12 else s for i, s in enumerate(data.stakeholders)
        ),
    )


def _pages(path: Path) -> list[list[str]]:
    return [(page.extract_text() or "").splitlines() for page in PdfReader(path).pages]


def _listed_page(contents: list[str], heading: str) -> int:
    """The page number the contents gives for ``heading`` (the line after its title)."""
    return int(contents[contents.index(heading) + 1])


def test_the_contents_follows_a_cover_that_ran_onto_page_2(tmp_path: Path) -> None:
    data = _many_withheld()
    pages = _pages(build_pack(data, tmp_path / "public.pdf", public=True))
    assert "Exempt under" in pages[0]  # the table starts on the cover ...
    last_risk = f"Risk {min(12, len(data.risks))}"
    assert last_risk not in pages[0] and last_risk in pages[1]  # ... and runs onto page 2
    # Page 2 goes on with the contents, under the body's running header.
    assert "Contents" in pages[1]
    assert pages[1][:2] == [data.workshop.title, "Public"]
    # The contents runs onto page 3 and the report follows it there; the page numbers
    # it lists are the pages the headings are on.
    contents = pages[1] + pages[2]
    assert PURPOSE in pages[2] and _listed_page(contents, PURPOSE) == 3
    assert "2 Recommendations" in pages[2] + pages[3]


def test_a_cover_with_a_little_over_keeps_the_contents_on_page_2(tmp_path: Path) -> None:
    # The demo's public cover runs a few lines onto page 2: the contents closes its
    # lines up to fit under them, and the body starts on page 3.
    data = sample.demo()
    pages = _pages(build_pack(data, tmp_path / "public.pdf", public=True))
    assert "Contents" in pages[1]
    assert _listed_page(pages[1], "Appendix C: Whole-life costs") > 3  # the whole list
    assert pages[2][2] == PURPOSE and _listed_page(pages[1], PURPOSE) == 3


def test_a_cover_on_one_page_is_followed_by_the_contents_on_a_page_of_its_own(
    tmp_path: Path,
) -> None:
    pages = _pages(build_pack(sample.demo(), tmp_path / "full.pdf", public=False))
    assert "Contents" not in pages[0]
    assert pages[1][2] == "Contents" and "This report asks" not in " ".join(pages[1])
    assert pages[2][2] == PURPOSE and _listed_page(pages[1], PURPOSE) == 3
