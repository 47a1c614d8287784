"""The command line's Welsh catalogues: complete, with the placeholders of the English,
compiled to ``.mo`` files gettext reads, and the matching of finished English sentences."""

from __future__ import annotations

import argparse
import gettext
import io
import os
import re
from pathlib import Path

import pytest

from smartdesk.catalogues import sentences
from smartdesk.catalogues.po_files import Entry, compile_folder, mo_bytes, parse_po
from smartdesk.cli import i18n

LOCALE = Path(__file__).resolve().parents[3] / "resources" / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))

# {name} in SmartDesk's entries; %s, %r, %(name)s in argparse's.
_BRACES = re.compile(r"\{\w*\}")
_PERCENT = re.compile(r"%(?:\(\w+\))?[sr]")


def _entries(po: Path) -> list[Entry]:
    return [entry for entry in parse_po(po.read_text(encoding="utf-8")) if entry.msgid]


def test_there_are_welsh_catalogues_for_smartdesk_and_argparse() -> None:
    assert [path.relative_to(LOCALE).as_posix() for path in CATALOGUES] == [
        "cy/LC_MESSAGES/argparse.po",
        "cy/LC_MESSAGES/smartdesk.po",
    ]


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda path: path.name)
def test_every_entry_is_translated_with_the_same_placeholders(po: Path) -> None:
    entries = _entries(po)
    assert len(entries) > 20
    problems = []
    for entry in entries:
        sources = [entry.msgid] if entry.plural is None else [entry.msgid, entry.plural]
        expected = 1 if entry.plural is None else 4  # Welsh has four plural forms
        if sorted(entry.translations) != list(range(expected)):
            problems.append(f"{entry.msgid!r}: {len(entry.translations)} translations")
        for index, text in entry.translations.items():
            source = sources[min(index, len(sources) - 1)]
            if not text.strip():
                problems.append(f"{entry.msgid!r}: msgstr[{index}] is empty")
            for pattern in (_BRACES, _PERCENT):
                if sorted(pattern.findall(text)) != sorted(pattern.findall(source)):
                    problems.append(f"{entry.msgid!r}: placeholders differ in {text!r}")
    assert problems == []


def test_no_entry_is_given_twice() -> None:
    for po in CATALOGUES:
        keys = [(entry.context, entry.msgid) for entry in _entries(po)]
        assert len(keys) == len(set(keys)), po.name


def test_argparse_still_writes_every_message_its_catalogue_translates() -> None:
    # A Python whose argparse rewords a message would leave that message in English.
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    missing = [
        entry.msgid
        for entry in _entries(LOCALE / "cy" / "LC_MESSAGES" / "argparse.po")
        if repr(entry.msgid)[1:-1] not in source and entry.msgid not in source
    ]
    assert missing == []


def test_the_built_mo_files_are_what_gettext_reads(tmp_path: Path) -> None:
    folder = tmp_path / "locale"
    for po in CATALOGUES:
        target = folder / po.relative_to(LOCALE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(po.read_bytes())
    built = compile_folder(folder)
    assert [path.name for path in built] == ["argparse.mo", "smartdesk.mo"]
    words = gettext.translation("smartdesk", folder, languages=["cy"])
    assert words.gettext("Created {path}") == "Crëwyd {path}"
    assert words.pgettext("part", "no such file") == "nid yw'r ffeil yn bodoli"
    one, two = (
        words.ngettext("Deleted {count} backup that still held them", "-", n) for n in (1, 2)
    )
    assert one == "Dilëwyd {count} copi wrth gefn a oedd yn dal i'w cadw"
    assert two == "Dilëwyd {count} gopi wrth gefn a oedd yn dal i'w cadw"  # soft mutation
    assert gettext.translation("argparse", folder, languages=["cy"]).gettext("options") == (
        "dewisiadau"
    )


def test_an_untranslated_entry_is_left_out_so_the_english_shows() -> None:
    entries = [
        Entry("", translations={0: "Language: cy\\n"}),
        Entry("Created {path}", translations={0: ""}),
        Entry("Wrote {path}", translations={0: "Ysgrifennwyd {path}"}),
    ]
    words = gettext.GNUTranslations(io.BytesIO(mo_bytes(entries)))
    assert words.gettext("Created {path}") == "Created {path}"
    assert words.gettext("Wrote {path}") == "Ysgrifennwyd {path}"


def test_a_stale_mo_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    folder = resources / "locale" / "cy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "smartdesk.po"
    po.write_text('msgid "Wrote {path}"\nmsgstr "Ysgrifennwyd {path}"\n', encoding="utf-8")
    (folder / "smartdesk.mo").write_bytes(
        mo_bytes([Entry("Wrote {path}", translations={0: "Hen gyfieithiad {path}"})])
    )
    monkeypatch.setattr("smartdesk.paths.resources_dir", lambda: resources)
    os.utime(po, (1_000_000_000, 1_000_000_000))  # the .mo is newer: it is read
    assert sentences.load("smartdesk", "cy").gettext("Wrote {path}") == "Hen gyfieithiad {path}"
    os.utime(po, None)  # the .po was edited since: it is compiled in memory instead
    os.utime(folder / "smartdesk.mo", (1_000_000_000, 1_000_000_000))
    assert sentences.load("smartdesk", "cy").gettext("Wrote {path}") == "Ysgrifennwyd {path}"


@pytest.fixture
def welsh() -> sentences.Catalogue:
    catalogue = sentences.load("smartdesk", "cy")
    assert isinstance(catalogue, sentences.Catalogue)
    return catalogue


def test_sentences_from_below_are_matched_with_their_names_kept(welsh: sentences.Catalogue) -> None:
    assert welsh.translate("'a b.smartdesk' does not exist") == "nid yw 'a b.smartdesk' yn bodoli"
    # A name is never translated, even one that reads like an entry.
    assert welsh.translate("'no such file' does not exist") == "nid yw 'no such file' yn bodoli"
    # A reason inside a sentence is an entry of its own.
    assert welsh.translate("cannot write 'x/y.pdf': folder 'x' does not exist") == (
        "methu ysgrifennu 'x/y.pdf': nid yw'r ffolder 'x' yn bodoli"
    )
    # Pieces joined by "; " are each looked up.
    assert welsh.translate(
        "cannot import p.csv: 2 bad rows, nothing imported (row 2: the name is empty; "
        "row 3: power must be from 0 to 10, got 12; and 1 more problem)"
    ) == (
        "methu mewnforio p.csv: 2 rhes wallus, ni fewnforiwyd dim (rhes 2: mae'r enw'n wag; "
        "rhes 3: pŵer: rhaid rhoi gwerth o 0 i 10, cafwyd 12; a 1 broblem arall)"
    )
    assert welsh.translate("Option 'B' is not scored on Cost, Reach and Risk.") == (
        "Nid yw'r opsiwn 'B' wedi'i sgorio ar Cost, Reach a Risk."
    )
    # A sentence no entry matches stays as it is; the pattern of a piece ("row {row}:
    # {reason}") is not tried on a whole sentence, where it would translate half of it.
    assert welsh.translate("Something new happened") == "Something new happened"
    assert welsh.translate("row 2: something new") == "row 2: something new"
    assert welsh.translate("row 2: something new", part=True) == "rhes 2: something new"


def test_english_leaves_everything_as_written() -> None:
    i18n.use_language("en")
    assert i18n.translate("'x' does not exist") == "'x' does not exist"
    assert i18n._("Created {path}") == "Created {path}"
    assert i18n.translate_lines("Vision\n  - Outcome 'x' has no owner.") == (
        "Vision\n  - Outcome 'x' has no owner."
    )


def test_choosing_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
    assert i18n.choose_language(["check", "f"]) == ("en", ["check", "f"])
    assert i18n.choose_language(["--lang", "cy", "check", "f"]) == ("cy", ["check", "f"])
    assert i18n.choose_language(["--lang=cy", "check"]) == ("cy", ["check"])
    # Only before the command: after it, --lang is the command's own option.
    assert i18n.choose_language(["export", "--lang", "cy"]) == ("en", ["export", "--lang", "cy"])
    monkeypatch.setenv(i18n.ENVIRONMENT, "CY")
    assert i18n.choose_language(["check"]) == ("cy", ["check"])
    assert i18n.choose_language(["--lang", "en", "check"]) == ("en", ["check"])


def test_a_list_of_conditions_is_split_from_the_end_when_names_hold_full_stops(
    welsh: sentences.Catalogue,
) -> None:
    # "E. Managed service": the fixed text after {conditions} is found from the end, so an
    # option's letter and full stop do not cut the list short. Window and CLI share this.
    condition = "{c} carries more than 30 % of the weight (today 25 %), when E. Managed ranks first"
    english = (
        f"The recommendation (D. Framework) holds unless {condition.format(c='cost')}; "
        f"or {condition.format(c='fit')}. 2 larger changes of a single weight would also "
        "change the top option."
    )
    assert welsh.translate(english) == (
        "Mae'r argymhelliad (D. Framework) yn dal oni bai bod cost yn cario mwy na 30 % o'r "
        "pwysoliad (heddiw 25 %), ac yna E. Managed fydd gyntaf; neu fit yn cario mwy na "
        "30 % o'r pwysoliad (heddiw 25 %), ac yna E. Managed fydd gyntaf. Byddai 2 newid "
        "mwy i un pwysoliad hefyd yn newid yr opsiwn uchaf."
    )
    assert sentences.welsh().translate(english) == welsh.translate(english)
