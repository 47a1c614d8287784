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


def test_a_two_format_export_whose_second_file_is_open_elsewhere_changes_neither(
    smartdesk: RunSmartdesk, immutable: Path
) -> None:
    workshop = immutable.parent / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    first = immutable.parent / "budget.json"  # JSON is written and placed before XLSX
    first.write_bytes(OLD)
    result = smartdesk("export", workshop, "--json", first, "--xlsx", immutable, "--force")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"smartdesk export: cannot replace '{immutable}'"), line
    assert line.endswith("none of the export's files was changed"), line
    assert first.read_bytes() == OLD and immutable.read_bytes() == OLD
    assert sorted(path.name for path in immutable.parent.iterdir()) == [
        "budget.json",
        "budget.xlsx",
        "demo.smartdesk",
    ]
