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
    assert set(report) == {"ranking", "sensitivity"}
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
    assert json.loads(result.stdout) == {"ranking": [], "sensitivity": []}
    text = smartdesk("appraise", empty)
    assert "nothing to rank" in text.stdout

    missing = smartdesk("appraise", tmp_path / "nowhere.smartdesk")
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "Traceback" not in missing.stderr
