"""Stakeholders from a spreadsheet (CSV or Excel .xlsx): read, map, check, import.

Councils keep stakeholder lists in Excel, so the reader is forgiving about *shape*
and strict about *content*:

- headers match case-insensitively, with common aliases ("Full name", "Organization",
  "E-mail", "Stance" ...); columns it does not know are left out and listed;
- CSV may be UTF-8 (with or without the BOM Excel adds), UTF-16 (Excel's "Unicode
  text"), or Windows-1252 (Excel's plain "CSV" on a UK PC); comma, semicolon or tab;
- wholly blank rows are skipped;
- but any row with a bad value refuses the whole file, with every bad row listed by
  its spreadsheet row number (the header is row 1), so nothing half-imports.

A row naming a stakeholder the register already has (same name and organisation,
ignoring case and spacing: smartdesk.domain.stakeholder_match) is a *duplicate*: it is
skipped unless the user asks for duplicates, so importing a sheet twice adds nothing
the second time. A row repeating an earlier row of the same sheet is a duplicate of
that row: the first is imported, the later ones are skipped. Two people may share a
name at different organisations, so a repeated name alone is a *warning*, shown
before importing, not a skip or a refusal.

:func:`read_stakeholder_sheet` does the reading and checking without touching a
workshop, which lets the GUI show the column mapping before anything is written;
:func:`import_stakeholders` writes a sound sheet in one transaction.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from smartdesk.domain.enums import EngagementLevel, StakeholderCategory
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Stakeholder, new_id
from smartdesk.domain.stakeholder_match import Match, find_matches, normalise
from smartdesk.domain.validation import validate_record
from smartdesk.files import why_not_a_file

MAX_BYTES = 50 * 1024 * 1024
"""Largest spreadsheet file read (50 MB): far above any real register."""

MAX_ROWS = 100_000
"""Most data rows read: a register larger than this is a mistake (a whole address file)."""

MAX_PROBLEMS_SHOWN = 20
"""Bad rows named in a refusal message; the rest are counted."""

# Field -> accepted header names (already normalised: see _normalise_header).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "stakeholder"),
    "organisation": ("organisation", "organization", "org", "company"),
    "role": ("role", "job title", "position"),
    "email": ("email", "e-mail", "email address", "e-mail address"),
    "phone": ("phone", "telephone", "tel", "mobile"),
    "power": ("power", "influence"),
    "interest": ("interest",),
    "attitude": ("attitude", "stance"),
    "category": ("category", "type"),
    "notes": ("notes", "comments"),
    "engagement_current": (
        "engagement current",
        "current engagement",
        "engagement now",
        "engaged now",
    ),
    "engagement_needed": ("engagement needed", "needed engagement", "engagement target"),
    "confidential": ("confidential",),
}

FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "organisation": "Organisation",
    "role": "Role",
    "email": "Email (personal data)",
    "phone": "Phone (personal data)",
    "power": "Power (0-10)",
    "interest": "Interest (0-10)",
    "attitude": "Attitude",
    "category": "Category",
    "notes": "Notes",
    "engagement_current": "Engagement now",
    "engagement_needed": "Engagement needed",
    "confidential": "Confidential",
}
"""How each stakeholder field is named to people (preview, messages)."""

ATTITUDE_WORDS: dict[str, int] = {
    "blocker": -2,
    "sceptic": -1,
    "skeptic": -1,
    "neutral": 0,
    "supporter": 1,
    "champion": 2,
}

_FIELD_OF_HEADER: dict[str, str] = {
    alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases
}

_TRUE = {"yes", "y", "true", "1", "x", "confidential"}
_FALSE = {"no", "n", "false", "0", ""}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
_CSV_SUFFIXES = {".csv", ".txt", ".tsv"}


# ---------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """One column of the sheet: its header, position (0-based) and the field it fills."""

    header: str
    column: int
    field: str | None  # None: not imported

    @property
    def letter(self) -> str:
        """The spreadsheet column letter: 0 -> A, 26 -> AA."""
        return column_letter(self.column)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A bad row: its spreadsheet row number (header = 1) and why it is bad."""

    row: int
    reason: str

    @property
    def message(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass(frozen=True, slots=True)
class StakeholderSheet:
    """What a spreadsheet would import: the mapping, the records, problems and warnings."""

    source: Path
    columns: tuple[ColumnMapping, ...]
    stakeholders: tuple[Stakeholder, ...]
    rows: tuple[int, ...]  # the spreadsheet row number of each stakeholder
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    duplicates: tuple[Match, ...] = ()  # indexes into ``stakeholders``

    @property
    def sound(self) -> bool:
        """True when every row can be imported."""
        return not self.problems

    def to_import(self, *, allow_duplicates: bool = False) -> tuple[Stakeholder, ...]:
        """The stakeholders an import adds: all of them, or all but the duplicates."""
        if allow_duplicates:
            return self.stakeholders
        skipped = {match.index for match in self.duplicates}
        return tuple(p for i, p in enumerate(self.stakeholders) if i not in skipped)

    def duplicate_reason(self, match: Match) -> str:
        """Why a row is a duplicate: "is already in the register" or "repeats row 3"."""
        if match.earlier is not None:
            return f"repeats row {self.rows[match.earlier]}"
        return "is already in the register"

    def duplicate_messages(self) -> list[str]:
        """One line per duplicate row: its row number, name, organisation and why."""
        return [
            f"row {self.rows[m.index]}: {_who(self.stakeholders[m.index])} "
            f"{self.duplicate_reason(m)}"
            for m in self.duplicates
        ]

    @property
    def ignored_headers(self) -> tuple[str, ...]:
        """Headers of columns that are not imported."""
        return tuple(c.header for c in self.columns if c.field is None and c.header)

    def refusal(self) -> str:
        """The one-line message that refuses the sheet (call only when not sound)."""
        # A row can have several problems: count rows, list problems.
        count = len({p.row for p in self.problems})
        shown = "; ".join(p.message for p in self.problems[:MAX_PROBLEMS_SHOWN])
        more = len(self.problems) - MAX_PROBLEMS_SHOWN
        tail = f"; and {more} more problem{'s' if more > 1 else ''}" if more > 0 else ""
        rows = "row" if count == 1 else "rows"
        return (
            f"cannot import {self.source.name}: {count} bad {rows}, nothing imported "
            f"({shown}{tail})"
        )


class StakeholderStore(Protocol):
    """The part of a workshop file an import needs."""

    def records(self, kind: type[Stakeholder]) -> list[Stakeholder]: ...

    def add_many(self, records: Sequence[Any]) -> None: ...


# ---------------------------------------------------------------------------
# Reading


def read_stakeholder_sheet(
    path: str | Path,
    *,
    existing: Iterable[Stakeholder] = (),
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> StakeholderSheet:
    """Read and check a CSV or .xlsx stakeholder list, without writing anything.

    Bad rows are collected in ``problems`` (the sheet is then not ``sound``); a file
    that cannot be read at all, has no name column or no stakeholders raises
    WorkshopError. ``existing`` (the register) decides which rows are duplicates
    and feeds the repeated-name warnings.
    """
    source = Path(path)
    table = _read_table(source, max_bytes=max_bytes, max_rows=max_rows)
    header_at = next((i for i, (_, cells) in enumerate(table) if _has_content(cells)), None)
    if header_at is None:
        raise WorkshopError(f"cannot import '{source.name}': the file is empty")
    header_row, headers = table[header_at]
    columns = _map_columns(source, header_row, headers)
    records: list[Stakeholder] = []
    numbers: list[int] = []
    problems: list[RowProblem] = []
    for number, cells in table[header_at + 1 :]:
        if not _has_content(cells):
            continue
        record, reasons = _stakeholder_from_row(columns, cells)
        problems.extend(RowProblem(number, reason) for reason in reasons)
        if record is not None and not reasons:
            records.append(record)
            numbers.append(number)
    if not records and not problems:
        raise WorkshopError(
            f"cannot import '{source.name}': there are no stakeholders under the header row"
        )
    register = list(existing)
    matches = find_matches(register, records)
    return StakeholderSheet(
        source=source,
        columns=tuple(columns),
        stakeholders=tuple(records),
        rows=tuple(numbers),
        problems=tuple(problems),
        warnings=tuple(_name_warnings(records, numbers, register, matches)),
        duplicates=tuple(matches),
    )


def import_stakeholders(
    store: StakeholderStore, path: str | Path, *, allow_duplicates: bool = False
) -> StakeholderSheet:
    """Add the stakeholders of the spreadsheet at ``path`` to ``store`` in one transaction.

    Refuses the whole file (WorkshopError, nothing written) if any row is bad. Rows
    matching the register or an earlier row are skipped unless ``allow_duplicates``;
    ``sheet.to_import(allow_duplicates=...)`` says what was added.
    """
    sheet = read_stakeholder_sheet(path, existing=store.records(Stakeholder))
    if not sheet.sound:
        raise WorkshopError(sheet.refusal())
    added = sheet.to_import(allow_duplicates=allow_duplicates)
    if added:
        store.add_many(added)
    return sheet


def column_letter(column: int) -> str:
    """Spreadsheet column letter for a 0-based column: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    column += 1
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


# ---------------------------------------------------------------------------
# Files to rows of cells

_Table = list[tuple[int, list[Any]]]  # (spreadsheet row number, cells)


def _read_table(source: Path, *, max_bytes: int, max_rows: int) -> _Table:
    problem = why_not_a_file(source)
    if problem is not None:
        raise WorkshopError(f"cannot read '{source}': {problem}")
    size = source.stat().st_size
    if size > max_bytes:
        raise WorkshopError(
            f"cannot import '{source.name}': the file is {_megabytes(size)}, more than the "
            f"{_megabytes(max_bytes)} a stakeholder list can be; split it or remove "
            "other sheets"
        )
    suffix = source.suffix.lower()
    if suffix in _EXCEL_SUFFIXES:
        table = _read_xlsx(source, max_rows)
    elif suffix in _CSV_SUFFIXES:
        table = _read_csv(source, max_rows)
    elif suffix == ".xls":
        raise WorkshopError(
            f"cannot import '{source.name}': old Excel (.xls) files are not read; in Excel "
            "use File > Save As and choose Excel Workbook (.xlsx) or CSV"
        )
    else:
        raise WorkshopError(
            f"cannot import '{source.name}': choose a CSV (.csv) or Excel (.xlsx) file"
        )
    return table


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _too_many_rows(source: Path, max_rows: int) -> WorkshopError:
    return WorkshopError(
        f"cannot import '{source.name}': it has more than {max_rows:,} rows, more than a "
        "stakeholder register should; check it is the right file"
    )


def _decode(source: Path, raw: bytes) -> str:
    """Text of a CSV file from Excel or anything else a council is likely to have."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Excel's "CSV (Comma delimited)" on a UK Windows PC writes Windows-1252.
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise WorkshopError(
            f"cannot import '{source.name}': its text encoding is not UTF-8 or Windows-1252; "
            "in Excel save it as 'CSV UTF-8'"
        ) from None


def _read_csv(source: Path, max_rows: int) -> _Table:
    try:
        raw = source.read_bytes()
    except OSError as error:
        raise WorkshopError(f"cannot read '{source}': {error.strerror or error}") from None
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise WorkshopError(f"cannot import '{source.name}': it is not a text (CSV) file")
    text = _decode(source, raw)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count) if first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: _Table = []
    try:
        for cells in reader:
            # reader.line_num counts physical lines; a quoted cell may span several,
            # so number the records as a spreadsheet would (one per record).
            table.append((len(table) + 1, list(cells)))
            if len(table) > max_rows + 1:
                raise _too_many_rows(source, max_rows)
    except csv.Error as error:
        raise WorkshopError(
            f"cannot import '{source.name}': row {len(table) + 1} is not valid CSV ({error})"
        ) from None
    return table


def _read_xlsx(source: Path, max_rows: int) -> _Table:
    import zipfile

    # Only when an Excel file is imported; openpyxl ships no type hints.
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        workbook = load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise WorkshopError(
            f"cannot import '{source.name}': it is not a readable Excel workbook ({error})"
        ) from None
    try:
        sheet = _stakeholder_worksheet(workbook)
        table: _Table = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            table.append((number, list(values)))
            if len(table) > max_rows + 1:
                raise _too_many_rows(source, max_rows)
        return table
    finally:
        workbook.close()


def _stakeholder_worksheet(workbook: Any) -> Any:
    """A sheet called "Stakeholders" if there is one, else the first."""
    for sheet in workbook.worksheets:
        if str(sheet.title).strip().casefold() == "stakeholders":
            return sheet
    return workbook.worksheets[0]


def _has_content(cells: Sequence[Any]) -> bool:
    return any(_cell_text(cell) for cell in cells)


def _cell_text(cell: Any) -> str:
    """A cell as text: numbers Excel stored as floats lose a trailing .0."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and math.isfinite(cell) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


# ---------------------------------------------------------------------------
# Headers


def _normalise_header(header: str) -> str:
    """``" Full_Name "`` -> ``"full name"``: case, underscores and spacing do not matter."""
    return " ".join(header.replace("_", " ").casefold().split())


def _map_columns(source: Path, header_row: int, headers: Sequence[Any]) -> list[ColumnMapping]:
    columns: list[ColumnMapping] = []
    taken: dict[str, ColumnMapping] = {}
    for position, cell in enumerate(headers):
        header = _cell_text(cell)
        field_name = _FIELD_OF_HEADER.get(_normalise_header(header))
        mapping = ColumnMapping(header, position, field_name)
        if field_name is not None:
            earlier = taken.setdefault(field_name, mapping)
            if earlier is not mapping:
                raise WorkshopError(
                    f"cannot import '{source.name}': columns {earlier.letter} "
                    f"('{earlier.header}') and {mapping.letter} ('{header}') in row "
                    f"{header_row} both give the {FIELD_LABELS[field_name].lower()}; "
                    "rename or delete one"
                )
        columns.append(mapping)
    if "name" not in taken:
        found = ", ".join(f"'{c.header}'" for c in columns if c.header) or "none"
        raise WorkshopError(
            f"cannot import '{source.name}': no column for the stakeholder's name in row "
            f"{header_row} (a header such as Name, Full name or Stakeholder); "
            f"headers found: {found}"
        )
    return columns


# ---------------------------------------------------------------------------
# Cells to a stakeholder


def _stakeholder_from_row(
    columns: Sequence[ColumnMapping], cells: Sequence[Any]
) -> tuple[Stakeholder | None, list[str]]:
    values: dict[str, Any] = {}
    reasons: list[str] = []
    for column in columns:
        if column.field is None:
            continue
        cell = cells[column.column] if column.column < len(cells) else None
        try:
            values[column.field] = _PARSERS[column.field](cell)
        except ValueError as error:
            reasons.append(f"{FIELD_LABELS[column.field].split(' (')[0].lower()} {error}")
    if not values.get("name"):
        reasons.insert(0, "the name is empty")
    if reasons:
        return None, reasons
    record = Stakeholder(id=new_id(), **values)
    # The domain rules have the last word (control characters, ranges).
    prefix = re.compile(r"^Stakeholder '[^']*': ")
    reasons.extend(prefix.sub("", message) for message in validate_record(record))
    return record, reasons


def _text(cell: Any) -> str:
    return _cell_text(cell)


def _number(cell: Any) -> float | None:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        number = float(cell)
    else:
        text = _cell_text(cell)
        if not text:
            return None
        if not _NUMBER.match(text):
            raise ValueError(f"must be a number from 0 to 10, got '{_shorten(text)}'")
        number = float(text)
    if not math.isfinite(number) or not 0 <= number <= 10:
        raise ValueError(f"must be from 0 to 10, got {number:g}")
    return number


def _attitude(cell: Any) -> int | None:
    text = _cell_text(cell).replace("\u2212", "-")  # typographic minus (U+2212)
    if not text:
        return None
    word = text.casefold()
    if word in ATTITUDE_WORDS:
        return ATTITUDE_WORDS[word]
    if _NUMBER.match(text):
        number = float(text)
        if number.is_integer() and -2 <= number <= 2:
            return int(number)
    raise ValueError(
        f"must be blocker, sceptic, neutral, supporter or champion (or -2 to 2), "
        f"got '{_shorten(text)}'"
    )


def _key(text: str) -> str:
    return "_".join(text.replace("-", " ").casefold().split())


def _category(cell: Any) -> StakeholderCategory | None:
    text = _cell_text(cell)
    if not text:
        return None
    key = _key(text)
    for category in StakeholderCategory:
        if key in (category.value, _key(category.label)):
            return category
    allowed = ", ".join(c.label.lower() for c in StakeholderCategory)
    raise ValueError(f"must be one of {allowed}; got '{_shorten(text)}'")


def _level(cell: Any) -> EngagementLevel | None:
    text = _cell_text(cell)
    if not text:
        return None
    try:
        return EngagementLevel(text.casefold())
    except ValueError:
        allowed = ", ".join(level.value for level in EngagementLevel)
        raise ValueError(f"must be one of {allowed}; got '{_shorten(text)}'") from None


def _email(cell: Any) -> str:
    text = _cell_text(cell)
    if text and ("@" not in text or " " in text):
        raise ValueError(f"is not an email address: '{_shorten(text)}'")
    return text


def _flag(cell: Any) -> bool:
    text = _cell_text(cell).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"must be yes or no, got '{_shorten(text)}'")


def _shorten(text: str, limit: int = 30) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_PARSERS: dict[str, Any] = {
    "name": _text,
    "organisation": _text,
    "role": _text,
    "email": _email,
    "phone": _text,
    "power": _number,
    "interest": _number,
    "attitude": _attitude,
    "category": _category,
    "notes": _text,
    "engagement_current": _level,
    "engagement_needed": _level,
    "confidential": _flag,
}


# ---------------------------------------------------------------------------
# Warnings


def _who(person: Stakeholder) -> str:
    """``'Ann Jones' (Acme)`` or ``'Ann Jones'``: how a row's stakeholder is named."""
    name = f"'{_shorten(person.name)}'"
    organisation = " ".join(person.organisation.split())
    return f"{name} ({_shorten(organisation)})" if organisation else name


def _name_warnings(
    records: Sequence[Stakeholder],
    rows: Sequence[int],
    existing: Sequence[Stakeholder],
    duplicates: Sequence[Match],
) -> list[str]:
    """Rows that are not duplicates but share a name with another row or the register
    (two people may share a name; the user should check)."""
    warnings: list[str] = []
    skipped = {match.index for match in duplicates}
    first_row: dict[str, int] = {}
    names = {normalise(person.name) for person in existing if person.name.strip()}
    for index, (record, row) in enumerate(zip(records, rows, strict=True)):
        key = normalise(record.name)
        if index in skipped:
            # Skipped rows are reported as duplicates; one skipped because the register
            # has it leaves the register's name for the check below.
            continue
        if key in first_row:
            warnings.append(
                f"row {row}: '{_shorten(record.name)}' is also in row {first_row[key]} with "
                "another organisation (imported twice; check it is not the same person)"
            )
        else:
            first_row[key] = row
            if key in names:
                warnings.append(
                    f"row {row}: '{_shorten(record.name)}' is already in the register with "
                    "another organisation (imported as another stakeholder)"
                )
    return warnings
