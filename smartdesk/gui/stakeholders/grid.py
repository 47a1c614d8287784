"""The power-interest grid: one card per stakeholder on the 0-10 x 0-10 grid.

``StakeholderGrid`` is the view: it shows the workshop's stakeholders as cards on the
empty grid (``grid_square``), keeps the selection in step with the register and turns
drags, keys and the tray's drops into edits. Its parts, each in a module of its own:
what it draws (``grid_items``: the cards, axis labels and the line layer), where the
names go and the count markers (``grid_labels``, ``grid_markers``), the relationship
lines (``grid_lines``), gestures turned into moves (``grid_moves``), zoom and fit
(``grid_zoom``) and the "not placed yet" tray (``grid_tray``).

Edits, and why they are shaped as they are:

- a mouse drag writes power and interest once, on release, as one undo step (one
  step for all the selected cards that moved together); the moves in between only
  repaint. Where a card may go is the domain's rule (0-10), checked by the session: a
  card dropped off the grid or nudged past its edge is refused and goes back;
- an arrow key moves the selected cards 0.5 (Shift: 0.1) and is written at once;
  successive arrow-key moves of the same single card merge into one undo step
  (``QUndoCommand.mergeWith``), so Ctrl+Z puts the card back where the keyboard
  found it rather than one nudge at a time;
- stakeholders without a power or an interest wait in the "not placed yet" tray
  beside the grid; dragging one onto the grid (or Enter in the tray, which places
  it in the middle) gives it both.

Cards ignore the view's zoom (``ItemIgnoresTransformations``): zooming spreads them
apart but their type stays the size of the widget's font, which presentation mode
(F11) enlarges for the projector.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLineF, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QToolTip,
    QWidget,
)

from smartdesk.domain.records import Relationship, Stakeholder
from smartdesk.domain.stakeholder_analysis import (
    is_placed,
)
from smartdesk.gui.stakeholders.grid_items import (
    StakeholderCard,
    badge_chip,
    grid_values,
)
from smartdesk.gui.stakeholders.grid_labels import place_labels
from smartdesk.gui.stakeholders.grid_lines import RelationshipLines
from smartdesk.gui.stakeholders.grid_markers import ClusterMarker
from smartdesk.gui.stakeholders.grid_moves import CardDrag, Moves, key_moves
from smartdesk.gui.stakeholders.grid_square import GridSquare
from smartdesk.gui.stakeholders.grid_tray import dragged_id
from smartdesk.gui.stakeholders.grid_zoom import ZOOM_STEP, GridZoom

if TYPE_CHECKING:
    from smartdesk.gui.editing.session import WorkshopSession


class StakeholderGrid(GridSquare):
    """The power-interest grid. ``selection_changed`` carries the selected stakeholder ids."""

    selection_changed = Signal(list)
    detail_changed = Signal(str)  # the selection in words: full names, quadrant, attitude

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.cards: dict[str, StakeholderCard] = {}
        self._badges: dict[tuple[int | None, bool, float], QPixmap] = {}
        self._drag = CardDrag()
        self._syncing = False
        self._markers: list[ClusterMarker] = []
        # Names are laid out again once the view settles (after a resize, zoom or edit),
        # not for every event of a burst.
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self.lay_out_labels)

        self.grid_scene.selectionChanged.connect(self._on_scene_selection)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Power-interest grid"))
        self.setAccessibleDescription(
            self.tr(
                "Stakeholders by interest (left to right) and power (bottom to top). "
                "Arrow keys move the selected cards by 0.5, with Shift by 0.1."
            )
        )
        self._zooming = GridZoom(
            self,
            self._quadrant_titles,
            self._interest_title,
            lambda: self.card_font,
            self._layout_timer.start,
        )
        self.relationship_lines = RelationshipLines(self.grid_scene, self.cards)

    def badge(self, attitude: int | None, selected: bool, size: float) -> QPixmap:
        """The badge chip cards of ``attitude`` show at ``size`` (made once, then shared)."""
        key = (attitude, selected, size)
        chip = self._badges.get(key)
        if chip is None:
            ratio = max(1.0, self.devicePixelRatioF())
            chip = badge_chip(attitude, selected, size, self.card_font, ratio)
            self._badges[key] = chip
        return chip

    # -- showing the workshop -------------------------------------------------------------

    def bind(self, session: WorkshopSession | None) -> None:
        self.session = session

    def set_records(
        self, stakeholders: Sequence[Stakeholder], relationships: Sequence[Relationship]
    ) -> None:
        """Show the placed ``stakeholders`` and the ``relationships`` between them."""
        placed = {s.id: s for s in stakeholders if is_placed(s)}
        self._syncing = True
        try:
            for gone in set(self.cards) - set(placed):
                self.grid_scene.removeItem(self.cards.pop(gone))
            for person in placed.values():
                card = self.cards.get(person.id)
                if card is None:
                    self.cards[person.id] = card = StakeholderCard(self, person)
                    self.grid_scene.addItem(card)
                elif card.stakeholder != person:
                    card.show_record(person)
        finally:
            self._syncing = False
        self.relationship_lines.set_relationships(relationships)
        self._layout_timer.start()

    def lay_out_labels(self) -> None:
        """Place every name clear of the others, the cards and the titles (now)."""
        self._layout_timer.stop()
        for marker in self._markers:
            self.grid_scene.removeItem(marker)
        self._markers = place_labels(
            list(self.cards.values()), self._labels, self.transform(), self.card_font
        )
        for marker in self._markers:
            self.grid_scene.addItem(marker)
        self._show_detail()

    def markers(self) -> list[ClusterMarker]:
        """The count markers standing for cards too crowded to label."""
        return list(self._markers)

    def expand(self, marker: ClusterMarker) -> None:
        """Zoom in on a count marker's cards until they can be told apart."""
        points = [self.cards[i].pos() for i in marker.ids if i in self.cards]
        if not points:
            return
        self._zooming.show_closely(points, marker.pos())
        self.lay_out_labels()

    def line_count(self) -> int:
        """How many relationship lines the grid shows."""
        return self.relationship_lines.count()

    def painted_lines(self) -> list[QLineF]:
        """Every relationship line as it is painted (the layer's, then the moving ones)."""
        return self.relationship_lines.painted()

    def set_show_relationships(self, show: bool) -> None:
        self.relationship_lines.shown = show
        self.relationship_lines.draw()

    def link_tooltip_at(self, point: QPointF) -> str | None:
        """The tooltip of the relationship line under view ``point`` (None: no line)."""
        scene = self.mapToScene(point.toPoint())
        return self.relationship_lines.tooltip_at(scene, 1.0 / max(self.zoom_level(), 1e-6))

    def viewportEvent(self, event: QEvent) -> bool:
        # The lines are painted by one layer item, so their tooltips are found here;
        # a card (or anything else with a tooltip of its own) under the mouse comes first.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            if not isinstance(item, StakeholderCard):
                text = self.link_tooltip_at(QPointF(event.pos()))
                if text:
                    QToolTip.showText(event.globalPos(), text, self.viewport())
                    return True
        return super().viewportEvent(event)

    # -- selection, both ways -------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return [
            item.id for item in self.grid_scene.selectedItems() if isinstance(item, StakeholderCard)
        ]

    def select_ids(self, ids: Sequence[str]) -> None:
        """Select the cards of ``ids`` (from the register) without echoing the change back."""
        wanted = set(ids)
        self._syncing = True
        try:
            for card in self.cards.values():
                card.setSelected(card.id in wanted)
        finally:
            self._syncing = False
        chosen = [self.cards[i] for i in ids if i in self.cards]
        if chosen:
            self.ensureVisible(chosen[0], 40, 40)

    def _on_scene_selection(self) -> None:
        for card in self.cards.values():
            # A selected card comes to the front, so a crowded spot never hides it.
            card.setZValue(20 if card.isSelected() else 10)
        self._show_detail()
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    def detail(self) -> str:
        """The selection in words: full names (the grid may cut them), quadrant, attitude."""
        chosen = [m for m in self._markers if m.isSelected()]
        if chosen:
            return chosen[0].description(most=len(chosen[0].members))
        cards = self._selected_cards()
        if len(cards) == 1:
            return cards[0].accessible_description()
        if cards:
            names = ", ".join(sorted(card.stakeholder.name for card in cards))
            return self.tr("{n} selected: {names}").format(n=len(cards), names=names)
        return ""

    def _show_detail(self) -> None:
        self.detail_changed.emit(self.detail())

    # -- edits -------------------------------------------------------------------------------

    def _push_moves(self, moves: Moves, *, keyboard: bool) -> None:
        if self.session is None or not moves:
            return
        store = self.session.store
        pairs = []
        for id_, (power, interest) in moves.items():
            old = store.get(Stakeholder, id_)
            if old is None or (old.power, old.interest) == (power, interest):
                continue
            pairs.append((old, dataclasses.replace(old, power=power, interest=interest)))
        if len(pairs) == 1:
            name = pairs[0][1].name or self.tr("card")
            text = self.tr("Move {name} on the grid").format(name=name)
        else:
            text = self.tr("Move {n} cards").format(n=len(pairs))
        # The domain's rules decide where a card may go (0-10): a refused move puts the
        # cards back where the file has them.
        if not pairs or not self.session.update_all(pairs, text=text, merge=keyboard):
            self._restore_cards()

    def _restore_cards(self) -> None:
        """Put cards back where the store says (a refused or empty move)."""
        for card in self.cards.values():
            card.show_record(card.stakeholder)
        self.relationship_lines.draw()  # the moved cards' lines go back with them
        self._layout_timer.start()

    def place(self, stakeholder_id: str, power: float = 5.0, interest: float = 5.0) -> None:
        """Give a stakeholder from the tray a place on the grid (one undo step)."""
        self._push_moves({stakeholder_id: (round(power, 1), round(interest, 1))}, keyboard=False)
        self.select_ids([stakeholder_id])
        self.selection_changed.emit(self.selected_ids())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, ClusterMarker):
            self.expand(item)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._drag.start(self._selected_cards())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._drag.active():
            for card in self._selected_cards():
                self.relationship_lines.card_moved(card)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._push_moves(self._drag.finish(self._selected_cards()), keyboard=False)

    def _selected_cards(self) -> list[StakeholderCard]:
        return [i for i in self.grid_scene.selectedItems() if isinstance(i, StakeholderCard)]

    def nudge(self, key: Qt.Key, fine: bool = False) -> None:
        """Move the selected cards one step as the arrow ``key`` does on the grid (the
        card list's Ctrl+arrows; ``fine``: Shift's small step)."""
        modifier = Qt.KeyboardModifier.ShiftModifier if fine else Qt.KeyboardModifier.NoModifier
        moves = key_moves(QKeyEvent(QEvent.Type.KeyPress, key, modifier), self._selected_cards())
        if moves is not None:
            self._push_moves(moves, keyboard=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cards = self._selected_cards()
        moves = key_moves(event, cards)
        if moves is not None:
            self._push_moves(moves, keyboard=True)
            event.accept()
            return
        markers = [m for m in self._markers if m.isSelected()]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and markers:
            self.expand(markers[0])
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and cards:
            self.grid_scene.clearSelection()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the tray's cards dropped on the grid ------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._take_tray_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._take_tray_drag(event)

    def _take_tray_drag(self, event: QDragMoveEvent) -> None:
        """Take a drag from the tray (the grid takes no other)."""
        if dragged_id(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        stakeholder_id = dragged_id(event)
        if stakeholder_id is None:
            event.ignore()
            return
        power, interest = grid_values(self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()
        self.place(stakeholder_id, power, interest)

    # -- zoom -----------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom_on_focus(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_on_focus(1 / ZOOM_STEP)

    def _zoom_on_focus(self, factor: float) -> None:
        cards = self._selected_cards()
        target = None
        if cards:
            target = sum((card.scenePos() for card in cards), QPointF()) / len(cards)
        self._zooming.zoom_on_focus(factor, target)

    def zoom_level(self) -> float:
        return float(self.transform().m11())

    def fit(self) -> None:
        """Show the whole grid in the window (and keep doing so as the window resizes)."""
        self._zooming.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._zooming.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zooming.fitted:
            self.fit()
        self._layout_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        # Presentation mode (F11) enlarges the page's font: cards and labels follow it.
        if event.type() == QEvent.Type.FontChange:
            self.card_font = QFont(self.font())
            self.card_metrics = QFontMetricsF(self.card_font)
            self._badges = {}
            for label in self._labels:
                label.relayout()
            for card in self.cards.values():
                card.relayout()
            if self._zooming.fitted:
                self.fit()
            self._layout_timer.start()
            self.grid_scene.update()
        super().changeEvent(event)
