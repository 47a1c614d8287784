"""What the CLI prints survives a narrow output encoding (Windows' cp1252 when redirected).

Windows Python writes redirected output in the ANSI code page; the same narrow
encoding is forced here with ``PYTHONIOENCODING=cp1252`` and ``LANG=C`` so the
Windows fault (a UnicodeEncodeError traceback on a Welsh option name) shows on Linux.
Output goes to a real file, as ``> out.txt`` does.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartdesk.interchange.json_format import read_workshop_json
from smartdesk.store import WorkshopFile
from tests.cli.conftest import PROJECT_ROOT
from tests.conftest import DEMO_JSON

WELSH = "Gwasanaeth ŵyr ŷd"
EMOJI = "Bus shelters 🚌 café"


@pytest.fixture
def welsh_workshop(tmp_path: Path) -> Path:
    data = read_workshop_json(DEMO_JSON)
    first, second, *rest = data.options
    options = (
        dataclasses.replace(first, name=WELSH),
        dataclasses.replace(second, name=EMOJI),
        *rest,
    )
    path = tmp_path / "Gweithdy ŵ.smartdesk"
    WorkshopFile.create(path, dataclasses.replace(data, options=options)).close()
    return path


def _run_narrow(tmp_path: Path, *args: str | Path) -> tuple[int, str, str]:
    """Run the CLI with cp1252 output into real files; return status, stdout, stderr."""
    env = dict(os.environ, PYTHONIOENCODING="cp1252", LANG="C", LC_ALL="C")
    env.pop("PYTHONUTF8", None)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        status = subprocess.run(
            [sys.executable, "-m", "smartdesk", *map(str, args)],
            stdout=stdout,
            stderr=stderr,
            env=env,
            timeout=120,
        ).returncode
    return status, out.read_bytes().decode("utf-8"), err.read_bytes().decode("utf-8")


@pytest.mark.parametrize("command", ["appraise", "review"])
def test_text_report_with_welsh_and_emoji_names_is_written_as_utf8(
    welsh_workshop: Path, tmp_path: Path, command: str
) -> None:
    status, out, err = _run_narrow(tmp_path, command, welsh_workshop)
    assert "Traceback" not in err and status == 0, err
    if command == "appraise":
        assert WELSH in out and EMOJI in out


def test_json_report_is_utf8_whatever_the_output_encoding(
    welsh_workshop: Path, tmp_path: Path
) -> None:
    status, out, err = _run_narrow(tmp_path, "appraise", welsh_workshop, "--json")
    assert status == 0, err
    names = {row["name"] for row in json.loads(out)["ranking"]}
    assert {WELSH, EMOJI} <= names


def test_messages_naming_a_welsh_file_are_readable(welsh_workshop: Path, tmp_path: Path) -> None:
    status, out, err = _run_narrow(tmp_path, "check", welsh_workshop)
    assert status == 0, err
    assert welsh_workshop.name in out
    missing = tmp_path / "Dim ŵ 🚌.smartdesk"
    status, out, err = _run_narrow(tmp_path, "check", missing)
    assert status == 2
    assert "Traceback" not in err and missing.name in err and len(err.splitlines()) == 1
