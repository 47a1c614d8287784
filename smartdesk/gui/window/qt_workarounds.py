"""Work-arounds for faults in the Qt bindings SmartDesk runs on.

SmartDesk requires PySide6 below 6.12 (pyproject.toml): 6.12.0 on Python 3.11 corrupts
reference counts. ``tests/gui/test_qt_workarounds.py`` reopens a workshop many times in
one window so that a binding with such a fault fails the suite rather than a workshop.
This module's guard stays as a second line of defence for the fault seen most, for
whoever runs SmartDesk on 6.12 or later anyway:

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` each time a wrapped Qt
method that returns nothing is called (``setEnabled``, ``setPos``, ``update``, ...).
``None`` starts with a few thousand references, so a long workshop session (dragging
cards on the grid calls ``setPos`` per mouse move) would end with CPython aborting:
"Fatal Python error: none_dealloc: deallocating None". Python 3.12 made ``None``
immortal, so the fault is harmless there; on 3.11 we give ``None`` a reference count so
large (2**40) that no session can wear it down, which is what 3.12 does in effect.
``tests/gui/test_qt_workarounds.py`` proves a long run of such calls survives.
"""

from __future__ import annotations

import sys

# The first PySide6 release with the fault; earlier ones need no guard (nor ctypes,
# which would otherwise be loaded into every start).
FAULTY_FROM = (6, 12)

_APPLIED = False


def keep_none_alive() -> None:
    """Make ``None`` effectively immortal on Pythons before 3.12 (once per process)."""
    global _APPLIED
    if _APPLIED or sys.version_info >= (3, 12) or not _faulty_bindings():
        return
    import ctypes

    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _APPLIED = True


def _faulty_bindings() -> bool:
    import PySide6

    return tuple(PySide6.__version_info__[:2]) >= FAULTY_FROM


def quicken_feature_check() -> None:
    """Let PySide6 tell which modules use it without parsing each one's source.

    PySide6 replaces ``__import__`` to support its opt-in ``from __feature__ import
    snake_case``; after each import of a module that imports from PySide6 it asks
    ``_mod_uses_pyside`` whether the module's source mentions "PySide6", through
    ``inspect.getsource`` - tokenising the whole file. For SmartDesk's ~100 GUI modules
    that was 13-16 ms of every start (a known cost, napari issue 8584). This asks the
    same question of the file's bytes. If a PySide6 release drops or renames the hook,
    nothing is changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "quickened", False):
        return

    def mod_uses_pyside(module: object) -> bool:
        source = getattr(module, "__file__", None)
        if not isinstance(source, str) or not source.endswith(".py"):
            return bool(upstream(module))  # built-in, compiled or frozen: as before
        try:
            with open(source, "rb") as file:
                return b"PySide6" in file.read()
        except OSError:
            return bool(upstream(module))

    mod_uses_pyside.quickened = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]


# Qt's off-screen platform warns that it cannot pass a window's size hints to a window
# manager it does not have: true, harmless, and alarming to a user on a screenless
# machine, whose first sight of SmartDesk it would be. Only this one text is hidden.
_HARMLESS = ("propagateSizeHints",)


def hide_harmless_warnings() -> None:
    """Print Qt's messages as Qt would, except the harmless ones above (once, at launch)."""
    from PySide6.QtCore import (
        QMessageLogContext,
        QtMsgType,
        qFormatLogMessage,
        qInstallMessageHandler,
    )

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if any(text in message for text in _HARMLESS):
            return
        print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)

    qInstallMessageHandler(handler)
