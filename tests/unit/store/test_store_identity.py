"""The file identifies itself, and anything else is refused without being touched."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from smartdesk.domain.errors import DamagedFileError, WorkshopError
from smartdesk.store import APPLICATION_ID, SCHEMA_VERSION, WorkshopFile, check


def test_identity_pragmas_and_connection_settings(workshop_path: Path) -> None:
    raw = sqlite3.connect(workshop_path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x534D4453
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    raw.close()
    with WorkshopFile.open(workshop_path) as wf:
        conn = wf._db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_sound_file_checks_clean(workshop_path: Path) -> None:
    check(workshop_path)
    check(str(workshop_path))


# -- files that must be refused -------------------------------------------------


def _text(path: Path) -> Path:
    path.write_text("Title,Council\nSmart lighting,Anytown\n", encoding="utf-8")
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _other_app(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('hello')")
    conn.commit()
    conn.close()
    return path


def _empty_sqlite(path: Path) -> Path:
    # A valid SQLite file with one page but no SmartDesk id.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


def _missing(path: Path) -> Path:
    return path


def _workshop(path: Path) -> Path:
    WorkshopFile.create(path).close()
    return path


def _newer(path: Path) -> Path:
    _workshop(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return path


def _truncated(path: Path, rich_data: bool = True) -> Path:
    _workshop(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _cut_header(path: Path) -> Path:
    _workshop(path)
    path.write_bytes(path.read_bytes()[:60])
    return path


def _bit_flipped(path: Path) -> Path:
    _workshop(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scramble the b-tree page header of the second page (a table's root page).
    for offset in range(page_size, page_size + 12):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _garbage_after_header(path: Path) -> Path:
    # A workshop's 100-byte header, then nonsense where the schema should be.
    _workshop(path)
    data = path.read_bytes()
    path.write_bytes(data[:100] + bytes(i % 251 for i in range(len(data) - 100)))
    return path


REFUSED: dict[str, tuple[Callable[[Path], Path], int]] = {
    "text file": (_text, 2),
    "zero-byte file": (_empty, 2),
    "other app's database": (_other_app, 2),
    "sqlite file without id": (_empty_sqlite, 2),
    "directory": (_directory, 2),
    "missing path": (_missing, 2),
    "newer schema": (_newer, 2),
    "truncated workshop": (_truncated, 1),
    "header cut short": (_cut_header, 1),
    "bit-flipped workshop": (_bit_flipped, 1),
    "garbage after the header": (_garbage_after_header, 1),
}


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under folder with its bytes and mtime (ns)."""
    result = {}
    for item in sorted(folder.rglob("*")):
        stat = item.stat()
        content = item.read_bytes() if item.is_file() else b"<dir>"
        result[str(item.relative_to(folder))] = (content, stat.st_mtime_ns)
    return result


@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_files_are_never_touched(case: str, tmp_path: Path) -> None:
    make, exit_code = REFUSED[case]
    folder = tmp_path / "files"
    folder.mkdir()
    path = make(folder / "meeting.smartdesk")
    if path.exists():
        # Make any later write visible even within the filesystem's mtime granularity.
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = _snapshot(folder)

    attempts: list[Callable[[], object]] = [
        lambda: check(path),
        lambda: WorkshopFile.open(path),
        lambda: WorkshopFile.open(path, read_only=True),
    ]
    for attempt in attempts:
        with pytest.raises(WorkshopError) as caught:
            attempt()
        error = caught.value
        assert error.exit_code == exit_code, (case, str(error))
        assert isinstance(error, DamagedFileError) == (exit_code == 1)
        message = str(error)
        assert str(path) in message and "\n" not in message
    assert _snapshot(folder) == before
    assert not (folder / "meeting.smartdesk-journal").exists()


def test_messages_say_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="does not exist"):
        check(tmp_path / "nowhere.smartdesk")
    with pytest.raises(WorkshopError, match="not a SmartDesk workshop"):
        check(_text(tmp_path / "notes.txt"))
    with pytest.raises(WorkshopError, match="newer version of SmartDesk"):
        check(_newer(tmp_path / "future.smartdesk"))
    with pytest.raises(DamagedFileError, match="damaged"):
        check(_truncated(tmp_path / "cut.smartdesk"))


def test_rich_file_damaged_in_the_middle_is_caught(workshop_path: Path) -> None:
    data = workshop_path.read_bytes()
    workshop_path.write_bytes(data[: len(data) - 4096])
    with pytest.raises(DamagedFileError) as caught:
        check(workshop_path)
    assert caught.value.exit_code == 1
