"""Checking an export's output path before any work is done."""

from __future__ import annotations

from pathlib import Path

from smartdesk.cli.i18n import _
from smartdesk.domain.errors import WorkshopError
from smartdesk.reports.destination import export_refusal, replaces_a_file


def check_output_path(out: str, kind: str, workshop: Path, *, force: bool) -> Path:
    """Refuse an output the export must not write (the window asks; here ``--force`` says)."""
    target = Path(out)
    refusal = export_refusal(target, kind, workshop)
    if refusal is not None:
        raise WorkshopError(refusal)
    if replaces_a_file(target) and not force:
        refusal = _("'{path}' already exists; add --force to replace it")
        raise WorkshopError(refusal.format(path=target))
    return target
