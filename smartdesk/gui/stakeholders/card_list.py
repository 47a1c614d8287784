"""The grid's cards as a list a screen reader (or anyone without a mouse) can use.

The power/interest grid is drawn, so assistive technology sees one picture. This list
holds a row per card with what the card shows in words: name, quadrant, attitude (with
the card's symbol), power and interest. The page keeps its selection and the grid's
the same both ways; it is rebuilt whenever the grid's cards change (added, moved,
deleted, undone). Ctrl+arrow keys move the selected stakeholder on the grid (with
Shift: a fine step), Enter puts the keyboard on the grid itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from smartdesk.gui.common.translation import tr
from smartdesk.gui.stakeholders.grid_items import StakeholderCard, attitude_symbol

ID_ROLE = Qt.ItemDataRole.UserRole
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def card_line(card: StakeholderCard) -> str:
    """A card in words, as the list shows and reads it."""
    person = card.stakeholder
    # The symbol first: the same mark as on the card's badge.
    return "{symbol} {words} — {power_word} {power:g}, {interest_word} {interest:g}".format(
        symbol=attitude_symbol(person.attitude),
        words=card.accessible_description(),
        power_word=tr("power"),
        power=person.power or 0,
        interest_word=tr("interest"),
        interest=person.interest or 0,
    )


class GridCardList(QListWidget):
    """One row per card on the grid; ``selection_changed`` sends the chosen ids."""

    selection_changed = Signal(list)
    move_requested = Signal(Qt.Key, bool)  # an arrow, and whether a fine step
    grid_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Stakeholders on the grid"))
        self.setAccessibleDescription(
            self.tr(
                "Each card on the power-interest grid: name, quadrant and attitude. "
                "Ctrl+arrow keys move the selected card; Enter goes to the grid."
            )
        )
        self.setToolTip(self.accessibleDescription())
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self._syncing = False
        self.itemSelectionChanged.connect(self._selection_changed)

    def set_cards(self, cards: Iterable[StakeholderCard]) -> None:
        """Show ``cards`` by name, keeping the selection and the current row."""
        chosen = set(self.selected_ids())
        current = self.currentItem().data(ID_ROLE) if self.currentItem() else None
        self._syncing = True
        try:
            self.clear()
            for card in sorted(cards, key=lambda c: (c.stakeholder.name.casefold(), c.id)):
                line = card_line(card)
                item = QListWidgetItem(line)
                item.setData(ID_ROLE, card.id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
                self.addItem(item)
                item.setSelected(card.id in chosen)
                if card.id == current:
                    self.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing = False

    def ids(self) -> list[str]:
        return [self.item(row).data(ID_ROLE) for row in range(self.count())]

    def selected_ids(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self.selectedItems()]

    def select_ids(self, ids: Sequence[str]) -> None:
        """Select the rows of ``ids`` (from the grid) without echoing the change back."""
        wanted = set(ids)
        self._syncing = True
        try:
            first = None
            for row in range(self.count()):
                item = self.item(row)
                item.setSelected(item.data(ID_ROLE) in wanted)
                if first is None and item.data(ID_ROLE) in wanted:
                    first = item
            if first is not None:
                self.setCurrentItem(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollToItem(first)
        finally:
            self._syncing = False

    def _selection_changed(self) -> None:
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if event.key() in _ARROWS and modifiers in (ctrl, ctrl | shift) and self.selectedItems():
            self.move_requested.emit(Qt.Key(event.key()), bool(modifiers & shift))
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selectedItems():
            self.grid_wanted.emit()
            event.accept()
            return
        super().keyPressEvent(event)
