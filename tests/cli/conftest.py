"""Run the real ``smartdesk`` command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

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
            text=True,
            env=env,
            cwd=cwd,
            timeout=120,
        )

    return run
