"""Reading a spreadsheet file (CSV or Excel .xlsx) into rows of cells, before any
cell is given a meaning.

Forgiving about where the file came from: CSV may be UTF-8 (with or without the BOM
Excel adds), UTF-16 (Excel's "Unicode text") or Windows-1252 (Excel's plain "CSV" on a
UK PC), separated by commas, semicolons or tabs; a workbook is read from its
"Stakeholders" sheet, or else its first. Strict about size: a file or a sheet far
larger than any register is refused before it is read through.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from smartdesk.domain.errors import WorkshopError
from smartdesk.files import why_not_a_file

_EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
_CSV_SUFFIXES = {".csv", ".txt", ".tsv"}

Table = list[tuple[int, list[Any]]]
"""A sheet as (spreadsheet row number, cells) for each row, header rows included."""


def read_table(source: Path, *, max_bytes: int, max_rows: int) -> Table:
    """The rows of the CSV or Excel file ``source``; WorkshopError if it cannot be read."""
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


def _read_csv(source: Path, max_rows: int) -> Table:
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
    table: Table = []
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


def _read_xlsx(source: Path, max_rows: int) -> Table:
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
        table: Table = []
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


def has_content(cells: Sequence[Any]) -> bool:
    """Does any cell of the row hold something (wholly blank rows are skipped)?"""
    return any(cell_text(cell) for cell in cells)


def cell_text(cell: Any) -> str:
    """A cell as text: numbers Excel stored as floats lose a trailing .0."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and math.isfinite(cell) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()
