"""Shared test set-up: Qt without a screen, user folders in a temporary place, fresh files."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from tests.user_folders import point_user_folders

# Before any QApplication exists: Qt aborts the process with neither a display nor this.
# An offscreen platform given options (a screen size, tests/gui/test_projector.py) stays.
offscreen = os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen")
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and not offscreen:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
if sys.platform == "win32" and os.environ["QT_QPA_PLATFORM"].startswith("offscreen"):
    # Qt's offscreen platform on Windows reads fonts only from a folder (PySide6's
    # lib/fonts, which it no longer ships: a warning, which fails the test); give it the
    # fonts SmartDesk carries. Wine drops QT_* from the Linux environment, hence here.
    os.environ.setdefault(
        "QT_QPA_FONTDIR", str(Path(__file__).resolve().parent.parent / "resources" / "fonts")
    )


SESSION_HOME = pytest.StashKey[Path]()


def pytest_configure(config: pytest.Config) -> None:
    # Before anything runs, for the whole session: whatever runs before a test's own
    # folders are set (a module's fixture building a pack, an import) writes into a
    # temporary home too, never the real one, on every OS.
    config.stash[SESSION_HOME] = Path(tempfile.mkdtemp(prefix="smartdesk-test-home-"))
    point_user_folders(config.stash[SESSION_HOME])
    # Before pytest-qt makes its QApplication: see smartdesk/gui/window/qt_workarounds.py.
    from smartdesk.gui.window.qt_workarounds import keep_none_alive

    keep_none_alive()


def pytest_unconfigure(config: pytest.Config) -> None:
    if SESSION_HOME in config.stash:
        shutil.rmtree(config.stash[SESSION_HOME], ignore_errors=True)


PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_JSON = PROJECT_ROOT / "resources" / "demo" / "demo.json"


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point settings, data (backups) and cache folders at a temporary home for each test.

    SmartDesk may write only there and beside the workshop; tests must not touch the
    real home folder.
    """
    home = tmp_path_factory.mktemp("home")
    point_user_folders(home, monkeypatch.setenv)
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
