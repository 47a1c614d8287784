"""Load sqlite-utils without numpy.

sqlite-utils imports numpy when it can, only to convert numpy values, which SmartDesk
never stores; numpy costs more start-up time than Qt's own window. While sqlite-utils
loads, a ``None`` entry in ``sys.modules`` makes its ``import numpy`` fail, so it goes
without. A numpy already loaded (e.g. by matplotlib) is left alone.
"""

from __future__ import annotations

import sys

if "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        from sqlite_utils import Database
    finally:
        del sys.modules["numpy"]
else:
    from sqlite_utils import Database

__all__ = ["Database"]
