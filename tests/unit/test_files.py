"""Paths the user names are checked first: a pipe or device is never read or replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.files import output_problem, resolved, why_not_a_file, write_atomically

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def test_a_regular_file_can_be_tried(tmp_path: Path) -> None:
    plain = tmp_path / "plain.json"
    plain.write_text("{}", encoding="utf-8")
    assert why_not_a_file(plain) is None


def test_missing_and_folder_say_so(tmp_path: Path) -> None:
    assert why_not_a_file(tmp_path / "absent.json") == "no such file"
    assert why_not_a_file(tmp_path) == "it is a folder"


@needs_fifo
def test_pipe_and_device_are_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert why_not_a_file(pipe) == "it is a device, pipe or socket, not a file"
    assert why_not_a_file(Path(os.devnull)) == "it is a device, pipe or socket, not a file"


def test_a_circle_of_links_is_refused_and_compared_safely(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert why_not_a_file(loop) == "too many levels of symbolic links"
    assert output_problem(loop) == "too many levels of symbolic links"
    assert resolved(loop) == loop  # for comparisons: no exception, the path as given


def test_outputs_that_cannot_be_written(tmp_path: Path) -> None:
    assert output_problem(tmp_path / "pack.pdf") is None
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF")
    assert output_problem(existing) is None  # replaced when the new one is complete
    assert output_problem(tmp_path) == "it is a folder; give a file name"
    assert (
        output_problem(tmp_path / "no" / "pack.pdf") == f"folder '{tmp_path / 'no'}' does not exist"
    )


@needs_fifo
def test_a_pipe_is_never_replaced_by_an_output(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    assert output_problem(pipe) == "it is a device, pipe or socket, not a file"
    with pytest.raises(WorkshopError, match="device, pipe or socket"):
        write_atomically(pipe, lambda temporary: temporary.write_text("{}"))
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert not list(tmp_path.glob(".*.part"))
