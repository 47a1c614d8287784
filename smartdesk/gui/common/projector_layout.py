"""How each screen lays itself out for a projector in presentation mode, and back.

Generic rules, so a new table or panel follows them without code of its own:
guidance panels fold (one click on their header, or Space on it, unfolds them); a
table shows only the columns it declares essential (``RecordTableView.essential``),
its headers wrapping onto more lines instead of being cut. Pages and tabs are built
when first shown, so the rules are applied to each panel and table as it is shown;
every change is remembered and undone on leaving.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from smartdesk.gui.common.guidance import GuidancePanel
from smartdesk.gui.common.record_table import RecordTableView


class ProjectorLayout(QObject):
    """The layout changes presentation mode makes, and their undoing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self._guidance: dict[GuidancePanel, bool] = {}
        self._tables: dict[RecordTableView, list[int]] = {}

    def apply(self, window: QWidget) -> None:
        self.active = True
        for panel in window.findChildren(GuidancePanel):
            self._fold(panel)
        for view in window.findChildren(RecordTableView):
            self._fit(view)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # panels and tables built or shown from now on

    def restore(self) -> None:
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for panel, expanded in self._guidance.items():
            panel.set_expanded(expanded)
        self._guidance.clear()
        for view, hidden in self._tables.items():
            view.show_all_columns(hidden)
        self._tables.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            if isinstance(watched, GuidancePanel):
                self._fold(watched)
            elif isinstance(watched, RecordTableView):
                self._fit(watched)
        return False

    def _fold(self, panel: GuidancePanel) -> None:
        if panel not in self._guidance:
            self._guidance[panel] = panel.is_expanded()
            panel.set_expanded(False)
            panel.destroyed.connect(lambda _=None, p=panel: self._guidance.pop(p, None))

    def _fit(self, view: RecordTableView) -> None:
        if view not in self._tables:
            self._tables[view] = view.show_essential_only()
            view.destroyed.connect(lambda _=None, v=view: self._tables.pop(v, None))
