"""The lock beside a workshop open for editing: who has it, stale locks, taking over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartdesk.store import LockedError, LockInfo, WorkshopFile, read_lock
from smartdesk.store.lock import lock_path, this_machine

ROOT = Path(__file__).resolve().parents[3]


def write_lock(path: Path, **fields: object) -> LockInfo:
    raw = {"app": "SmartDesk", "user": "sam", "machine": "OTHER-PC", "pid": 1, "time": ""}
    raw.update(fields)
    lock_path(path).write_text(json.dumps(raw), encoding="utf-8")
    found = read_lock(path)
    assert found is not None
    return found


def test_lock_is_held_while_open_and_removed_on_close(workshop_path: Path) -> None:
    assert read_lock(workshop_path) is None
    with WorkshopFile.open(workshop_path) as wf:
        lock = read_lock(workshop_path)
        assert lock is not None
        assert (lock.machine, lock.pid) == (this_machine(), os.getpid())
        assert lock.started is not None
        raw = json.loads(lock_path(workshop_path).read_text(encoding="utf-8"))
        assert set(raw) == {"app", "user", "machine", "pid", "time"}
        assert wf.lock_still_ours()
    assert not lock_path(workshop_path).exists()
    assert lock_path(workshop_path).name == "~$anytown.smartdesk.lock"


def test_read_only_opening_takes_no_lock(workshop_path: Path) -> None:
    with WorkshopFile.open(workshop_path, read_only=True):
        assert read_lock(workshop_path) is None


def test_reopening_in_the_same_process_shares_the_lock(workshop_path: Path) -> None:
    first = WorkshopFile.open(workshop_path)
    second = WorkshopFile.open(workshop_path)
    first.close()
    assert read_lock(workshop_path) is not None  # the second still holds it
    second.close()
    assert read_lock(workshop_path) is None


def test_another_process_sees_who_holds_it(workshop_path: Path) -> None:
    child = (
        "import sys\n"
        "from smartdesk.store import WorkshopFile, LockedError\n"
        "try:\n"
        "    WorkshopFile.open(sys.argv[1])\n"
        "except LockedError as e:\n"
        "    print(e.lock.pid, e.lock.machine, '|', e, sep=' ')\n"
        "    sys.exit(3)\n"
    )
    with WorkshopFile.open(workshop_path):
        result = subprocess.run(
            [sys.executable, "-c", child, str(workshop_path)],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith(f"{os.getpid()} {this_machine()} |")
    assert "is open for editing by" in result.stdout


def test_lock_from_another_machine_is_refused_until_taken_over(workshop_path: Path) -> None:
    before = workshop_path.read_bytes()
    theirs = write_lock(workshop_path, time="2025-01-02T09:00:00+00:00")
    assert not theirs.stale  # another machine: SmartDesk cannot know, so it asks
    with pytest.raises(LockedError) as caught:
        WorkshopFile.open(workshop_path)
    assert caught.value.lock == theirs
    assert "sam on OTHER-PC since 2025-01-02" in str(caught.value)
    assert caught.value.exit_code == 2
    assert theirs.age_text().endswith("days")
    assert workshop_path.read_bytes() == before
    # Taking over needs the very lock the user was shown.
    changed = LockInfo("sam", "OTHER-PC", 2, "")
    with pytest.raises(LockedError):
        WorkshopFile.open(workshop_path, override_lock=changed)
    with WorkshopFile.open(workshop_path, override_lock=theirs) as wf:
        assert wf.cleared_lock == theirs
        mine = read_lock(workshop_path)
        assert mine is not None and mine.pid == os.getpid()
    assert read_lock(workshop_path) is None


def test_stale_lock_on_this_machine_is_cleared(workshop_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = write_lock(workshop_path, machine=this_machine(), pid=int(dead.stdout))
    assert stale.stale
    with pytest.raises(LockedError, match="no longer running"):
        WorkshopFile.open(workshop_path, clear_stale_lock=False)
    with WorkshopFile.open(workshop_path) as wf:
        assert wf.cleared_lock == stale


def test_live_lock_on_this_machine_is_not_stale(workshop_path: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as sleeper:
        try:
            live = write_lock(workshop_path, machine=this_machine(), pid=sleeper.pid)
            assert not live.stale
            with pytest.raises(LockedError, match="is open for editing by"):
                WorkshopFile.open(workshop_path)
        finally:
            sleeper.kill()


@pytest.mark.parametrize("text", ["", "{", "[1]", '{"pid": "x"}', "\x00\xff"])
def test_unreadable_lock_names_an_unknown_holder(workshop_path: Path, text: str) -> None:
    lock_path(workshop_path).write_text(text, encoding="utf-8", errors="surrogateescape")
    with pytest.raises(LockedError) as caught:
        WorkshopFile.open(workshop_path)
    assert not caught.value.lock.stale
    assert caught.value.lock.age_text() in {"an unknown time"} or caught.value.lock.time


def test_someone_taking_over_is_noticed_and_their_lock_kept(workshop_path: Path) -> None:
    wf = WorkshopFile.open(workshop_path)
    theirs = write_lock(workshop_path)
    assert not wf.lock_still_ours()
    wf.close()
    assert read_lock(workshop_path) == theirs


def test_create_takes_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "new.smartdesk"
    with WorkshopFile.create(path):
        assert read_lock(path) is not None
    assert read_lock(path) is None


def test_the_lock_names_the_user_when_the_environment_does_not(
    workshop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A program started with a bare environment: on Windows getpass then tries the pwd
    # module, which Windows lacks, and opening any file failed with ImportError.
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    with WorkshopFile.open(workshop_path):
        holder = read_lock(workshop_path)
        assert holder is not None
        assert holder.user and "unknown" not in holder.user
        if sys.platform == "win32":
            assert holder.user == os.getlogin()  # the Windows account's own name
