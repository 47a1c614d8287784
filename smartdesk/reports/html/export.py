"""The briefing pack as one accessible HTML page (full or public), for the website.

``build_html`` mirrors :func:`smartdesk.reports.docx_export.build_docx`: the same
sections write to an :class:`HtmlStory`, the public version from the same redacted
copy, and the charts are the same matplotlib charts saved as SVG. Written atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from smartdesk.domain.records import WorkshopData
from smartdesk.files import write_atomically
from smartdesk.reports.errors import Progress, cancel_check, reporter, section_steps


def build_html(
    data: WorkshopData,
    out: Path,
    *,
    public: bool,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the briefing pack of ``data`` as HTML to ``out`` and return ``out``.

    ``language`` is the pack's ("en", "cy"; default the workshop's). Raises
    :class:`WorkshopError` when ``out`` cannot be written and
    :class:`~smartdesk.reports.errors.ExportCancelled` when ``cancelled()`` says so.
    """
    from smartdesk.reports.catalogue import writing_in

    # Every generated word (charts, labels, furniture) follows the pack's language.
    with writing_in(language or data.workshop.language.value):
        return _build(
            data,
            Path(out),
            public=public,
            progress=progress,
            cancelled=cancelled,
        )


def _build(
    data: WorkshopData,
    out: Path,
    *,
    public: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Path:
    # Imported here: the sections and matplotlib are only needed for an export.
    from smartdesk.reports import sections
    from smartdesk.reports.catalogue import current_language, language_tag, text
    from smartdesk.reports.charts.canvas import saving_with
    from smartdesk.reports.html.page import document
    from smartdesk.reports.html.story import HtmlStory
    from smartdesk.reports.html.svg import figure_svg

    report = reporter(progress)
    check_cancelled = cancel_check(cancelled)
    check_cancelled()
    report(0, "Preparing")
    info = data.workshop
    # The tag says what the pack's own words are written in (the catalogue's language,
    # chosen once by ``build_html``).
    tag = language_tag(current_language())
    step = section_steps(report, check_cancelled)

    story = HtmlStory(language=tag.split("-")[0], text_language=info.language.value)
    ctx = sections.prepare(data, story, public=public, step=step)
    with saving_with(figure_svg):
        sections.write_sections(ctx)
    check_cancelled()
    title = info.title or info.initiative or text("doc.default_title", story.language)
    page = document(
        story,
        language_tag=tag,
        title=title,
        description=text("doc.subject", story.language, initiative=info.initiative or title),
        author=info.report_author or info.council,
        draft=text("doc.draft", story.language) if sections.is_draft(data) else "",
    )
    report(95, "Writing")

    def write(temporary: Path) -> None:
        temporary.write_text(page, encoding="utf-8")

    write_atomically(out, write)
    report(100, "Done")
    return out
