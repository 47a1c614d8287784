"""Windows: settings roam under %APPDATA%, backups and cache stay under %LOCALAPPDATA%.

Runs only on Windows (``packaging/windows-check.sh`` runs it under Wine); the test
set-up points both folders at a temporary home (tests/conftest.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from smartdesk import paths

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows folders")


def test_settings_roam_and_backups_and_cache_stay_local() -> None:
    roaming = Path(os.environ["WIN_PD_OVERRIDE_APPDATA"])
    local = Path(os.environ["WIN_PD_OVERRIDE_LOCAL_APPDATA"])
    assert paths.user_config_dir() == roaming / "SmartDesk"
    assert paths.user_data_dir() == local / "SmartDesk"
    assert paths.backups_dir() == local / "SmartDesk" / "backups"
    assert paths.user_cache_dir().is_relative_to(local / "SmartDesk")
    assert paths.user_config_dir().is_dir() and paths.backups_dir().is_dir()
