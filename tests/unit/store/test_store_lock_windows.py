"""Lock judgements that Windows got wrong: whether a process lives, computer names' case.

The real Windows API call runs only on Windows (``packaging/windows-check.sh`` runs
these under Wine); its verdict logic and the name comparison are checked everywhere.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from smartdesk.store import WorkshopFile
from smartdesk.store.lock import STILL_ACTIVE, process_alive, this_machine, windows_verdict
from tests.unit.store.test_store_lock import write_lock

on_windows = pytest.mark.skipif(sys.platform != "win32", reason="the Windows API call")


def test_windows_verdict_calls_only_a_missing_or_ended_process_gone() -> None:
    assert windows_verdict(87, None) is False  # ERROR_INVALID_PARAMETER: no such process
    assert windows_verdict(5, None) is True  # access denied: another user's process
    assert windows_verdict(6, None) is True  # anything else: the safe answer
    assert windows_verdict(None, STILL_ACTIVE) is True
    assert windows_verdict(None, 0) is False
    assert windows_verdict(None, 1) is False
    assert windows_verdict(None, None) is True  # the exit code could not be read


def _finished_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def test_lock_naming_this_computer_in_other_case_is_judged_here(workshop_path: Path) -> None:
    machine = this_machine()
    other_case = machine.swapcase() if machine.swapcase() != machine else machine
    stale = write_lock(workshop_path, machine=other_case, pid=_finished_pid())
    assert stale.on_this_machine and stale.stale
    with WorkshopFile.open(workshop_path) as wf:
        assert wf.cleared_lock == stale


@on_windows
def test_a_finished_process_is_not_alive_on_windows() -> None:
    assert process_alive(_finished_pid()) is False


@on_windows
def test_a_running_process_and_this_one_are_alive_on_windows() -> None:
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as sleeper:
        try:
            assert process_alive(sleeper.pid) is True
        finally:
            sleeper.kill()
    assert process_alive(_finished_pid()) is False
