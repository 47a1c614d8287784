"""Stage 4, Briefing pack: the report's cover details and implications (editable), next steps,
the readiness checklist, and export (full or public; PDF, Word, Excel, JSON) with a preview.

Exports run in the thread pool (see :mod:`smartdesk.gui.briefing.export_job`); the page
hands them a snapshot of the workshop read on the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.records import NextStep, WorkshopData
from smartdesk.gui.briefing.cover_form import WorkshopDetailsForm
from smartdesk.gui.briefing.export_panel import ExportPanel
from smartdesk.gui.briefing.implications_form import ImplicationsForm
from smartdesk.gui.briefing.preview import PdfPreview
from smartdesk.gui.briefing.readiness import ReadinessChecklist
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.common.table_model import Column, RecordTableModel
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP
from smartdesk.gui.editing.session import WorkshopSession


class BriefingPage(StagePage):
    title = "Briefing pack"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cover = WorkshopDetailsForm()
        self.next_steps = RecordTableModel(
            NextStep,
            [
                Column("Next step", lambda r: r.action),
                Column("Owner", lambda r: r.owner),
                Column("Due", lambda r: r.due),
            ],
        )
        cover_tab = QWidget()
        cover_layout = QVBoxLayout(cover_tab)
        cover_layout.setContentsMargins(4, 4, 4, 4)
        cover_layout.addWidget(self.cover)
        cover_layout.addWidget(
            self.group(
                self.tr("Next steps"),
                self.add_table(self.next_steps, QT_TRANSLATE_NOOP("Tables", "Next steps")),
            ),
            1,
        )

        self.implications = ImplicationsForm()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(cover_tab, self.tr("Report cover"))
        self.tabs.addTab(self.scrolling(self.implications), self.tr("Implications"))
        self.add_tab_keys(self.tabs)

        self.readiness = ReadinessChecklist()
        self.export_panel = ExportPanel(self._snapshot)
        self.preview = PdfPreview()
        self.export_panel.preview_ready.connect(lambda path: self.preview.show_pdf(Path(path)))
        self.export_panel.failed.connect(self._report_failure)

        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(self.group(self.tr("Readiness for committee"), self.readiness))
        right_split.addWidget(self.group(self.tr("Preview"), self.preview))
        right_split.setStretchFactor(0, 1)
        right_split.setStretchFactor(1, 3)
        # The checklist is a glance; the preview gets most of the height.
        right_split.setSizes([200, 800])
        right_split.setChildrenCollapsible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        export_box = QGroupBox(self.tr("Export the briefing pack"))
        QVBoxLayout(export_box).addWidget(self.export_panel)
        right_layout.addWidget(export_box)
        right_layout.addWidget(right_split, 1)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(self.tabs)
        columns.addWidget(right)
        columns.setStretchFactor(0, 5)
        columns.setStretchFactor(1, 7)
        # The cover form needs room for long names; the preview takes the rest.
        columns.setSizes([500, 700])
        columns.setChildrenCollapsible(False)
        self.body.addWidget(columns, 1)

    def shutdown(self) -> None:
        self.export_panel.shutdown()

    def bind(self, session: WorkshopSession | None) -> None:
        self.cover.bind(session)
        super().bind(session)

    def show_data(self, data: WorkshopData) -> None:
        self.implications.show_data(self.session, data.implications, data.workshop.nation)
        self.next_steps.set_records(data.next_steps)
        self.readiness.show_data(data)

    def _snapshot(self) -> WorkshopData | None:
        """The workshop as it is now, for an export to work on off the UI thread."""
        return self.session.store.load() if self.session is not None else None

    def _report_failure(self, message: str) -> None:
        if self.session is not None:
            self.session.failed.emit(message)
