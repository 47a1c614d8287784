"""Build the committee briefing pack PDF (full or public) from a workshop.

``build_pack`` is the one entry point for the CLI (``smartdesk export --pdf``) and the
GUI's export worker. Both versions' bodies show confidential records by placeholder
only (:mod:`smartdesk.reports.exempt`); the public version also leaves out personal
data (:mod:`smartdesk.reports.public`), and the full version ends with Part B, the
exempt items. The file is
written to a temporary file beside ``out`` and renamed into place, so a failed or
cancelled export never leaves a partial PDF behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from smartdesk.domain.records import WorkshopData
from smartdesk.files import write_atomically
from smartdesk.reports.errors import Progress, cancel_check, reporter, section_steps

# Share of the progress bar for the story (charts are drawn here) and for layout.
_STORY_END = 60


def build_pack(
    data: WorkshopData,
    out: Path,
    *,
    public: bool,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str | None = None,
) -> Path:
    """Write the briefing pack of ``data`` to ``out`` and return ``out``.

    ``public`` builds the public version from a redacted copy. ``language`` ("en" or
    "cy") is what every generated word is written in; by default the workshop's. ``progress(percent,
    message)`` is called as the work advances; ``cancelled()`` is polled and, when it
    returns True, the export stops with :class:`ExportCancelled` and writes nothing.
    Raises :class:`WorkshopError` when ``out`` cannot be written.
    """
    from smartdesk.reports.catalogue import writing_in

    with writing_in(language or data.workshop.language.value):
        return _build(data, Path(out), public=public, progress=progress, cancelled=cancelled)


def _build(
    data: WorkshopData,
    out: Path,
    *,
    public: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Path:
    # Imported here: ReportLab and matplotlib cost start-up time, and only exports need them.
    from smartdesk.reports import sections
    from smartdesk.reports.catalogue import current_language, language_tag, text
    from smartdesk.reports.document import PackDocTemplate, numbered_canvas
    from smartdesk.reports.layout import Story, stylesheet
    from smartdesk.reports.markup import clean

    language = current_language()
    report = reporter(progress)
    check_cancelled = cancel_check(cancelled)

    check_cancelled()
    report(0, "Preparing")
    story = Story(stylesheet(), language=language)
    step = section_steps(report, check_cancelled, per_step=7, most=_STORY_END - 5)

    ctx = sections.prepare(data, story, public=public, step=step)
    sections.write_sections(ctx)
    check_cancelled()
    report(_STORY_END, "Laying out pages")

    info = data.workshop
    title = info.title or info.initiative or text("doc.default_title")
    marking = ctx.marking()

    def write(temporary: Path) -> None:
        document = PackDocTemplate(
            str(temporary),
            header=clean(title),
            marking=marking,
            draft=sections.is_draft(data),
            check_cancelled=check_cancelled,
            title=title,
            author=info.report_author or info.council,
            subject=text("doc.subject", initiative=info.initiative or title),
            creator="SmartDesk",
            keywords=[k for k in (info.council, info.committee, marking) if k],
            lang=language_tag(language),
            displayDocTitle=1,
        )
        document.build(story.flowables, canvasmaker=numbered_canvas(language))
        check_cancelled()

    write_atomically(out, write)
    report(100, "Done")
    return out
