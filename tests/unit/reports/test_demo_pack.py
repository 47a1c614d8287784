"""The demo's briefing pack is complete: no section of either version prints one of the
pack's "nothing recorded" placeholders (issue 16: the demo shows what a finished pack
looks like, contact officer, rejection reasons, social benefits and every implication)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from smartdesk.reports.catalogue import text
from smartdesk.reports.pack import build_pack
from tests.unit.reports import sample

# Every catalogue line a section prints when the workshop has nothing for it.
PLACEHOLDERS = (
    "doc.not_recorded",
    "doc.none_recorded",
    "cover.all_wards",
    "imp.none",
    "options.no_reason",
    "contact.none",
    "consult.none",
    "reasons.none",
    "next.none",
    "papers.none",
    "appx.no_stakeholders",
    "appx.no_matrix",
    "appx.no_costs",
    "appx.costs_missing",
)


@pytest.fixture(scope="module")
def demo_packs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    folder = tmp_path_factory.mktemp("demo-pack")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        texts = {}
        for name, public in (("full", False), ("public", True)):
            path = build_pack(sample.demo(), folder / f"{name}.pdf", public=public)
            words = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
            texts[name] = " ".join(words.split())
        yield texts


@pytest.mark.parametrize("version", ["full", "public"])
def test_the_demo_pack_has_nothing_left_unrecorded(
    demo_packs: dict[str, str], version: str
) -> None:
    content = demo_packs[version]
    found = [key for key in PLACEHOLDERS if " ".join(text(key).split()) in content]
    assert found == []


def test_the_demo_pack_names_its_contact_officer_and_why_options_were_dropped(
    demo_packs: dict[str, str],
) -> None:
    data = sample.demo()
    info = data.workshop
    for version in ("full", "public"):
        content = demo_packs[version]
        for value in (info.contact_officer, info.contact_email, info.contact_phone):
            assert value and value in content
    assert info.contact_email.endswith("@example.gov.uk")
    dropped = [o for o in data.options if o.id != data.recommendation.option_id]
    assert dropped and all(o.rejection_reason for o in dropped)
    assert any(o.annual_social_benefit for o in data.options)
    # A short-listed reason shows in the body of both versions (G's is exempt, in Part B).
    assert dropped[0].rejection_reason[:40] in demo_packs["public"]
