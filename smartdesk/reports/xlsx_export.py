"""The workshop as an Excel workbook (full or public): one sheet per record kind.

For officers who paste into their own spreadsheets: a header row in bold, filters,
the header frozen, columns sized to their content, references shown by name, options
with the letter the pack gives them. The public version is written from the public
copy (:mod:`smartdesk.reports.public`): exempt records by placeholder, no contact
details, attitudes or grid positions, private individuals as "A resident".

User text is always a string cell: text starting with ``=``, ``+``, ``-``, ``@``, tab
or carriage return is stored with ``data_type = "s"`` AND the "quote prefix" style
(Excel's leading apostrophe), so neither openpyxl nor Excel ever treats it as a
formula, even after the cell is edited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from smartdesk.domain.labels import option_letters
from smartdesk.domain.records import COLLECTIONS, WorkshopData
from smartdesk.files import write_atomically
from smartdesk.reports.catalogue import current_language, label, language_tag, writing_in
from smartdesk.reports.catalogue_cy import WORKBOOK
from smartdesk.reports.errors import Progress, cancel_check, reporter

# openpyxl refuses these (XML 1.0 cannot hold them), and lone surrogates cannot be encoded.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Excel's limit on the characters of one cell.
_CELL_LIMIT = 32_767
_MIN_WIDTH, _MAX_WIDTH = 8, 60
# Rows read to size the columns (enough to be representative, cheap on big sheets).
_WIDTH_SAMPLE = 200

# Sheet title per collection (Excel allows 31 characters).
_SHEETS = {
    "strategies": "Strategies",
    "outcomes": "Outcomes",
    "maturity": "Digital maturity",
    "stakeholders": "Stakeholders",
    "relationships": "Relationships",
    "engagement_actions": "Engagement plan",
    "listening_log": "Listening log",
    "criteria": "Criteria",
    "options": "Options",
    "scores": "Scores",
    "risks": "Risks",
    "next_steps": "Next steps",
    "participants": "Participants",
    "agenda": "Agenda",
    "vote_rounds": "Vote rounds",
    "votes": "Votes",
}
# Reference fields shown by the name of what they point at.
_REFERENCES = {
    "option_id": "Option",
    "criterion_id": "Criterion",
    "stakeholder_id": "Stakeholder",
    "from_id": "From",
    "to_id": "To",
    "strategy_ids": "Strategies",
    "stakeholder_ids": "Stakeholders",
    "round_id": "Round",
    "subject_id": "Subject",
    "participant_id": "Participant",
}


def safe_text(value: str) -> str:
    """``value`` without characters a workbook cannot hold, cut to Excel's cell limit."""
    return _ILLEGAL.sub("", value)[:_CELL_LIMIT]


def is_formula_like(value: str) -> bool:
    """Whether Excel would read ``value`` typed into a cell as a formula."""
    return value.startswith(_FORMULA_START)


def _heading(name: str) -> str:
    english = _REFERENCES.get(name) or name.replace("_", " ").capitalize().replace(" pct", " (%)")
    return _word(english)


def _word(english: str) -> str:
    """A sheet title or column head in the workbook's language (English if no Welsh)."""
    return WORKBOOK.get(english, english) if current_language() == "cy" else english


def _names(data: WorkshopData) -> dict[str, str]:
    names: dict[str, str] = {}
    groups = (data.strategies, data.stakeholders, data.options, data.criteria, data.outcomes)
    for group in (*groups, data.participants, data.vote_rounds):
        for record in group:
            label = getattr(record, "name", "") or getattr(record, "title", "")
            names[record.id] = label or record.id
    return names


def _cell_value(name: str, value: Any, names: dict[str, str]) -> Any:
    if name in _REFERENCES:
        if isinstance(value, tuple):
            return "; ".join(names.get(str(i), str(i)) for i in value)
        return names.get(value, value) if value else None
    if isinstance(value, Enum):
        return label(value) if hasattr(value, "label") else value.value
    if isinstance(value, tuple):
        return "; ".join(label(v) if hasattr(v, "label") else str(v) for v in value)
    return value


def _rows(
    record_class: type, records: Sequence[Any], names: dict[str, str]
) -> tuple[list[str], list[list[Any]]]:
    fields = [f.name for f in dataclasses.fields(record_class) if f.name != "id"]
    headers = [_heading(name) for name in fields] + [_word("ID")]
    rows = [
        [_cell_value(name, getattr(record, name), names) for name in fields]
        + [getattr(record, "id", "")]
        for record in records
    ]
    return headers, rows


def _singletons(data: WorkshopData) -> list[list[Any]]:
    """The one-of-a-kind parts (workshop details, vision, recommendation, implications)."""
    names = _names(data)
    rows: list[list[Any]] = []
    for part, record in (
        ("Workshop", data.workshop),
        ("Vision", data.vision),
        ("Recommendation", data.recommendation),
        ("Implications", data.implications),
    ):
        for f in dataclasses.fields(record):
            if f.name == "id":
                continue
            value = _cell_value(f.name, getattr(record, f.name), names)
            rows.append([_word(part), _heading(f.name), value])
    return rows


def build_xlsx(
    data: WorkshopData,
    out: Path,
    *,
    public: bool,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str | None = None,
) -> Path:
    """Write ``data`` (redacted when ``public``) as an XLSX workbook to ``out``, its sheet
    titles, column heads and labels in ``language`` (by default the workshop's)."""
    with writing_in(language or data.workshop.language.value):
        return _build(data, out, public=public, progress=progress, cancelled=cancelled)


def _build(
    data: WorkshopData,
    out: Path,
    *,
    public: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Path:
    from openpyxl import Workbook

    from smartdesk.reports.public import redact_for_public

    report = reporter(progress)
    check_cancelled = cancel_check(cancelled)

    check_cancelled()
    report(0, "Preparing")
    if public:
        data = redact_for_public(data)
    names = _names(data)
    workbook = Workbook()
    first = workbook.active
    heads = [_word(word) for word in ("Part", "Field", "Value")]
    _fill(first, _word("Workshop"), heads, _singletons(data))
    for index, (collection, record_class) in enumerate(COLLECTIONS.items(), start=1):
        check_cancelled()
        report(5 + 80 * index // len(COLLECTIONS), f"Writing {_SHEETS[collection]}")
        records = getattr(data, collection)
        headers, rows = _rows(record_class, records, names)
        if collection == "options":
            # The letter every version of the pack calls the option by.
            letters = option_letters(records)
            headers = [_word("Letter"), *headers]
            rows = [[letters[o.id], *row] for o, row in zip(records, rows, strict=True)]
        _fill(workbook.create_sheet(), _word(_SHEETS[collection]), headers, rows)
    properties = workbook.properties
    info = data.workshop
    properties.title = safe_text(info.title or info.initiative)[:255] or None
    properties.creator = safe_text(info.report_author or info.council)[:255] or "SmartDesk"
    # What the sheet titles and heads are in, not the workshop's language.
    properties.language = language_tag(current_language())
    check_cancelled()
    report(90, "Writing")
    write_atomically(out, lambda temporary: workbook.save(str(temporary)))
    report(100, "Done")
    return Path(out)


def _fill(sheet: Any, title: str, headers: list[str], rows: Iterable[list[Any]]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.title = title
    sheet.append(headers)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    widths = [len(h) for h in headers]
    for number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, str):
                value = safe_text(value)
                cell.value = value
                cell.data_type = "s"
                if is_formula_like(value):
                    cell.quotePrefix = True
            elif isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.value = value
            if number <= _WIDTH_SAMPLE:
                longest = max((len(line) for line in str(value or "").split("\n")), default=0)
                widths[column - 1] = max(widths[column - 1], longest)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(
            _MAX_WIDTH, max(_MIN_WIDTH, width + 2)
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
