"""Every edit is on disk when the call returns: a process killed right after keeps it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartdesk.domain.records import Stakeholder, WorkshopData
from smartdesk.store import WorkshopFile, check

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import os, sys
from smartdesk.domain.records import Stakeholder, Vision
from smartdesk.store import WorkshopFile
wf = WorkshopFile.open(sys.argv[1])
{edit}
os.kill(os.getpid(), 9)
"""

EDITS = {
    "add": "wf.add(Stakeholder('killed-1', 'Survivor ✅'), position=0)",
    "set": "wf.set_vision(Vision('after the crash'))",
    "delete": "wf.delete(Stakeholder, 'sh-1')",
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_edit_survives_sigkill(edit: str, workshop_path: Path, rich: WorkshopData) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(edit=EDITS[edit]), str(workshop_path)],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -9, result.stderr.decode()
    check(workshop_path)
    with WorkshopFile.open(workshop_path) as wf:
        data = wf.load()
    if edit == "add":
        assert data.stakeholders[0] == Stakeholder("killed-1", "Survivor ✅")
        assert data.stakeholders[1:] == rich.stakeholders
    elif edit == "set":
        assert data.vision.problem == "after the crash"
    else:
        assert [s.id for s in data.stakeholders] == ["sh-2", "sh-3"]
        assert all("sh-1" not in (r.from_id, r.to_id) for r in data.relationships)
