"""The pack's consultation section reports who took part and each vote round (read back
with pypdf from the demo's packs), and names nobody in the public version."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from smartdesk.domain.enums import RoundStatus
from smartdesk.reports.catalogue import text
from smartdesk.reports.pack import build_pack
from tests.unit.reports import sample


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The demo's full and public packs, and one whose weights no longer match the
    points round, as text with whitespace collapsed."""
    folder = tmp_path_factory.mktemp("room")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        data = sample.demo()
        first = data.criteria[0]
        changed = replace(
            data,
            criteria=(replace(first, weight=(first.weight or 0) + 1), *data.criteria[1:]),
            vote_rounds=(
                data.vote_rounds[0],
                replace(data.vote_rounds[1], status=RoundStatus.OPEN),
            ),
        )
        built = {
            "full": build_pack(data, folder / "full.pdf", public=False),
            "public": build_pack(data, folder / "public.pdf", public=True),
            "changed": build_pack(changed, folder / "changed.pdf", public=False),
        }
        yield {name: _flat(path) for name, path in built.items()}


def _flat(path: Path) -> str:
    pages = PdfReader(path).pages
    return " ".join(" ".join(page.extract_text() or "" for page in pages).split())


def _consultation(content: str) -> str:
    """Section 8's body (after the contents page), up to section 9."""
    start = content.find(text("h.consultation"), content.find(text("h.appendix_c")))
    return content[start : content.find(text("h.risks"), start)]


def test_each_vote_round_is_reported_with_what_was_asked_and_the_results(
    packs: dict[str, str],
) -> None:
    for version in ("full", "public"):  # the same story in both
        section = _consultation(packs[version])
        assert text("h.votes") in section
        assert (
            "“Which options should go forward to the full business case?”: each voter had "
            "3 dots to place on the short-listed options, several on one if they wished."
        ) in section
        assert "6 voters took part, giving 18 dots in all." in section
        assert "Most dots went to D. Framework call-off." in section
        assert "Rank Choice Dots Share Voters 1 D. Framework call-off 9 50.0 % 6" in section
        assert (
            "“How much should each success factor count?”: each voter shared 100 points "
            "among the critical success factors."
        ) in section
        assert "2 voters took part, giving 200 points in all." in section
        assert text("room.applied") in section
        # A chart per round, its caption doubling as the alternative text.
        assert "Results of “Which options should go forward" in section
        assert "1. D. Framework call-off: 9 (50.0 %)." in section


def test_participants_are_counted_by_type_and_group(packs: dict[str, str]) -> None:
    section = _consultation(packs["public"])
    assert "6 people took part." in section
    assert (
        "They came from these types of organisation: council (1), elected member (1), "
        "resident (1), community group (1), business (1), public sector (1)."
    ) in section
    assert "2 breakout tables each voted as one." in section
    assert "Breakout groups: Table 1 — Town centre (3), Table 2 — Neighbourhoods (3)." in section
    assert "One more was invited but did not attend." in section


def test_only_the_full_version_names_participants(packs: dict[str, str]) -> None:
    people = [p for p in sample.demo().participants if p.kind.value == "person"]
    assert text("h.appendix_participants") in packs["full"]
    assert text("h.appendix_participants") not in packs["public"]
    for person in people:
        assert person.name in packs["full"]  # the test can fail
        assert person.name not in packs["public"]
        assert person.role not in packs["public"]


def test_a_round_not_applied_and_a_round_still_open_say_so(packs: dict[str, str]) -> None:
    section = _consultation(packs["changed"])
    assert text("room.not_applied") in section and text("room.applied") not in section
    assert text("room.open") in section
