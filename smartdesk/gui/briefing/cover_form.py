"""The committee report's cover details, editable: each finished field is one undo step."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from smartdesk.domain.enums import WorkshopStatus
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopInfo
from smartdesk.gui.briefing.contact_checks import CHECKS
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, tr
from smartdesk.gui.common.undo_keys import forget_typing_history, has_typing, route_undo_keys
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.gui.editing.undo_text import edit_text

# (field of WorkshopInfo, label), in the order of a committee report's cover.
TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Report title")),
    ("council", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Council")),
    ("committee", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Committee")),
    ("meeting_date", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Meeting date")),
    ("report_author", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Report author")),
    ("report_reference", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Reference")),
    ("portfolio_holder", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Portfolio holder")),
    # The contact officer is published in both versions: an official contact, not a
    # private one (a team mailbox and switchboard number are best).
    ("contact_officer", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Contact officer")),
    ("contact_title", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Contact officer's job title")),
    ("contact_email", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Contact e-mail")),
    ("contact_phone", QT_TRANSLATE_NOOP("WorkshopDetailsForm", "Contact telephone")),
)
PLACEHOLDERS = {
    "meeting_date": QT_TRANSLATE_NOOP("WorkshopDetailsForm", "YYYY-MM-DD"),
    "contact_officer": QT_TRANSLATE_NOOP(
        "WorkshopDetailsForm", "Name of the officer who can answer questions on the report"
    ),
    "contact_email": QT_TRANSLATE_NOOP(
        "WorkshopDetailsForm", "An official address, e.g. smart.places@example.gov.uk"
    ),
    "contact_phone": "e.g. 01632 960 123",
}


def parse_date(text: str) -> date | None:
    """``2025-03-14`` or ``14/03/2025`` -> a date; blank -> None; else WorkshopError."""
    text = text.strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise WorkshopError(f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14.")


class WorkshopDetailsForm(QWidget):
    """Title, council, committee, meeting date, author, reference, portfolio holder,
    contact officer, status. The contact e-mail and telephone are checked as typed: a
    mistake is said beside the field (no message box) and is not saved until fixed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        for name, label in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr(label))
            edit.setObjectName(f"cover_{name}")
            route_undo_keys(edit)
            edit.editingFinished.connect(lambda name=name: self._commit_text(name))
            if name in PLACEHOLDERS:
                edit.setPlaceholderText(self.tr(PLACEHOLDERS[name]))
            self.fields[name] = edit
            layout.addRow(self.tr(label), edit)
            if name in CHECKS:
                self.problems[name] = _problem_label(f"cover_{name}_problem")
                layout.addRow("", self.problems[name])
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setObjectName("cover_status")
        for status in WorkshopStatus:
            self.status.addItem(choice_word(status.label), status)
        self.status.activated.connect(self._commit_status)
        layout.addRow(self.tr("Status"), self.status)
        self.setEnabled(False)

    def bind(self, session: WorkshopSession | None) -> None:
        self.session = session
        if session is not None:
            session.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Any) -> None:
        if getattr(change, "kind", None) is WorkshopInfo:
            self.refresh()

    def refresh(self) -> None:
        """Show the stored details; fields stay editable unless the file is read-only.

        A field follows the file (after Undo too, with the cursor in it) unless it holds
        typing not saved yet.
        """
        info = self.session.store.info() if self.session is not None else None
        self.setEnabled(info is not None and not self.session.read_only)  # type: ignore[union-attr]
        for name, edit in self.fields.items():
            if info is not None and edit.hasFocus() and has_typing(edit):
                continue
            text = _field_text(info, name) if info is not None else ""
            if edit.text() != text:
                edit.setText(text)
            edit.setModified(False)
            self._say(name, "")
        status = info.status if info is not None else WorkshopStatus.DRAFT
        self.status.setCurrentIndex(self.status.findData(status))

    def _commit_text(self, name: str) -> None:
        if self.session is None:
            return
        edit = self.fields[name]
        old = self.session.store.info()
        problem = CHECKS[name](edit.text()) if name in CHECKS else ""
        self._say(name, problem)
        if problem:
            return  # the typing stays in the box, to be fixed there
        try:
            value: object = parse_date(edit.text()) if name == "meeting_date" else edit.text()
        except WorkshopError as error:
            edit.setText(_field_text(old, name))
            self.session.failed.emit(str(error))
            return
        if value != getattr(old, name):
            changes: dict[str, Any] = {name: value}
            new = dataclasses.replace(old, **changes)
            label = self.tr(dict(TEXT_FIELDS)[name])
            if not self.session.set_part(old, new, text=edit_text(label[:1].lower() + label[1:])):
                # Refused (the domain's message has been shown): the typing stays in the
                # box, to be fixed there (or undone there, with Ctrl+Z).
                return
        forget_typing_history(edit)  # saved (or unchanged): Ctrl+Z now goes to the window
        self.refresh()  # the box shows the file's form of it (a date as YYYY-MM-DD)

    def _say(self, name: str, problem: str) -> None:
        label = self.problems.get(name)
        if label is not None:
            label.setText(problem)
            label.setVisible(bool(problem))

    def _commit_status(self, index: int) -> None:
        if self.session is None:
            return
        old = self.session.store.info()
        status = self.status.itemData(index)
        if status != old.status:
            new = dataclasses.replace(old, status=status)
            self.session.set_part(old, new, text=edit_text(tr("status")))


def _problem_label(name: str) -> QLabel:
    """A red, wrapping line under a field saying what is wrong with it (hidden when not)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4262c;")
    label.hide()
    return label


def _field_text(info: WorkshopInfo, name: str) -> str:
    value = getattr(info, name)
    if isinstance(value, date):
        return value.isoformat()
    return str(value or "")
