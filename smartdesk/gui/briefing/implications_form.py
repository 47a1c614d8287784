"""The committee report's implications, editable: one box per implication, each finished
box one undo step.

The boxes follow the workshop's nation as the pack's section does: Wales and Scotland
get the socio-economic duty (named for each), Wales the Welsh language and well-being
goals, Northern Ireland section 75 in place of section 149. A box the nation's report
does not print is hidden, not emptied, so text written for it is kept.
"""

from __future__ import annotations

import dataclasses
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smartdesk.domain.enums import Nation
from smartdesk.domain.records import Implications
from smartdesk.gui.common.commit_text import CommitTextEdit
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.gui.editing.undo_text import edit_text

_ALL = frozenset(Nation)
_WALES = frozenset({Nation.WALES})


class Box(NamedTuple):
    """One implication: the field it edits, its label per nation, guidance, nations."""

    field: str
    label: str
    guidance: str
    nations: frozenset[Nation] = _ALL
    # A nation whose law gives the implication another name -> that name.
    labels: tuple[tuple[Nation, str], ...] = ()

    def label_for(self, nation: Nation) -> str:
        return dict(self.labels).get(nation, self.label)


# In the order of the report: the consultation account opens section 8; the rest are
# section 10 in the pack's order.
BOXES: tuple[Box, ...] = (
    Box(
        "consultation",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Consultation"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "Who was consulted, how, and what changed as a result. The pack adds the counts "
            "from the engagement plan and the listening log after this account.",
        ),
    ),
    Box(
        "financial",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Financial implications"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "Costs, funding and savings, in today's prices; they should match the appraisal.",
        ),
    ),
    Box(
        "s151_officer",
        QT_TRANSLATE_NOOP(
            "ImplicationsForm", "Comments of the chief finance (section 151) officer"
        ),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "The chief finance officer's own comments, agreed with them before publication "
            "(section 151 of the Local Government Act 1972).",
        ),
        labels=(
            (
                Nation.SCOTLAND,
                QT_TRANSLATE_NOOP(
                    "ImplicationsForm", "Comments of the chief financial (section 95) officer"
                ),
            ),
            (
                Nation.NORTHERN_IRELAND,
                QT_TRANSLATE_NOOP("ImplicationsForm", "Comments of the chief financial officer"),
            ),
        ),
    ),
    Box(
        "legal",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Legal implications"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "The powers the council relies on, and the legal risks of the decision.",
        ),
    ),
    Box(
        "monitoring_officer",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Comments of the monitoring officer"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "The monitoring officer's comments on whether the decision is lawful and within "
            "the council's constitution, agreed with them before publication.",
        ),
    ),
    Box(
        "subsidy_control",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Subsidy control implications"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "Whether any support to a business is a subsidy under the Subsidy Control Act 2022.",
        ),
        labels=(
            (
                Nation.NORTHERN_IRELAND,
                QT_TRANSLATE_NOOP("ImplicationsForm", "Subsidy control and State aid implications"),
            ),
        ),
    ),
    Box(
        "equality",
        QT_TRANSLATE_NOOP(
            "ImplicationsForm", "Equality implications (section 149 of the Equality Act 2010)"
        ),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "How due regard was had to the public sector equality duty; name the equality "
            "impact assessment.",
        ),
        labels=(
            (
                Nation.NORTHERN_IRELAND,
                QT_TRANSLATE_NOOP(
                    "ImplicationsForm",
                    "Equality implications (section 75 of the Northern Ireland Act 1998)",
                ),
            ),
        ),
    ),
    Box(
        "socio_economic",
        QT_TRANSLATE_NOOP(
            "ImplicationsForm", "Socio-economic duty (section 1 of the Equality Act 2010)"
        ),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "How the decision reduces inequalities of outcome that result from "
            "socio-economic disadvantage.",
        ),
        frozenset({Nation.WALES, Nation.SCOTLAND}),
        labels=((Nation.SCOTLAND, QT_TRANSLATE_NOOP("ImplicationsForm", "Fairer Scotland Duty")),),
    ),
    Box(
        "human_rights",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Human rights implications"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "The Convention rights the decision engages (sensors and shared data can engage "
            "Article 8, private life) and why any interference is lawful and proportionate.",
        ),
    ),
    Box(
        "climate",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Climate and environmental implications"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "Effects on emissions and the environment, and the council's climate commitments.",
        ),
    ),
    Box(
        "data_protection",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Data protection implications"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "What personal data is processed, and whether a data protection impact "
            "assessment is needed or done.",
        ),
    ),
    Box(
        "welsh_language",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Welsh language implications"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "Effects on opportunities to use Welsh and on treating Welsh no less favourably "
            "than English (Welsh Language Standards).",
        ),
        _WALES,
    ),
    Box(
        "wellbeing",
        QT_TRANSLATE_NOOP("ImplicationsForm", "Well-being of Future Generations (Wales) Act 2015"),
        QT_TRANSLATE_NOOP(
            "ImplicationsForm",
            "The contribution to the seven well-being goals and the five ways of working.",
        ),
        _WALES,
    ),
)
assert {box.field for box in BOXES} == {f.name for f in dataclasses.fields(Implications)}


class ImplicationsForm(QWidget):
    """A labelled box, with a line of guidance, per implication of the workshop's nation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.boxes: dict[str, CommitTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        for box in BOXES:
            row = QWidget()
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 4, 0, 4)
            label = QLabel(self.tr(box.label))
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            label.setWordWrap(True)
            guidance = QLabel(self.tr(box.guidance))
            guidance.setWordWrap(True)
            guidance.setStyleSheet("color: palette(placeholder-text);")
            guidance.setTextFormat(Qt.TextFormat.PlainText)
            edit = CommitTextEdit(self.tr(box.label))
            edit.setObjectName(f"implication_{box.field}")
            edit.setPlaceholderText(self.tr("Saved when you leave the box"))
            edit.setMinimumHeight(70)
            edit.committed.connect(lambda text, box=box: self._save(box, text))
            label.setBuddy(edit)
            for widget in (label, guidance, edit):
                row_layout.addWidget(widget)
            layout.addWidget(row)
            self.boxes[box.field] = edit
            self.labels[box.field] = label
            self._rows[box.field] = row
        layout.addStretch(1)

    def show_data(
        self, session: WorkshopSession | None, implications: Implications, nation: Nation
    ) -> None:
        self.session = session
        self.setEnabled(session is not None and not session.read_only)
        for box in BOXES:
            label = self.tr(box.label_for(nation))
            self.labels[box.field].setText(label)
            self.boxes[box.field].setAccessibleName(label)
            self._rows[box.field].setVisible(nation in box.nations)
            self.boxes[box.field].show_saved(getattr(implications, box.field))

    def _save(self, box: Box, text: str) -> None:
        if self.session is None:
            return
        old = self.session.store.implications()
        changes: dict[str, Any] = {box.field: text}
        new = dataclasses.replace(old, **changes)
        label = self.labels[box.field].text()
        self.session.set_part(old, new, text=edit_text(label[:1].lower() + label[1:]))
