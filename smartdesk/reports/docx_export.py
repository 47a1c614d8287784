"""The briefing pack as a Word document (full or public): the PDF's sections, in Word's terms.

``build_docx`` mirrors :func:`smartdesk.reports.pack.build_pack`: the same sections
(:mod:`smartdesk.reports.sections`) write to a :class:`DocxStory` instead of the PDF
story, so both documents say the same things; the public version comes from the same
redacted copy. The file is written atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from smartdesk.domain.records import WorkshopData
from smartdesk.files import write_atomically
from smartdesk.reports.errors import Progress, cancel_check, reporter, section_steps


def build_docx(
    data: WorkshopData,
    out: Path,
    *,
    public: bool,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str | None = None,
) -> Path:
    """Write the briefing pack of ``data`` as DOCX to ``out`` and return ``out``.

    ``language`` ("en" or "cy") is what the generated text is in; by default the
    workshop's.
    Raises :class:`WorkshopError` when ``out`` cannot be written and
    :class:`~smartdesk.reports.document.ExportCancelled` when ``cancelled()`` says so.
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
    # Imported here: python-docx and matplotlib are only needed for this export.
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    from smartdesk.reports import sections
    from smartdesk.reports.catalogue import current_language, language_tag, text
    from smartdesk.reports.docx_properties import describe
    from smartdesk.reports.docx_story import DocxStory, set_language

    language = current_language()
    report = reporter(progress)
    check_cancelled = cancel_check(cancelled)

    check_cancelled()
    report(0, "Preparing")
    info = data.workshop
    title = info.title or info.initiative or text("doc.default_title")
    document = Document()
    page = document.sections[0]
    page.orientation = WD_ORIENT.PORTRAIT
    page.page_width, page.page_height = Mm(210), Mm(297)
    set_language(document, language_tag(language))

    step = section_steps(report, check_cancelled)

    story = DocxStory(document, header=title, language=language)
    ctx = sections.prepare(data, story, public=public, step=step)
    # The running header needs the marking, known once the version is prepared.
    story.start(ctx.marking())
    sections.write_sections(ctx)
    story.finish()
    check_cancelled()

    describe(
        document,
        title=title,
        author=info.report_author or info.council,
        subject=text("doc.subject", initiative=info.initiative or title),
        keywords=", ".join(k for k in (info.council, info.committee, ctx.marking()) if k),
        category=info.committee,
        company=info.council,
    )
    report(95, "Writing")
    write_atomically(out, lambda temporary: document.save(str(temporary)))
    report(100, "Done")
    return out
