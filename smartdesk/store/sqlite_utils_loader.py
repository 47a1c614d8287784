"""Load sqlite-utils without numpy, and only when a write first needs it.

sqlite-utils (with click, dateutil and pluggy) is the costliest import on the way to an
open workshop, and only writes need it: opening and reading go straight through
sqlite3. So it is loaded by the first call to :func:`database`, not on import.

sqlite-utils imports numpy when it can, only to convert numpy values, which SmartDesk
never stores; numpy costs more start-up time than Qt's own window. While sqlite-utils
loads, a ``None`` entry in ``sys.modules`` makes its ``import numpy`` fail, so it goes
without. A numpy already loaded (e.g. by matplotlib) is left alone.
"""

from __future__ import annotations

import sqlite3
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over ``conn`` (plugins not run), loading sqlite-utils on first use."""
    if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
        # Only for the first load: later calls must not hide numpy from other threads.
        sys.modules["numpy"] = None  # type: ignore[assignment]
        try:
            from sqlite_utils import Database
        finally:
            del sys.modules["numpy"]
    else:
        from sqlite_utils import Database
    return Database(conn, execute_plugins=False)
