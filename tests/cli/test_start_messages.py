"""Starting ``smartdesk`` wrongly gets one plain line, not Qt's abort or argparse's riddle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.cli.conftest import RunSmartdesk


def _no_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland only")
def test_no_display_says_so_and_how_to_run_without_one(
    smartdesk: RunSmartdesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_screen(monkeypatch)
    result = smartdesk("--demo")
    assert result.returncode == 2  # not Qt's abort (134) with advice to reinstall
    assert result.stderr.strip() == (
        "smartdesk: no display found (DISPLAY is not set); to run without a screen set "
        "QT_QPA_PLATFORM=offscreen, or use the commands (smartdesk --help)"
    )
    assert smartdesk("--version").returncode == 0  # needs no screen


def test_a_mistyped_command_is_named_with_the_likely_one(
    smartdesk: RunSmartdesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_screen(monkeypatch)  # were a window tried, it would fail rather than wait
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    for args in (("chek", workshop), ("chek",)):
        result = smartdesk(*args, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr == "smartdesk: unknown command 'chek' (did you mean 'check'?)\n"
    result = smartdesk("frobnicate", cwd=tmp_path)
    assert result.stderr == "smartdesk: unknown command 'frobnicate' (see smartdesk --help)\n"


def test_a_file_named_like_a_command_still_opens_in_the_window(
    smartdesk: RunSmartdesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert smartdesk("demo", tmp_path / "chek.smartdesk").returncode == 0
    (tmp_path / "chek.smartdesk").rename(tmp_path / "chek")
    result = smartdesk("chek", "--quit-after-show", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
