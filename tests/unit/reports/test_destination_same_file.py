"""The export is refused as "the workshop file itself" by the file, not by its spelling.

Windows (and macOS) ignore case in names, and Windows has short 8.3 names: comparing
spellings missed those. A hard link is a second spelling every file system has.
"""

from __future__ import annotations

import os
from pathlib import Path

from smartdesk.reports.destination import export_refusal


def test_another_name_for_the_workshop_is_the_workshop_itself(demo_workshop: Path) -> None:
    other_name = demo_workshop.with_name("pack.json")
    os.link(demo_workshop, other_name)
    refusal = export_refusal(other_name, "json", demo_workshop)
    assert refusal is not None and "is the workshop file itself" in refusal


def test_a_different_file_is_not_the_workshop(demo_workshop: Path, tmp_path: Path) -> None:
    other = tmp_path / "pack.json"
    other.write_text("{}", encoding="utf-8")
    assert export_refusal(other, "json", demo_workshop) is None
