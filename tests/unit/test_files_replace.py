"""An export onto a file that cannot be replaced: a clear message, no partial file left.

On Windows the usual cause is the file being open in Excel, Word or a PDF viewer:
the rename fails. Here a real unreplaceable file stands in for it: on Linux an
immutable one (``chattr +i``, where the file system and rights allow), on Windows
(under Wine too) one held open without sharing delete access.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.files import OutputSet, write_atomically

OLD = b"the version the user has open"


@contextlib.contextmanager
def immutable_file(target: Path) -> Iterator[Path]:
    """``target`` holding OLD, made immutable for the block (skips where that cannot be)."""
    target.write_bytes(OLD)
    chattr = shutil.which("chattr")
    if sys.platform == "win32" or chattr is None:
        pytest.skip("needs chattr (Linux)")
    if subprocess.run([chattr, "+i", str(target)], capture_output=True).returncode != 0:
        pytest.skip("this file system or user cannot make a file immutable")
    try:
        yield target
    finally:
        subprocess.run([chattr, "-i", str(target)], check=True)


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Path]:
    with immutable_file(tmp_path / "budget.xlsx") as target:
        yield target


def _write(temporary: Path) -> None:
    temporary.write_bytes(b"the new export")


def _only(folder: Path, target: Path) -> None:
    assert [path.name for path in folder.iterdir()] == [target.name]  # no part file left
    assert target.read_bytes() == OLD


def test_write_atomically_says_the_file_may_be_open_elsewhere(immutable: Path) -> None:
    with pytest.raises(WorkshopError, match="open in another program") as caught:
        write_atomically(immutable, _write)
    assert str(immutable) in str(caught.value)
    _only(immutable.parent, immutable)


def test_an_output_set_says_the_file_may_be_open_elsewhere(immutable: Path) -> None:
    outputs = OutputSet()
    _write(outputs.staging_path(immutable))
    with pytest.raises(WorkshopError, match="open in another program"):
        outputs.commit()
    _only(immutable.parent, immutable)


@pytest.mark.skipif(sys.platform != "win32", reason="Windows file sharing")
def test_a_file_open_in_another_program_is_not_replaced_on_windows(tmp_path: Path) -> None:
    target = tmp_path / "budget.xlsx"
    target.write_bytes(OLD)
    with target.open("rb"):  # Python opens without FILE_SHARE_DELETE, as Excel does
        with pytest.raises(WorkshopError, match="open in another program"):
            write_atomically(target, _write)
        outputs = OutputSet()
        _write(outputs.staging_path(target))
        with pytest.raises(WorkshopError, match="open in another program"):
            outputs.commit()
    _only(tmp_path, target)


def _stage(outputs: OutputSet, *targets: Path) -> None:
    for target in targets:
        _write(outputs.staging_path(target))


def _unchanged_or_absent(folder: Path, old: Path, new: Path) -> None:
    assert old.read_bytes() == OLD  # replaced first, then put back
    assert not new.exists()  # placed first, then taken away
    assert not [path for path in folder.iterdir() if path.name.startswith(".")]  # no part file


def test_an_output_set_that_fails_part_way_changes_none_of_its_targets(tmp_path: Path) -> None:
    new, old, blocked = tmp_path / "new.html", tmp_path / "budget.pdf", tmp_path / "pack.docx"
    old.write_bytes(OLD)
    outputs = OutputSet()
    _stage(outputs, new, old, blocked)
    blocked.mkdir()  # appears while the export runs: no file can be renamed onto it
    (blocked / "inside").write_bytes(OLD)
    with pytest.raises(WorkshopError, match="none of the export's files was changed"):
        outputs.commit()
    _unchanged_or_absent(tmp_path, old, new)
    assert (blocked / "inside").read_bytes() == OLD


def test_an_output_set_puts_the_first_file_back_when_the_second_is_open_elsewhere(
    immutable: Path,
) -> None:
    first, new = immutable.parent / "budget.pdf", immutable.parent / "budget.html"
    first.write_bytes(OLD)
    outputs = OutputSet()
    _stage(outputs, new, first, immutable)
    with pytest.raises(WorkshopError, match="open in another program") as caught:
        outputs.commit()
    assert str(immutable) in str(caught.value) and "none of the export's files" in str(caught.value)
    _unchanged_or_absent(immutable.parent, first, new)
    assert immutable.read_bytes() == OLD


@pytest.mark.skipif(sys.platform != "win32", reason="Windows file sharing")
def test_an_output_set_changes_nothing_when_its_second_file_is_open_on_windows(
    tmp_path: Path,
) -> None:
    first, new, second = tmp_path / "budget.pdf", tmp_path / "budget.html", tmp_path / "b.xlsx"
    first.write_bytes(OLD)
    second.write_bytes(OLD)
    outputs = OutputSet()
    _stage(outputs, new, first, second)
    held = second.open("rb")  # without FILE_SHARE_DELETE, as Excel holds it
    try:
        with pytest.raises(WorkshopError, match="none of the export's files was changed"):
            outputs.commit()
    finally:
        held.close()
    _unchanged_or_absent(tmp_path, first, new)
    assert second.read_bytes() == OLD
