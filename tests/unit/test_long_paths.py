"""Paths over Windows' 260 characters: refused up front where Windows would refuse them.

The rule (how long, what it says) is a pure function tested here on every OS; the real
thing, Windows with long paths off or on, runs under Wine (packaging/windows-check.sh)
and on a Windows desk. Linux has no such limit, so a long path simply works there.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.files import (
    EXPORT_EXTRA,
    WINDOWS_PATH_LIMIT,
    WORKSHOP_EXTRA,
    long_paths_enabled,
    too_long_for_windows,
    write_atomically,
)
from smartdesk.store import WorkshopFile

DRIVE = "C:\\Users\\jo.bloggs\\OneDrive - Anytown Council\\"


def _windows_path(length: int) -> str:
    return DRIVE + "w" * (length - len(DRIVE) - len(".smartdesk")) + ".smartdesk"


def test_a_path_whose_lock_fits_in_259_characters_is_allowed() -> None:
    longest = WINDOWS_PATH_LIMIT - WORKSHOP_EXTRA
    assert too_long_for_windows(_windows_path(longest), WORKSHOP_EXTRA) is None


def test_one_character_more_is_refused_saying_how_long_and_what_to_do() -> None:
    length = WINDOWS_PATH_LIMIT - WORKSHOP_EXTRA + 1
    message = too_long_for_windows(_windows_path(length), WORKSHOP_EXTRA)
    assert message is not None
    assert message.startswith("the path is too long for Windows: ")
    assert f"{length} characters" in message and "limit of 259" in message
    assert "shorter" in message and "LongPathsEnabled" in message


def test_an_export_needs_more_room_than_a_workshop_for_its_staging_copy() -> None:
    # ".smartdesk-export-XXXXXXXX\.<name>.XXXXXXXX.part" beside the target
    staged = "\\.smartdesk-export-abcdefgh\\.pack.pdf.abcdefgh.part"
    target = DRIVE + "pack.pdf"
    assert len(target) + EXPORT_EXTRA == len(target.rsplit("\\", 1)[0] + staged)
    assert EXPORT_EXTRA > WORKSHOP_EXTRA


def _long_folder(tmp_path: Path, length: int) -> Path:
    folder = tmp_path
    while len(str(folder)) < length:
        folder = folder / ("Cyfarfod y Cabinet " + "x" * 40)
    folder.mkdir(parents=True)
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="Linux and macOS: no 260 limit")
def test_a_workshop_and_its_export_over_260_characters_work_where_there_is_no_limit(
    tmp_path: Path,
) -> None:
    path = _long_folder(tmp_path, 300) / "Gweithdy.smartdesk"
    WorkshopFile.create(path).close()
    with WorkshopFile.open(path):
        pass
    out = write_atomically(path.with_suffix(".json"), lambda temporary: temporary.write_text("{}"))
    assert len(str(out)) > 300 and out.read_text() == "{}"


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' MAX_PATH")
def test_a_long_path_on_windows_is_refused_or_works_as_the_computer_allows(
    tmp_path: Path,
) -> None:
    folder = _long_folder(tmp_path, 300)
    path = folder / "Gweithdy.smartdesk"
    # Wine 8 has no LongPathsEnabled value, so the check tests the refusal. With the
    # value set there, Path.resolve() itself fails (Wine's GetFinalPathNameByHandleW
    # answers ERROR_MORE_DATA past 260 characters), so the branch below is for Windows.
    if long_paths_enabled():
        WorkshopFile.create(path).close()
        assert path.is_file()
        return
    with pytest.raises(WorkshopError, match="too long for Windows") as caught:
        WorkshopFile.create(path)
    assert str(path) in str(caught.value)
    with pytest.raises(WorkshopError, match="too long for Windows"):
        write_atomically(folder / "pack.json", lambda temporary: temporary.write_text("{}"))
    assert list(folder.iterdir()) == []  # nothing written, not even a lock
