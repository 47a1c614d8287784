"""Issue 16's appraisal in the pack, read back with pypdf: NPSV (never "NPV"), the
discounting wording, both optimism biases, switching values, the most sensitive
criterion, ties, and what an exempt option's costs take with them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from smartdesk.domain.formatting import money, percent
from smartdesk.domain.npsv import cost_lines, switching_values
from smartdesk.domain.records import Option, WorkshopData
from smartdesk.reports.pack import build_pack
from tests.unit.domain.test_npsv import issue_workshop
from tests.unit.reports import sample


def worthwhile() -> WorkshopData:
    """The demo over 40 years at 3.5 %, the recommended D. Framework call-off with
    £150,000 a year of social benefit (so its NPSV is positive) and its own operating
    optimism bias."""
    data = sample.demo()
    chosen = data.recommendation.option_id
    options = tuple(
        replace(o, annual_social_benefit=150_000, optimism_bias_operating_pct=12.5)
        if o.id == chosen
        else o
        for o in data.options
    )
    return replace(data, workshop=replace(data.workshop, appraisal_years=40), options=options)


def _pack_text(path: Path) -> str:
    pages = PdfReader(path).pages
    return " ".join(" ".join(page.extract_text() or "" for page in pages).split())


def _squash(value: str) -> str:
    # A narrow column hyphenates a long word at a line end ("oper-\nating"): join it.
    return re.sub(r"\s+", "", re.sub(r"(?<=[a-z])-\s+(?=[a-z])", "", value))


def _pack_money(value: object) -> str:
    # The pack formats the float, as it always has (see domain.formatting).
    return money(float(value), half_up=False)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def packs(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, tuple[Path, WorkshopData]]]:
    folder = tmp_path_factory.mktemp("appraisal-packs")
    secret_top = worthwhile()
    chosen = secret_top.recommendation.option_id
    secret_top = replace(
        secret_top,
        options=tuple(replace(o, confidential=o.id == chosen) for o in secret_top.options),
    )
    secret_baseline = replace(
        worthwhile(),
        options=tuple(replace(o, confidential=o.do_minimum) for o in worthwhile().options),
    )
    flat = replace(worthwhile(), workshop=replace(worthwhile().workshop, discount_rate_pct=5))
    tied = replace(
        issue_workshop(),
        options=(
            *issue_workshop().options,
            Option("op-z", "Alpha twin", shortlisted=True),
        ),
        scores=(
            *issue_workshop().scores,
            *(
                replace(s, option_id="op-z")
                for s in issue_workshop().scores
                if s.option_id == "op-i"
            ),
        ),
    )
    workshops = {
        "worthwhile": (worthwhile(), False),
        "flat": (flat, False),
        "secret_top_public": (secret_top, True),
        "secret_top_full": (secret_top, False),
        "secret_baseline_public": (secret_baseline, True),
        "issue": (issue_workshop(), False),
        "tied": (tied, False),
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        yield {
            name: (build_pack(data, folder / f"{name}.pdf", public=public), data)
            for name, (data, public) in workshops.items()
        }


def test_the_pack_shows_npsv_on_the_green_book_schedule_in_real_prices(
    packs: dict[str, tuple[Path, WorkshopData]],
) -> None:
    path, data = packs["worthwhile"]
    content = _pack_text(path)
    assert "NPV" not in content and "net present value" not in content
    assert "net present social value (NPSV = PVB - NPC) over 40 years" in content
    assert "All figures are in today's (real) prices" in content
    assert "3.5 % a year for years 1 to 30 and 3.0 % from year 31" in content
    assert "Green Book supplementary guidance on optimism bias" in content
    assert "up to 41 % on operating costs for outsourcing" in content
    squashed = _squash(content)
    for header in ("Optimismbias,capital", "Optimismbias,operating", "NPSVagainstdo-minimum"):
        assert header in squashed
    assert "12.5%" in squashed  # D's own operating bias
    lines = {line.option_id: line for line in cost_lines(data)}
    chosen = lines[data.recommendation.option_id or ""]
    assert chosen.npsv > 0
    for figure in (chosen.npc, chosen.pv_benefits, chosen.npsv, chosen.npsv_vs_do_minimum):
        assert _squash(_pack_money(figure)) in squashed


def test_the_pack_gives_the_switching_values_of_the_recommended_option(
    packs: dict[str, tuple[Path, WorkshopData]],
) -> None:
    path, data = packs["worthwhile"]
    values = switching_values(data)
    assert values is not None and values.costs_rise_pct and values.benefits_fall_pct
    rise = percent(values.costs_rise_pct, 1, half_up=False)
    fall = percent(values.benefits_fall_pct, 1, half_up=False)
    assert (
        "For D. Framework call-off, the recommended option, the NPSV falls to zero if its "
        f"whole-life cost rises by {rise} or if its benefits fall by {fall} "
        "(Green Book 5.59-5.61)."
    ) in _pack_text(path)


def test_a_flat_rate_is_named_as_such(packs: dict[str, tuple[Path, WorkshopData]]) -> None:
    content = _pack_text(packs["flat"][0])
    assert "the workshop's flat rate of 5 % a year for every year, not the Green Book" in content
    assert "3.5 % a year for years 1 to 30 and 3.0 % from year 31 (HM Treasury" not in content


def test_an_exempt_recommended_option_takes_its_npsv_and_switching_values_along(
    packs: dict[str, tuple[Path, WorkshopData]],
) -> None:
    public, data = packs["secret_top_public"]
    content = _pack_text(public)
    chosen = next(
        line for line in cost_lines(data) if line.option_id == data.recommendation.option_id
    )
    assert _squash(_pack_money(chosen.npsv)) not in _squash(content)
    assert "are derived from its costs and are withheld with them" in content
    values = switching_values(data)
    assert values is not None and values.costs_rise_pct is not None
    rise = percent(values.costs_rise_pct, 1, half_up=False)
    assert f"rises by {rise}" not in content
    # The full version gives them in Part B, under the option's label.
    full = _pack_text(packs["secret_top_full"][0])
    assert f"rises by {rise}" in full.split("Part B")[-1]


def test_an_exempt_do_minimum_withholds_every_npsv_against_it(
    packs: dict[str, tuple[Path, WorkshopData]],
) -> None:
    public, data = packs["secret_baseline_public"]
    content = _pack_text(public)
    assert "The do-minimum option is exempt, so each option's NPSV against it is withheld." in (
        content
    )
    squashed = _squash(content)
    for line in cost_lines(data):
        if line.npsv_vs_do_minimum:
            assert _squash(_pack_money(line.npsv_vs_do_minimum)) not in squashed


def test_the_most_sensitive_sentence_names_the_criterion_that_flips_soonest(
    packs: dict[str, tuple[Path, WorkshopData]],
) -> None:
    content = _pack_text(packs["issue"][0])
    assert (
        "It is most sensitive to Affordability: today's share is 20.0 %; if it rose above "
        "33.3 % (13.3 percentage points away), A. Managed service would rank first."
    ) in content
    assert "most sensitive to Community trust" not in content


def test_tied_scores_are_said_to_be_tied(packs: dict[str, tuple[Path, WorkshopData]]) -> None:
    content = _pack_text(packs["tied"][0])
    # In-house and its twin both score 72 %; the tie rule lists "Alpha twin" first.
    assert (
        "Tied: C. Alpha twin; B. In-house have the same weighted score (72.0 %). The tie "
        "rule lists them by name; the order is not a preference."
    ) in content
    assert "first place is shared" in content
