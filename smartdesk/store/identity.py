"""Is this file a sound SmartDesk workshop? Answered without changing a byte of it.

The file's own header is read first (SQLite's 100-byte header holds the application
id and the schema version), so text files, other applications' databases and newer
workshops are refused before SQLite is involved at all. Only then is the file opened
read-only (``mode=ro``) for SQLite's integrity check. Nothing here can create or
write a file or open a workshop: ``store.verify.check`` builds on this to read every
record back as well.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from smartdesk.domain.errors import DamagedFileError, WorkshopError
from smartdesk.files import A_FOLDER, NO_SUCH_FILE, why_not_a_file
from smartdesk.store.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    TABLES,
    configure,
    create_statements,
)

_MAGIC = b"SQLite format 3\x00"
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_HEADER_SIZE = 100


def connect(path: Path, mode: str) -> sqlite3.Connection:
    """A configured connection to ``path``; ``mode`` is SQLite's ``ro``, ``rw`` or ``rwc``.

    The URI form makes ``ro``/``rw`` refuse to create a missing file.
    """
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, timeout=5.0)
    try:
        configure(conn)
    except UnicodeDecodeError:
        # A damaged schema can make SQLite hand back text that is not UTF-8.
        conn.close()
        raise sqlite3.DatabaseError("the file's structure holds unreadable text") from None
    except BaseException:
        conn.close()
        raise
    return conn


def one_line(error: object, limit: int = 200) -> str:
    """SQLite's text for ``error`` on one short line (some messages quote whole schemas)."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_problem(problems: list[str]) -> str:
    # integrity_check's first row can hold several lines under a "*** in database" heading.
    lines = [line for p in problems for line in p.splitlines() if not line.startswith("***")]
    return one_line(lines[0] if lines else "it fails SQLite's integrity check")


def refuse_what_cannot_be_a_workshop(path: Path) -> None:
    """WorkshopError for a path that is missing, a folder, or no file at all (a pipe...).

    Checked before anything else touches the path (a lock beside it, resolving it).
    """
    problem = why_not_a_file(path)
    if problem == NO_SUCH_FILE:
        raise WorkshopError(f"'{path}' does not exist")
    if problem == A_FOLDER:
        raise WorkshopError(f"'{path}' is a folder, not a SmartDesk workshop file")
    if problem is not None:
        raise WorkshopError(f"'{path}' is not a SmartDesk workshop file: {problem}")


def _read_header(path: Path) -> bytes:
    refuse_what_cannot_be_a_workshop(path)
    try:
        with path.open("rb") as handle:
            return handle.read(_HEADER_SIZE)
    except OSError as error:
        raise WorkshopError(f"'{path}' cannot be read: {error.strerror or error}") from None


def _u32(header: bytes, offset: int) -> int:
    return int.from_bytes(header[offset : offset + 4], "big")


def holds_a_workshop(path: Path) -> bool:
    """Does ``path`` say, in its own header, that it is a SmartDesk workshop (sound or not)?

    Judged by content, not by name: a workshop renamed ``pack.pdf`` is still one. Only
    for ordinary files (a pipe would make the read wait); anything unreadable is False.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError:
        return False
    return header.startswith(_MAGIC) and len(header) >= 72 and _u32(header, 68) == APPLICATION_ID


def _has_hot_journal(path: Path) -> bool:
    """Did a crash interrupt a change? (SQLite left a live rollback journal.)"""
    try:
        with Path(f"{path}-journal").open("rb") as handle:
            return handle.read(len(_JOURNAL_MAGIC)) == _JOURNAL_MAGIC
    except OSError:
        return False


def _recover(path: Path) -> None:
    # Any read on a writable connection makes SQLite roll the interrupted change
    # back from the journal, restoring the last committed state.
    try:
        conn = connect(path, "rw")
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise DamagedFileError(
            f"'{path}' is damaged and cannot be recovered ({one_line(error)})"
        ) from None


def inspect(path: Path, *, recover: bool = False) -> int:
    """The schema version of the workshop at ``path``, after checking it is sound.

    Raises WorkshopError (exit 2) for anything that is not a SmartDesk workshop or
    comes from a newer SmartDesk, DamagedFileError (exit 1) for a damaged workshop.
    Never writes to the file, with one exception: when ``recover`` is true and a
    crash interrupted a change to a SmartDesk workshop, SQLite's journal is used to
    roll the file back to its last committed state first.
    """
    header = _read_header(path)
    if header.startswith(_MAGIC) and len(header) == _HEADER_SIZE and _has_hot_journal(path):
        if _u32(header, 68) != APPLICATION_ID:
            raise WorkshopError(f"'{path}' is not a SmartDesk workshop file")
        if not recover:
            raise DamagedFileError(
                f"'{path}' was closed in the middle of a change; open it for editing in "
                "SmartDesk to recover the last saved state"
            )
        _recover(path)
        header = _read_header(path)
    if not header.startswith(_MAGIC):
        raise WorkshopError(f"'{path}' is not a SmartDesk workshop file")
    if len(header) < _HEADER_SIZE:
        raise DamagedFileError(f"'{path}' is damaged: the file is cut short")
    if _u32(header, 68) != APPLICATION_ID:
        raise WorkshopError(
            f"'{path}' is not a SmartDesk workshop file (another program's database)"
        )
    version = int.from_bytes(header[60:64], "big", signed=True)
    if version > SCHEMA_VERSION:
        raise WorkshopError(
            f"'{path}' was saved by a newer version of SmartDesk (file format {version}); "
            "please update SmartDesk to open it"
        )
    if version < 0:
        raise DamagedFileError(f"'{path}' is damaged: its format number is invalid")
    _check_size(path, header)
    _check_integrity(path, version)
    return version


def _check_size(path: Path, header: bytes) -> None:
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    # The page count in the header is only trustworthy when its "valid-for" number
    # matches the change counter (SQLite's file-format rules).
    pages = _u32(header, 28) if _u32(header, 92) == _u32(header, 24) else 0
    size = path.stat().st_size
    if page_size < 512 or size % page_size or size < pages * page_size:
        raise DamagedFileError(f"'{path}' is damaged: the file is cut short")


def _check_integrity(path: Path, version: int) -> None:
    try:
        conn = connect(path, "ro")
    except sqlite3.Error as error:
        raise DamagedFileError(
            f"'{path}' is damaged and cannot be opened ({one_line(error)})"
        ) from None
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise DamagedFileError(f"'{path}' is damaged: {_first_problem(problems)}")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise DamagedFileError(f"'{path}' is damaged: some records refer to missing ones")
        if version == SCHEMA_VERSION:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema")}
            missing = sorted(set(TABLES) - names)
            if missing:
                raise DamagedFileError(f"'{path}' is damaged: table {missing[0]} is missing")
            for table, columns in _expected_columns().items():
                if _columns(conn, table) != columns:
                    raise DamagedFileError(
                        f"'{path}' is damaged: table {table} is not as it should be"
                    )
            _parse_as_writer(conn)
        elif version == 0 and "contact" not in dict(_columns(conn, "stakeholders")):
            # A damaged format number: the contents are not those of a version-0 file.
            raise DamagedFileError(
                f"'{path}' is damaged: its format number does not match its contents"
            )
    except sqlite3.DatabaseError as error:
        raise DamagedFileError(f"'{path}' is damaged ({one_line(error)})") from None
    finally:
        conn.close()


_EXPECTED: dict[str, list[tuple[str, str]]] = {}


def _parse_as_writer(conn: sqlite3.Connection) -> None:
    """Load the schema as a writable connection would, without writing to the file.

    A read-only connection skips parts of the schema (a CHECK constraint naming a
    column that does not exist, say) that make a writable one refuse the file, so
    the check would pass a file that cannot be opened for editing. A copy in memory
    is writable and parses everything.
    """
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        memory.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    finally:
        memory.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], row[2]) for row in conn.execute(f"PRAGMA table_info({table})")]


def _expected_columns() -> dict[str, list[tuple[str, str]]]:
    """Each table's (column, type) list at the current version, from a fresh schema."""
    if not _EXPECTED:
        memory = sqlite3.connect(":memory:")
        try:
            for statement in create_statements():
                memory.execute(statement)
            _EXPECTED.update({table: _columns(memory, table) for table in TABLES})
        finally:
            memory.close()
    return _EXPECTED
