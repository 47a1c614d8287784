"""``smartdesk import PATH --stakeholders FILE``: the real command in a subprocess."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from smartdesk.domain.records import Stakeholder
from smartdesk.store import WorkshopFile
from tests.cli.conftest import RunSmartdesk


def _names(path: Path) -> list[str]:
    with WorkshopFile.open(path, read_only=True) as store:
        return [s.name for s in store.records(Stakeholder)]


@pytest.fixture
def workshop(smartdesk: RunSmartdesk, tmp_path: Path) -> Path:
    path = tmp_path / "w.smartdesk"
    assert smartdesk("new", path).returncode == 0
    return path


def _refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_import_good_aliased_csv(smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Full Name,Organization,E-mail,Influence,Interest,Stance,Type,Shoe size\n"
        "Ann Jones,Acme,ann@example.org,7,8,champion,business,5\n"
        "Bob Smith,,,2,9,sceptic,resident,9\n",
        encoding="utf-8",
    )
    result = smartdesk("import", workshop, "--stakeholders", source)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 stakeholders from people.csv" in result.stdout
    assert "'Shoe size'" in result.stdout
    with WorkshopFile.open(workshop, read_only=True) as store:
        ann, bob = store.records(Stakeholder)
    assert (ann.organisation, ann.email, ann.power, ann.attitude) == (
        "Acme",
        "ann@example.org",
        7.0,
        2,
    )
    assert (bob.name, bob.attitude, bob.category) == ("Bob Smith", -1, "resident")


def test_bad_rows_refuse_the_whole_file_byte_identical(
    smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Name,Power\nFine,3\nToo big,11\n,4\n", encoding="utf-8")
    before = workshop.read_bytes()
    line = _refused(smartdesk("import", workshop, "--stakeholders", source))
    assert "2 bad rows, nothing imported" in line
    assert "row 3: power must be from 0 to 10, got 11" in line
    assert "row 4: the name is empty" in line
    assert workshop.read_bytes() == before
    assert _names(workshop) == []


def test_windows_1252_and_xlsx(smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path) -> None:
    legacy = tmp_path / "excel.csv"
    legacy.write_bytes("Name,Notes\r\nSiân,£5 budget\r\n".encode("cp1252"))
    assert smartdesk("import", workshop, "--stakeholders", legacy).returncode == 0
    book = Workbook()
    book.active.append(["Stakeholder", "Power"])
    book.active.append(["Rhodri", 4])
    xlsx = tmp_path / "list.xlsx"
    book.save(xlsx)
    assert smartdesk("import", workshop, "--stakeholders", xlsx).returncode == 0
    assert _names(workshop) == ["Siân", "Rhodri"]


def test_duplicate_names_import_with_a_note(
    smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path
) -> None:
    source = tmp_path / "d.csv"
    source.write_text("Name\nResident\nResident\n", encoding="utf-8")
    result = smartdesk("import", workshop, "--stakeholders", source)
    assert result.returncode == 0
    assert "note: row 3: 'Resident' is also in row 2" in result.stderr
    assert _names(workshop) == ["Resident", "Resident"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty"),
        ("Organisation\nAcme\n", "no column for the stakeholder's name"),
    ],
)
def test_unusable_files(
    smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path, content: str, message: str
) -> None:
    source = tmp_path / "x.csv"
    source.write_text(content, encoding="utf-8")
    assert message in _refused(smartdesk("import", workshop, "--stakeholders", source))


def test_missing_files_and_usage(smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path) -> None:
    assert "no such file" in _refused(
        smartdesk("import", workshop, "--stakeholders", tmp_path / "none.csv")
    )
    assert "no such file" in _refused(
        smartdesk("import", tmp_path / "none.smartdesk", "--stakeholders", workshop)
    )
    assert "--stakeholders" in _refused(smartdesk("import", workshop))
    assert "--stakeholders" in smartdesk("import", "--help").stdout
    assert "import" in smartdesk("--help").stdout
