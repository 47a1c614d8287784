"""Who took part: people, and breakout tables (or phones) that vote as one.

Built for the sign-in desk: type a name, Tab across the row (the category is a drop-down
that jumps to the first entry starting with the letter typed), and Enter on the last
row adds the next one with the cursor in its name. A sign-in sheet copied from a
spreadsheet pastes as many rows at once (Ctrl+V), all or none: a bad row is named by
its number and nothing is added. Every edit goes through the session, so it undoes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemDelegate, QWidget

from smartdesk.domain.enums import ParticipantKind, StakeholderCategory
from smartdesk.domain.records import Participant, new_id
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.common.fields import Field
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP

PARTICIPANT_FIELDS = [
    Field("Name", "name", width=200),
    Field("Organisation", "organisation", width=200),
    Field("Category", "category", "enum", StakeholderCategory),
    Field("Role", "role", width=180),
    Field("Group", "group", tooltip="Breakout group or table", width=160),
    Field(
        "Kind",
        "kind",
        "enum",
        ParticipantKind,
        tooltip="Person; a breakout table voting as one; or a phone",
        blank=ParticipantKind.PERSON,
    ),
    Field("Attended", "attended", "bool", tooltip="Only those who attended vote"),
]


class ParticipantsTable(EditableRecordTable):
    """The participants list, typed like a sign-in sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            None,
            Participant,
            PARTICIPANT_FIELDS,
            QT_TRANSLATE_NOOP("Tables", "Participants"),
            parent,
            new_record=lambda: Participant(id=new_id()),
        )
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        # The table is filtered by the stage's find box like every other.
        self.view.setWordWrap(False)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter (the delegate's "submit" hint) on the last row starts the next person;
        # elsewhere it moves down a row, as in a spreadsheet.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            QTimer.singleShot(0, self, self._enter_pressed)

    def _enter_pressed(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        if index.row() == self.view.model().rowCount() - 1:
            self.add_record()
        else:
            self.view.setCurrentIndex(index.sibling(index.row() + 1, index.column()))

    def paste(self, text: str | None = None) -> bool:
        """Paste a sign-in sheet; a first line of column headings is left out."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        return super().paste(_without_headings(text))


def _without_headings(text: str) -> str:
    lines = text.replace("\r\n", "\n").split("\n")
    first = lines[0].split("\t")[0].strip().casefold() if lines else ""
    return "\n".join(lines[1:]) if first == "name" else text
