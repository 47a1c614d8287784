"""Run the real ``smartdesk`` command in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]

RunSmartdesk = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def smartdesk(user_folders: Path) -> RunSmartdesk:
    """``smartdesk(*args)`` runs ``python -m smartdesk *args`` and returns the result."""

    def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        return subprocess.run(
            [sys.executable, "-m", "smartdesk", *map(str, args)],
            capture_output=True,
            # What SmartDesk always writes (cli/streams.py); not the locale's encoding,
            # which on Windows is the ANSI code page and garbles Welsh letters and "£".
            encoding="utf-8",
            env=env,
            cwd=cwd,
            timeout=120,
        )

    return run


def write_json(path: Path, document: Mapping[str, Any]) -> Path:
    """``document`` written to ``path`` as an interchange file (UTF-8)."""
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def refused_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a refused command (status 2) writes on stderr, with no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def new_from_json(smartdesk: RunSmartdesk, folder: Path, document: Mapping[str, Any]) -> Path:
    """``w.smartdesk`` in ``folder``, made by ``smartdesk new --from-json`` from ``document``."""
    source = write_json(folder / "in.json", document)
    workshop = folder / "w.smartdesk"
    assert smartdesk("new", workshop, "--from-json", source).returncode == 0
    return workshop


def exported_json(smartdesk: RunSmartdesk, workshop: Path) -> Any:
    """What ``smartdesk export --json`` writes for ``workshop``."""
    out = workshop.parent / "out.json"
    assert smartdesk("export", workshop, "--json", out).returncode == 0
    return json.loads(out.read_text("utf-8"))
