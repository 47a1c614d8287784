"""Every edit is on disk when the call returns: a process killed right after keeps it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartdesk.domain.errors import DamagedFileError
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


INTERRUPTED = """
import os, sys
from smartdesk.store import WorkshopFile
wf = WorkshopFile.open(sys.argv[1])
conn = wf._db.conn
conn.execute("PRAGMA cache_size = 5")  # spill pages to the file mid-transaction
conn.execute("BEGIN")
for i in range(400):
    conn.execute(
        "INSERT INTO stakeholders (id, position, notes) VALUES (?, ?, ?)",
        (f"x{i}", 100 + i, "x" * 500),
    )
os.kill(os.getpid(), 9)
"""


def test_change_interrupted_by_a_crash_is_rolled_back(
    workshop_path: Path, rich: WorkshopData
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", INTERRUPTED, str(workshop_path)],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -9, result.stderr.decode()
    journal = Path(f"{workshop_path}-journal")
    assert journal.exists()
    before = (workshop_path.read_bytes(), journal.read_bytes())

    # check and read-only opening report it and leave both files alone.
    for attempt in (
        lambda: check(workshop_path),
        lambda: WorkshopFile.open(workshop_path, read_only=True),
    ):
        with pytest.raises(DamagedFileError, match="middle of a change") as caught:
            attempt()
        assert caught.value.exit_code == 1
    assert (workshop_path.read_bytes(), journal.read_bytes()) == before

    with WorkshopFile.open(workshop_path) as wf:
        assert wf.load() == rich
    assert not journal.exists()
    check(workshop_path)
