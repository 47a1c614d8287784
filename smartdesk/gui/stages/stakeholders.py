"""Stage 2, Stakeholders: the register, relationships, engagement plan, listening log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from smartdesk.domain.records import (
    EngagementAction,
    ListeningLogEntry,
    Relationship,
    Stakeholder,
    WorkshopData,
)
from smartdesk.gui.stages.base import StagePage
from smartdesk.gui.table_model import Column, RecordTableModel

ATTITUDES = {-2: "Blocker", -1: "Sceptic", 0: "Neutral", 1: "Supporter", 2: "Champion"}


def attitude_text(attitude: int | None) -> str:
    """``1`` -> ``Supporter (+1)``."""
    if attitude is None:
        return ""
    return f"{ATTITUDES.get(attitude, '?')} ({attitude:+d})"


class StakeholdersPage(StagePage):
    title = "Stakeholders"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._options: dict[str, str] = {}

        self.stakeholders = RecordTableModel(
            Stakeholder,
            [
                Column("Name", lambda r: r.name),
                Column("Organisation", lambda r: r.organisation),
                Column("Role", lambda r: r.role),
                Column("Category", lambda r: r.category),
                Column("Power", lambda r: r.power),
                Column("Interest", lambda r: r.interest),
                Column("Attitude", lambda r: attitude_text(r.attitude)),
                Column("Engaged now", lambda r: r.engagement_current),
                Column("Needed", lambda r: r.engagement_needed),
                Column("Email", lambda r: r.email),
                Column("Phone", lambda r: r.phone),
                Column("Confidential", lambda r: r.confidential),
            ],
        )
        self.relationships = RecordTableModel(
            Relationship,
            [
                Column("From", lambda r: self._name(r.from_id)),
                Column("To", lambda r: self._name(r.to_id)),
                Column("Relationship", lambda r: r.kind),
                Column("Strength (1-3)", lambda r: r.strength),
            ],
        )
        self.engagement = RecordTableModel(
            EngagementAction,
            [
                Column("Action", lambda r: r.action),
                Column("With", lambda r: ", ".join(self._name(i) for i in r.stakeholder_ids)),
                Column("Method", lambda r: r.method),
                Column("Owner", lambda r: r.owner),
                Column("Due", lambda r: r.due),
                Column("Status", lambda r: r.status),
            ],
        )
        self.listening = RecordTableModel(
            ListeningLogEntry,
            [
                Column("Date", lambda r: r.date),
                Column("Source", lambda r: r.source),
                Column("Stakeholder", lambda r: self._name(r.stakeholder_id)),
                Column("You said", lambda r: r.said),
                Column("We did", lambda r: r.response),
                Column("Status", lambda r: r.status),
                Column("Option", lambda r: self._options.get(r.option_id or "", "")),
            ],
        )

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(
            self.group(
                self.tr("Relationships"), self.add_table(self.relationships, "Relationships")
            )
        )
        lower.addWidget(
            self.group(
                self.tr("Engagement plan"), self.add_table(self.engagement, "Engagement plan")
            )
        )
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        lower.setChildrenCollapsible(False)

        rows = QSplitter(Qt.Orientation.Vertical)
        rows.addWidget(
            self.group(
                self.tr("Stakeholder register"),
                self.add_table(self.stakeholders, "Stakeholder register"),
            )
        )
        rows.addWidget(lower)
        rows.addWidget(
            self.group(
                self.tr("Listening log (you said, we did)"),
                self.add_table(self.listening, "Listening log"),
            )
        )
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 2)
        rows.setStretchFactor(2, 2)
        rows.setChildrenCollapsible(False)
        self.body.addWidget(rows, 1)

    def _name(self, stakeholder_id: str | None) -> str:
        if stakeholder_id is None:
            return ""
        return self._names.get(stakeholder_id, "?")

    def show_data(self, data: WorkshopData) -> None:
        self._names = {s.id: s.name for s in data.stakeholders}
        self._options = {o.id: o.name for o in data.options}
        self.stakeholders.set_records(data.stakeholders)
        self.relationships.set_records(data.relationships)
        self.engagement.set_records(data.engagement_actions)
        self.listening.set_records(data.listening_log)
