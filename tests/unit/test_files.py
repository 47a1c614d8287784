"""Inputs the user names are checked before they are opened: a pipe or device never is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smartdesk.files import why_not_a_file

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
