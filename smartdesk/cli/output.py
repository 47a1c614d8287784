"""Checking an export's output path before any work is done."""

from __future__ import annotations

from pathlib import Path

from smartdesk.domain.errors import WorkshopError
from smartdesk.files import output_problem, resolved


def check_output_path(out: str, workshop: Path) -> Path:
    """Refuse an output path that cannot be written or would overwrite the workshop."""
    target = Path(out)
    problem = output_problem(target)
    if problem is not None:
        raise WorkshopError(f"Cannot write '{target}': {problem}")
    if target.exists() and resolved(target) == resolved(workshop):
        raise WorkshopError(f"'{target}' is the workshop file itself; choose another name")
    return target
