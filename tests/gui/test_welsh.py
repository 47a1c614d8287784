"""The window in Welsh: every text translated, the catalogue complete and built, and
Help > Language, the settings and ``smartdesk --lang cy`` choosing it."""

from __future__ import annotations

import ast
import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot

from smartdesk.domain import enums
from smartdesk.domain.records import Stakeholder
from smartdesk.domain.review import Stage as ReviewStage
from smartdesk.domain.risk import RiskBand
from smartdesk.domain.stakeholder_analysis import ATTITUDES, NOT_PLACED, Quadrant
from smartdesk.domain.vision_checks import DEFAULT_MATURITY_DIMENSIONS, MATURITY_LEVEL_NAMES
from smartdesk.gui.common.column_words import CHOICES, COLUMNS
from smartdesk.gui.window import language
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import record_table
from tests.gui.projector_screen import every_stage_and_tab
from tests.gui.welsh_walk import ROOT, TS_FILE, messages, untranslated

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def welsh() -> Iterator[None]:
    """The interface in Welsh for one test, English again after it."""
    assert language.install("cy")
    yield
    language.install("en")


@pytest.fixture
def welsh_window(qtbot: QtBot, welsh: None, tmp_path: Path, demo_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, interactive=False)
    window.show_error = lambda message: None  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(demo_path)
    return window


def test_every_message_has_a_welsh_translation() -> None:
    found = messages()
    assert len(found) > 400
    unfinished = [
        f"{context}: {source!r}"
        for context, source, welsh, kind in found
        if kind or not welsh.strip()
    ]
    assert not unfinished, "\n".join(unfinished)


def test_the_welsh_keeps_every_placeholder_and_shortcut() -> None:
    import re

    wrong = [
        f"{source!r} -> {welsh!r}"
        for _, source, welsh, _ in messages()
        if sorted(re.findall(r"\{\w*\}", source)) != sorted(re.findall(r"\{\w*\}", welsh))
        or ("&" in source.replace("&&", "")) != ("&" in welsh.replace("&&", ""))
    ]
    assert not wrong, "\n".join(wrong)


def test_the_committed_catalogue_is_built_from_the_translations(tmp_path: Path) -> None:
    # A checkout without the build step still speaks Welsh, so the .qm is committed: it
    # must be what scripts/translations.sh builds from the .ts.
    built = tmp_path / "smartdesk_cy.qm"
    subprocess.run([str(LRELEASE), "-silent", str(TS_FILE), "-qm", str(built)], check=True)
    assert built.read_bytes() == (TS_FILE.with_suffix(".qm")).read_bytes()


def _marked_columns() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "smartdesk" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            texts = []
            if name in ("Field", "Column") and node.args:
                texts.append(node.args[0])
            if name == "Field":
                texts += [k.value for k in node.keywords if k.arg == "tooltip"]
            if name == "RowsModel" and node.args and isinstance(node.args[0], ast.List):
                texts += node.args[0].elts
            found |= {t.value for t in texts if isinstance(t, ast.Constant) and t.value}
    return found


def test_every_column_and_choice_is_listed_for_the_translators() -> None:
    columns = _marked_columns()
    assert len(columns) > 60
    assert not columns - set(COLUMNS)
    choices = {
        str(member.label)
        for kind in vars(enums).values()
        if isinstance(kind, type) and issubclass(kind, Enum) and hasattr(kind, "label")
        for member in kind
    }
    for kind in (RiskBand, ReviewStage, Quadrant):
        choices |= {member.label for member in kind}
    choices |= set(ATTITUDES.values()) | {NOT_PLACED}
    choices |= set(MATURITY_LEVEL_NAMES.values()) | set(DEFAULT_MATURITY_DIMENSIONS)
    assert not choices - set(CHOICES)


def test_every_stage_and_tab_shows_welsh(qtbot: QtBot, welsh_window: MainWindow) -> None:
    visited = every_stage_and_tab(qtbot, welsh_window, untranslated)
    assert len(visited) >= 12  # every stage, every tab
    english = {f"{where}: {text}" for where, texts in visited for text in texts}
    english |= {f"menus: {text}" for text in untranslated(welsh_window.menuBar())}
    assert not english, "\n".join(sorted(english))


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    language.install("en")


def _heading(window: MainWindow) -> str:
    return window.current_page().heading.text()


def test_help_language_switches_the_window_now_and_remembers(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, english_after: None
) -> None:
    window = demo_window
    window.show_stage(1)
    assert _heading(window) == "Stakeholders"
    session = window.session
    assert session is not None
    before = session.store.records(Stakeholder)[0]
    session.update(before, dataclasses.replace(before, notes="typed in English"), text="x")
    language_menu = window.commands.language_actions
    assert not language_menu["cy"].isChecked()
    language_menu["cy"].trigger()
    # Menus, stage list and the page on show, all in Welsh, the workshop still open.
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Ffeil")
    assert window.navigator.item(1).text() == "2  Rhanddeiliaid"
    qtbot.waitUntil(lambda: _heading(window) == "Rhanddeiliaid")
    assert window.session is not None
    assert window.current_page().session is window.session
    assert language_menu["cy"].isChecked()
    assert window.settings.value(language.SETTINGS_KEY) == "cy"
    assert not untranslated(window)
    window.show_stage(2)  # a page built after the switch is Welsh too
    assert _heading(window) == "Opsiynau"
    window.undo_action.trigger()  # the edit made before the switch can still be undone
    assert session.store.records(Stakeholder)[0] == before
    language_menu["en"].trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    assert _heading(window) == "Options"
    assert window.settings.value(language.SETTINGS_KEY) == "en"


def test_the_remembered_language_is_the_next_start_s_and_lang_overrides_it(
    tmp_path: Path, english_after: None
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert language.start(settings, None) == "en"  # nothing chosen yet
    language.remember(settings, "cy")
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert language.start(again, None) == "cy"
    assert QCoreApplication.translate("WindowActions", "&File") == "&Ffeil"
    assert language.start(again, "en") == "en"  # smartdesk --lang en, this start only
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    assert language.start(again, "cy") == "cy"
    assert again.value(language.SETTINGS_KEY) == "cy"


def _run_smartdesk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for name in ("CONFIG", "DATA", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    return subprocess.run(
        [sys.executable, "-m", "smartdesk", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_smartdesk_lang_cy_starts_the_window_in_welsh(tmp_path: Path) -> None:
    started = _run_smartdesk(tmp_path, "--demo", "--lang", "cy", "--quit-after-show")
    assert started.returncode == 0, started.stderr
    # One start in Welsh does not change the remembered choice.
    settings = tmp_path / "config" / "SmartDesk" / "settings.ini"
    assert "language" not in (settings.read_text() if settings.exists() else "")
    wrong = _run_smartdesk(tmp_path, "--lang", "fr", "--quit-after-show")
    assert wrong.returncode == 2
    assert len(wrong.stderr.strip().splitlines()) == 1
    assert "--lang" in wrong.stderr


STEP_GUIDANCE = sorted(
    path
    for folder in ("vision", "options")
    for path in (ROOT / "resources" / "guidance" / folder).glob("*.md")
    if not path.name.endswith(".cy.md") and path.stem != "maturity_levels"
)


def test_every_step_s_guidance_has_a_welsh_version() -> None:
    assert len(STEP_GUIDANCE) == 13
    missing = [p.name for p in STEP_GUIDANCE if not p.with_name(f"{p.stem}.cy.md").is_file()]
    assert not missing


def test_the_guidance_panel_shows_the_welsh_text(qtbot: QtBot, welsh_window: MainWindow) -> None:
    from smartdesk.gui.common.guidance import GuidancePanel

    for number in (0, 2):  # Vision's steps; the Options stage's tabs
        welsh_window.show_stage(number)
        panels = welsh_window.current_page().findChildren(GuidancePanel)
        shown = [p.text.text() for p in panels if p.isVisible()]
        assert shown and all("Gofynnwch i\u2019r ystafell" in text for text in shown), shown


def test_no_text_is_formatted_before_it_is_translated() -> None:
    # tr(f"... {x} ...") looks up the text with x already in it, which the translators'
    # file never holds: the placeholder goes in the text and .format() comes after.
    marked = ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP")
    found = []
    for path in (ROOT / "smartdesk" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in marked and any(isinstance(a, ast.JoinedStr) for a in node.args):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


# Sentences the window builds from the layers below, or outside ``tr``: each is in Welsh
# (the refusals and checklist through the command line's catalogue, one entry for both).


def _page_child(window: MainWindow, stage: int, kind: type[Any]) -> Any:
    window.show_stage(stage)
    found = window.current_page().findChildren(kind)
    assert found, kind
    return found[0]


def test_a_refused_edit_is_said_in_welsh(qtbot: QtBot, welsh_window: MainWindow) -> None:
    table = record_table(welsh_window, 1, Stakeholder)
    column = next(i for i, f in enumerate(table.model.fields) if f.name == "power")
    said: list[str] = []
    table.model.refused.connect(said.append)
    assert not table.model.set_value(0, column, 11)  # the domain's rule: 0 to 10
    name = table.model.record(0).name
    assert said == [f"Rhanddeiliad '{name}', pŵer: rhaid i'r gwerth fod rhwng 0 a 10; cafwyd 11"]
    assert table.message.text() == said[0]


def test_the_readiness_checklist_is_in_welsh(qtbot: QtBot, welsh_window: MainWindow) -> None:
    from smartdesk.gui.briefing.readiness import ReadinessChecklist

    checklist = _page_child(welsh_window, 3, ReadinessChecklist)
    checklist.show_data(welsh_window.session.store.load())  # type: ignore[union-attr]
    items = [checklist.gaps.item(row).text() for row in range(checklist.gaps.count())]
    assert len(items) > 5
    english = [item for item in items if "engagement action" in item or " has no " in item]
    assert not english, english
    assert any("rhanddeiliad" in item for item in items)


def test_the_sensitivity_sentence_is_in_welsh(qtbot: QtBot, welsh_window: MainWindow) -> None:
    from smartdesk.gui.options.sensitivity_panel import SensitivityPanel

    panel = _page_child(welsh_window, 2, SensitivityPanel)
    panel.show_data(welsh_window.session.store.load())  # type: ignore[union-attr]
    text = panel.sentence.text()
    assert text.startswith("Mae'r argymhelliad (D. Framework call-off) yn dal oni bai bod ")
    assert "; neu " in text and " ranks first" not in text and " unless " not in text


def test_undo_and_redo_name_the_step_in_welsh(qtbot: QtBot, welsh_window: MainWindow) -> None:
    session = welsh_window.session
    assert session is not None
    first = session.store.records(Stakeholder)[0]
    session.delete(Stakeholder, [first.id])
    assert welsh_window.undo_action.text() == f"&Dadwneud Dileu rhanddeiliad {first.name}"
    welsh_window.undo_action.trigger()
    assert welsh_window.redo_action.text().endswith(f"Dileu rhanddeiliad {first.name}")
    assert session.update(first, dataclasses.replace(first, power=3))
    assert welsh_window.undo_action.text() == f"&Dadwneud Gosod pŵer {first.name} i 3"


def test_the_maturity_levels_are_described_in_welsh(qtbot: QtBot, welsh_window: MainWindow) -> None:
    from smartdesk.gui.vision.maturity import MaturityStep, describe_level

    welsh_window.show_stage(0)
    step = welsh_window.current_page().maturity_step  # type: ignore[attr-defined]
    assert isinstance(step, MaturityStep)
    first = step.table.model.records()[0]
    step.table.select_ids([first.id])
    step.show_levels()
    assert "Dim strategaeth ddigidol" in describe_level("Strategy and leadership", 1)
    english = describe_level(first.dimension, first.current)
    language.install("en")
    assert english != describe_level(first.dimension, first.current)  # not the same line
    language.install("cy")
    assert english in step.levels.text()


def test_the_vote_rounds_are_summed_up_in_welsh(qtbot: QtBot, welsh_window: MainWindow) -> None:
    from smartdesk.gui.room.voting import VotingPanel

    panel = _page_child(welsh_window, 4, VotingPanel)
    rounds = [panel.rounds.itemText(i) for i in range(panel.rounds.count())]
    assert rounds
    assert all(" yr un ar " in text and " each on " not in text for text in rounds), rounds


NOT_YET_IN_WELSH = "Nid yw\u2019r nodyn hwn ar gael yn Gymraeg eto"


def test_a_route_note_not_yet_in_welsh_says_so_in_welsh(
    welsh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every shipped note has its Welsh now, so a resource folder holding only the
    # English note stands for one added later and not yet translated.
    from smartdesk import paths
    from smartdesk.domain.enums import Nation, ProcurementRoute
    from smartdesk.gui.options.guidance_notes import procurement_note

    folder = tmp_path / "guidance" / "procurement"
    folder.mkdir(parents=True)
    english = (ROOT / "resources/guidance/procurement/open_procedure.md").read_text("utf-8")
    (folder / "open_procedure.md").write_text(english, encoding="utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    note = procurement_note(ProcurementRoute.OPEN_PROCEDURE, Nation.WALES)
    assert note.startswith(f"*{NOT_YET_IN_WELSH}")
    assert note.endswith(english.strip())


def _shape(note: str) -> tuple[list[str], int]:
    """A note's heading levels and its number of paragraphs."""
    levels = [line.split(" ", 1)[0] for line in note.splitlines() if line.startswith("#")]
    return levels, len([block for block in note.split("\n\n") if block.strip()])


def test_every_route_note_has_its_welsh_for_every_nation(welsh: None) -> None:
    from smartdesk.domain.enums import Financing, Nation, ProcurementRoute
    from smartdesk.gui.options.guidance_notes import financing_note, procurement_note

    notes = {
        f"{route.value} in {nation.value}": lambda r=route, n=nation: procurement_note(r, n)
        for route in ProcurementRoute
        for nation in Nation
    } | {f"financing {route.value}": lambda r=route: financing_note(r) for route in Financing}
    welsh_notes = {name: note() for name, note in notes.items()}
    language.install("en")
    english_notes = {name: note() for name, note in notes.items()}
    language.install("cy")
    assert len(welsh_notes) == 12 * 4 + 8
    for name, welsh_note in welsh_notes.items():
        english = english_notes[name]
        assert NOT_YET_IN_WELSH not in welsh_note, name
        assert "**Pryd mae\u2019n addas.**" in welsh_note or "Newidiwch" in welsh_note, name
        assert welsh_note != english, name
        assert _shape(welsh_note) == _shape(english), name


def test_the_welsh_long_list_shows_every_route_note_in_welsh(
    qtbot: QtBot, welsh_window: MainWindow
) -> None:
    from smartdesk.domain.enums import Nation
    from smartdesk.gui.options.page import OptionsPage

    welsh_window.show_stage(2)
    page = welsh_window.current_page()
    assert isinstance(page, OptionsPage)
    page.show_tab(0)
    session = welsh_window.session
    assert session is not None
    shown = []
    for nation in (Nation.WALES, Nation.SCOTLAND):
        info = session.store.info()
        session.set_part(info, dataclasses.replace(info, nation=nation))
        for option in session.store.load().options:
            page.long_list.select_ids([option.id])
            QCoreApplication.processEvents()
            shown.append(page.guidance.toPlainText())
    routes = sum(text.count("Pryd mae\u2019n addas.") for text in shown)
    assert len(shown) > 8 and routes > len(shown)  # each option's route and financing
    assert not [text for text in shown if NOT_YET_IN_WELSH in text]
    assert not [text for text in shown if "When it fits" in text or "Sources." in text]


def test_power_is_one_word_in_the_window_the_command_line_and_the_pack() -> None:
    # A refusal the window shows comes from the command line's catalogue and names the
    # grid column: "pŵer" in one and "grym" in the other read as two different things.
    from smartdesk.catalogues.sentences import welsh as sentences
    from smartdesk.reports.catalogue_cy import WELSH, WORKBOOK

    window = {welsh for _, source, welsh, _ in messages() if source == "Power"}
    words = {
        "window": window,
        "command line": {sentences().pgettext("part", "power")},
        "pack": {WORKBOOK["Power"], WELSH["chart.power"].split()[0]},
    }
    assert {kind: {word.lower() for word in found} for kind, found in words.items()} == {
        "window": {"pŵer"},
        "command line": {"pŵer"},
        "pack": {"pŵer"},
    }


def test_the_window_s_charts_speak_the_interface_s_language(qtbot: QtBot) -> None:
    """The charts are the pack's, with words from the pack's catalogue: in the Welsh
    window they are drawn in Welsh whatever the workshop's language, and in English in
    the English window."""
    from smartdesk.gui.common.chart_view import LazyChart
    from smartdesk.reports.catalogue import current_language, text

    words: list[tuple[str, str]] = []

    def draw(width: float, height: float, dpi: float, size: float, least: float) -> bytes:
        words.append((current_language(), text("chart.today_share")))
        return b""

    chart = LazyChart("chart")
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_chart(draw, key="figures")
    chart.render_now()
    assert language.install("cy")
    try:
        chart.render_now()  # the same figures, drawn again for the other language
    finally:
        language.install("en")
    (english, english_words), (welsh, welsh_words) = words
    assert (english, welsh) == ("en", "cy")
    assert welsh_words != english_words


def test_the_agenda_s_minutes_per_stage_are_in_welsh(
    qtbot: QtBot, welsh_window: MainWindow
) -> None:
    from smartdesk.gui.room.agenda import AgendaPanel

    panel = _page_child(welsh_window, 4, AgendaPanel)
    panel.show_data(welsh_window.session.store.load())  # type: ignore[union-attr]
    line = panel.totals.text()
    assert "Gweledigaeth 45 mun" in line and "Rhanddeiliaid 40 mun" in line
    assert " min" not in line and "Vision" not in line and "Other" not in line


def test_a_refused_paste_is_said_in_welsh_and_welsh_yes_is_understood(
    qtbot: QtBot, welsh_window: MainWindow
) -> None:
    from smartdesk.domain.records import Option

    table = record_table(welsh_window, 2, Option)
    headers = [f.shown_header for f in table.model.fields if not f.read_only]
    store = welsh_window.session.store  # type: ignore[union-attr]
    before = len(store.records(Option))

    def row(**cells: str) -> str:
        """A pasted line: ``cells`` by field name, in the table's column order."""
        editable = [f for f in table.model.fields if not f.read_only]
        return "\t".join(cells.get(f.name, "") for f in editable)

    assert not table.paste(row(name="Opsiwn newydd", capital_cost="llawer"))
    said = table.message.text()
    cost = next(f.shown_header for f in table.model.fields if f.name == "capital_cost")
    assert said.startswith(f"Rhes 1: {cost}: nid yw 'llawer' yn swm o arian")
    assert cost in headers and len(store.records(Option)) == before
    # "Ie" in a yes/no column is yes, in a Welsh window or not.
    assert table.paste(row(name="Opsiwn newydd", shortlisted="Ie"))
    added = store.records(Option)[-1]
    assert (added.name, added.shortlisted) == ("Opsiwn newydd", True)


def test_qt_s_own_buttons_and_text_menus_are_welsh(qtbot: QtBot, welsh: None) -> None:
    """PySide6 has no Welsh catalogue of Qt's own: SmartDesk's carries those texts."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit

    from smartdesk.gui.window import qt_words

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "SmartDesk",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    yes = box.button(QMessageBox.StandardButton.Yes).text()
    no = box.button(QMessageBox.StandardButton.No).text()
    assert (yes, no) == ("&Ie", "&Na")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(buttons)
    shown = {button.text() for button in buttons.buttons()}
    assert shown == {"Iawn", "Canslo", "Cadw"}
    for editor in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(editor)
        menu = editor.createStandardContextMenu()
        words = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
        assert "&Gludo" in words and "Dewis y cyfan" in words, words
        assert not {"&Paste", "Select All", "Cu&t"} & set(words), words
    # Qt's own file dialog (the Linux bundle's): its labels and buttons.
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    dialog = QFileDialog(None, "SmartDesk")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert {"&Edrych yn:", "E&nw\u2019r ffeil:", "Ffeiliau o\u2019r &math:"} <= labels, labels
    assert "&Cadw" in {button.text() for button in dialog.findChildren(QAbstractButton)}
    # Every text marked for Qt's contexts has a Welsh of its own.
    for context, texts in (
        ("QPlatformTheme", qt_words.STANDARD_BUTTONS),
        ("QMessageBox", qt_words.MESSAGE_BOX),
        ("QLineEdit", qt_words.LINE_EDIT_MENU),
        ("QWidgetTextControl", qt_words.TEXT_AREA_MENU),
    ):
        for text in texts:
            assert QCoreApplication.translate(context, text) != text, (context, text)
    for text in qt_words.FILE_DIALOG:
        contexts = ("QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider")
        assert any(QCoreApplication.translate(c, text) != text for c in contexts), text


def test_presentation_mode_keeps_the_essential_columns_in_welsh(
    qtbot: QtBot, welsh_window: MainWindow
) -> None:
    """The projector shows a table's essential columns only; they are named in the code's
    English, and in Welsh every column was hidden (an empty value-for-money table)."""
    from PySide6.QtWidgets import QApplication

    welsh_window.set_presentation(True)
    try:
        welsh_window.show_stage(2)
        page = welsh_window.current_page()
        page.tabs.setCurrentIndex(2)  # ranking and value for money
        QApplication.processEvents()
        header = page.value_view.horizontalHeader()
        shown = [
            page.value_view.model().headerData(column, Qt.Orientation.Horizontal)
            for column in range(header.count())
            if not header.isSectionHidden(column)
        ]
        assert shown == ["Opsiwn", "Cost bresennol net", "Sgôr", "£ fesul pwynt sgôr"]
    finally:
        welsh_window.set_presentation(False)


def test_the_value_for_money_note_says_how_figures_are_discounted_in_welsh(
    qtbot: QtBot, welsh_window: MainWindow
) -> None:
    welsh_window.show_stage(2)
    note = welsh_window.current_page().value_note.text()
    assert "Wedi'u disgowntio ar gyfraddau'r Llyfr Gwyrdd" in note
    assert "Discounted" not in note and "a year for years" not in note


def test_a_risk_of_the_whole_programme_says_so_in_welsh(
    qtbot: QtBot, welsh_window: MainWindow
) -> None:
    from smartdesk.domain.records import Risk

    table = record_table(welsh_window, 2, Risk)
    column = next(i for i, f in enumerate(table.model.fields) if f.name == "option_id")
    row = next(r for r in range(table.model.rowCount()) if table.model.record(r).option_id is None)
    assert table.model.index(row, column).data() == "Y rhaglen gyfan"
