"""Gettext catalogues: read a ``.po`` source and write the ``.mo`` that ``gettext`` loads.

The command line's Welsh (and the window's for sentences from the layers below) lives
in ``resources/locale/cy/LC_MESSAGES/*.po``. The ``.mo`` files are built at install
(``scripts/setup.sh``, the wheel's build hook) and in the bundle
(``packaging/smartdesk.spec``) by ``python -m smartdesk.catalogues.po_files``; a checkout
without them compiles the ``.po`` in memory (``smartdesk.catalogues.sentences``). Written
here in pure Python rather than with GNU ``msgfmt``, which Windows machines do not have.
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Entry:
    """One message: its context, source text(s) and translation(s)."""

    msgid: str = ""
    context: str | None = None
    plural: str | None = None
    translations: dict[int, str] = field(default_factory=dict)  # msgstr[n] (msgstr is 0)


def parse_po(text: str) -> list[Entry]:
    """The entries of a ``.po`` file (the header is the entry with the empty msgid)."""
    entries: list[Entry] = []
    entry: Entry | None = None
    target: tuple[str, int] | None = None  # the keyword the string lines continue
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            if entry is None or target is None:
                raise ValueError(f"a string outside an entry: {raw!r}")
            _append(entry, target, ast.literal_eval(line))
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and (entry is None or entry.translations):
            entry = Entry()
            entries.append(entry)
        if entry is None:
            raise ValueError(f"a {keyword} outside an entry")
        if keyword.startswith("msgstr["):
            target = ("msgstr", int(keyword[7:-1]))
        elif keyword in ("msgctxt", "msgid", "msgid_plural", "msgstr"):
            target = (keyword, 0)
        else:
            raise ValueError(f"unknown keyword in a .po file: {keyword!r}")
        if target[0] == "msgstr":
            entry.translations.setdefault(target[1], "")
        _append(entry, target, ast.literal_eval(rest))
    return entries


def _append(entry: Entry, target: tuple[str, int], text: str) -> None:
    keyword, index = target
    if keyword == "msgctxt":
        entry.context = (entry.context or "") + text
    elif keyword == "msgid":
        entry.msgid += text
    elif keyword == "msgid_plural":
        entry.plural = (entry.plural or "") + text
    else:
        entry.translations[index] = entry.translations.get(index, "") + text


def mo_bytes(entries: list[Entry]) -> bytes:
    """The GNU ``.mo`` file of ``entries``; untranslated ones are left out (English shows)."""
    pairs: list[tuple[bytes, bytes]] = []
    for entry in entries:
        strings = [entry.translations[n] for n in sorted(entry.translations)]
        if entry.msgid and not all(strings):
            continue
        key = entry.msgid if entry.plural is None else f"{entry.msgid}\0{entry.plural}"
        if entry.context is not None:
            key = f"{entry.context}\x04{key}"
        pairs.append((key.encode(), "\0".join(strings).encode()))
    pairs.sort()
    count = len(pairs)
    keys_at = 7 * 4
    values_at = keys_at + 8 * count
    data_at = values_at + 8 * count
    table: list[int] = []
    blob = b""
    for side in (0, 1):
        for pair in pairs:
            table += [len(pair[side]), data_at + len(blob)]
            blob += pair[side] + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, keys_at, values_at, 0, 0)
    return header + struct.pack(f"<{4 * count}I", *table) + blob


def compile_po(po: Path, mo: Path) -> None:
    """Write ``mo`` from ``po``."""
    mo.write_bytes(mo_bytes(parse_po(po.read_text(encoding="utf-8"))))


def compile_folder(locale: Path) -> list[Path]:
    """Build the ``.mo`` beside every ``.po`` under ``locale``; the files written."""
    written = []
    for po in sorted(locale.rglob("*.po")):
        compile_po(po, po.with_suffix(".mo"))
        written.append(po.with_suffix(".mo"))
    return written


if __name__ == "__main__":  # python -m smartdesk.catalogues.po_files [LOCALE_FOLDER]
    from smartdesk.paths import resource

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else resource("locale")
    for path in compile_folder(folder):
        print(f"Built {path}")
