"""Shared test set-up: Qt without a screen, user folders in a temporary place, fresh files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists: Qt aborts the process with neither a display nor this.
# An offscreen platform given options (a screen size, tests/gui/test_projector.py) stays.
offscreen = os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen")
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and not offscreen:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def pytest_configure(config: pytest.Config) -> None:
    # Before pytest-qt makes its QApplication: see smartdesk/gui/window/qt_workarounds.py.
    from smartdesk.gui.window.qt_workarounds import keep_none_alive

    keep_none_alive()


PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_JSON = PROJECT_ROOT / "resources" / "demo" / "demo.json"


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point settings, data (backups) and cache folders at a temporary home for each test.

    SmartDesk may write only there and beside the workshop; tests must not touch the
    real home folder.
    """
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "cache" / "matplotlib"))
    # Windows ignores XDG_*: platformdirs reads these instead of %APPDATA%/%LOCALAPPDATA%.
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(home / "AppData" / "Local"))
    return home


@pytest.fixture
def demo_workshop(tmp_path: Path) -> Path:
    """A fresh copy of the sample workshop as a real ``.smartdesk`` file."""
    from smartdesk.interchange.json_format import read_workshop_json
    from smartdesk.store import WorkshopFile

    path = tmp_path / "demo.smartdesk"
    WorkshopFile.create(path, read_workshop_json(DEMO_JSON)).close()
    return path


@pytest.fixture
def empty_workshop(tmp_path: Path) -> Path:
    """A fresh, empty ``.smartdesk`` file."""
    from smartdesk.domain.records import WorkshopData
    from smartdesk.store import WorkshopFile

    path = tmp_path / "empty.smartdesk"
    WorkshopFile.create(path, WorkshopData()).close()
    return path
