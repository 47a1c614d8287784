"""A table header whose labels wrap onto more lines (presentation mode), so a column
can be as narrow as its longest word and its title is still read in full.

``fit_to_words`` and ``unfit`` apply the projector's rules to any table view whose
horizontal header is a ``WrappingHeader`` (the register and the long list get them
through ``RecordTableView``; the scoring matrix, the sensitivity table and the
alignment check directly): only the columns it lists in ``essential`` (a view
attribute; none listed: all), wrapped titles, no column narrower than its longest word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

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
        if on and not self.wrapping:  # as the view set them (some wrap already)
            self._elide, self._alignment = self.textElideMode(), self.defaultAlignment()
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


def word_width(header: QHeaderView, section: int) -> int:
    """The width section ``section`` needs for its longest word, margins included."""
    model = header.model()
    text = "" if model is None else str(model.headerData(section, header.orientation()) or "")
    words = [header.fontMetrics().horizontalAdvance(word) for word in text.split()]
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    margin = header.style().sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
    )
    return max(words, default=0) + margin.width() + 2


@dataclass
class Fitted:
    """What ``fit_to_words`` changed on a table, to undo."""

    hidden: list[int] = field(default_factory=list)
    smallest_section: int = 0
    widths: dict[int, int] = field(default_factory=dict)  # the columns it measured anew
    names_widest: int = 0  # the row names' header's widest


def _source_title(model: QAbstractItemModel, column: int) -> str:
    """A column's title as the code names it (English), whatever the interface's
    language: ``essential`` lists those (in Welsh no shown title would match it)."""
    source = getattr(model, "header", None)
    if callable(source):
        return str(source(column))
    return str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def fit_to_words(view: QTableView, before: Fitted | None = None) -> Fitted:
    """Presentation mode: hide the columns not ``essential``, wrap the titles and widen
    each column to its longest word (again after the type changes: pass ``before``)."""
    header = view.horizontalHeader()
    names = view.verticalHeader()
    done = before or Fitted(
        smallest_section=header.minimumSectionSize(), names_widest=names.maximumWidth()
    )
    model = view.model()
    essential = getattr(view, "essential", ())
    for column in range(header.count()) if before is None and essential else ():
        if _source_title(model, column) not in essential and not header.isSectionHidden(column):
            header.hideSection(column)
            done.hidden.append(column)
    if isinstance(header, WrappingHeader):
        header.set_wrapping(True)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    needs = {column: word_width(header, column) for column in shown}
    for column in shown:
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            # As wide as its cells (a third of the view at most: a long name is cut)
            # or its title's longest word, the title wrapping onto more lines.
            done.widths.setdefault(column, header.sectionSize(column))
            cells = min(view.sizeHintForColumn(column), view.viewport().width() // 3)
            header.resizeSection(column, max(cells, needs[column]))
    stretched = any(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch for c in shown)
    if stretched:  # stretched sections share the width: a floor keeps every word whole
        header.setMinimumSectionSize(max([done.smallest_section, *needs.values()]))
    for column, need in needs.items():
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)
    if names.isVisible():  # row names get the width the columns leave (cut beyond it)
        columns = sum(header.sectionSize(c) for c in shown)
        left = view.width() - columns - view.verticalScrollBar().sizeHint().width() - 4
        names.setMaximumWidth(max(2 * names.fontMetrics().height(), left))
    return done


def unfit(view: QTableView, done: Fitted) -> None:
    """Leaving presentation mode: undo ``fit_to_words``."""
    header = view.horizontalHeader()
    for column in done.hidden:
        header.showSection(column)
    if isinstance(header, WrappingHeader):
        header.set_wrapping(False)
    header.setMinimumSectionSize(done.smallest_section)
    for column, width in done.widths.items():
        header.resizeSection(column, width)
    view.verticalHeader().setMaximumWidth(done.names_widest)
