"""One chart at a time: matplotlib is not thread-safe.

Its font objects and text-layout caches are shared by the whole process, and SmartDesk
draws charts both on the UI thread (the Options and Stakeholders stages) and in the
export worker (the briefing pack). Every public chart function holds this lock while it
draws, so the two never meet inside matplotlib.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_LOCK = threading.RLock()


def one_at_a_time(draw: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``draw`` while no other thread is drawing a chart."""

    @functools.wraps(draw)
    def locked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _LOCK:
            return draw(*args, **kwargs)

    return locked
