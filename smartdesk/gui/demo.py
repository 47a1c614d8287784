"""A throw-away copy of the built-in demo workshop, so the sample itself is never edited."""

from __future__ import annotations

import tempfile
from pathlib import Path

from smartdesk import paths

DEMO_FILE_NAME = "Demo workshop.smartdesk"


def create_demo_copy(folder: Path | None = None) -> Path:
    """Write the demo workshop to a new file in ``folder`` (default: a fresh cache folder)."""
    # Imported here: the JSON reader is only needed when the demo is asked for.
    from smartdesk.interchange.json_format import read_workshop_json
    from smartdesk.store import WorkshopFile

    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="demo-", dir=paths.user_cache_dir()))
    target = folder / DEMO_FILE_NAME
    data = read_workshop_json(paths.resource("demo", "demo.json"))
    WorkshopFile.create(target, data).close()
    return target
