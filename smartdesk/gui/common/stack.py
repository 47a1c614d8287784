"""Pages built when first shown: an empty placeholder holds each one's place until then."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget


def replace_placeholder(stack: QStackedWidget, index: int, page: QWidget) -> None:
    """Put ``page`` at ``index`` of ``stack`` in place of the placeholder there."""
    placeholder = stack.widget(index)
    stack.insertWidget(index, page)
    if placeholder is not None:
        stack.removeWidget(placeholder)
        placeholder.deleteLater()
