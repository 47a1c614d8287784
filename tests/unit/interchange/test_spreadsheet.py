"""Stakeholder spreadsheets: header aliases, encodings, xlsx, and whole-file refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from smartdesk.domain.enums import EngagementLevel, StakeholderCategory
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Stakeholder, WorkshopData
from smartdesk.interchange.spreadsheet import (
    column_letter,
    import_stakeholders,
    read_stakeholder_sheet,
)
from smartdesk.store import WorkshopFile


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_good_file_maps_every_field(tmp_path: Path) -> None:
    source = write(
        tmp_path / "people.csv",
        "Name,Organisation,Role,Email,Phone,Power,Interest,Attitude,Category,Notes,"
        "Engagement_current,Engagement_needed,Confidential\n"
        "Rhian Morgan,Afonbridge Council,Cabinet member,rhian@example.org,01632 960000,"
        "8.5,6,supporter,Elected member,Chairs scrutiny,consult,Collaborate,yes\n",
    )
    sheet = read_stakeholder_sheet(source)
    assert sheet.sound and sheet.warnings == ()
    (person,) = sheet.stakeholders
    assert person == Stakeholder(
        id=person.id,
        name="Rhian Morgan",
        organisation="Afonbridge Council",
        role="Cabinet member",
        category=StakeholderCategory.ELECTED_MEMBER,
        email="rhian@example.org",
        phone="01632 960000",
        power=8.5,
        interest=6.0,
        attitude=1,
        engagement_current=EngagementLevel.CONSULT,
        engagement_needed=EngagementLevel.COLLABORATE,
        notes="Chairs scrutiny",
        confidential=True,
    )
    assert sheet.rows == (2,)


@pytest.mark.parametrize(
    ("header", "field", "value", "expected"),
    [
        ("FULL NAME", "name", "Ann", "Ann"),
        ("stakeholder", "name", "Ann", "Ann"),
        ("Organization", "organisation", "Acme", "Acme"),
        ("org", "organisation", "Acme", "Acme"),
        ("Company", "organisation", "Acme", "Acme"),
        ("Job Title", "role", "Clerk", "Clerk"),
        ("position", "role", "Clerk", "Clerk"),
        ("E-mail", "email", "a@b.uk", "a@b.uk"),
        ("email address", "email", "a@b.uk", "a@b.uk"),
        ("Telephone", "phone", "0161", "0161"),
        ("tel", "phone", "0161", "0161"),
        ("Mobile", "phone", "07700", "07700"),
        ("Influence", "power", "3", 3.0),
        ("INTEREST", "interest", "4.5", 4.5),
        ("Stance", "attitude", "Skeptic", -1),
        ("attitude", "attitude", "blocker", -2),
        ("attitude", "attitude", "\u22122", -2),
        ("attitude", "attitude", "+1", 1),
        ("attitude", "attitude", "neutral", 0),
        ("attitude", "attitude", "Champion", 2),
        ("Type", "category", "community group", StakeholderCategory.COMMUNITY_GROUP),
        ("category", "category", "public_sector", StakeholderCategory.PUBLIC_SECTOR),
        ("Comments", "notes", "hello", "hello"),
        ("engagement current", "engagement_current", "INVOLVE", EngagementLevel.INVOLVE),
        ("Engagement Needed", "engagement_needed", "empower", EngagementLevel.EMPOWER),
    ],
)
def test_header_aliases_and_values(
    tmp_path: Path, header: str, field: str, value: str, expected: object
) -> None:
    text = f"{header}\n{value}\n" if field == "name" else f"Name,{header}\nAnn,{value}\n"
    sheet = read_stakeholder_sheet(write(tmp_path / "a.csv", text))
    assert sheet.sound, sheet.problems
    assert getattr(sheet.stakeholders[0], field) == expected
    assert {c.field for c in sheet.columns} >= {"name", field}


def test_unknown_columns_are_listed_not_imported(tmp_path: Path) -> None:
    sheet = read_stakeholder_sheet(write(tmp_path / "a.csv", "Name,Shoe size\nAnn,5\n"))
    assert sheet.ignored_headers == ("Shoe size",)
    assert [c.letter for c in sheet.columns] == ["A", "B"]


def test_every_bad_row_is_reported_with_its_spreadsheet_row(tmp_path: Path) -> None:
    source = write(
        tmp_path / "bad.csv",
        "Name,Power,Interest,Attitude,Category,Email,Engagement needed\n"
        "Good Person,1,2,neutral,council,g@x.uk,inform\n"  # row 2: fine
        ",,,,,,\n"  # row 3: blank, skipped
        "Too Powerful,11,2,,,,\n"  # row 4
        ",5,,,,,\n"  # row 5: no name
        "Grumpy,,,furious,,,\n"  # row 6
        "Odd,,,,aliens,,\n"  # row 7
        "Mailless,,,,,not-an-address,\n"  # row 8
        "Lofty,,,,,,dictate\n"  # row 9
        "Wordy,lots,,,,,\n",  # row 10
    )
    sheet = read_stakeholder_sheet(source)
    assert not sheet.sound
    assert [p.row for p in sheet.problems] == [4, 5, 6, 7, 8, 9, 10]
    reasons = {p.row: p.reason for p in sheet.problems}
    assert reasons[4] == "power must be from 0 to 10, got 11"
    assert reasons[5] == "the name is empty"
    assert "blocker, sceptic, neutral, supporter or champion" in reasons[6]
    assert "aliens" in reasons[7]
    assert "not an email address" in reasons[8]
    assert "inform, consult, involve, collaborate, empower" in reasons[9]
    assert "'lots'" in reasons[10]
    message = sheet.refusal()
    assert message.startswith("cannot import bad.csv: 7 bad rows, nothing imported")
    assert "row 4: power must be from 0 to 10, got 11" in message
    assert "\n" not in message


def test_a_refused_import_leaves_the_workshop_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "w.smartdesk"
    WorkshopFile.create(path, WorkshopData(stakeholders=(Stakeholder(id="s", name="S"),))).close()
    before = path.read_bytes()
    source = write(tmp_path / "bad.csv", "Name,Power\nFine,3\nBad,-1\n")
    with WorkshopFile.open(path) as store, pytest.raises(WorkshopError, match="row 3"):
        import_stakeholders(store, source)
    assert path.read_bytes() == before


def test_import_adds_all_rows_in_one_change(tmp_path: Path) -> None:
    path = tmp_path / "w.smartdesk"
    WorkshopFile.create(path).close()
    source = write(tmp_path / "ok.csv", "Name\n" + "".join(f"P{i}\n" for i in range(50)))
    with WorkshopFile.open(path) as store:
        changes: list[object] = []
        store.subscribe(changes.append)
        sheet = import_stakeholders(store, source)
    assert len(changes) == 1
    with WorkshopFile.open(path, read_only=True) as store:
        assert [s.name for s in store.records(Stakeholder)] == [f"P{i}" for i in range(50)]
        assert [s.id for s in store.records(Stakeholder)] == [s.id for s in sheet.stakeholders]


def test_windows_1252_file_from_excel(tmp_path: Path) -> None:
    source = write(
        tmp_path / "excel.csv",
        'Name,Notes\r\nSiân Llyr,"Costs £2,000 \u2013 “urgent”"\r\n',
        encoding="cp1252",
    )
    (person,) = read_stakeholder_sheet(source).stakeholders
    assert person.name == "Siân Llyr"
    assert person.notes == "Costs £2,000 \u2013 “urgent”"


@pytest.mark.parametrize("bom", [True, False])
def test_utf8_with_and_without_bom(tmp_path: Path, bom: bool) -> None:
    text = "Name;Organisation\nSiôn Ŵyn;Cyngor Afonbridge\n"
    raw = ("\ufeff" if bom else "") + text
    sheet = read_stakeholder_sheet(write(tmp_path / "u.csv", raw))
    (person,) = sheet.stakeholders
    assert (person.name, person.organisation) == ("Siôn Ŵyn", "Cyngor Afonbridge")


def test_utf16_and_tab_separated(tmp_path: Path) -> None:
    source = write(tmp_path / "u.txt", "Name\tPower\nAnn\t2\n", encoding="utf-16")
    (person,) = read_stakeholder_sheet(source).stakeholders
    assert (person.name, person.power) == ("Ann", 2.0)


def test_quoted_cells_with_commas_and_line_breaks(tmp_path: Path) -> None:
    source = write(tmp_path / "q.csv", 'Name,Notes\n"Smith, J","two\nlines"\nBad,\n')
    sheet = read_stakeholder_sheet(source)
    assert [(s.name, s.notes) for s in sheet.stakeholders] == [
        ("Smith, J", "two\nlines"),
        ("Bad", ""),
    ]
    assert sheet.rows == (2, 3)


def test_xlsx_via_openpyxl(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["Not the stakeholders"])
    sheet = book.create_sheet("Stakeholders")
    sheet.append(["Full name", "Company", "Influence", "Interest", "Stance", "Tel"])
    sheet.append(["Ann Jones", "Acme", 7, 8.5, -1, 7700900123])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Bob", None, 12, None, "champion", None])
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = read_stakeholder_sheet(path)
    assert [p.message for p in result.problems] == ["row 4: power must be from 0 to 10, got 12"]
    sheet.delete_rows(4)
    book.save(path)
    (person,) = read_stakeholder_sheet(path).stakeholders
    assert (person.name, person.organisation, person.power, person.interest) == (
        "Ann Jones",
        "Acme",
        7.0,
        8.5,
    )
    assert (person.attitude, person.phone) == (-1, "7700900123")


def test_not_really_an_xlsx(tmp_path: Path) -> None:
    path = write(tmp_path / "fake.xlsx", "Name\nAnn\n")
    with pytest.raises(WorkshopError, match="not a readable Excel workbook"):
        read_stakeholder_sheet(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", "", "the file is empty"),
        ("blank.csv", "\n,,\n\n", "the file is empty"),
        ("header.csv", "Name,Power\n", "no stakeholders under the header row"),
        ("noname.csv", "Organisation,Power\nAcme,3\n", "no column for the stakeholder's name"),
        ("twice.csv", "Name,Org,Company\nA,B,C\n", "columns B .* and C .* both give"),
        ("old.xls", "whatever", r"old Excel \(.xls\)"),
        ("notes.docx", "whatever", "choose a CSV"),
    ],
)
def test_files_that_cannot_be_imported(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    with pytest.raises(WorkshopError, match=message):
        read_stakeholder_sheet(write(tmp_path / name, content))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="no such file"):
        read_stakeholder_sheet(tmp_path / "nowhere.csv")


def test_huge_files_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    source = write(tmp_path / "big.csv", "Name\n" + "x\n" * 30)
    with pytest.raises(WorkshopError, match="more than 20 rows"):
        read_stakeholder_sheet(source, max_rows=20)
    with pytest.raises(WorkshopError, match="the file is 65 bytes, more than the 64 bytes"):
        read_stakeholder_sheet(source, max_bytes=64)


def test_a_shared_name_at_another_organisation_is_imported_with_a_warning(
    tmp_path: Path,
) -> None:
    source = write(
        tmp_path / "d.csv",
        "Name,Organisation\nResident,Millfield\nAnn,\nresident ,Eastgate\nSarah Okafor,BID\n",
    )
    register = [Stakeholder(id="r", name="Sarah Okafor", organisation="Council")]
    sheet = read_stakeholder_sheet(source, existing=register)
    assert sheet.sound and len(sheet.to_import()) == 4 and sheet.duplicates == ()
    assert sheet.warnings == (
        "row 4: 'resident' is also in row 2 with another organisation (imported twice; "
        "check it is not the same person)",
        "row 5: 'Sarah Okafor' is already in the register with another organisation "
        "(imported as another stakeholder)",
    )


def test_rows_already_in_the_register_or_repeated_are_duplicates(tmp_path: Path) -> None:
    source = write(
        tmp_path / "d.csv",
        "Name,Organisation\nAnn Jones,Acme\n  ann  JONES,ACME \nBob,\nCara,Parish\nbob,\n",
    )
    register = [Stakeholder(id="r", name="Bob")]
    sheet = read_stakeholder_sheet(source, existing=register)
    assert sheet.sound
    assert sheet.duplicate_messages() == [
        "row 3: 'ann JONES' (ACME) repeats row 2",
        "row 4: 'Bob' is already in the register",
        "row 6: 'bob' is already in the register",
    ]
    assert [p.name for p in sheet.to_import()] == ["Ann Jones", "Cara"]
    assert len(sheet.to_import(allow_duplicates=True)) == 5
    # A skipped row does not also warn about its name.
    assert sheet.warnings == ()


def test_importing_the_same_sheet_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    path = tmp_path / "w.smartdesk"
    WorkshopFile.create(path).close()
    source = write(tmp_path / "p.csv", "Name,Organisation\nAnn,Acme\nBob,\n")
    with WorkshopFile.open(path) as store:
        first = import_stakeholders(store, source)
        second = import_stakeholders(store, source)
        assert (len(first.to_import()), len(second.to_import())) == (2, 0)
        assert len(store.records(Stakeholder)) == 2
        import_stakeholders(store, source, allow_duplicates=True)
        assert [s.name for s in store.records(Stakeholder)] == ["Ann", "Bob", "Ann", "Bob"]


def test_control_characters_are_refused_by_the_domain_rules(tmp_path: Path) -> None:
    source = write(tmp_path / "c.csv", "Name,Notes\nAnn,bell\x07\n")
    sheet = read_stakeholder_sheet(source)
    assert [p.row for p in sheet.problems] == [2]
    assert "control character" in sheet.problems[0].reason


def test_many_bad_rows_are_counted_not_all_listed(tmp_path: Path) -> None:
    source = write(tmp_path / "m.csv", "Name,Power\n" + "x,99\n" * 30)
    message = read_stakeholder_sheet(source).refusal()
    assert "30 bad rows" in message and "and 10 more problems" in message
    assert "row 21:" in message and "row 22:" not in message


def test_a_row_with_two_problems_counts_once(tmp_path: Path) -> None:
    source = write(tmp_path / "two.csv", "Name,Power,Attitude\nAnn,11,friendly\nBob,3,neutral\n")
    message = read_stakeholder_sheet(source).refusal()
    assert "1 bad row," in message
    assert "power must be from 0 to 10, got 11" in message and "'friendly'" in message


def test_column_letters() -> None:
    assert [column_letter(n) for n in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_a_name_shared_with_a_skipped_row_is_checked_against_the_register(
    tmp_path: Path,
) -> None:
    source = write(tmp_path / "d.csv", "Name,Organisation\nAnn,Acme\nAnn,Beta\n")
    sheet = read_stakeholder_sheet(
        source, existing=[Stakeholder(id="r", name="Ann", organisation="acme")]
    )
    assert [p.organisation for p in sheet.to_import()] == ["Beta"]
    # Row 2 is skipped, so row 3 is not "imported twice"; its name is in the register.
    assert sheet.warnings == (
        "row 3: 'Ann' is already in the register with another organisation "
        "(imported as another stakeholder)",
    )
