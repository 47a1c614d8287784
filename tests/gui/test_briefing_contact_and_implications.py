"""The Briefing stage's contact officer fields and implications boxes (issue 16): typed
into as a user does, each one undo step, kept in the file, and printed in the pack."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartdesk.domain.enums import Nation
from smartdesk.gui.briefing.contact_checks import email_problem, phone_problem
from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.reports.pack import build_pack
from tests.gui.conftest import stored

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

CONTACT = {
    "contact_officer": "Morwenna Tregarthen",
    "contact_title": "Smart Places Programme Lead",
    "contact_email": "streets.team@example.gov.uk",
    "contact_phone": "01632 960 555",
}
# One short, unmistakable sentence per implication an English council's pack prints.
IMPLICATIONS = {
    "consultation": "Residents panel heard twice in March.",
    "financial": "Funded from the capital programme line seven.",
    "s151_officer": "The chief finance officer supports the borrowing.",
    "legal": "Powers under the Highways Act are sufficient.",
    "monitoring_officer": "The monitoring officer sees no legal bar.",
    "subsidy_control": "No subsidy arises from the call off.",
    "equality": "Dimming agreed with the access forum.",
    "human_rights": "Article eight is engaged but respected.",
    "climate": "Emissions fall by two hundred tonnes.",
    "data_protection": "No personal data is collected by sensors.",
}


def briefing(window: MainWindow, tab: int) -> BriefingPage:
    window.show_stage(3)
    page = window.current_page()
    assert isinstance(page, BriefingPage)
    page.tabs.setCurrentIndex(tab)
    return page


def press(qtbot: QtBot, widget: object, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)  # type: ignore[arg-type]
    QApplication.processEvents()


def pack_text(path: Path, out: Path) -> str:
    build_pack(stored(path), out, public=True)
    text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
    return " ".join(text.split())


def test_contact_officer_fields_are_typed_undone_redone_kept_and_published(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    page = briefing(demo_window, 0)
    stack = demo_window.undo_stack
    before = stored(demo_path).workshop
    assert all(getattr(before, name) != value for name, value in CONTACT.items())
    for name, value in CONTACT.items():
        field = page.cover.fields[name]
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, value)
        press(qtbot, field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        assert getattr(stored(demo_path).workshop, name) == value  # stored as typed
    assert stack.count() == len(CONTACT)  # one undo step per field
    assert stack.undoText() == "Edit contact telephone"

    field = page.cover.fields["contact_phone"]
    press(qtbot, field, Qt.Key.Key_Z, CTRL)
    assert stored(demo_path).workshop.contact_phone == before.contact_phone
    assert field.text() == before.contact_phone
    press(qtbot, field, Qt.Key.Key_Z, CTRL_SHIFT)
    assert stored(demo_path).workshop.contact_phone == CONTACT["contact_phone"]
    assert field.text() == CONTACT["contact_phone"]

    demo_window.close_workshop()
    assert demo_window.open_path(demo_path)
    page = briefing(demo_window, 0)
    for name, value in CONTACT.items():
        assert page.cover.fields[name].text() == value
        assert getattr(stored(demo_path).workshop, name) == value
    content = pack_text(demo_path, tmp_path / "public.pdf")
    for value in CONTACT.values():
        assert value in content  # an official contact: in the public version too


def test_a_bad_email_or_phone_is_said_beside_the_field_and_not_saved(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = briefing(demo_window, 0)
    errors: list[str] = demo_window.errors  # type: ignore[attr-defined]
    before = stored(demo_path).workshop
    for name, bad, good in (
        ("contact_email", "smart.places at example", "Smart.Places@Example.gov.uk"),
        ("contact_phone", "ring reception", "+44 1632 960555 ext. 21"),
    ):
        field, problem = page.cover.fields[name], page.cover.problems[name]
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, bad)
        press(qtbot, field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        assert problem.isVisible() and bad in problem.text()
        assert getattr(stored(demo_path).workshop, name) == getattr(before, name)
        assert field.text() == bad  # the typing stays, to be fixed in place
        field.selectAll()
        qtbot.keyClicks(field, good)
        press(qtbot, field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        assert not problem.isVisible()
        assert getattr(stored(demo_path).workshop, name) == good  # exactly as typed
    assert errors == []  # said beside the field: no message box
    assert demo_window.undo_stack.count() == 2


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("smart.places@example.gov.uk", True),
        ("a@b.co", True),
        ("", True),
        ("smart.places@example", False),
        ("two@@example.gov.uk", False),
        ("name @example.gov.uk", False),
    ],
)
def test_email_check(text: str, ok: bool) -> None:
    assert (email_problem(text) == "") is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("01632 960 123", True),
        ("(01632) 960123", True),
        ("+44 1632 960123", True),
        ("01632 960123 ext. 4567", True),
        ("", True),
        ("4567", False),
        ("01632 96O123", False),
        ("call the switchboard", False),
    ],
)
def test_phone_check(text: str, ok: bool) -> None:
    assert (phone_problem(text) == "") is ok


def test_each_implication_box_is_one_undo_step_kept_and_printed(
    qtbot: QtBot, demo_window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    page = briefing(demo_window, 1)
    stack = demo_window.undo_stack
    old = stored(demo_path).implications
    for name, value in IMPLICATIONS.items():
        box = page.implications.boxes[name]
        assert box.isVisible()
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, value)
        press(qtbot, box, Qt.Key.Key_Return, CTRL)
        assert getattr(stored(demo_path).implications, name) == value
    assert stack.count() == len(IMPLICATIONS)  # one step per box
    assert stack.undoText() == "Edit data protection implications"

    box = page.implications.boxes["data_protection"]
    press(qtbot, box, Qt.Key.Key_Z, CTRL)
    assert stored(demo_path).implications.data_protection == old.data_protection
    assert box.toPlainText() == old.data_protection
    press(qtbot, box, Qt.Key.Key_Y, CTRL)
    assert stored(demo_path).implications.data_protection == IMPLICATIONS["data_protection"]
    assert box.toPlainText() == IMPLICATIONS["data_protection"]

    demo_window.close_workshop()
    assert demo_window.open_path(demo_path)
    page = briefing(demo_window, 1)
    for name, value in IMPLICATIONS.items():
        assert page.implications.boxes[name].toPlainText() == value
    content = pack_text(demo_path, tmp_path / "pack.pdf")
    for value in IMPLICATIONS.values():
        assert value in content


@pytest.mark.parametrize(
    ("nation", "shown", "hidden", "labels"),
    [
        (
            Nation.ENGLAND,
            {"s151_officer", "human_rights"},
            {"socio_economic", "welsh_language", "wellbeing"},
            {"s151_officer": "Comments of the chief finance (section 151) officer"},
        ),
        (
            Nation.WALES,
            {"socio_economic", "welsh_language", "wellbeing"},
            set(),
            {"socio_economic": "Socio-economic duty (section 1 of the Equality Act 2010)"},
        ),
        (
            Nation.SCOTLAND,
            {"socio_economic"},
            {"welsh_language", "wellbeing"},
            {
                "socio_economic": "Fairer Scotland Duty",
                "s151_officer": "Comments of the chief financial (section 95) officer",
            },
        ),
        (
            Nation.NORTHERN_IRELAND,
            {"equality"},
            {"socio_economic", "welsh_language"},
            {"equality": "Equality implications (section 75 of the Northern Ireland Act 1998)"},
        ),
    ],
)
def test_the_boxes_follow_the_nation(
    demo_window: MainWindow,
    nation: Nation,
    shown: set[str],
    hidden: set[str],
    labels: dict[str, str],
) -> None:
    page = briefing(demo_window, 1)
    session = demo_window.session
    assert session is not None
    info = session.store.info()
    assert session.set_part(info, dataclasses.replace(info, nation=nation))
    form = page.implications
    for name in shown:
        assert form.boxes[name].isVisible()
    for name in hidden:
        assert not form.boxes[name].isVisible()
    for name, label in labels.items():
        assert form.labels[name].text() == label
        assert form.boxes[name].accessibleName() == label
