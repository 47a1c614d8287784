"""``appraise`` and ``review`` run as the real command on the sample workshop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartdesk.domain.appraisal_report import appraisal_report
from smartdesk.domain.review import review
from smartdesk.store import WorkshopFile
from tests.cli.conftest import RunSmartdesk

RANKING_KEYS = {"rank", "option_id", "name", "score_pct", "incomplete"}
SENSITIVITY_KEYS = {
    "criterion_id",
    "name",
    "share_pct",
    "top_stays_from_pct",
    "top_stays_to_pct",
    "overtaken_below_by",
    "overtaken_above_by",
}
COST_KEYS = {
    "option_id",
    "name",
    "npc",
    "pv_benefits",
    "npsv",
    "npsv_vs_do_minimum",
    "incomplete",
}
GAP_KEYS = {"stage", "check", "severity", "message", "record_id"}


@pytest.fixture
def demo(smartdesk: RunSmartdesk, tmp_path: Path) -> Path:
    path = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", path).returncode == 0
    return path


def test_appraise_json_is_exactly_the_interchange_object(
    smartdesk: RunSmartdesk, demo: Path
) -> None:
    result = smartdesk("appraise", demo, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {
        "ranking",
        "sensitivity",
        "most_sensitive",
        "costs",
        "switching_values",
    }
    assert report["ranking"] and report["sensitivity"]
    for row in report["ranking"]:
        assert set(row) == RANKING_KEYS
        assert isinstance(row["rank"], int) and isinstance(row["incomplete"], bool)
        assert isinstance(row["score_pct"], float)
    for row in report["sensitivity"]:
        assert set(row) == SENSITIVITY_KEYS
        assert row["top_stays_from_pct"] <= row["share_pct"] <= row["top_stays_to_pct"]

    with WorkshopFile.open(demo, read_only=True) as store:
        data = store.load()
    assert report == appraisal_report(data)
    names = {option.id: option.name for option in data.options}
    top = report["ranking"][0]
    assert (top["rank"], top["name"], top["score_pct"]) == (1, "D. Framework call-off", 77.0)
    assert [row["rank"] for row in report["ranking"]] == list(range(1, 7))
    fit = next(row for row in report["sensitivity"] if row["name"] == "Strategic fit")
    assert (fit["share_pct"], fit["top_stays_from_pct"], fit["top_stays_to_pct"]) == (
        25.0,
        0.0,
        31.82,
    )
    assert fit["overtaken_below_by"] is None
    assert names[fit["overtaken_above_by"]] == "E. Managed service with outcome-based payment"
    # The workshop is only read: appraising leaves the file as it was.
    assert smartdesk("check", demo).returncode == 0


def test_appraise_prints_a_readable_table(smartdesk: RunSmartdesk, demo: Path) -> None:
    result = smartdesk("appraise", demo)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Ranking of the short-listed options"
    assert "   1   77.00 %  D. Framework call-off" in lines
    assert any(line.startswith("Strategic fit (25.0 %): D. Framework call-off") for line in lines)
    assert not result.stdout.lstrip().startswith("{")


def test_review_json_has_the_documented_shape(smartdesk: RunSmartdesk, demo: Path) -> None:
    result = smartdesk("review", demo, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"ready", "gaps"}
    assert report["ready"] is (not report["gaps"])
    for gap in report["gaps"]:
        assert set(gap) == GAP_KEYS
        assert gap["stage"] in {"vision", "stakeholders", "options", "pack"}
        assert gap["severity"] in {"blocker", "warning"}
        assert isinstance(gap["message"], str) and gap["message"]
    with WorkshopFile.open(demo, read_only=True) as store:
        assert len(report["gaps"]) == len(review(store.load()))


def test_review_of_a_new_workshop_walks_every_stage(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.smartdesk"
    assert smartdesk("new", empty).returncode == 0
    result = smartdesk("review", empty, "--json")
    assert result.returncode == 0
    gaps = json.loads(result.stdout)["gaps"]
    assert [(gap["stage"], gap["check"]) for gap in gaps] == [
        ("vision", "problem_missing"),
        ("vision", "vision_missing"),
        ("vision", "no_outcomes"),
        ("stakeholders", "no_stakeholders"),
        ("options", "no_options"),
        ("options", "no_criteria"),
        ("pack", "no_recommendation"),
    ]
    text = smartdesk("review", empty)
    assert text.returncode == 0
    assert text.stdout.startswith("Not ready for committee: 7 gaps")
    for words in (
        "The problem has not been written",
        "There is no vision statement",
        "No outcomes are set",
        "No stakeholders are listed",
        "No delivery options are listed",
        "business as usual and do minimum",
    ):
        assert words in text.stdout


def test_appraise_of_an_empty_workshop_and_of_no_file(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.smartdesk"
    assert smartdesk("new", empty).returncode == 0
    result = smartdesk("appraise", empty, "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "ranking": [],
        "sensitivity": [],
        "most_sensitive": None,
        "costs": [],
        "switching_values": None,
    }
    text = smartdesk("appraise", empty)
    assert "nothing to rank" in text.stdout

    missing = smartdesk("appraise", tmp_path / "nowhere.smartdesk")
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "Traceback" not in missing.stderr


def _two_places(value: float) -> bool:
    return round(value, 2) == value


def test_appraise_json_version_2_figures_have_the_contract_types(
    smartdesk: RunSmartdesk, demo: Path
) -> None:
    report = json.loads(smartdesk("appraise", demo, "--json").stdout)
    with WorkshopFile.open(demo, read_only=True) as store:
        data = store.load()
    # The demo: "Strategic fit" turns 6.82 points above today's 25 % (at 31.82 %).
    fit = next(row for row in report["sensitivity"] if row["name"] == "Strategic fit")
    assert report["most_sensitive"] == {"criterion_id": fit["criterion_id"], "points": 6.82}
    short = [option for option in data.options if option.shortlisted]
    assert [line["option_id"] for line in report["costs"]] == [option.id for option in short]
    for line in report["costs"]:
        assert set(line) == COST_KEYS
        assert isinstance(line["name"], str) and isinstance(line["incomplete"], bool)
        for key in ("npc", "pv_benefits", "npsv", "npsv_vs_do_minimum"):
            assert isinstance(line[key], float) and _two_places(line[key]), (key, line)
        assert line["npsv"] == pytest.approx(line["pv_benefits"] - line["npc"], abs=0.011)
    do_minimum = next(line for line in report["costs"] if line["name"].startswith("B."))
    assert do_minimum["npsv_vs_do_minimum"] == 0.0
    values = report["switching_values"]
    assert set(values) == {"option_id", "costs_rise_pct", "benefits_fall_pct"}
    assert values["option_id"] == data.recommendation.option_id
    # D over 10 years at 3.5 % (annuity factor 8.316605): NPC = 1,660,000 x 1.2 +
    # 95,000 x 1.2 x 8.316605 = 2,940,093; PVB = (285,000 + 80,000 social) x 8.316605
    # = 3,035,561; NPSV = 95,468. Costs may rise 95,468 / 2,940,093 = 3.25 %, benefits
    # fall 95,468 / 3,035,561 = 3.14 %.
    assert values["costs_rise_pct"] == 3.25 and values["benefits_fall_pct"] == 3.14


def test_appraise_json_switching_values_of_a_worthwhile_option(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    # Flat 0 % over 4 years (hand-worked in tests/unit/domain/test_npsv.py):
    # NPC 2,100, PVB 2,400, NPSV 300; costs may rise 14.29 %, benefits fall 12.5 %.
    document = {
        "format": "smartdesk-workshop",
        "version": 2,
        "workshop": {"id": "w", "appraisal_years": 4, "discount_rate_pct": 0},
        "criteria": [{"id": "c", "name": "Value", "weight": 1}],
        "options": [
            {
                "id": "a",
                "name": "A",
                "capital_cost": 1000,
                "annual_cost": 100,
                "annual_benefit": 400,
                "annual_social_benefit": 200,
                "optimism_bias_pct": 50,
                "shortlisted": True,
            },
            {
                "id": "d",
                "name": "D",
                "annual_cost": 200,
                "annual_benefit": 100,
                "shortlisted": True,
                "do_minimum": True,
            },
        ],
        "scores": [
            {"option_id": "a", "criterion_id": "c", "score": 4},
            {"option_id": "d", "criterion_id": "c", "score": 2},
        ],
        "recommendation": {"option_id": "a"},
    }
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document), "utf-8")
    workshop = tmp_path / "w.smartdesk"
    assert smartdesk("new", workshop, "--from-json", source).returncode == 0
    report = json.loads(smartdesk("appraise", workshop, "--json").stdout)
    assert report["costs"] == [
        {"option_id": "a", "name": "A", "npc": 2100.0, "pv_benefits": 2400.0, "npsv": 300.0,
         "npsv_vs_do_minimum": 700.0, "incomplete": False},
        {"option_id": "d", "name": "D", "npc": 800.0, "pv_benefits": 400.0, "npsv": -400.0,
         "npsv_vs_do_minimum": 0.0, "incomplete": False},
    ]  # fmt: skip
    assert report["switching_values"] == {
        "option_id": "a",
        "costs_rise_pct": 14.29,
        "benefits_fall_pct": 12.5,
    }
    assert report["most_sensitive"] is None  # one criterion: nothing can overtake
    text = smartdesk("appraise", workshop).stdout
    assert "net present social value (NPSV) over 4 years, in today's (real) prices" in text
    assert "Discounted at a flat 0 % a year" in text
    assert "NPV" not in text
    assert (
        "Switching values for A (the recommended option): its NPSV falls to zero if its "
        "whole-life cost rises by 14.29 % or if its benefits fall by 12.50 %." in text
    )
    assert "£300" in text and "£700" in text
