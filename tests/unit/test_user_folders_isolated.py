"""The test suite never writes into the user's real settings, data or cache folders.

Asked from a module-scoped fixture, which runs before any test's own folders are set
(the report tests build their pack that way): the session-wide set-up in
tests/conftest.py must already cover it, on Linux (XDG_*) and Windows (%APPDATA%).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import platformdirs
import pytest

from smartdesk.paths import APP_NAME


def _folders() -> list[Path]:
    # platformdirs itself, as smartdesk.paths asks it, without creating anything.
    return [
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    ]


@pytest.fixture(scope="module")
def folders_before_any_test() -> list[Path]:
    return _folders()


def test_folders_asked_before_a_test_starts_are_temporary(
    folders_before_any_test: list[Path],
) -> None:
    temporary = Path(tempfile.gettempdir()).resolve()
    for folder in folders_before_any_test:
        assert folder.resolve().is_relative_to(temporary), folder


def test_folders_inside_a_test_are_its_own(user_folders: Path) -> None:
    for folder in _folders():
        assert folder.resolve().is_relative_to(user_folders.resolve()), folder
