"""The JSON interchange format, versions 1 and 2 (``format: "smartdesk-workshop"``).

Reading is strict because each version is a closed public contract: the reader
refuses, with one :class:`WorkshopError` line naming the key or value, anything that
is not exactly the version the file states (unknown keys, a version-2 key in a
version-1 file, wrong types, values out of range, bad enumeration values, dates not
written ``YYYY-MM-DD``, duplicate ids, dangling references, two do-minimum options,
an exempt paragraph the workshop's nation's law does not have...). Positions in
messages count from 0, as in JSON tools. Version 2 only adds keys, so a version-1
file reads as before and its new keys take their defaults; the writer always writes
version 2.

Decisions the contract leaves open:

- A whole-number field (``attitude``, ``score``, ...) accepts ``3`` and also ``3.0``
  (spreadsheets and some JSON tools write every number as a float), but not ``3.5``;
  ``true``/``false`` are never numbers.
- ``null`` stands for "not given" only where the field can be empty: numbers,
  dates, references and the enumerations whose default is ``null``. Text, lists,
  flags, ``language``, ``nation``, the statuses, ``appraisal_years`` and
  ``discount_rate_pct`` refuse ``null``.
- Absent keys take their defaults; an engagement action's ``status`` defaults to
  ``planned`` and a listening-log entry's to ``open``. A document without a
  ``workshop`` section (or whose workshop has no ``id``) gets a fresh workshop id.
- Text may not contain control characters other than tab and line breaks.
- A UTF-8 byte-order mark (Notepad writes one) is allowed; files over
  :data:`MAX_BYTES` are refused unread.

Writing gives every key in the contract's order, UTF-8 with ``ensure_ascii=False``
and an indent of 2; a whole-valued float such as ``5.0`` is written ``5``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

from smartdesk import exempt_law
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.record_names import (
    KIND_NAMES,
    NAME_FIELDS,
    SECTION_ORDER,
    SINGLE_SECTIONS,
    quote,
    show,
)
from smartdesk.domain.record_rules import FieldSpec, record_fields
from smartdesk.domain.records import COLLECTIONS, WorkshopData, WorkshopInfo, new_id
from smartdesk.domain.validation import summarise, workshop_problems
from smartdesk.files import why_not_a_file, write_atomically

FORMAT = "smartdesk-workshop"
VERSION = 2
"""The version written."""
READABLE_VERSIONS = (1, 2)

ADDED_IN_VERSION_2: dict[str, frozenset[str]] = {
    "workshop": frozenset({"contact_officer", "contact_title", "contact_email", "contact_phone"}),
    "strategies": frozenset({"exempt_paragraph"}),
    "stakeholders": frozenset({"exempt_paragraph"}),
    "options": frozenset(
        {
            "exempt_paragraph",
            "rejection_reason",
            "annual_social_benefit",
            "optimism_bias_operating_pct",
        }
    ),
    "risks": frozenset({"exempt_paragraph"}),
    "listening_log": frozenset({"confidential"}),
    "implications": frozenset(
        {"human_rights", "socio_economic", "consultation", "s151_officer", "monitoring_officer"}
    ),
    "": frozenset({"participants", "agenda", "vote_rounds", "votes"}),
}
"""Keys version 2 added, by section (``""``: a new top-level section). A version-1 file
that uses one is refused. A later version-2 key is its record field plus one entry here."""
MAX_BYTES = 50 * 1024 * 1024
"""Largest JSON document read (50 MB; a rich workshop is well under 1 MB)."""

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SAFE_INTEGER = 2**53  # floats beyond this are not exact integers in JSON readers


# ---------------------------------------------------------------------------
# Reading


def read_workshop_json(source: os.PathLike[str] | str | bytes) -> WorkshopData:
    """Read a version-1 or -2 JSON workshop, refusing anything else with :class:`WorkshopError`.

    ``source`` is a path (``pathlib.Path`` or any ``os.PathLike``) to read, or the
    document itself as ``str`` or UTF-8 ``bytes``. A plain ``str`` is always taken
    as document text, never as a file name.
    """
    if not isinstance(source, os.PathLike):
        return workshop_from_json(_parse(source))
    path = Path(source)
    raw = _read_file(path)
    try:
        return workshop_from_json(_parse(raw))
    except WorkshopError as error:
        raise WorkshopError(_naming(path, error.message)) from None


def _naming(path: Path, message: str) -> str:
    """The reader's ``message`` about a document, saying which file it was."""
    if message.startswith("The file "):  # "The file is not valid JSON: ..."
        return f"'{path}' {message.removeprefix('The file ')}"
    return f"'{path}' is not a usable SmartDesk workshop: {message}"


def _read_file(path: Path) -> bytes:
    problem = why_not_a_file(path)
    if problem is not None:
        raise WorkshopError(f"Cannot read '{path}': {problem}")
    try:
        if path.stat().st_size > MAX_BYTES:
            _refuse_size(f"'{path}'")
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise WorkshopError(f"Cannot read '{path}': {reason}") from error
    if len(raw) > MAX_BYTES:
        _refuse_size(f"'{path}'")
    return raw


def _refuse_size(what: object) -> NoReturn:
    raise WorkshopError(
        f"{what} is larger than {MAX_BYTES // (1024 * 1024)} MB, "
        "too large to be a SmartDesk workshop; it was not read"
    )


def _parse(raw: str | bytes) -> object:
    if len(raw) > MAX_BYTES:
        _refuse_size("The JSON document")
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise WorkshopError(
                f"The file is not UTF-8 text (byte 0x{raw[error.start]:02x} "
                f"at position {error.start}); save it as UTF-8 JSON"
            ) from None
    else:
        text = raw
    text = text.removeprefix("\ufeff")
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise WorkshopError(
            f"The file is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise WorkshopError(
            "The file is not a SmartDesk workshop: it is nested too deeply"
        ) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise WorkshopError(f"The file is not valid JSON: {error}") from None


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise WorkshopError(
                f"The file is not valid: key {quote(key)} appears twice in one object"
            )
        result[key] = value
    return result


def _refuse_constant(name: str) -> NoReturn:
    raise WorkshopError(f"The file is not valid JSON: {name} is not a number JSON allows")


def workshop_from_json(document: object) -> WorkshopData:
    """Turn an already-decoded JSON value into a workshop, with the reader's checks."""
    if not isinstance(document, dict):
        raise WorkshopError(
            "The file is not a SmartDesk workshop: it must hold one JSON object, "
            f"not {show(document)}"
        )
    version = _check_format(document)
    for key in document:
        if key not in ("format", "version", *SECTION_ORDER):
            raise WorkshopError(f"unknown key {quote(key)} at the top level")
        _check_key_version(key, "", key, version)
    sections: dict[str, Any] = {}
    for section in SECTION_ORDER:
        if section in document:
            if section in SINGLE_SECTIONS:
                sections[section] = _single(section, document[section], version)
            else:
                sections[section] = _collection(section, document[section], version)
    if "workshop" not in sections:
        sections["workshop"] = WorkshopInfo(id=new_id())
    data = WorkshopData(**sections)
    problems = workshop_problems(data, paragraph_problem=exempt_law.paragraph_problem)
    summary = summarise(problem.interchange_message for problem in problems)
    if summary is not None:
        raise WorkshopError(summary)
    return data


def _check_format(document: dict[str, Any]) -> int:
    if document.get("format") != FORMAT:
        found = f"got {show(document['format'])}" if "format" in document else "it is missing"
        raise WorkshopError(
            f"The file is not a SmartDesk workshop: format must be {quote(FORMAT)}, {found}"
        )
    readable = " or ".join(str(number) for number in READABLE_VERSIONS)
    if "version" not in document:
        raise WorkshopError(f"version: missing (this SmartDesk reads version {readable})")
    version = document["version"]
    whole = isinstance(version, int) and not isinstance(version, bool)
    if whole and version > VERSION:
        raise WorkshopError(
            f"version: the file is format version {version}, written by a newer SmartDesk; "
            f"this SmartDesk reads version {readable} - please update SmartDesk"
        )
    if not whole or version not in READABLE_VERSIONS:
        raise WorkshopError(f"version: must be {readable}, got {show(version)}")
    return int(version)


def _check_key_version(key: str, section: str, where: str, version: int) -> None:
    if version < 2 and key in ADDED_IN_VERSION_2.get(section, ()):
        raise WorkshopError(
            f'{where}: a version 2 key in a file that says "version": 1 '
            '(write "version": 2 to use it)'
        )


def _single(section: str, raw: object, version: int) -> object:
    cls = SINGLE_SECTIONS[section]
    if not isinstance(raw, dict):
        raise WorkshopError(f"{section}: must be an object, got {show(raw)}")
    if cls is WorkshopInfo and "id" not in raw:
        raw = {**raw, "id": new_id()}
    return _record(cls, raw, section, section, version)


def _collection(section: str, raw: object, version: int) -> tuple[object, ...]:
    cls = COLLECTIONS[section]
    if not isinstance(raw, list):
        raise WorkshopError(f"{section}: must be a list, got {show(raw)}")
    records = []
    for index, item in enumerate(raw):
        where = f"{section}[{index}]"
        if not isinstance(item, dict):
            raise WorkshopError(f"{where}: must be an object, got {show(item)}")
        name_field = NAME_FIELDS.get(cls)
        name = item.get(name_field) if name_field else None
        if isinstance(name, str) and name.strip():
            where += f" ({quote(name)})"
        records.append(_record(cls, item, section, where, version))
    return tuple(records)


def _record(cls: type, raw: dict[str, Any], section: str, where: str, version: int) -> object:
    specs = {spec.name: spec for spec in record_fields(cls)}
    for key in raw:
        if key not in specs:
            raise WorkshopError(f"unknown key {quote(key)} in {where}")
        _check_key_version(key, section, f"{where}.{key}", version)
    values: dict[str, object] = {}
    for spec in specs.values():
        if spec.name not in raw:
            if spec.required:
                kind = KIND_NAMES[cls].lower()
                raise WorkshopError(f"{where}: {spec.name!r} is missing; every {kind} needs one")
            continue
        try:
            values[spec.name] = _value(spec, raw[spec.name])
        except _BadValue as bad:
            raise WorkshopError(f"{where}.{spec.name}{bad.at}: {bad.text}") from None
    return cls(**values)


class _BadValue(Exception):
    def __init__(self, text: str, at: str = "") -> None:
        super().__init__(text)
        self.text = text
        self.at = at  # position inside a list, e.g. "[2]"


def _value(spec: FieldSpec, value: object) -> object:
    if value is None:
        if spec.nullable:
            return None
        if spec.kind == "enum":
            return _enum_value(value, spec.enum)  # refuses, listing the allowed values
        raise _BadValue(f"must be {_WANTED[spec.kind]}, got null")
    if spec.kind in ("text_list", "enum_list"):
        if not isinstance(value, list):
            raise _BadValue(f"must be a list, got {show(value)}")
        element = _enum_value if spec.kind == "enum_list" else _text_value
        items = []
        for position, item in enumerate(value):
            try:
                items.append(element(item, spec.enum))
            except _BadValue as bad:
                raise _BadValue(bad.text, f"[{position}]") from None
        return tuple(items)
    convert: Callable[[object, type[StrEnum] | None], object] = _CONVERTERS[spec.kind]
    return convert(value, spec.enum)


def _text_value(value: object, _enum: type[StrEnum] | None) -> str:
    if not isinstance(value, str):
        raise _BadValue(f"must be text, got {show(value)}")
    return value


def _bool_value(value: object, _enum: type[StrEnum] | None) -> bool:
    if not isinstance(value, bool):
        raise _BadValue(f"must be true or false, got {show(value)}")
    return value


def _int_value(value: object, _enum: type[StrEnum] | None) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    raise _BadValue(f"must be a whole number, got {show(value)}")


def _number_value(value: object, _enum: type[StrEnum] | None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _BadValue(f"must be a number, got {show(value)}")
    try:
        number = float(value)
    except OverflowError:
        raise _BadValue("must be a finite number, got a number too large to hold") from None
    if not math.isfinite(number):
        raise _BadValue(f"must be a finite number, got {show(value)}")
    return number


def _date_value(value: object, _enum: type[StrEnum] | None) -> date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _BadValue(f"must be a real date, got {show(value)}") from None
    raise _BadValue(f"must be a date written YYYY-MM-DD, got {show(value)}")


def _enum_value(value: object, enum: type[StrEnum] | None) -> StrEnum:
    assert enum is not None
    if isinstance(value, str):
        for member in enum:
            if member.value == value:
                return member
    allowed = ", ".join(member.value for member in enum)
    raise _BadValue(f"must be one of {allowed}; got {show(value)}")


_CONVERTERS: dict[str, Callable[[object, type[StrEnum] | None], object]] = {
    "text": _text_value,
    "bool": _bool_value,
    "int": _int_value,
    "number": _number_value,
    "date": _date_value,
    "enum": _enum_value,
}

_WANTED: dict[str, str] = {
    "text": "text",
    "bool": "true or false",
    "int": "a whole number",
    "number": "a number",
    "date": "a date written YYYY-MM-DD",
    "text_list": "a list",
    "enum_list": "a list",
}


# ---------------------------------------------------------------------------
# Writing


def workshop_to_json(data: WorkshopData) -> dict[str, Any]:
    """``data`` as the version-2 JSON object, every key present, in the contract's order."""
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for section in SECTION_ORDER:
        value = getattr(data, section)
        if section in SINGLE_SECTIONS:
            document[section] = _record_to_json(value)
        else:
            document[section] = [_record_to_json(record) for record in value]
    return document


def _record_to_json(record: object) -> dict[str, Any]:
    return {
        spec.name: _value_to_json(getattr(record, spec.name))
        for spec in record_fields(type(record))
    }


def _value_to_json(value: object) -> object:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_value_to_json(item) for item in value]
    if isinstance(value, float) and value.is_integer() and abs(value) < _SAFE_INTEGER:
        return int(value)  # 5 rather than 5.0: neater, and equal when read back
    return value


REVIEW_PARAGRAPHS = (
    "smartdesk review (or the checklist in the Briefing pack stage) lists every record "
    "whose exempt paragraph the nation's law does not have"
)


def workshop_to_json_text(data: WorkshopData, *, validate: bool = True) -> str:
    """The JSON document as text (ends with a newline).

    With ``validate`` (the default) a workshop the reader would refuse is not written:
    :class:`WorkshopError` names its first problem instead.
    """
    if validate:
        problems = workshop_problems(data, paragraph_problem=exempt_law.paragraph_problem)
        summary = summarise(problem.message for problem in problems)
        if summary is not None:
            if any(problem.field == "exempt_paragraph" for problem in problems):
                # Often several records at once, after the nation was changed.
                summary += f". {REVIEW_PARAGRAPHS}"
            raise WorkshopError(f"Cannot export the workshop as JSON: {summary}")
    return json.dumps(workshop_to_json(data), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_workshop_json(data: WorkshopData, path: os.PathLike[str] | str) -> None:
    """Write ``data`` to ``path`` as UTF-8 JSON, replacing the file only when complete."""
    text = workshop_to_json_text(data)

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)

    write_atomically(path, write)
