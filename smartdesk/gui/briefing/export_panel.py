"""Export controls: full or public, Preview, Export (PDF, web page, Word, Excel, JSON), Cancel."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from smartdesk import paths
from smartdesk.domain.records import WorkshopData
from smartdesk.gui.briefing.export_job import (
    ExportFormat,
    ExportJob,
    ExportRequest,
    ExportSignals,
    output_files,
)
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP
from smartdesk.reports.destination import export_refusal, replaces_a_file

_FILTERS = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP("ExportPanel", "PDF (*.pdf)"),
    ExportFormat.HTML: QT_TRANSLATE_NOOP("ExportPanel", "Web page (*.html *.htm)"),
    ExportFormat.DOCX: QT_TRANSLATE_NOOP("ExportPanel", "Word document (*.docx)"),
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("ExportPanel", "Excel workbook (*.xlsx)"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP("ExportPanel", "SmartDesk JSON (*.json)"),
}


class ExportPanel(QWidget):
    """Starts one export at a time in the thread pool and follows it.

    ``snapshot`` returns the workshop to export (read on the UI thread). ``choose_path``
    asks where to save (a file dialog; tests replace it). ``preview_ready`` carries a
    PDF to show; ``failed`` a message to show.
    """

    preview_ready = Signal(str)
    failed = Signal(str)
    exported = Signal(str)

    def __init__(
        self, snapshot: Callable[[], WorkshopData | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.choose_path: Callable[[ExportFormat, bool], Path | None] = self._ask_path
        # Exports run one after another, never side by side: ReportLab and matplotlib
        # are not thread-safe, and a cancelled export finishes its current step first.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: ExportJob | None = None
        self._job_is_preview = False
        # One set of signals for every job, owned here on the UI thread.
        self.job_signals = ExportSignals(self)
        self.job_signals.progress.connect(self._on_progress)
        self.job_signals.finished.connect(self._on_finished)
        self.job_signals.failed.connect(self._on_failed)
        self.job_signals.cancelled.connect(self._on_cancelled)
        self.last_folder = Path.home()

        self.full = QRadioButton(self.tr("&Full version (members; exempt appendix)"))
        self.public = QRadioButton(self.tr("P&ublic version (for publication)"))
        self.full.setChecked(True)
        versions = QButtonGroup(self)
        versions.addButton(self.full)
        versions.addButton(self.public)

        # The pack's own words: in the workshop's language, English, Welsh, or both at
        # once as two files of equal standing (the Welsh Language Standards).
        self.language = QComboBox()
        self.language.addItem(self.tr("Workshop's language"), ())
        self.language.addItem(self.tr("English"), ("en",))
        self.language.addItem(self.tr("Cymraeg (Welsh)"), ("cy",))
        self.language.addItem(self.tr("English and Cymraeg (two files)"), ("en", "cy"))
        self.language.setToolTip(self.tr("The language of the pack's headings, labels and text"))
        language_label = QLabel(self.tr("Pack &language:"))
        language_label.setBuddy(self.language)

        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setToolTip(self.tr("Build the PDF and show it here (F5)"))
        self.preview_button.clicked.connect(self.preview)
        self.buttons: dict[ExportFormat, QPushButton] = {}
        labels = {
            ExportFormat.PDF: self.tr("Export &PDF…"),
            ExportFormat.HTML: self.tr("We&b page…"),
            ExportFormat.DOCX: self.tr("&Word…"),
            ExportFormat.XLSX: self.tr("E&xcel…"),
            ExportFormat.JSON: self.tr("&JSON…"),
        }
        for kind, label in labels.items():
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            self.buttons[kind] = button
        self.buttons[ExportFormat.PDF].setToolTip(self.tr("Export the PDF (Ctrl+E)"))
        self.buttons[ExportFormat.HTML].setToolTip(
            self.tr("The accessible version, to publish on the council's website")
        )

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the export (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        versions_row = QHBoxLayout()
        versions_row.addWidget(self.full)
        versions_row.addWidget(self.public)
        versions_row.addStretch(1)
        grid.addLayout(versions_row, 0, 0, 1, 2)
        # The language on a line of its own: on one line with the versions the panel was
        # wider than a 1280 x 720 projector's screen in presentation mode.
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        grid.addLayout(language_row, 1, 0, 1, 2)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.preview_button)
        for button in self.buttons.values():
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        grid.addLayout(buttons_row, 2, 0, 1, 2)
        grid.addWidget(self.progress, 3, 0)
        grid.addWidget(self.cancel_button, 3, 1)
        grid.addWidget(self.status, 4, 0, 1, 2)

        QShortcut(QKeySequence("F5"), self, self.preview)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export(ExportFormat.PDF))
        # Esc only while the focus is in this panel (the Cancel button has it during an
        # export), so it never takes Esc from an editor elsewhere on the page.
        escape = QShortcut(QKeySequence("Escape"), self, self.cancel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._set_running(False)

    # -- state ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    def _set_running(self, running: bool) -> None:
        # Python's cyclic garbage collector, run on the UI thread while the worker draws
        # charts, crashed the process now and then (seen in the test suite). It is paused
        # for the few seconds an export runs, and catches up when it ends.
        if running:
            gc.disable()
        else:
            gc.enable()
            gc.collect()
        controls = (self.preview_button, *self.buttons.values(), self.full, self.public)
        for control in (*controls, self.language):
            control.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    # -- actions ----------------------------------------------------------------------
    def _ask_path(self, kind: ExportFormat, public: bool) -> Path | None:
        version = "public" if public else "full"
        suggestion = self.last_folder / f"briefing-pack-{version}{kind.suffix}"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export"),
            str(suggestion),
            self.tr(_FILTERS[kind]),
            # The panel asks itself, after its own checks (see export): not twice.
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(kind.suffix)

    def preview(self) -> None:
        """Build the PDF of the chosen version into the cache folder and show it."""
        if self.running:
            return
        version = "public" if self.public.isChecked() else "full"
        out = paths.user_cache_dir() / f"preview-{version}.pdf"
        # One preview: in the first language chosen (English when both are).
        self._start(ExportFormat.PDF, out, preview=True, languages=self.languages()[:1])

    def export(self, kind: ExportFormat) -> None:
        """Ask where, then write ``kind`` for the chosen version.

        The same rule as ``smartdesk export``: a workshop file, a file SmartDesk has open
        or a name of another kind is refused; an existing file is replaced only if the
        user says so.
        """
        if self.running:
            return
        out = self.choose_path(kind, self.public.isChecked())
        if out is None:
            return
        planned = output_files(out, kind, self.languages())
        for _language, target in planned:
            refusal = export_refusal(target, kind.value)
            if refusal is not None:
                message = refusal[:1].upper() + refusal[1:]  # a sentence here, not a CLI line
                self.status.setText(message)
                self.failed.emit(message)
                return
        for _language, target in planned:
            if replaces_a_file(target) and not self._may_replace(target):
                return
        self.last_folder = out.parent
        self._start(kind, out, preview=False, languages=self.languages())

    def languages(self) -> tuple[str, ...]:
        """The pack languages chosen: () for the workshop's, ("en", "cy") for both."""
        return tuple(self.language.currentData() or ())

    def _may_replace(self, out: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace file?"),
            self.tr("'{name}' already exists in {folder}. Replace it?").format(
                name=out.name, folder=out.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start(
        self, kind: ExportFormat, out: Path, *, preview: bool, languages: tuple[str, ...]
    ) -> None:
        data = self.snapshot()
        if data is None:
            self.failed.emit(self.tr("Open a workshop first."))
            return
        request = ExportRequest(data, out, kind, self.public.isChecked(), languages)
        job = ExportJob(request, self.job_signals)
        self.job = job
        self._job_is_preview = preview
        self.progress.setValue(0)
        self.status.setText(self.tr("Starting…"))
        self._set_running(True)
        self.cancel_button.setFocus()
        self.pool.start(job.run)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Stop a running export and wait for it (the window is closing)."""
        self.cancel()
        self.pool.waitForDone()

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the running export (for closing the window and for tests)."""
        return self.pool.waitForDone(milliseconds)

    # -- job signals (delivered on the UI thread) -------------------------------------
    def _on_progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(message)

    def _finish(self) -> None:
        self.job = None
        self._set_running(False)

    def _on_finished(self, written: str) -> None:
        preview = self._job_is_preview
        files = written.split("\n")  # two when both languages were written
        self._finish()
        if preview:
            self.status.setText(self.tr("Preview up to date."))
        else:
            self.status.setText(self.tr("Saved {path}").format(path=" and ".join(files)))
            for path in files:
                self.exported.emit(path)
        if files[0].endswith(".pdf"):
            self.preview_ready.emit(files[0])

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.status.setText(message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Export cancelled; nothing was written."))
