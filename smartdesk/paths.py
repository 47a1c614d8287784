"""Where SmartDesk finds its own files and where it may write the user's.

One module owns both lookups so a source checkout, an installed wheel and a
PyInstaller bundle behave the same:

- ``ui/`` and ``resources/`` sit beside the package in a checkout; a wheel and a
  bundle carry them inside the package as ``smartdesk/_data/ui`` and
  ``smartdesk/_data/resources`` (the build copies them there).
- The user's settings, data (backups) and cache folders come from platformdirs, so
  nothing is written anywhere else. On Linux they honour ``XDG_*_HOME``, which the
  tests point at a temporary folder. On Windows settings roam with the user
  (``%APPDATA%\\SmartDesk``: a council's roaming profile carries them to any desk),
  while backups (personal data, and large) and the cache stay on this computer
  (``%LOCALAPPDATA%\\SmartDesk``), never in the roaming profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "SmartDesk"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    # PyInstaller unpacks bundled data under sys._MEIPASS.
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "smartdesk" / "_data")
    candidates += [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    for candidate in candidates:
        if (candidate / "resources").is_dir():
            return candidate
    raise FileNotFoundError("SmartDesk's resources folder is missing from this installation")


def resources_dir() -> Path:
    """The ``resources/`` folder: icons, fonts, guidance texts, translations, demo."""
    return _data_root() / "resources"


def resource(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource("demo", "demo.json")``."""
    return resources_dir().joinpath(*parts)


def ui_dir() -> Path:
    """The ``ui/`` folder of Qt Designer forms."""
    return _data_root() / "ui"


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """Per-user data folder (backups live here), created on first use."""
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def user_config_dir() -> Path:
    """Per-user settings folder, created on first use."""
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)))


def user_cache_dir() -> Path:
    """Per-user cache folder (matplotlib's font cache goes here), created on first use."""
    return _ensure(Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))


def backups_dir() -> Path:
    """Where backup copies of workshop files go."""
    return _ensure(user_data_dir() / "backups")


def point_matplotlib_at_cache() -> None:
    """Keep matplotlib's font cache in our cache folder, not elsewhere in the home."""
    os.environ.setdefault("MPLCONFIGDIR", str(_ensure(user_cache_dir() / "matplotlib")))
