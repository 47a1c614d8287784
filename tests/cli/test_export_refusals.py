"""``smartdesk export`` never harms a file: workshops, open files and wrong names are refused,
and an existing export is replaced only with ``--force``."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader

from smartdesk.store.lock import LockInfo, lock_path
from tests.cli.conftest import RunSmartdesk


def _refused(result: object, reason: str) -> None:
    assert result.returncode == 2, result.stderr  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("smartdesk export: '"), lines
    assert reason in lines[0]
    assert result.stdout == ""  # type: ignore[attr-defined]


def test_another_workshop_is_never_replaced_whatever_its_name(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "d.smartdesk"
    other = tmp_path / "f.smartdesk"
    for path in (workshop, other):
        assert smartdesk("demo", path).returncode == 0
    disguised = tmp_path / "old-pack.pdf"
    shutil.copyfile(other, disguised)
    before = other.read_bytes()
    for target in (other, disguised):
        # --force too: it replaces exports, never workshops.
        for extra in ((), ("--force",)):
            result = smartdesk("export", workshop, "--pdf", target, *extra)
            _refused(result, "is a SmartDesk workshop file")
    assert other.read_bytes() == before == disguised.read_bytes()


def test_a_file_open_in_smartdesk_is_refused(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF-1.4 a pack someone has open")
    # A lock naming a live process on this machine (this test's own).
    lock_path(target).write_text(LockInfo.mine().to_json(), encoding="utf-8")
    _refused(smartdesk("export", workshop, "--pdf", target, "--force"), "is open in SmartDesk")
    assert target.read_bytes() == b"%PDF-1.4 a pack someone has open"


def test_a_name_of_another_kind_is_refused(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    for option, name, expected in (
        ("--pdf", "x.docx", ".pdf"),
        ("--docx", "x.pdf", ".docx"),
        ("--xlsx", "x", ".xlsx"),
        ("--json", "x.txt", ".json"),
        ("--html", "x.pdf", ".html"),
    ):
        _refused(
            smartdesk("export", workshop, option, tmp_path / name), f"does not end in {expected}"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.smartdesk"]


def test_an_existing_export_is_replaced_only_with_force(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    old = tmp_path / "pack.pdf"
    old.write_bytes(b"%PDF-1.4 last week's pack")
    fresh = tmp_path / "pack.json"
    # Refused as a whole: the new JSON is not written either.
    _refused(smartdesk("export", workshop, "--json", fresh, "--pdf", old), "--force")
    assert old.read_bytes() == b"%PDF-1.4 last week's pack"
    assert not fresh.exists()
    result = smartdesk("export", workshop, "--json", fresh, "--pdf", old, "--force")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(old).pages) > 10 and fresh.exists()
