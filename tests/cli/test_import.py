"""``smartdesk import PATH --stakeholders FILE``: the real command in a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from smartdesk.domain.records import Stakeholder
from smartdesk.store import WorkshopFile
from tests.cli.conftest import RunSmartdesk, refused_line


def _names(path: Path) -> list[str]:
    with WorkshopFile.open(path, read_only=True) as store:
        return [s.name for s in store.records(Stakeholder)]


@pytest.fixture
def workshop(smartdesk: RunSmartdesk, tmp_path: Path) -> Path:
    path = tmp_path / "w.smartdesk"
    assert smartdesk("new", path).returncode == 0
    return path


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
    line = refused_line(smartdesk("import", workshop, "--stakeholders", source))
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


def test_a_shared_name_at_another_organisation_imports_with_a_note(
    smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path
) -> None:
    source = tmp_path / "d.csv"
    source.write_text("Name,Organisation\nResident,Millfield\nResident,Eastgate\n")
    result = smartdesk("import", workshop, "--stakeholders", source)
    assert result.returncode == 0
    assert "note: row 3: 'Resident' is also in row 2 with another organisation" in result.stderr
    assert _names(workshop) == ["Resident", "Resident"]


def test_importing_the_same_sheet_twice_skips_every_row_the_second_time(
    smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Organisation\nAnn Jones,Acme\nBob Smith,\n  ann   JONES ,ACME\n", encoding="utf-8"
    )
    first = smartdesk("import", workshop, "--stakeholders", source)
    assert first.returncode == 0, first.stderr
    assert "Imported 2 stakeholders" in first.stdout
    assert "row 4: 'ann JONES' (ACME) repeats row 2" in first.stdout
    assert _names(workshop) == ["Ann Jones", "Bob Smith"]

    second = smartdesk("import", workshop, "--stakeholders", source)
    assert second.returncode == 0, second.stderr
    assert "Imported 0 stakeholders" in second.stdout
    assert "Skipped 3 rows" in second.stdout
    for line in (
        "row 2: 'Ann Jones' (Acme) is already in the register",
        "row 3: 'Bob Smith' is already in the register",
        "row 4: 'ann JONES' (ACME) is already in the register",
    ):
        assert line in second.stdout
    assert _names(workshop) == ["Ann Jones", "Bob Smith"]

    kept = smartdesk("import", workshop, "--stakeholders", source, "--allow-duplicates")
    assert kept.returncode == 0, kept.stderr
    assert "Imported 3 stakeholders" in kept.stdout
    assert "Kept 3 rows that are duplicates" in kept.stdout
    assert _names(workshop) == ["Ann Jones", "Bob Smith"] * 2 + ["ann   JONES"]
    assert "--allow-duplicates" in smartdesk("import", "--help").stdout


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
    assert message in refused_line(smartdesk("import", workshop, "--stakeholders", source))


def test_missing_files_and_usage(smartdesk: RunSmartdesk, workshop: Path, tmp_path: Path) -> None:
    assert "no such file" in refused_line(
        smartdesk("import", workshop, "--stakeholders", tmp_path / "none.csv")
    )
    assert "no such file" in refused_line(
        smartdesk("import", tmp_path / "none.smartdesk", "--stakeholders", workshop)
    )
    assert "--stakeholders" in refused_line(smartdesk("import", workshop))
    assert "--stakeholders" in smartdesk("import", "--help").stdout
    assert "import" in smartdesk("--help").stdout
