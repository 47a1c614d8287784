"""Rebuilding the stage pages after Help > Language, so each shows the new language.

Every page makes its texts when it is built (``self.tr`` in its constructor), so the
simplest complete retranslation is to build it again: the workshop's data is in the
store, and the page reads it back on ``bind``. What a page held only on screen goes:
the current tab, a scroll position, a running time box (its minutes stay in the plan).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QStackedWidget, QWidget

from smartdesk.gui.common.stack import replace_placeholder
from smartdesk.gui.common.stage_page import StagePage


def rebuild_pages(
    stack: QStackedWidget,
    pages: Sequence[StagePage | None],
) -> list[StagePage | None]:
    """Put placeholders in place of the built ``pages`` (each is built again when next
    shown); returns the new list of pages, none built."""
    shown = stack.currentIndex()
    fresh: list[StagePage | None] = [None] * len(pages)
    for number, page in enumerate(pages):
        if page is None:
            continue
        page.shutdown()
        replace_placeholder(stack, number, QWidget())
    stack.setCurrentIndex(shown)
    return fresh


__all__ = ["rebuild_pages"]
