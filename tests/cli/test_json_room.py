"""JSON version 2's room keys through the real command: participants, agenda, vote rounds
and votes come back whole, and a file breaking a vote rule is refused in one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import RunSmartdesk, exported_json, new_from_json, write_json
from tests.unit.interchange.rich_document import OP5, rich_document, rich_document_v2


def _second_open_round(document: dict[str, Any]) -> None:
    document["vote_rounds"][0]["status"] = "open"


def _over_budget(document: dict[str, Any]) -> None:
    document["votes"][1]["points"] = 2  # Rhian: 2 + 2 dots of 3


def _long_list_option(document: dict[str, Any]) -> None:
    document["votes"][0]["subject_id"] = OP5


def _twice(document: dict[str, Any]) -> None:
    document["votes"][1]["subject_id"] = document["votes"][0]["subject_id"]


def _unknown_voter(document: dict[str, Any]) -> None:
    document["votes"][4]["participant_id"] = "nobody"


def _bad_kind(document: dict[str, Any]) -> None:
    document["participants"][0]["kind"] = "robot"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _second_open_round,
            "vote_rounds[1] ('Weights').status: cannot be open: "
            "round 'Pa opsiwn? Which option?' is already open",
        ),
        (
            _over_budget,
            "votes[1] ('Rhian Morgan / Concession with Menai Li…'): takes participant "
            "'Rhian Morgan' to 4 dots in round "
            "'Pa opsiwn? Which option?', over its budget of 3",
        ),
        (
            _long_list_option,
            "votes[0] ('Rhian Morgan / Shared service with a ne…').subject_id: refers to option",
        ),
        (
            _twice,
            "votes[1] ('Rhian Morgan / Smart lighting via partn…'): is a second vote of this "
            "participant on this subject in this round",
        ),
        (
            _unknown_voter,
            "votes[4] ('nobody / Deliverability').participant_id: refers to participant "
            "'nobody', which does not exist",
        ),
        (
            _bad_kind,
            "participants[0] ('Rhian Morgan').kind: must be one of person, table, phone; "
            "got 'robot'",
        ),
    ],
)
def test_a_file_breaking_a_room_rule_is_refused_in_one_line(
    smartdesk: RunSmartdesk,
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    document = rich_document_v2()
    change(document)
    source = write_json(tmp_path / "in.json", document)
    workshop = tmp_path / "w.smartdesk"
    result = smartdesk("new", workshop, "--from-json", source)
    assert result.returncode == 2, (result.stdout, result.stderr)
    (line,) = result.stderr.strip().splitlines()
    assert expected in line and "Traceback" not in result.stderr
    assert line.startswith("smartdesk new: ")
    assert not workshop.exists()


def test_a_version_1_file_may_not_use_the_room_keys(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    document = {**rich_document(), "participants": []}
    source = write_json(tmp_path / "v1.json", document)
    result = smartdesk("new", tmp_path / "w.smartdesk", "--from-json", source)
    assert result.returncode == 2
    assert 'participants: a version 2 key in a file that says "version": 1' in result.stderr


def test_the_room_comes_back_through_the_workshop_file(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    written = exported_json(smartdesk, new_from_json(smartdesk, tmp_path, rich_document_v2()))
    for section in ("participants", "agenda", "vote_rounds", "votes"):
        assert written[section] == rich_document_v2()[section], section
    assert [p["group"] for p in written["participants"]] == ["Bwrdd 1 — Table 1", "Table 2", ""]
