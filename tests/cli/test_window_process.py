"""The window as a process: ``smartdesk FILE`` opens, shows, and on closing leaves all tidy.

The window ends its process without Python's teardown (``launch.exit_process``), so what
must be done by then is checked from outside: the exit status, the lock file gone, the
settings written, the demo copy removed, messages on stderr.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smartdesk import paths
from tests.cli.conftest import RunSmartdesk


def test_window_opens_a_file_and_leaves_everything_tidy(
    smartdesk: RunSmartdesk, tmp_path: Path, user_folders: Path
) -> None:
    workshop = tmp_path / "room.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    before = workshop.read_bytes()
    result = smartdesk(workshop, "--quit-after-show")
    assert result.returncode == 0, result.stderr
    assert workshop.read_bytes() == before  # opening and closing change nothing
    assert not list(tmp_path.glob("~$*"))  # the lock is released
    # Through smartdesk.paths, which follows the same variables as the child: XDG_* on
    # Linux, %APPDATA%/%LOCALAPPDATA% on Windows.
    settings = (paths.user_config_dir() / "settings.ini").read_text("utf-8")
    settings = settings.replace("\\\\", "\\")  # QSettings doubles Windows' backslashes
    assert str(workshop) in settings  # Open Recent was written before the process ended
    backups = list(paths.backups_dir().rglob("room-*.smartdesk"))
    assert len(backups) == 1  # the backup made on opening


def test_demo_window_leaves_no_copy_behind(smartdesk: RunSmartdesk, user_folders: Path) -> None:
    result = smartdesk("--demo", "--quit-after-show")
    assert result.returncode == 0, result.stderr
    assert paths.user_cache_dir().is_relative_to(user_folders)
    copies = [p for p in paths.user_cache_dir().rglob("*.smartdesk") if "template" not in str(p)]
    assert copies == []
    settings = paths.user_config_dir() / "settings.ini"
    assert not settings.exists() or "Demo workshop" not in settings.read_text("utf-8")


def test_window_refusing_a_file_says_why_and_exits_2(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    not_a_workshop = tmp_path / "notes.smartdesk"
    not_a_workshop.write_text("minutes of the last meeting", encoding="utf-8")
    result = smartdesk(not_a_workshop, "--quit-after-show")
    assert result.returncode == 2
    assert "not a SmartDesk workshop" in result.stderr
    assert not_a_workshop.read_text(encoding="utf-8") == "minutes of the last meeting"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_waited_on(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    # Reading a pipe waits for a writer that never comes: every input is refused first.
    pipe = tmp_path / "workshop.smartdesk"
    os.mkfifo(pipe)
    csv_pipe = tmp_path / "people.csv"
    os.mkfifo(csv_pipe)
    workshop = tmp_path / "room.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    commands = (
        ("check", pipe),
        (pipe, "--quit-after-show"),
        ("new", tmp_path / "new.smartdesk", "--from-json", pipe),
        ("import", workshop, "--stakeholders", csv_pipe),
    )
    _all_refused(smartdesk, commands, "device, pipe or socket")
    assert not (tmp_path / "new.smartdesk").exists()
    assert not list(tmp_path.glob("~$*"))  # the window took no lock beside the pipe


def test_a_circle_of_links_is_refused_everywhere(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    loop = tmp_path / "loop.smartdesk"
    loop.symlink_to(loop)
    workshop = tmp_path / "room.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    commands = (
        ("check", loop),
        (loop, "--quit-after-show"),
        ("appraise", loop),
        ("export", workshop, "--json", loop),
        ("new", tmp_path / "new.smartdesk", "--from-json", loop),
    )
    _all_refused(smartdesk, commands, "too many levels of symbolic links")


def _all_refused(
    smartdesk: RunSmartdesk, commands: tuple[tuple[str | Path, ...], ...], reason: str
) -> None:
    """Each command exits 2 with one line giving ``reason``, never a traceback."""
    for args in commands:
        result = smartdesk(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert reason in result.stderr, args
        assert "Traceback" not in result.stderr, args
