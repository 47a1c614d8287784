"""``demo``, ``new``, ``check``, ``export --json``: exit codes and messages of the real command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import RunSmartdesk


def _assert_user_error(result: object, code: int = 2) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in result.stderr  # type: ignore[attr-defined]


def test_demo_then_check_then_export_round_trip(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    result = smartdesk("check", workshop)
    assert result.returncode == 0 and "sound" in result.stdout

    exported = tmp_path / "demo.json"
    assert smartdesk("export", workshop, "--json", exported).returncode == 0
    copy = tmp_path / "copy.smartdesk"
    assert smartdesk("new", copy, "--from-json", exported).returncode == 0
    again = tmp_path / "again.json"
    assert smartdesk("export", copy, "--json", again).returncode == 0
    assert json.loads(again.read_text("utf-8")) == json.loads(exported.read_text("utf-8"))
    document = json.loads(exported.read_text("utf-8"))
    assert document["format"] == "smartdesk-workshop" and document["version"] == 2
    assert len(document["stakeholders"]) >= 15


def test_demo_refuses_existing_file(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    existing = tmp_path / "mine.smartdesk"
    existing.write_text("precious")
    _assert_user_error(smartdesk("demo", existing))
    assert existing.read_text() == "precious"


def test_new_creates_empty_workshop_named_after_file(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "Parking pilot.smartdesk"
    assert smartdesk("new", workshop).returncode == 0
    out = tmp_path / "out.json"
    assert smartdesk("export", workshop, "--json", out).returncode == 0
    document = json.loads(out.read_text("utf-8"))
    assert document["workshop"]["title"] == "Parking pilot"
    assert document["stakeholders"] == []


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("not json at all", "JSON"),
        ('{"format": "smartdesk-workshop", "version": 1, "colour": "red"}', "colour"),
        ('{"format": "something-else", "version": 1}', "format"),
        ('{"format": "smartdesk-workshop", "version": 99}', "version"),
        (
            '{"format": "smartdesk-workshop", "version": 1, '
            '"stakeholders": [{"id": "a", "name": "Rhian Morgan", "power": 11}]}',
            "power",
        ),
        (
            '{"format": "smartdesk-workshop", "version": 1, '
            '"stakeholders": [{"id": "a"}, {"id": "a"}]}',
            "a",
        ),
        (
            '{"format": "smartdesk-workshop", "version": 1, '
            '"risks": [{"id": "r", "option_id": "nowhere"}]}',
            "nowhere",
        ),
    ],
)
def test_new_from_bad_json_is_refused_and_creates_nothing(
    smartdesk: RunSmartdesk, tmp_path: Path, content: str, needle: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content, "utf-8")
    target = tmp_path / "new.smartdesk"
    result = smartdesk("new", target, "--from-json", source)
    _assert_user_error(result)
    assert needle in result.stderr
    assert not target.exists()


def test_new_from_missing_json(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    target = tmp_path / "new.smartdesk"
    _assert_user_error(smartdesk("new", target, "--from-json", tmp_path / "nope.json"))
    assert not target.exists()


def test_check_exit_codes(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.smartdesk"
    text_file.write_text("meeting notes")
    _assert_user_error(smartdesk("check", text_file), 2)

    other_db = tmp_path / "other.sqlite"
    with sqlite3.connect(other_db) as connection:
        connection.execute("create table things (x)")
    _assert_user_error(smartdesk("check", other_db), 2)

    _assert_user_error(smartdesk("check", tmp_path / "missing.smartdesk"), 2)

    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    damaged = tmp_path / "damaged.smartdesk"
    data = workshop.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    _assert_user_error(smartdesk("check", damaged), 1)


def test_bad_usage_is_one_line_exit_2(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    _assert_user_error(smartdesk("check"))
    _assert_user_error(smartdesk("export", tmp_path / "x.smartdesk", "--bogus"))
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    _assert_user_error(smartdesk("export", workshop))  # no format asked for
    _assert_user_error(smartdesk("export", workshop, "--json", tmp_path / "no" / "x.json"))
    _assert_user_error(smartdesk("export", workshop, "--json", workshop))


def test_help_and_version(smartdesk: RunSmartdesk) -> None:
    result = smartdesk("--help")
    assert result.returncode == 0
    for command in ("demo", "new", "check", "export", "appraise", "review", "merge"):
        assert command in result.stdout
    # Each command's module is loaded only when it runs: --help loads every one.
    commands = ("demo", "new", "check", "export", "appraise", "review", "import", "scrub", "merge")
    for command in commands:
        help_text = smartdesk(command, "--help")
        assert help_text.returncode == 0, help_text.stderr
        assert f"usage: smartdesk {command}" in help_text.stdout
    version = smartdesk("--version")
    assert version.returncode == 0 and version.stdout.startswith("SmartDesk ")
