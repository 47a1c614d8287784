"""The readiness checklist: what ``smartdesk review`` would say, before exporting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from smartdesk.domain.records import WorkshopData
from smartdesk.domain.review import Gap, Severity, review
from smartdesk.exempt_law import paragraphs
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.translation import sentence


class ReadinessChecklist(QWidget):
    """A summary line and one row per gap (blockers first), each marked by word, not colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Readiness for committee"))
        self.gaps = QListWidget()
        self.gaps.setAccessibleName(self.tr("What is missing before committee"))
        self.gaps.setWordWrap(True)
        self.gaps.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps, 1)
        self.current: list[Gap] = []

    def show_data(self, data: WorkshopData) -> None:
        gaps = sorted(
            review(data, paragraphs=paragraphs), key=lambda g: g.severity is not Severity.BLOCKER
        )
        self.current = gaps
        self.gaps.clear()
        blockers = sum(g.severity is Severity.BLOCKER for g in gaps)
        if not gaps:
            self.summary.setText(self.tr("Ready for committee: nothing is missing."))
        else:
            self.summary.setText(
                self.tr("{n} things to put right before committee ({b} to fix first).").format(
                    n=len(gaps), b=blockers
                )
            )
        for gap in gaps:
            mark = self.tr("Fix first") if gap.severity is Severity.BLOCKER else self.tr("To do")
            stage, message = choice_word(gap.stage.label), sentence(gap.message)
            item = QListWidgetItem(f"{mark} · {stage}: {message}")
            item.setData(Qt.ItemDataRole.UserRole, gap.record_id)
            if gap.severity is Severity.BLOCKER:
                item.setForeground(QBrush(QColor("#8a1c1c")))
            self.gaps.addItem(item)
