"""The briefing pack PDF, read back with pypdf: structure, furniture, redaction, hostile text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from smartdesk.domain.enums import WorkshopStatus
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopData
from smartdesk.reports.catalogue import text
from smartdesk.reports.document import ExportCancelled
from smartdesk.reports.pack import build_pack
from tests.unit.reports import sample

SECTION_KEYS = [
    "h.purpose",
    "h.recommendations",
    "h.reasons",
    "h.background",
    "h.vision",
    "h.stakeholders",
    "h.options",
    "h.consultation",
    "h.risks",
    "h.implications",
    "h.next_steps",
    "h.background_papers",
    "h.contact",
    "h.appendix_a",
    "h.appendix_b",
    "h.appendix_c",
]


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The full and public packs of the demo workshop with secrets, built once."""
    folder = tmp_path_factory.mktemp("packs")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        data = sample.with_secrets()
        yield {
            "full": build_pack(data, folder / "full.pdf", public=False),
            "public": build_pack(data, folder / "public.pdf", public=True),
        }


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _flat(path: Path) -> str:
    """Extracted text with whitespace collapsed (wrapped lines joined)."""
    return " ".join(_text(path).split())


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def test_full_pack_structure(packs: dict[str, Path]) -> None:
    reader = PdfReader(packs["full"])
    assert len(reader.pages) > 12
    content = _flat(packs["full"])
    assert f"Page 1 of {len(reader.pages)}" in content
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in content
    assert "Afonbridge Borough Council" in content
    titles = _outline_titles(reader)
    for key in [*SECTION_KEYS, "h.appendix_d", "doc.contents"]:
        assert text(key) in titles
        assert text(key) in content
    # Section headings appear in report order (after the contents page).
    body = content[content.find(text("h.purpose"), content.find(text("h.appendix_d"))) :]
    order = [body.find(text(key)) for key in SECTION_KEYS]
    assert all(p >= 0 for p in order) and order == sorted(order)


def test_metadata_language_and_marking(packs: dict[str, Path]) -> None:
    reader = PdfReader(packs["full"])
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Smart Streets options workshop"
    assert meta.author == "Sarah Okafor, Head of Highways and Transport"
    assert meta.subject and "Smart Streets" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    content = _flat(packs["full"])
    # The DRAFT watermark is drawn as outlines, not text (test_page checks it is there).
    assert text("doc.exempt") in content and text("doc.draft") not in content
    assert "Schedule 12A to the Local Government Act 1972" in content


def test_fonts_embedded_and_images_present(packs: dict[str, Path]) -> None:
    reader = PdfReader(packs["full"])
    embedded = set()
    images = 0
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            # ReportLab writes TrueType subsets as simple fonts; allow Type0 fonts too.
            holders = [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]
            for holder in holders:
                descriptor = holder.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    embedded.add(str(font["/BaseFont"]))
        images += len(page.images)
    assert any("DejaVuSans" in name for name in embedded)
    assert images >= 6  # radar, grid, gap, ranking, sensitivity, heat map


def test_public_pack_leaks_nothing_removed(packs: dict[str, Path]) -> None:
    # Whitespace removed throughout, so a secret wrapped inside a table cell still counts.
    full, public = _squash(_text(packs["full"])), _squash(_text(packs["public"]))
    data = sample.with_secrets()
    secrets = [
        sample.SECRET_STRATEGY,
        sample.SECRET_OPTION,
        sample.SECRET_RISK,
        sample.SECRET_STAKEHOLDER,
        sample.RESIDENT_NAME,
        sample.EMAIL,
        sample.PHONE,
    ]
    secrets += [s.email for s in data.stakeholders if s.email]
    secrets += [s.phone for s in data.stakeholders if s.phone]
    secrets += [s.name for s in data.stakeholders if s.category and s.category.value == "resident"]
    secrets += [o.name for o in data.options if o.confidential]
    secrets += [r.title for r in data.risks if r.confidential]
    secrets += [s.title for s in data.strategies if s.confidential]
    # Participants' names, organisations and roles are personal data (Appendix D of the
    # full version lists them; the public version only counts them).
    people = [p for p in data.participants if p.kind.value == "person"]
    secrets += [value for p in people for value in (p.name, p.role)]
    for secret in secrets:
        assert _squash(secret) in full, secret  # the test can fail
        assert _squash(secret) not in public, secret
    # The contact officer's official address is published; no other address is.
    assert "@" not in public.replace(_squash(data.workshop.contact_email), "")
    # A private individual's role could identify her: the public version never shows it.
    assert _squash(sample.RESIDENT_ROLE) in full and _squash(sample.RESIDENT_ROLE) not in public
    for phrase in (
        "A resident",
        text("doc.public"),
        text("public.recommended_exempt"),
        "Exempt information under Schedule 12A to the Local Government Act 1972",
        "Sch 12A para 1",
        "Sch 12A para 3",
    ):
        assert _squash(phrase) in public
    assert _squash(text("h.appendix_d")) not in public


def test_hostile_text_is_literal_and_does_not_crash(tmp_path: Path) -> None:
    out = build_pack(sample.hostile(), tmp_path / "hostile.pdf", public=False)
    content = _flat(out)
    assert "<b>bold?</b> & <i>x</i> &amp;" in content
    assert "Cyngor Sir Ŵyŷâ & <Council>" in content
    assert "ŵ" in content
    # Wales: the two extra implications, and the Welsh citation.
    assert text("imp.welsh_language") in content and text("imp.wellbeing") in content
    assert "as it applies in Wales" in content
    assert content.count("Lorem ipsum") > 150  # the 10,000-character fields are all there


def test_empty_workshop_says_sections_are_empty(tmp_path: Path) -> None:
    data = WorkshopData()
    out = build_pack(data, tmp_path / "empty.pdf", public=True)
    content = _flat(out)
    for key in [
        "rec.none",
        "background.none",
        "stake.none",
        "options.none",
        "risks.none",
        "next.none",
        "papers.none",
    ]:
        assert text(key) in content, key
    assert len(PdfReader(out).outline) >= len(SECTION_KEYS)


def test_final_status_has_no_draft_watermark(tmp_path: Path) -> None:
    from dataclasses import replace

    data = WorkshopData()
    data = replace(data, workshop=replace(data.workshop, status=WorkshopStatus.FINAL))
    assert text("doc.draft") not in _flat(build_pack(data, tmp_path / "final.pdf", public=False))


def test_unwritable_path_is_a_workshop_error(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError):
        build_pack(WorkshopData(), tmp_path / "missing" / "pack.pdf", public=False)
    with pytest.raises(WorkshopError):
        build_pack(WorkshopData(), tmp_path, public=False)


def test_cancel_leaves_no_file_and_progress_reaches_100(tmp_path: Path) -> None:
    seen: list[int] = []
    calls = 0

    def cancel_later() -> bool:
        nonlocal calls
        calls += 1
        return calls > 20

    out = tmp_path / "pack.pdf"
    with pytest.raises(ExportCancelled):
        build_pack(sample.demo(), out, public=False, cancelled=cancel_later)
    assert list(tmp_path.iterdir()) == []
    build_pack(WorkshopData(), out, public=False, progress=lambda pct, _m: seen.append(pct))
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)


def test_full_pack_moves_exempt_items_to_appendix_d(packs: dict[str, Path]) -> None:
    content = _squash(_text(packs["full"]))
    appendix = content.rfind(_squash(text("h.appendix_d")))
    body_start = content.find(
        _squash(text("h.purpose")), content.find(_squash(text("h.appendix_d")))
    )
    body, exempt = content[body_start:appendix], content[appendix:]
    for secret in (sample.SECRET_OPTION, sample.SECRET_RISK, sample.SECRET_STRATEGY, "pq@quill"):
        assert _squash(secret) not in body, secret
        assert _squash(secret) in exempt, secret
    letter = "ABCDEFGHIJ"[[o.id for o in sample.with_secrets().options].index("opt-secret")]
    assert _squash(f"Option {letter} — exempt (see Part B, paragraph 3)") in body
    assert _squash(text("doc.not_for_publication")) in exempt
    assert _squash("paragraph 3 of Part 1 of Schedule 12A") in exempt
    assert _squash("paragraph 10 of Schedule 12A") in exempt  # the public-interest test


def test_contents_page_numbers_point_at_the_headings(packs: dict[str, Path]) -> None:
    reader = PdfReader(packs["full"])
    contents = " ".join((reader.pages[1].extract_text() or "").split())
    assert text("doc.contents") in contents
    for key in ("h.purpose", "h.options", "h.appendix_a", "h.appendix_d"):
        heading = text(key)
        found = re.search(re.escape(heading) + r"[ .]*?(\d+)", contents)
        assert found, heading
        page = int(found.group(1))
        assert heading in " ".join((reader.pages[page - 1].extract_text() or "").split())
    # Every contents line is a link to its heading.
    links = [a for a in reader.pages[1].get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"]
    assert len(links) >= 20
