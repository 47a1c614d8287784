"""Ctrl+C and SIGTERM on real processes: an export is all or nothing, a window closes tidily.

The signal is sent when the process has reached a given point (a file seen on disk), not
after a delay; whatever the moment, the outcome must be one of the two whole ones.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import PROJECT_ROOT, RunSmartdesk

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

FORMATS = ("json", "xlsx", "docx", "pdf")  # the order the export writes them


def _start(*args: str | Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen(
        [sys.executable, "-m", "smartdesk", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _signal_when(
    process: subprocess.Popen[str], ready: Callable[[], bool], signum: int
) -> tuple[int, str]:
    """Send ``signum`` once ``ready()`` (or the process has ended); its status and stderr."""
    while process.poll() is None and not ready():
        time.sleep(0.002)
    if process.poll() is None:
        process.send_signal(signum)
    _out, err = process.communicate(timeout=120)
    return process.returncode, err


def _written(folder: Path) -> set[str]:
    """Names of finished outputs anywhere under ``folder`` (in place or being staged)."""
    names = {f"pack.{kind}" for kind in FORMATS}
    return {path.name for path in folder.rglob("*") if path.name in names}


def _interrupt_export(
    smartdesk: RunSmartdesk, tmp_path: Path, ready: Callable[[Path], bool]
) -> tuple[int, str, Path]:
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    process = _start(
        "export", workshop, *(x for kind in FORMATS for x in (f"--{kind}", out / f"pack.{kind}"))
    )
    status, err = _signal_when(process, lambda: ready(out), signal.SIGINT)
    assert "Traceback" not in err
    if status == 130:  # interrupted: nothing of the call is left, not even a staging folder
        assert list(out.iterdir()) == [], err
        assert err.strip() == "smartdesk export: interrupted"
    else:  # it had finished: every format is there
        assert status == 0, (status, err)
        assert sorted(p.name for p in out.iterdir()) == sorted(f"pack.{k}" for k in FORMATS)
    return status, err, out


def test_ctrl_c_after_the_first_format_leaves_no_output(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    status, _err, _out = _interrupt_export(smartdesk, tmp_path, lambda out: bool(_written(out)))
    # Three formats, the PDF among them, were still to be written when the signal came.
    assert status == 130


def test_ctrl_c_during_the_last_format_leaves_no_output(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    _interrupt_export(smartdesk, tmp_path, lambda out: "pack.docx" in _written(out))


def test_ctrl_c_as_the_files_arrive_is_all_or_nothing_never_minus_2(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    # Every format written: the signal lands while they are moved into place or after.
    _interrupt_export(smartdesk, tmp_path, lambda out: len(_written(out)) == len(FORMATS))


def _demo_copies(user_folders: Path) -> list[Path]:
    cache = user_folders / "cache" / "SmartDesk"
    return [p for p in cache.glob("demo-*/*.smartdesk") if "template" not in p.parent.name]


@pytest.mark.parametrize(("signum", "expected"), [(signal.SIGTERM, 0), (signal.SIGINT, 130)])
def test_sigterm_or_ctrl_c_closes_the_window_like_its_close_button(
    user_folders: Path, monkeypatch: pytest.MonkeyPatch, signum: int, expected: int
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    process = _start("--demo")

    def lock_taken() -> bool:
        return any(p.name.startswith("~$") for p in (user_folders / "cache").rglob("*.lock"))

    # Sent the moment the lock appears: the workshop may still be opening.
    status, err = _signal_when(process, lock_taken, signum)
    assert lock_taken() is False  # the demo copy's lock is released...
    assert _demo_copies(user_folders) == []  # ...and the copy itself removed
    assert status == expected, err


def test_start_up_clears_demo_copies_whose_process_has_gone(
    smartdesk: RunSmartdesk, user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    # A window killed outright (SIGKILL) can tidy nothing: its copy and lock stay behind.
    process = _start("--demo")
    status, _err = _signal_when(process, lambda: bool(_demo_copies(user_folders)), signal.SIGKILL)
    assert status == -signal.SIGKILL
    left = _demo_copies(user_folders)
    assert len(left) == 1
    # A live SmartDesk's copy must survive another one starting.
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as sleeper:
        try:
            alive = user_folders / "cache" / "SmartDesk" / f"demo-{sleeper.pid}-live"
            alive.mkdir()
            (alive / "Demo workshop.smartdesk").write_bytes(left[0].read_bytes())
            result = smartdesk("--demo", "--quit-after-show")
            assert result.returncode == 0, result.stderr
            assert not left[0].parent.exists()
            assert alive.exists()
        finally:
            sleeper.kill()
