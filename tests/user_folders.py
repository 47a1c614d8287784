"""Where the tests send SmartDesk's settings, data (backups) and cache folders.

Every operating system has its own way of naming them: Linux reads ``XDG_*_HOME``,
Windows ignores those and platformdirs reads ``WIN_PD_OVERRIDE_*`` instead of
``%APPDATA%``/``%LOCALAPPDATA%`` (macOS would need HOME, which the tests leave alone
because nothing they run writes there). Every fixture that moves the folders sets them
all through ``point_user_folders``, so none can forget Windows again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def user_folder_variables(home: Path) -> dict[str, str]:
    """The environment that puts every per-user folder under ``home``."""
    return {
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "MPLCONFIGDIR": str(home / "cache" / "matplotlib"),
        "WIN_PD_OVERRIDE_APPDATA": str(home / "AppData" / "Roaming"),
        "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(home / "AppData" / "Local"),
    }


def point_user_folders(home: Path, setenv: Callable[[str, str], None] | None = None) -> None:
    """Point every per-user folder at ``home``: with ``setenv`` (a MonkeyPatch's, undone
    after the test) or, without it, in ``os.environ`` for the rest of the process."""
    for name, value in user_folder_variables(home).items():
        if setenv is None:
            os.environ[name] = value
        else:
            setenv(name, value)
