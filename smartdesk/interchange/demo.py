"""A throw-away copy of the built-in demo workshop, so the sample itself is never edited.

Building the demo from its JSON means validating every record and writing a whole
workshop, which took longer than opening the window. So it is built once into the
user's cache folder, as a template named after a checksum of the demo text, the file
format version and a checksum of the template itself, and each ``--demo`` copies that
file: a changed demo, a new format or a damaged template simply builds a new one.
Each copy then gets an instance id of its own (``store.instance``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zlib
from pathlib import Path

from smartdesk import paths

DEMO_FILE_NAME = "Demo workshop.smartdesk"
TEMPLATE_FOLDER = "demo-template"


def new_copy_folder() -> Path:
    """A fresh cache folder for one window's demo copy, named after this process.

    ``demo-<pid>-<random>``: the process id lets a later start tell a copy whose window
    was killed (and so could not remove it) from one still in use.
    """
    return Path(tempfile.mkdtemp(prefix=f"demo-{os.getpid()}-", dir=paths.user_cache_dir()))


def clear_abandoned_copies() -> None:
    """Remove demo copies (and their locks) left by SmartDesk windows that are gone."""
    from smartdesk.store.lock import process_alive

    for folder in paths.user_cache_dir().glob("demo-*-*"):
        pid = folder.name.split("-")[1]
        if folder.is_dir() and pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def create_demo_copy(folder: Path | None = None) -> Path:
    """Write the demo workshop to a new file in ``folder`` (default: a fresh cache folder)."""
    if folder is None:
        folder = new_copy_folder()
    target = folder / DEMO_FILE_NAME
    try:
        content = _template_content()
    except OSError:
        # No room or no permission in the cache folder: build the copy directly.
        _build(target)
        return target
    with open(target, "xb") as copy:  # "x": never over an existing file
        copy.write(content)
    from smartdesk.store.instance import renew

    renew(target)  # every copy is a file of its own, with backups of its own
    return target


def demo_source() -> Path:
    """The demo workshop as shipped, in the JSON interchange format."""
    return paths.resource("demo", "demo.json")


def discard_template() -> None:
    """Forget the cached demo (e.g. after a copy of it failed to open); rebuilt next time."""
    shutil.rmtree(paths.user_cache_dir() / TEMPLATE_FOLDER, ignore_errors=True)


def _template_content() -> bytes:
    """The cached, ready-built demo for this demo text and file format, built if missing.

    A template's name ends with the CRC-32 of its own bytes, checked on every use: a
    template damaged in the cache is built again rather than copied.
    """
    from smartdesk.store import SCHEMA_VERSION

    # CRC-32 and length tell one shipped demo text from another; hashlib would add the
    # OpenSSL library to every start for no gain here.
    text = demo_source().read_bytes()
    prefix = f"demo-{zlib.crc32(text):08x}{len(text):x}-format{SCHEMA_VERSION}-"
    folder = paths.user_cache_dir() / TEMPLATE_FOLDER
    for template in folder.glob(f"{prefix}*.smartdesk"):
        content = template.read_bytes()
        if template.stem == f"{prefix}{zlib.crc32(content):08x}":
            return content
        template.unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    # Built under a name of its own and renamed into place: a second SmartDesk starting
    # at the same moment, or one killed mid-build, never sees half a template.
    building = folder / f".building-{os.getpid()}.smartdesk"
    building.unlink(missing_ok=True)
    _build(building)
    content = building.read_bytes()
    template = folder / f"{prefix}{zlib.crc32(content):08x}.smartdesk"
    os.replace(building, template)
    _remove_leftovers(folder, keep=template)
    return content


def _remove_leftovers(folder: Path, *, keep: Path) -> None:
    """Older templates, and half-built ones whose SmartDesk has gone."""
    from smartdesk.store.lock import process_alive

    for old in folder.glob("demo-*.smartdesk"):
        if old != keep:
            old.unlink(missing_ok=True)
    for half_built in folder.glob(".building-*.smartdesk"):
        pid = half_built.stem.removeprefix(".building-")
        if pid.isdigit() and not process_alive(int(pid)):
            half_built.unlink(missing_ok=True)


def _build(target: Path) -> None:
    # Imported here: the JSON reader and the store's writer are only needed to build.
    from smartdesk.interchange.json_format import read_workshop_json
    from smartdesk.store import WorkshopFile

    data = read_workshop_json(demo_source())
    WorkshopFile.create(target, data).close()
