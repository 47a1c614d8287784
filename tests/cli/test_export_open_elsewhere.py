"""``smartdesk export`` onto a file it cannot replace (on Windows: open in Excel, Word...).

An immutable file (``chattr +i``) is refused by the rename the same way Windows
refuses a file another program holds open; the Windows case itself runs under Wine
in tests/unit/test_files_replace.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import RunSmartdesk
from tests.unit.test_files_replace import OLD, immutable_file


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Path]:
    with immutable_file(tmp_path / "budget.xlsx") as target:
        yield target


def test_export_onto_a_file_that_cannot_be_replaced_says_why_in_one_line(
    smartdesk: RunSmartdesk, immutable: Path
) -> None:
    workshop = immutable.parent / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    result = smartdesk("export", workshop, "--xlsx", immutable, "--force")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("smartdesk export: cannot replace '"), lines
    assert "open in another program" in lines[0] and "Traceback" not in result.stderr
    assert sorted(path.name for path in immutable.parent.iterdir()) == [
        "budget.xlsx",
        "demo.smartdesk",
    ]
    assert immutable.read_bytes() == OLD
