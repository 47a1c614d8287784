"""Checking an export's output path before any work is done."""

from __future__ import annotations

from pathlib import Path

from smartdesk.domain.errors import WorkshopError


def check_output_path(out: str, workshop: Path) -> Path:
    """Refuse an output path that cannot be written or would overwrite the workshop."""
    target = Path(out)
    if not target.parent.is_dir():
        raise WorkshopError(f"Cannot write '{target}': folder '{target.parent}' does not exist")
    if target.is_dir():
        raise WorkshopError(f"Cannot write '{target}': it is a folder")
    if target.exists() and target.resolve() == workshop.resolve():
        raise WorkshopError(f"'{target}' is the workshop file itself; choose another name")
    return target
