"""``smartdesk export``: the briefing pack (PDF, HTML, DOCX), the workbook (XLSX), the JSON.

Several formats may be written in one call; ``--public`` applies to every one. Every
output path is checked before any work starts (``reports.destination``: never a workshop,
a locked file or a name of another kind; an existing file only with ``--force``). The
call is all or nothing: every format is written out of sight first and moved into place
only when all are done, so a failure or Ctrl+C leaves none of them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from smartdesk.cli.i18n import _
from smartdesk.cli.interrupts import ignore_interrupts
from smartdesk.cli.output import check_output_path
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopData
from smartdesk.files import OutputSet, resolved

# (option, help) in the order the files are written: quick ones first.
FORMATS: tuple[tuple[str, str], ...] = (
    ("json", "write the workshop as SmartDesk JSON"),
    ("xlsx", "write the workshop as an Excel workbook, one sheet per record kind"),
    ("docx", "write the briefing pack as a Word document (headings, tables, alt text)"),
    ("pdf", "write the briefing pack as a PDF"),
    (
        "html",
        "write the briefing pack as one accessible web page (the version to publish online)",
    ),
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar=_("PATH"), help=_("the workshop file to export"))
    for name, help_text in FORMATS:
        parser.add_argument(f"--{name}", metavar=_("OUT"), help=_(help_text))
    parser.add_argument(
        "--public",
        action="store_true",
        help=_(
            "leave out confidential (exempt) items, contact details and private "
            "individuals' names, in every format written"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("en", "cy"),
        help=_(
            "the language of the pack's and workbook's own words: en (English) or cy "
            "(Welsh); by default the workshop's language"
        ),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=_("replace output files that already exist (never a workshop file)"),
    )


def _write_json(data: WorkshopData, out: Path, public: bool, language: str) -> None:
    # JSON is data, not prose: it is the same whatever the language.
    from smartdesk.files import write_atomically
    from smartdesk.interchange.json_format import write_workshop_json

    if public:
        from smartdesk.reports.public import redact_for_public

        data = redact_for_public(data)
    write_atomically(out, lambda temporary: write_workshop_json(data, temporary))


def _write_xlsx(data: WorkshopData, out: Path, public: bool, language: str) -> None:
    from smartdesk.reports.xlsx_export import build_xlsx

    build_xlsx(data, out, public=public, language=language)


def _write_docx(data: WorkshopData, out: Path, public: bool, language: str) -> None:
    from smartdesk.reports.docx_export import build_docx

    build_docx(data, out, public=public, language=language)


def _write_pdf(data: WorkshopData, out: Path, public: bool, language: str) -> None:
    from smartdesk.reports.pack import build_pack

    # The pack redacts its own copy when public, so it can say what was withheld.
    build_pack(data, out, public=public, language=language)


def _write_html(data: WorkshopData, out: Path, public: bool, language: str) -> None:
    from smartdesk.reports.html.export import build_html

    build_html(data, out, public=public, language=language)


WRITERS: dict[str, Callable[[WorkshopData, Path, bool, str], None]] = {
    "json": _write_json,
    "xlsx": _write_xlsx,
    "docx": _write_docx,
    "pdf": _write_pdf,
    "html": _write_html,
}


def run(options: argparse.Namespace) -> int:
    from smartdesk.store import WorkshopFile

    workshop = Path(options.path)
    requested = {name: getattr(options, name) for name, _help in FORMATS}
    if not any(requested.values()):
        raise WorkshopError(
            _(
                "nothing to export: give one or more of --pdf OUT, --html OUT, --docx OUT, "
                "--xlsx OUT, --json OUT"
            )
        )
    targets = {
        kind: check_output_path(out, kind, workshop, force=options.force)
        for kind, out in requested.items()
        if out
    }
    if len({resolved(target) for target in targets.values()}) < len(targets):
        raise WorkshopError(_("give each export format its own output file"))

    with WorkshopFile.open(workshop, read_only=True) as store:
        data = store.load()
    language = options.lang or data.workshop.language.value
    outputs = OutputSet()
    try:
        for kind, target in targets.items():
            WRITERS[kind](data, outputs.staging_path(target), options.public, language)
    except BaseException:
        ignore_interrupts()  # a second Ctrl+C must not stop the tidying up
        outputs.discard()
        raise
    ignore_interrupts()  # the point of no return: a late Ctrl+C changes nothing now
    outputs.commit()
    for target in targets.values():
        print(_("Wrote {path}").format(path=target))
    return 0
