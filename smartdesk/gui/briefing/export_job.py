"""One export (PDF, web page, Word, Excel or JSON; full or public) run off the UI thread.

The job gets an immutable snapshot of the workshop (``WorkshopData``), read on the UI
thread, so the worker never touches the store's SQLite connection. It runs in
``QThreadPool`` as a plain callable; its signals (one ``ExportSignals`` per panel,
living on the UI thread) are delivered there by Qt's queued connections. ``cancel()``
only sets a flag the export polls between steps; the export then stops and, being
written atomically, leaves no file behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopData
from smartdesk.gui.common.translation import tr


class ExportFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"
    DOCX = "docx"
    XLSX = "xlsx"
    JSON = "json"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


# The pack's languages as the file names say them: both files stand equal, neither is
# "the" pack and the other a translation.
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    data: WorkshopData
    out: Path
    kind: ExportFormat
    public: bool
    # The pack's languages ("en", "cy"); empty: the workshop's. Two: one file each.
    languages: tuple[str, ...] = ()

    def outputs(self) -> list[tuple[str | None, Path]]:
        return output_files(self.out, self.kind, self.languages)


def output_files(
    out: Path, kind: ExportFormat, languages: tuple[str, ...]
) -> list[tuple[str | None, Path]]:
    """(language, file) of each file to write: "pack (English).pdf" and "pack
    (Cymraeg).pdf" when both languages are asked for; JSON is data, one file."""
    if len(languages) < 2 or kind is ExportFormat.JSON:
        return [(languages[0] if languages else None, out)]
    return [
        (code, out.with_name(f"{out.stem} ({LANGUAGE_NAMES[code]}){out.suffix}"))
        for code in languages
    ]


class ExportSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(str)  # the written file
    failed = Signal(str)  # a message fit to show
    cancelled = Signal()


class ExportJob:
    """Writes ``request`` in a pool thread and reports through ``signals``.

    Deliberately not a ``QRunnable`` subclass: the pool runs ``job.run`` as a plain
    callable and holds it until it returns, so dropping the panel's reference when the
    ``finished`` signal arrives can never free a runnable its thread is still leaving
    (which crashed the app). ``signals`` belongs to the panel and lives on the UI thread.
    """

    def __init__(self, request: ExportRequest, signals: ExportSignals) -> None:
        self.request = request
        self.signals = signals
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop at its next step."""
        self._cancel.set()

    def run(self) -> None:
        from smartdesk.reports.errors import ExportCancelled

        try:
            write(self.request, self.signals.progress.emit, self._cancel.is_set)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except WorkshopError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a fault in an export must not kill the app silently
            self.signals.failed.emit(tr("The export failed: {error}").format(error=error))
        else:
            # One line per file written (two when both languages were asked for).
            self.signals.finished.emit("\n".join(str(out) for _, out in self.request.outputs()))


def write(
    request: ExportRequest, report: Callable[[int, str], None], stop: Callable[[], bool]
) -> None:
    """Write the export's files, one after another (the functions ``smartdesk export``
    uses); the progress bar runs once across them all. Both languages' files appear
    together or neither does (staged, then placed by ``OutputSet.commit``)."""
    from smartdesk.files import OutputSet

    outputs = request.outputs()
    staged = OutputSet()
    try:
        for index, (language, out) in enumerate(outputs):

            def part(percent: int, message: str, index: int = index) -> None:
                report((index * 100 + percent) // len(outputs), message)

            _write_one(request, staged.staging_path(out), language, part, stop)
    except BaseException:
        staged.discard()
        raise
    staged.commit()


def _write_one(
    request: ExportRequest,
    out: Path,
    language: str | None,
    report: Callable[[int, str], None],
    stop: Callable[[], bool],
) -> None:
    data, public = request.data, request.public
    if request.kind is ExportFormat.PDF:
        from smartdesk.reports.pack import build_pack

        build_pack(data, out, public=public, progress=report, cancelled=stop, language=language)
    elif request.kind is ExportFormat.HTML:
        from smartdesk.reports.html.export import build_html

        build_html(data, out, public=public, progress=report, cancelled=stop, language=language)
    elif request.kind is ExportFormat.DOCX:
        from smartdesk.reports.docx_export import build_docx

        build_docx(data, out, public=public, progress=report, cancelled=stop, language=language)
    elif request.kind is ExportFormat.XLSX:
        from smartdesk.reports.xlsx_export import build_xlsx

        build_xlsx(data, out, public=public, progress=report, cancelled=stop, language=language)
    else:
        from smartdesk.files import write_atomically
        from smartdesk.interchange.json_format import write_workshop_json
        from smartdesk.reports.public import redact_for_public

        report(10, "Writing")
        exported = redact_for_public(data) if public else data
        write_atomically(out, lambda temporary: write_workshop_json(exported, temporary))
        report(100, "Done")
