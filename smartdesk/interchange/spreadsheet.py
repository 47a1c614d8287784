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
:func:`import_stakeholders` writes a sound sheet in one transaction. Reading the file
into rows of cells is ``interchange.sheet_files``; each cell's value is parsed by
``interchange.stakeholder_cells``; this module maps the columns to stakeholders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.record_rules import validate_record
from smartdesk.domain.records import Stakeholder, new_id
from smartdesk.domain.stakeholder_match import Match, find_matches, normalise
from smartdesk.interchange.sheet_files import cell_text, has_content, read_table
from smartdesk.interchange.stakeholder_cells import PARSERS, shorten

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

_FIELD_OF_HEADER: dict[str, str] = {
    alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases
}


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
    table = read_table(source, max_bytes=max_bytes, max_rows=max_rows)
    header_at = next((i for i, (_, cells) in enumerate(table) if has_content(cells)), None)
    if header_at is None:
        raise WorkshopError(f"cannot import '{source.name}': the file is empty")
    header_row, headers = table[header_at]
    columns = _map_columns(source, header_row, headers)
    records: list[Stakeholder] = []
    numbers: list[int] = []
    problems: list[RowProblem] = []
    for number, cells in table[header_at + 1 :]:
        if not has_content(cells):
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
# Headers


def _normalise_header(header: str) -> str:
    """``" Full_Name "`` -> ``"full name"``: case, underscores and spacing do not matter."""
    return " ".join(header.replace("_", " ").casefold().split())


def _map_columns(source: Path, header_row: int, headers: Sequence[Any]) -> list[ColumnMapping]:
    columns: list[ColumnMapping] = []
    taken: dict[str, ColumnMapping] = {}
    for position, cell in enumerate(headers):
        header = cell_text(cell)
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
            values[column.field] = PARSERS[column.field](cell)
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


# ---------------------------------------------------------------------------
# Warnings


def _who(person: Stakeholder) -> str:
    """``'Ann Jones' (Acme)`` or ``'Ann Jones'``: how a row's stakeholder is named."""
    name = f"'{shorten(person.name)}'"
    organisation = " ".join(person.organisation.split())
    return f"{name} ({shorten(organisation)})" if organisation else name


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
                f"row {row}: '{shorten(record.name)}' is also in row {first_row[key]} with "
                "another organisation (imported twice; check it is not the same person)"
            )
        else:
            first_row[key] = row
            if key in names:
                warnings.append(
                    f"row {row}: '{shorten(record.name)}' is already in the register with "
                    "another organisation (imported as another stakeholder)"
                )
    return warnings
