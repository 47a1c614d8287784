"""How each screen lays itself out for a projector in presentation mode, and back.

Generic rules, so a new table or panel follows them without code of its own:
guidance panels fold (one click on their header, or Space on it, unfolds them); a
table shows only the columns it declares essential (``RecordTableView.essential``),
its headers wrapping onto more lines instead of being cut (any table view with a
``WrappingHeader``, see ``header_view.fit_to_words``); a splitter whose property
``projector_shares`` lists its children's shares of the room gives them those, a
child with none folded to the edge (dragging the handle brings it back), and one
whose property ``projector_turn`` is set turns side by side; a text box shown
unfocused shows the start of its text (the larger type would leave its end in view).
Pages and tabs are built when first shown, so the rules are applied to each panel,
table and splitter as it is shown; every change is remembered and undone on leaving.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QSplitter, QTableView, QWidget

from smartdesk.gui.common.guidance import GuidancePanel
from smartdesk.gui.common.header_view import Fitted, WrappingHeader, fit_to_words, unfit
from smartdesk.gui.common.record_table import RecordTableView

# A splitter's state before: sizes, children collapsible, orientation.
_SplitterState = tuple[list[int], bool, Qt.Orientation]


class ProjectorLayout(QObject):
    """The layout changes presentation mode makes, and their undoing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self._guidance: dict[GuidancePanel, bool] = {}
        self._tables: dict[RecordTableView, list[int]] = {}
        self._plain_tables: dict[QTableView, Fitted] = {}
        self._splitters: dict[QSplitter, _SplitterState] = {}
        self._settling: dict[QSplitter, _SplitterState] = {}

    def apply(self, window: QWidget) -> None:
        self.active = True
        for panel in window.findChildren(GuidancePanel):
            self._fold(panel)
        for view in window.findChildren(QTableView):
            self._fit(view)
        for splitter in window.findChildren(QSplitter):
            self._give_room(splitter)
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
        for table, fitted in self._plain_tables.items():
            unfit(table, fitted)
        self._plain_tables.clear()
        for splitter, (sizes, collapsible, orientation) in self._splitters.items():
            splitter.setOrientation(orientation)
            splitter.setChildrenCollapsible(collapsible)
            splitter.setSizes(sizes)
        self._settling, self._splitters = self._splitters, {}

    def type_arrived(self) -> None:
        """The new type has reached the widgets: measure the tables again for it (on
        the projector) or put the splitters back once more (the projector's larger
        minimum sizes may have bent the sizes first put back)."""
        for table, fitted in self._plain_tables.items():
            fit_to_words(table, fitted)
        for splitter, (sizes, _collapsible, _orientation) in self._settling.items():
            splitter.setSizes(sizes)
        self._settling = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            if isinstance(watched, GuidancePanel):
                self._fold(watched)
            elif isinstance(watched, QTableView):
                self._fit(watched)
            elif isinstance(watched, QSplitter):
                self._give_room(watched)
            elif isinstance(watched, QLineEdit) and not watched.hasFocus():
                watched.home(False)  # a long text shows its start, not its end
        elif event.type() == QEvent.Type.Resize and watched in self._plain_tables:
            fit_to_words(watched, self._plain_tables[watched])  # type: ignore[arg-type]
        return False

    def _fold(self, panel: GuidancePanel) -> None:
        if panel not in self._guidance:
            self._guidance[panel] = panel.is_expanded()
            panel.set_expanded(False)
            panel.destroyed.connect(lambda _=None, p=panel: self._guidance.pop(p, None))

    def _fit(self, view: QTableView) -> None:
        if view in self._tables or view in self._plain_tables:
            return
        if isinstance(view, RecordTableView):
            self._tables[view] = view.show_essential_only()
            view.destroyed.connect(lambda _=None, v=view: self._tables.pop(v, None))
        elif isinstance(view.horizontalHeader(), WrappingHeader):
            self._plain_tables[view] = fit_to_words(view)
            view.destroyed.connect(lambda _=None, v=view: self._plain_tables.pop(v, None))

    def _forget(self, splitter: QSplitter) -> None:
        self._splitters.pop(splitter, None)
        self._settling.pop(splitter, None)

    def _give_room(self, splitter: QSplitter) -> None:
        shares = splitter.property("projector_shares")
        turn = bool(splitter.property("projector_turn"))
        if splitter in self._splitters or (not shares and not turn):
            return
        before = (splitter.sizes(), splitter.childrenCollapsible(), splitter.orientation())
        self._splitters[splitter] = before
        splitter.destroyed.connect(lambda _=None, s=splitter: self._forget(s))
        if turn:
            splitter.setOrientation(Qt.Orientation.Horizontal)
        shares = [int(share) for share in shares or [1] * splitter.count()]
        total = splitter.width() if turn else sum(splitter.sizes())
        splitter.setChildrenCollapsible(True)
        splitter.setSizes([max(1, total) * share // max(1, sum(shares)) for share in shares])
