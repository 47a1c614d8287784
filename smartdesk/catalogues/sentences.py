"""Finished English sentences in another language: gettext entries with ``{placeholders}``.

Messages from the layers below the front ends (a store refusal, a broken rule, a review
gap, the appraisal text) are English sentences with names in them. They are translated
on their way out by :meth:`Catalogue.translate`, which matches them against the
catalogue's ``{placeholder}`` entries, so the domain and the store stay free of any
language machinery. A part of a sentence (a reason, a list of fields) is looked up in
its own right; names (files, records) are never translated. A message no entry matches
stays English. The command line (``smartdesk.cli.i18n``) and the window
(``gui.common.translation.sentence``) both use this one matcher and catalogue.
"""

from __future__ import annotations

import functools
import gettext
import io
import re
from typing import Any

PART = "part"
"""The context of entries that are only ever a piece of a longer message."""

_LINE = re.compile(r"(\s*(?:[!-] )?)(.*)")
# Placeholders holding a piece of text worth translating in its own right; every other
# placeholder holds a name or a number, shown as written.
_WORDS = frozenset(
    {"problem", "reason", "who", "when", "missing", "field", "kind", "level", "needed", "where"}
    | {"law", "nation", "rank"}
    | {"what"}  # a merge's record: "option 'Smart parking'"
    | {"subject", "conditions"}  # the sensitivity sentence's pieces
    | {"record"}  # "Stakeholder 'Rhian Morgan'" in a broken rule
)
# Placeholders that take all they can: a list joined by "; " whose names may hold ". "
# ("E. Managed service"), so the fixed text after it is found from the end.
_GREEDY = frozenset({"conditions"})
_LISTS = frozenset({"criteria"})  # "A, B and C": names, joined by words
LIST = "list"
"""The context of the entry that joins a list's last name to the rest."""
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Catalogue(gettext.GNUTranslations):
    """A gettext catalogue that can also translate finished English sentences."""

    @functools.cached_property
    def _templates(self) -> list[tuple[re.Pattern[str], str, bool]]:
        """The entries with placeholders as patterns, the most specific first (the
        longest fixed text). Built on first use: most commands print only their own text."""
        catalog: dict[Any, str] = self._catalog  # type: ignore[attr-defined]
        templates = []
        for key in catalog:
            if not isinstance(key, str) or "{" not in key:
                continue
            context, _, msgid = key.rpartition("\x04")
            if context not in ("", PART):
                continue  # looked up by name only (a list's "and")
            templates.append((_pattern(msgid), key, context == PART))
        return sorted(templates, key=lambda item: -len(_PLACEHOLDER.sub("", item[1])))

    def translate(self, message: str, *, part: bool = False) -> str:
        """``message`` in this catalogue's language, as far as its entries reach."""
        catalog: dict[Any, str] = self._catalog  # type: ignore[attr-defined]
        for key in (message, f"{PART}\x04{message}"):
            if key in catalog:
                return catalog[key]
        # Pieces are joined by "; " (a list of reasons, of bad rows): a match whose
        # placeholder swallows a "; " is tried only once the pieces have had their turn.
        found = self._match(message, part, whole=True)
        if found is None and part and "; " in message:
            pieces = [self.translate(piece, part=True) for piece in message.split("; ")]
            if pieces != message.split("; "):
                return "; ".join(pieces)
        if found is None:
            found = self._match(message, part, whole=False)
        return message if found is None else found

    def translate_lines(self, text: str) -> str:
        """A report (``review``, ``appraise``), line by line; a line's indent and its
        ``!``/``-`` mark are kept."""
        lines = []
        for line in text.split("\n"):
            found = _LINE.fullmatch(line)
            assert found is not None  # the pattern matches any line
            indent, words = found.groups()
            lines.append(indent + self.translate(words) if words else line)
        return "\n".join(lines)

    def _match(self, message: str, part: bool, *, whole: bool) -> str | None:
        catalog: dict[Any, str] = self._catalog  # type: ignore[attr-defined]
        for pattern, key, only_part in self._templates:
            if only_part and not part:
                continue
            found = pattern.fullmatch(message)
            if found is None:
                continue
            groups = found.groupdict()
            if whole and any("; " in value for value in groups.values()):
                continue
            values = {name: self._value(name, value) for name, value in groups.items()}
            return catalog[key].format(**values)
        return None

    def _value(self, name: str, value: str) -> str:
        if name in _WORDS:
            return self.translate(value, part=True)
        if name == "versions":  # "1 or 2"
            return value.replace(" or ", f" {self.pgettext(LIST, 'or')} ")
        head, joined, last = value.rpartition(" and ")
        if name in _LISTS and joined:
            return self.pgettext(LIST, "{items} and {last}").format(items=head, last=last)
        return value


def _pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    seen: set[str] = set()
    position = 0
    for found in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position : found.start()]))
        name = found.group(1)
        taken = ".+" if name in _GREEDY else ".+?"
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>{taken})")
        seen.add(name)
        position = found.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


def load(domain: str, language: str) -> gettext.NullTranslations:
    """The ``domain`` catalogue for ``language``: its ``.mo``, or its ``.po`` compiled in
    memory when the ``.mo`` was not built (a checkout) or is older than the ``.po``."""
    from smartdesk.paths import resource

    folder = resource("locale", language, "LC_MESSAGES")
    po, mo = folder / f"{domain}.po", folder / f"{domain}.mo"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as stream:
            return Catalogue(stream)
    from smartdesk.catalogues.po_files import mo_bytes, parse_po

    compiled = mo_bytes(parse_po(po.read_text(encoding="utf-8")))
    return Catalogue(io.BytesIO(compiled))


@functools.cache
def welsh() -> Catalogue:
    """SmartDesk's Welsh catalogue, loaded once (the window asks for it often)."""
    found = load("smartdesk", "cy")
    assert isinstance(found, Catalogue)
    return found
