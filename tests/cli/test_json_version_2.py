"""JSON version 2 through the real command: the exempt paragraph and a confidential log item."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import (
    RunSmartdesk,
    exported_json,
    new_from_json,
    refused_line,
    write_json,
)
from tests.unit.interchange.rich_document import as_version_2, rich_document, rich_document_v2


def test_a_version_1_file_comes_back_as_version_2_with_defaults(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = new_from_json(smartdesk, tmp_path, rich_document())
    assert exported_json(smartdesk, workshop) == as_version_2(rich_document())


def test_a_version_2_file_keeps_its_new_keys_through_the_workshop_file(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = new_from_json(smartdesk, tmp_path, rich_document_v2())
    assert smartdesk("check", workshop).returncode == 0
    written = exported_json(smartdesk, workshop)
    assert written == rich_document_v2()
    assert [s["exempt_paragraph"] for s in written["strategies"]] == ["", "16"]
    assert [entry["confidential"] for entry in written["listening_log"]] == [False, True]


@pytest.mark.parametrize(
    ("section", "index", "key", "value"),
    [
        ("strategies", 1, "exempt_paragraph", "14"),
        ("stakeholders", 0, "exempt_paragraph", "12"),
        ("options", 3, "exempt_paragraph", "14"),
        ("risks", 0, "exempt_paragraph", ""),
        ("listening_log", 1, "confidential", True),
        ("options", 4, "rejection_reason", "Too dear"),
        ("options", 2, "annual_social_benefit", 1000),
        ("options", 2, "optimism_bias_operating_pct", 41),
    ],
)
def test_a_version_1_file_using_a_version_2_key_isrefused_line(
    smartdesk: RunSmartdesk, tmp_path: Path, section: str, index: int, key: str, value: object
) -> None:
    document = rich_document()
    document[section][index][key] = value
    target = tmp_path / "new.smartdesk"
    source = write_json(tmp_path / "v1.json", document)
    line = refused_line(smartdesk("new", target, "--from-json", source))
    assert f"{section}[{index}]" in line and f".{key}: a version 2 key" in line
    assert '"version": 1' in line
    assert not target.exists()


@pytest.mark.parametrize(
    ("section", "key"),
    [
        ("workshop", "contact_officer"),
        ("workshop", "contact_email"),
        ("implications", "human_rights"),
        ("implications", "s151_officer"),
        ("implications", "monitoring_officer"),
    ],
)
def test_a_version_1_file_using_a_version_2_workshop_or_implications_key_isrefused_line(
    smartdesk: RunSmartdesk, tmp_path: Path, section: str, key: str
) -> None:
    document = rich_document()
    document[section][key] = "Jo Bloggs"
    target = tmp_path / "new.smartdesk"
    source = write_json(tmp_path / "v1.json", document)
    line = refused_line(smartdesk("new", target, "--from-json", source))
    assert f"{section}.{key}: a version 2 key" in line and '"version": 1' in line
    assert not target.exists()


def test_the_issue_16_keys_survive_the_workshop_file(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    written = exported_json(smartdesk, new_from_json(smartdesk, tmp_path, rich_document_v2()))
    assert written["workshop"]["contact_officer"] == "Siân Ellis-Hughes"
    assert written["workshop"]["contact_phone"] == "01248 750057"
    assert written["implications"]["monitoring_officer"] == "No legal impediment."
    options = {option["id"]: option for option in written["options"]}
    assert options["op-3"]["annual_social_benefit"] == 125_000.5
    assert options["op-3"]["optimism_bias_operating_pct"] == 41
    assert options["op-1-bau"]["optimism_bias_operating_pct"] is None
    assert options["op-5"]["rejection_reason"].startswith("Dim digon o gyllid")


@pytest.mark.parametrize(
    ("nation", "number"),
    [("wales", "3"), ("england", "14"), ("scotland", "16"), ("northern_ireland", "8")],
)
def test_a_paragraph_the_nations_law_lacks_isrefused_line(
    smartdesk: RunSmartdesk, tmp_path: Path, nation: str, number: str
) -> None:
    document = rich_document_v2()
    document["workshop"]["nation"] = nation
    for section in ("strategies", "stakeholders", "options", "risks"):
        for record in document[section]:
            record["exempt_paragraph"] = ""
    document["options"][3]["exempt_paragraph"] = number
    target = tmp_path / "new.smartdesk"
    source = write_json(tmp_path / "v2.json", document)
    line = refused_line(smartdesk("new", target, "--from-json", source))
    assert "options[3]" in line and ".exempt_paragraph: must be empty or a paragraph of" in line
    assert line.endswith(f"; got '{number}'")
    assert not target.exists()


def _welsh_moved_to(smartdesk: RunSmartdesk, folder: Path, nation: str) -> Path:
    """The Welsh workshop (paragraphs 12-18), moved to ``nation`` in the file itself."""
    workshop = new_from_json(smartdesk, folder, rich_document_v2())
    with sqlite3.connect(workshop) as connection:
        connection.execute("UPDATE workshop SET nation = ?", (nation,))
    connection.close()
    return workshop


def test_a_paragraph_left_stale_by_a_change_of_nation_stops_the_export(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    # Welsh paragraphs, then the workshop is moved to Scotland in the file itself.
    workshop = _welsh_moved_to(smartdesk, tmp_path, "scotland")
    out = tmp_path / "out.json"
    line = refused_line(smartdesk("export", workshop, "--json", out))
    assert "exempt paragraph must be empty or a paragraph of Schedule 7A" in line
    assert "got '16'" in line
    assert not out.exists()


def test_review_names_every_paragraph_a_change_of_nation_left_behind(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    # Welsh paragraphs (12-18) on a strategy, a stakeholder, an option and a risk; then
    # the workshop is moved to England (paragraphs 1-7) in the file itself.
    workshop = _welsh_moved_to(smartdesk, tmp_path, "england")

    result = smartdesk("review", workshop)
    assert result.returncode == 0 and result.stderr == ""
    lines = [line for line in result.stdout.splitlines() if "names exempt paragraph" in line]
    assert [line.split("'")[1] for line in lines] == [
        "Digital Strategy",
        "Rhian Morgan",
        "Concession with Menai Lighting",
        "Supplier goes out of business",
    ]
    assert all(line.startswith("  ! ") for line in lines)
    england = "the law in England does not have: its paragraphs are 1, 2, 3, 4, 5, 6 and 7"
    assert all(england in line for line in lines)
    assert "names exempt paragraph 16, which" in lines[0]
    report = json.loads(smartdesk("review", workshop, "--json").stdout)
    stale = [gap for gap in report["gaps"] if gap["check"] == "exempt_paragraph_not_in_law"]
    assert [gap["stage"] for gap in stale] == ["vision", "stakeholders", "options", "options"]

    # The JSON export still refuses, and says where to see every record to correct.
    out = tmp_path / "out.json"
    line = refused_line(smartdesk("export", workshop, "--json", out))
    assert line.startswith("smartdesk export: cannot export the workshop as JSON: ")
    assert "got '16' (and 3 more problems)" in line
    assert line.endswith(
        "smartdesk review (or the checklist in the Briefing pack stage) lists every record "
        "whose exempt paragraph the nation's law does not have"
    )
    assert not out.exists()
