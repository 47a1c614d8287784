"""Double-clicking a workshop: the file manager (Explorer, Finder, a Linux desktop) starts
``SmartDesk FILE`` with the full path as one argument, spaces and Welsh or emoji letters
included, from a working folder that is not the file's."""

from __future__ import annotations

from pathlib import Path

from smartdesk import paths
from tests.cli.conftest import RunSmartdesk


def test_a_name_with_spaces_and_welsh_and_emoji_opens_in_the_window(
    smartdesk: RunSmartdesk, tmp_path: Path, user_folders: Path
) -> None:
    folder = tmp_path / "Gwaith y Cyngor ŵ"
    folder.mkdir()
    workshop = folder / "Gweithdy ŷd 🚌 2026.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = smartdesk(workshop, "--quit-after-show", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert not list(folder.glob("~$*"))  # it was opened for editing, and closed
    assert paths.backups_dir().is_relative_to(user_folders)  # XDG_* or %LOCALAPPDATA%
    backups = list(paths.backups_dir().rglob("Gweithdy ŷd 🚌 2026-*.smartdesk"))
    assert len(backups) == 1, list(user_folders.rglob("*"))  # the backup on opening
