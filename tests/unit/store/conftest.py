"""Fixtures for the store tests: user folders in tmp, and ready-made workshop files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_workshops import rich_workshop

from smartdesk.domain.records import WorkshopData
from smartdesk.store import WorkshopFile
from tests.user_folders import point_user_folders


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep backups and settings inside tmp_path."""
    home = tmp_path / "user"
    # Every OS's variables: this fixture replaces tests/conftest.py's, and setting
    # only XDG_* here sent the store tests' backups into the real %LOCALAPPDATA%.
    point_user_folders(home, monkeypatch.setenv)
    return home


@pytest.fixture
def rich() -> WorkshopData:
    return rich_workshop()


@pytest.fixture
def workshop_path(tmp_path: Path, rich: WorkshopData) -> Path:
    """A closed workshop file holding the rich workshop."""
    path = tmp_path / "anytown.smartdesk"
    WorkshopFile.create(path, rich).close()
    return path


@pytest.fixture
def workshop(workshop_path: Path) -> Iterator[WorkshopFile]:
    """The rich workshop, open for editing."""
    wf = WorkshopFile.open(workshop_path)
    yield wf
    wf.close()
