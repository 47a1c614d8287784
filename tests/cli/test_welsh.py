"""``smartdesk --lang cy``: the command line in Welsh - help, refusals, reports of what was
done, ``review`` and ``appraise`` - with the same exit statuses and the same ``--json``."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from smartdesk.cli.commands import COMMANDS
from smartdesk.domain.records import Option
from smartdesk.store import WorkshopFile
from smartdesk.store.copies import save_breakout_copy
from tests.cli.conftest import PROJECT_ROOT, RunSmartdesk

# Words a Welsh --help may share with the English one: option names, metavars, command
# names, the English column headers an import reads, and names (README, JSON...).
_KEPT = re.compile(
    r"^(-.*|\[.*|.*\]|[A-Z_]{2,}\W*|\{en,cy\}|\W+|smartdesk|demo|new|check|export|appraise|"
    r"review|import|scrub|\(?'?(Name|Organisation|Role|Email|Phone|Power|Interest|Attitude|"
    r"Category|Notes|Engagement|current|needed|Full|name|Organization|E-mail)\W*|"
    r"\(?README:|format\)|SmartDesk|\(?PDF,?|\(?Word\)?,?|\(?Excel\)?,?|\(?\.xlsx\)?)$"
)

# Small English words that never belong in a Welsh message (outside quoted names).
_ENGLISH = frozenset(
    re.findall(
        r"\w+",
        "the is not does exist exists already cannot choose another it with row rows bad "
        "nothing imported must got see required following arguments unknown command did "
        "you mean open editing by since on folder give replace add",
    )
)


def _english_lines(text: str) -> list[str]:
    """The sentence part of each line of an English --help (from its first word that is
    not an option, a metavar or a name), where it has two words or more."""
    lines = []
    for line in text.splitlines():
        tokens = line.split()
        while tokens and _KEPT.match(tokens[0]):
            tokens.pop(0)
        if len(tokens) >= 2:
            lines.append(" ".join(tokens))
    return lines


def test_every_help_is_welsh_with_no_english_sentence_left(smartdesk: RunSmartdesk) -> None:
    for command in ["", *COMMANDS]:
        args = [command] if command else []
        english = smartdesk(*args, "--help")
        welsh = smartdesk("--lang", "cy", *args, "--help")
        assert english.returncode == welsh.returncode == 0, welsh.stderr
        assert welsh.stderr == ""
        assert welsh.stdout.startswith("defnydd: smartdesk")
        assert "dewisiadau:" in welsh.stdout
        # Line by line: no line of the English text (wrapped as it is) is in the Welsh.
        flowing = " ".join(welsh.stdout.split())
        sentences = _english_lines(english.stdout)
        assert len(sentences) >= 3, english.stdout  # the filter keeps the sentences
        left = [line for line in sentences if line in flowing]
        assert left == [], (command, left)


def test_the_usual_refusals_are_welsh_with_the_same_status(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("minutes", encoding="utf-8")
    existing = tmp_path / "pack.pdf"
    existing.write_bytes(b"%PDF-1.4")
    bad_rows = tmp_path / "people.csv"
    bad_rows.write_text("Name,Power\nAnn Jones,11\nBob Lee,x\n", encoding="utf-8")
    missing = tmp_path / "missing.smartdesk"
    cases: list[tuple[str | Path, ...]] = [
        ("check", notes),  # not a workshop
        ("check", missing),
        ("appraise", notes),
        ("new", workshop),  # would overwrite
        ("export", workshop, "--pdf", existing),
        ("export", workshop, "--pdf", workshop),
        ("export", workshop, "--pdf", tmp_path / "x.docx"),
        ("export", workshop, "--pdf", tmp_path / "no" / "x.pdf"),
        ("export", workshop),
        ("import", workshop, "--stakeholders", bad_rows),  # bad CSV rows
        ("import", workshop, "--stakeholders", notes),
        ("import", missing, "--stakeholders", bad_rows),
        ("scrub", workshop, "--stakeholder", "Nobody"),
        ("appraise",),  # argparse's own refusal
        ("export", workshop, "--pdf"),
        ("chek",),
    ]
    for args in cases:
        english = smartdesk(*args, cwd=tmp_path)
        welsh = smartdesk("--lang", "cy", *args, cwd=tmp_path)
        assert welsh.returncode == english.returncode == 2, (args, welsh.stderr)
        assert welsh.stdout == english.stdout == ""
        [line] = welsh.stderr.splitlines()
        prefix = english.stderr.split(": ", 1)[0]
        assert line.startswith(f"{prefix}: "), line
        assert line != english.stderr.strip()
        words = set(re.sub(r"'[^']*'", "", line.split(": ", 1)[1]).lower().split())
        assert words.isdisjoint(_ENGLISH), (line, words & _ENGLISH)
    bad = smartdesk("--lang", "cy", "import", workshop, "--stakeholders", bad_rows)
    assert bad.stderr == (
        "smartdesk import: methu mewnforio people.csv: 2 rhes wallus, ni fewnforiwyd dim "
        "(rhes 2: pŵer: rhaid rhoi gwerth o 0 i 10, cafwyd 11; "
        "rhes 3: pŵer: rhaid rhoi rhif o 0 i 10, cafwyd 'x')\n"
    )


def test_a_locked_workshop_is_refused_in_welsh(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    people = tmp_path / "people.csv"
    people.write_text("Name\nAnn Jones\n", encoding="utf-8")
    with WorkshopFile.open(workshop):  # this process holds it open for editing
        english = smartdesk("import", workshop, "--stakeholders", people)
        welsh = smartdesk("--lang", "cy", "import", workshop, "--stakeholders", people)
        export = smartdesk("--lang", "cy", "export", tmp_path / "x.smartdesk", "--json", workshop)
    assert "is open for editing by" in english.stderr
    assert welsh.returncode == english.returncode == 2
    assert welsh.stderr.startswith("smartdesk import: mae 'd.smartdesk' ar agor i'w golygu gan ")
    assert " ar " in welsh.stderr.split("gan ", 1)[1] and " ers " in welsh.stderr
    assert export.returncode == 2
    assert "nid yw " in export.stderr  # x.smartdesk does not exist: refused before the lock


def test_what_was_done_is_reported_in_welsh(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    made = smartdesk("--lang", "cy", "demo", workshop)
    assert made.stdout == f"Ysgrifennwyd y gweithdy enghreifftiol i {workshop}\n"
    fresh = smartdesk("--lang", "cy", "new", tmp_path / "e")
    assert fresh.stdout == (
        f"Crëwyd {tmp_path / 'e.smartdesk'} "
        "(ychwanegwyd .smartdesk: mae ffeiliau gweithdy yn gorffen â hynny)\n"
    )
    sound = smartdesk("--lang", "cy", "check", workshop)
    assert sound.stdout == f"{workshop}: gweithdy SmartDesk iawn (fersiwn y sgema 5)\n"
    people = tmp_path / "people.csv"
    people.write_text("Name,Organisation,Shoe size\nAnn Jones,Acme,7\n", encoding="utf-8")
    imported = smartdesk("--lang", "cy", "import", workshop, "--stakeholders", people)
    assert imported.stdout.splitlines() == [
        f"Mewnforiwyd 1 rhanddeiliad o people.csv i {workshop}",
        "Colofnau na fewnforiwyd: 'Shoe size'",
    ]
    again = smartdesk("--lang", "cy", "import", workshop, "--stakeholders", people)
    assert again.stdout.splitlines()[1:3] == [
        "Hepgorwyd 1 rhes sydd â'r un enw a sefydliad â rhanddeiliad sydd yno eisoes "
        "(mae --allow-duplicates yn eu mewnforio):",
        "  rhes 2: mae 'Ann Jones' (Acme) yn y gofrestr eisoes",
    ]
    pdf = tmp_path / "pack.json"
    exported = smartdesk("--lang", "cy", "export", workshop, "--json", pdf)
    assert exported.stdout == f"Ysgrifennwyd {pdf}\n"
    scrubbed = smartdesk("--lang", "cy", "scrub", workshop)
    assert scrubbed.returncode == 0, scrubbed.stderr
    assert scrubbed.stdout.startswith("Dilëwyd e-bost a ffôn ")


def _set_first_option_notes(path: Path, notes: str) -> Option:
    with WorkshopFile.open(path, backup=False) as store:
        option = dataclasses.replace(store.records(Option)[0], notes=notes)
        store.update(option)
    return option


def test_a_merge_conflict_is_reported_in_welsh(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    with WorkshopFile.open(workshop, backup=False) as store:
        copy = save_breakout_copy(store, tmp_path / "table.smartdesk")
    option = _set_first_option_notes(workshop, "The main room's note")
    _set_first_option_notes(copy, "The breakout's note")
    english = smartdesk("merge", workshop, copy)
    welsh = smartdesk("--lang", "cy", "merge", workshop, copy)
    assert welsh.returncode == english.returncode == 3
    assert english.stdout == f"conflict: option '{option.name}' in '{copy}': notes\n"
    assert welsh.stdout == f"gwrthdaro: opsiwn '{option.name}' yn '{copy}': notes\n"
    assert welsh.stderr == (
        f"smartdesk merge: 1 gwrthdaro; ni ysgrifennwyd dim i '{workshop}' "
        "(mae --prefer target neu --prefer source yn eu datrys)\n"
    )
    # Settled, the account and the summary are Welsh too.
    settled = smartdesk("--lang", "cy", "merge", workshop, copy, "--prefer", "source", "--dry-run")
    assert settled.returncode == 0, settled.stderr
    taken, left, summary = settled.stdout.splitlines()
    assert taken == f"cymerwyd: opsiwn '{option.name}' o '{copy}' (notes)"
    assert re.fullmatch(rf"gadawyd: \d+ cofnod unfath yn '{re.escape(str(copy))}'", left)
    assert summary == (
        f"Rhediad prawf: ni ysgrifennwyd dim i '{workshop}' "
        "(ychwanegwyd 0, cymerwyd 1, cadwyd 0 fel y maent yn y targed)"
    )


def _table_row(line: str) -> bool:
    """A row of figures and names (the ranking, the costs): nothing to translate."""
    return bool(re.match(r"^\s+(\d+\s+[\d.]+ %|-?£)", line))


def test_review_and_appraise_are_welsh(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    demo = tmp_path / "d.smartdesk"
    empty = tmp_path / "e.smartdesk"
    assert smartdesk("demo", demo).returncode == 0
    assert smartdesk("new", empty).returncode == 0
    for command in ("review", "appraise"):
        for workshop in (demo, empty):
            english = smartdesk(command, workshop)
            welsh = smartdesk("--lang", "cy", command, workshop)
            assert welsh.returncode == english.returncode == 0
            kept = set(english.stdout.splitlines()) & set(welsh.stdout.splitlines())
            assert [line for line in kept if line and not _table_row(line)] == [], command
    review = smartdesk("--lang", "cy", "review", empty).stdout.splitlines()
    assert review[0] == (
        "Ddim yn barod i'r pwyllgor: 7 bwlch (3 i'w unioni yn gyntaf, wedi'u nodi â !; "
        "4 i'w gorffen)."
    )
    assert {"Gweledigaeth", "Rhanddeiliaid", "Opsiynau cyflawni", "Pecyn briffio"} <= set(review)
    appraisal = smartdesk("--lang", "cy", "appraise", demo).stdout.splitlines()
    assert appraisal[:2] == ["Safle'r opsiynau ar y rhestr fer", "Safle     Sgôr  Opsiwn"]


def test_json_output_is_the_same_in_every_language(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    for command in ("review", "appraise"):
        english = smartdesk(command, workshop, "--json")
        welsh = smartdesk("--lang", "cy", command, workshop, "--json")
        assert welsh.returncode == english.returncode == 0
        assert welsh.stdout == english.stdout
        json.loads(welsh.stdout)
    english_file, welsh_file = tmp_path / "en.json", tmp_path / "cy.json"
    assert smartdesk("export", workshop, "--json", english_file).returncode == 0
    assert smartdesk("--lang=cy", "export", workshop, "--json", welsh_file).returncode == 0
    assert welsh_file.read_bytes() == english_file.read_bytes()


def _run(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "smartdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_the_environment_chooses_welsh_and_a_bad_language_is_refused(
    user_folders: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.smartdesk"
    assert _run("check", missing, SMARTDESK_LANG="cy").stderr == (
        f"smartdesk check: nid yw '{missing}' yn bodoli\n"
    )
    # --lang wins over the environment; an unknown value in the environment is ignored.
    assert "does not exist" in _run("--lang", "en", "check", missing, SMARTDESK_LANG="cy").stderr
    assert "does not exist" in _run("check", missing, SMARTDESK_LANG="fr").stderr
    refused = _run("--lang", "fr", "check", missing)
    assert refused.returncode == 2
    assert refused.stderr == (
        "smartdesk: unknown language 'fr' for --lang: choose en (English) or cy (Cymraeg)\n"
    )


_NO_QT = """
import sys
from smartdesk.cli import main
status = main(sys.argv[1:])
loaded = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
print("Qt modules:", loaded, file=sys.stderr)
sys.exit(status)
"""


def test_welsh_commands_import_no_qt(user_folders: Path, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert _run("demo", workshop).returncode == 0
    for args in (("review", workshop), ("appraise", workshop), ("check", tmp_path / "no")):
        result = subprocess.run(
            [sys.executable, "-c", _NO_QT, "--lang", "cy", *map(str, args)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
            timeout=120,
        )
        assert "Qt modules: []" in result.stderr, result.stderr
