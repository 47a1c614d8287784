"""A table header whose labels wrap onto more lines (presentation mode), so a column
can be as narrow as its longest word and its title is still read in full."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class WrappingHeader(QHeaderView):
    """A horizontal header; ``set_wrapping(True)`` wraps its labels at word breaks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wrapping = False
        # As a table view's own header: clicking a section sorts and selects.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._elide = self.textElideMode()
        self._alignment = self.defaultAlignment()
        self.sectionResized.connect(self._resized)

    def _resized(self, *_: object) -> None:
        if self.wrapping:  # a narrower column may need another line
            self.updateGeometries()

    def set_wrapping(self, on: bool) -> None:
        self.wrapping = on
        self.setTextElideMode(Qt.TextElideMode.ElideNone if on else self._elide)
        self.setDefaultAlignment(_FLAGS if on else self._alignment)
        self.updateGeometries()
        self.viewport().update()

    def _label(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def _margin(self) -> int:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        empty = self.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, QSize(), self
        )
        return empty.width()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        text = self._label(logicalIndex)
        if not self.wrapping or not text:
            return size
        metrics = self.fontMetrics()
        margin = self._margin()
        words = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        width = max(self.sectionSize(logicalIndex), words + margin) - margin
        box = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), _FLAGS, text)
        return QSize(words + margin, max(size.height(), box.height() + metrics.height() // 2))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.wrapping:
            tallest = max(
                (
                    self.sectionSizeFromContents(section).height()
                    for section in range(self.count())
                    if not self.isSectionHidden(section)
                ),
                default=hint.height(),
            )
            hint.setHeight(max(hint.height(), tallest))
        return hint
