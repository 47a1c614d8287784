"""The power-interest grid: one card per stakeholder on the 0-10 x 0-10 grid.

This module is the view (``StakeholderGrid``) that places the cards, draws the lines
between them and turns drags and keys into edits, and the "not placed yet" tray; what
it draws - the cards, the axis labels, the line layer - is in ``grid_items``.

Interest runs left to right and power bottom to top (the briefing pack's chart
is drawn the same way), split at 5 into the four quadrants.

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

from PySide6.QtCore import QEvent, QLineF, QMimeData, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QListWidget,
    QListWidgetItem,
    QToolTip,
    QWidget,
)

from smartdesk.domain.records import Relationship, Stakeholder
from smartdesk.domain.stakeholder_analysis import (
    QUADRANTS,
    is_placed,
)
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.stakeholders.grid_items import (
    LINE_WIDTHS,
    SIZE,
    UNIT,
    AxisLabel,
    LinkLayer,
    StakeholderCard,
    badge_chip,
    grid_values,
    line_pen,
    link_tooltip,
)
from smartdesk.gui.stakeholders.grid_labels import APRON, place_labels, title_box
from smartdesk.gui.stakeholders.grid_markers import ClusterMarker

if TYPE_CHECKING:
    from smartdesk.gui.editing.session import WorkshopSession


STEP, FINE_STEP = 0.5, 0.1
MIME_TYPE = "application/x-smartdesk-stakeholder"
ZOOM_STEP = 1.25
QUADRANT_TINTS = ("#fde9d9", "#eef3fb", "#eef7ee", "#f4f4f4")  # close, satisfied, informed, monitor


def _distance(point: QPointF, line: QLineF) -> float:
    """How far ``point`` is from the segment ``line``."""
    start, end = line.p1(), line.p2()
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = dx * dx + dy * dy
    t = 0.0
    if length > 0:
        t = ((point.x() - start.x()) * dx + (point.y() - start.y()) * dy) / length
        t = min(1.0, max(0.0, t))
    nearest = QPointF(start.x() + t * dx, start.y() + t * dy)
    return float(QLineF(point, nearest).length())


class StakeholderGrid(QGraphicsView):
    """The power-interest grid. ``selection_changed`` carries the selected stakeholder ids."""

    selection_changed = Signal(list)
    detail_changed = Signal(str)  # the selection in words: full names, quadrant, attitude

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.cards: dict[str, StakeholderCard] = {}
        self.card_font = QFont(self.font())
        self.card_metrics = QFontMetricsF(self.card_font)
        self.show_relationships = True
        self._relationships: list[Relationship] = []
        # Card id -> the drawn relationships it is an end of.
        self._lines: dict[str, list[Relationship]] = {}
        self._drawn: list[Relationship] = []
        self._badges: dict[tuple[int | None, bool, float], QPixmap] = {}
        # Relationship id -> its own line item, for the lines of cards that have moved
        # since the lines were last drawn; every other line is in the link layer.
        self._live: dict[str, QGraphicsLineItem] = {}
        self._drag_start: dict[str, QPointF] = {}
        self._fitted = True
        self._syncing = False
        self._markers: list[ClusterMarker] = []
        self._stacked = (0, 0)  # extra title lines above and below the square
        # Names are laid out again once the view settles (after a resize, zoom or edit),
        # not for every event of a burst.
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self.lay_out_labels)

        self.grid_scene = QGraphicsScene(self)
        self.grid_scene.setSceneRect(
            QRectF(-0.9 * UNIT, -0.6 * UNIT, SIZE + 1.5 * UNIT, SIZE + 1.3 * UNIT)
        )
        self.setScene(self.grid_scene)
        self.grid_scene.selectionChanged.connect(self._on_scene_selection)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Power-interest grid"))
        self.setAccessibleDescription(
            self.tr(
                "Stakeholders by interest (left to right) and power (bottom to top). "
                "Arrow keys move the selected cards by 0.5, with Shift by 0.1."
            )
        )
        self._labels: list[AxisLabel] = []
        self._draw_background()
        self._layer = LinkLayer()
        self.grid_scene.addItem(self._layer)

    # -- the fixed parts ----------------------------------------------------------------

    def _draw_background(self) -> None:
        half = SIZE / 2
        # (quadrant, left, top) in scene units; power grows upwards.
        places = ((0, half, 0.0), (1, 0.0, 0.0), (2, half, half), (3, 0.0, half))
        for index, left, top in places:
            rect = QGraphicsRectItem(left, top, half, half)
            rect.setBrush(QBrush(QColor(QUADRANT_TINTS[index])))
            rect.setPen(QPen(QColor("#9a9a9a"), 0))
            rect.setZValue(-10)
            rect.setToolTip(choice_word(QUADRANTS[index]))
            self.grid_scene.addItem(rect)
        # The titles sit outside the square, beyond a margin (APRON) the cards' badges and
        # names keep to, so no card or name ever covers them: the top quadrants' names
        # above it, the bottom ones' below the tick numbers, each at its own end.
        top, bottom = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignTop
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        corners = (
            (0, QPointF(SIZE, 0), right | top, -APRON),
            (1, QPointF(0, 0), left | top, -APRON),
            (2, QPointF(SIZE, SIZE), right | bottom, APRON + 1),
            (3, QPointF(0, SIZE), left | bottom, APRON + 1),
        )
        self._quadrant_titles = [
            self._add_label(
                choice_word(QUADRANTS[index]).upper(), point, alignment, bold=True, lines=down
            )
            for index, point, alignment, down in corners
        ]
        below = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for value in (0, 5, 10):
            self._add_label(str(value), QPointF(value * UNIT, SIZE), below, lines=APRON)
            self._add_label(
                str(value),
                QPointF(0, (10 - value) * UNIT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                across=-APRON,
            )
        # Axis titles sit a line beyond the tick numbers, so the "5"s never hide them.
        self._interest_title = self._add_label(
            self.tr("Interest →"), QPointF(half, SIZE), below, bold=True, lines=APRON + 1
        )
        power = self._add_label(
            self.tr("Power →"), QPointF(0, half), below, bold=True, lines=-(APRON + 2.3)
        )
        power.setRotation(-90)

    def _add_label(
        self,
        text: str,
        point: QPointF,
        alignment: Qt.AlignmentFlag,
        *,
        bold: bool = False,
        lines: float = 0.0,
        across: float = 0.0,
    ) -> AxisLabel:
        def font() -> QFont:
            chosen = QFont(self.card_font)
            chosen.setBold(bold)
            return chosen

        if alignment & Qt.AlignmentFlag.AlignVCenter:
            # AxisLabel anchors top or bottom; centre by hand.
            point = QPointF(point.x(), point.y() - QFontMetricsF(font()).height() / 2 - 2)
        label = AxisLabel(text, alignment, font, lines, across)
        label.setPos(point)
        label.setZValue(-5)
        self.grid_scene.addItem(label)
        self._labels.append(label)
        return label

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
        self._relationships = list(relationships)
        self._draw_lines()
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

    def titles(self) -> list[AxisLabel]:
        """The quadrant names, axis titles and tick numbers."""
        return list(self._labels)

    def expand(self, marker: ClusterMarker) -> None:
        """Zoom in on a count marker's cards until they can be told apart."""
        points = [self.cards[i].pos() for i in marker.ids if i in self.cards]
        if not points:
            return
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        area = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        area = area.adjusted(-0.6 * UNIT, -0.6 * UNIT, 0.6 * UNIT, 0.6 * UNIT)
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        if area.width() > seen.width() / 2 or area.height() > seen.height() / 2:
            # Members spread wide (a marker the crowd grew): twice as close, on the marker.
            area = QRectF(0, 0, seen.width() / 2, seen.height() / 2)
            area.moveCenter(marker.pos())
        self._fitted = False
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        self.lay_out_labels()

    def _draw_lines(self) -> None:
        for line in self._live.values():
            self.grid_scene.removeItem(line)
        self._live = {}
        self._lines = {}
        self._drawn = []
        if self.show_relationships:
            for link in self._relationships:
                ends = (link.from_id or "", link.to_id or "")
                if ends[0] not in self.cards or ends[1] not in self.cards:
                    continue
                self._drawn.append(link)
                for end in dict.fromkeys(ends):
                    self._lines.setdefault(end, []).append(link)
        self._fill_layer()

    def _fill_layer(self) -> None:
        """Put every drawn line that is not live into the link layer."""
        groups: dict[int, tuple[QPen, list[QLineF]]] = {}
        for link in self._drawn:
            if link.id in self._live:
                continue
            strength = link.strength or 1
            if strength not in groups:
                groups[strength] = (line_pen(link), [])
            groups[strength][1].append(self._line_of(link))
        self._layer.set_lines(list(groups.values()))

    def _line_of(self, link: Relationship) -> QLineF:
        start, end = self.cards[link.from_id or ""], self.cards[link.to_id or ""]
        return QLineF(start.pos(), end.pos())

    def _place_line(self, line: QGraphicsLineItem, link: Relationship) -> None:
        line.setLine(self._line_of(link))

    def line_count(self) -> int:
        """How many relationship lines the grid shows."""
        return len(self._drawn)

    def painted_lines(self) -> list[QLineF]:
        """Every relationship line as it is painted (the layer's, then the moving ones)."""
        return self._layer.lines() + [line.line() for line in self._live.values()]

    def set_show_relationships(self, show: bool) -> None:
        self.show_relationships = show
        self._draw_lines()

    def card_moved(self, card: StakeholderCard) -> None:
        """Keep the card's relationship lines attached while it moves."""
        links = self._lines.get(card.id, [])
        joining = [link for link in links if link.id not in self._live]
        for link in joining:
            # The card's lines leave the layer for items of their own while it moves,
            # so a frame repaints only them; they go back when the lines are redrawn.
            line = QGraphicsLineItem()
            line.setPen(line_pen(link))
            line.setZValue(0)
            line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.grid_scene.addItem(line)
            self._live[link.id] = line
        if joining:
            self._fill_layer()
        for link in links:
            self._place_line(self._live[link.id], link)

    def link_tooltip_at(self, point: QPointF) -> str | None:
        """The tooltip of the relationship line under view ``point`` (None: no line)."""
        scene = self.mapToScene(point.toPoint())
        per_pixel = 1.0 / max(self.zoom_level(), 1e-6)
        best: tuple[float, Relationship] | None = None
        for link in self._drawn:
            distance = _distance(scene, self._line_of(link))
            # Within 4 pixels of the line's edge, whatever the zoom.
            reach = (4.0 + LINE_WIDTHS.get(link.strength or 1, 1.5) / 2) * per_pixel
            if distance <= reach and (best is None or distance < best[0]):
                best = (distance, link)
        if best is None:
            return None
        link = best[1]
        start, end = self.cards[link.from_id or ""], self.cards[link.to_id or ""]
        return link_tooltip(link, start.stakeholder, end.stakeholder)

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

    def _push_moves(self, moves: dict[str, tuple[float, float]], *, keyboard: bool) -> None:
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
        self._draw_lines()  # the moved cards' lines go back with them
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
        self._drag_start = {card.id: card.pos() for card in self._selected_cards()}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._drag_start:
            for card in self._selected_cards():
                self.card_moved(card)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moved = {
            card.id: grid_values(card.pos())
            for card in self._selected_cards()
            if card.id in self._drag_start and card.pos() != self._drag_start[card.id]
        }
        self._drag_start = {}
        self._push_moves(moved, keyboard=False)

    def _selected_cards(self) -> list[StakeholderCard]:
        return [i for i in self.grid_scene.selectedItems() if isinstance(i, StakeholderCard)]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (0.0, -1.0),
            Qt.Key.Key_Right: (0.0, 1.0),
            Qt.Key.Key_Up: (1.0, 0.0),
            Qt.Key.Key_Down: (-1.0, 0.0),
        }
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        cards = self._selected_cards()
        if (
            event.key() in steps
            and cards
            and modifiers
            in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
        ):
            size = FINE_STEP if modifiers == Qt.KeyboardModifier.ShiftModifier else STEP
            d_power, d_interest = steps[Qt.Key(event.key())]
            moves = {}
            for card in cards:
                power = card.stakeholder.power or 0.0
                interest = card.stakeholder.interest or 0.0
                moves[card.id] = (
                    round(power + d_power * size, 1),
                    round(interest + d_interest * size, 1),
                )
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
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME_TYPE):
            event.ignore()
            return
        stakeholder_id = bytes(event.mimeData().data(MIME_TYPE).data()).decode("utf-8")
        power, interest = grid_values(self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()
        self.place(stakeholder_id, power, interest)

    # -- zoom -----------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom_on_focus(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_on_focus(1 / ZOOM_STEP)

    def _zoom_on_focus(self, factor: float) -> None:
        # Keys and buttons zoom on the selected cards, or keep the view's centre: the
        # pointer may be anywhere (on the other side of the room's screen).
        cards = self._selected_cards()
        if cards:
            target = sum((card.scenePos() for card in cards), QPointF()) / len(cards)
        else:
            target = self.mapToScene(self.viewport().rect().center())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        try:
            zoomed = self._zoom(factor)
        finally:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        if zoomed:
            self.centerOn(target)
            # Scroll bars that appear with the zoom shrink the view a moment later.
            QTimer.singleShot(0, self, lambda: self.centerOn(target))

    def _zoom(self, factor: float) -> bool:
        current = self.transform().m11()
        if not 0.05 <= current * factor <= 8:
            return False
        self._fitted = False
        self.scale(factor, factor)
        self._layout_timer.start()
        return True

    def zoom_level(self) -> float:
        return float(self.transform().m11())

    def fit(self) -> None:
        """Show the whole grid in the window (and keep doing so as the window resizes)."""
        self._fitted = True
        self._stacked = (0, 0)
        close, satisfied, informed, monitor = self._quadrant_titles
        interest = self._interest_title
        base = {close: -APRON, interest: APRON + 1, informed: APRON + 1}
        for label, down in base.items():
            label.lines_down = down
            label.relayout()
        self._fit_scene()
        # On a narrow grid the titles of a row would run into each other: the right-hand
        # one (then the middle one) moves a line out, and the scene makes room for it.
        zoom = self.transform()

        def clash(one: AxisLabel, *others: AxisLabel) -> bool:
            return any(title_box(one, zoom).intersects(title_box(o, zoom)) for o in others)

        top = clash(close, satisfied)
        middle = clash(interest, monitor, informed)
        corner = clash(informed, monitor)
        close.lines_down -= top
        interest.lines_down += middle
        informed.lines_down += corner + (middle and corner)
        for label in base:
            label.relayout()
        if top or middle or corner:
            self._stacked = (int(top), int(middle) + int(corner))
            self._fit_scene()
        self._layout_timer.start()

    def _fit_scene(self) -> None:
        # The titles round the square keep their pixel size whatever the zoom: the scene
        # gets just the margin (in pixels) they need at the scale the square fits at.
        line = QFontMetricsF(self.card_font).height() + 4
        left, right = (APRON + 3.4) * line, APRON * line + 6
        top = (APRON + 1.1 + self._stacked[0]) * line
        bottom = (APRON + 2.1 + self._stacked[1]) * line
        view = self.viewport().size()
        scale = min(
            (view.width() - left - right - 4) / SIZE, (view.height() - top - bottom - 4) / SIZE
        )
        scale = max(scale, 0.05)
        self.grid_scene.setSceneRect(
            QRectF(
                -left / scale,
                -top / scale,
                SIZE + (left + right) / scale,
                SIZE + (top + bottom) / scale,
            )
        )
        self.fitInView(self.grid_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
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
            if self._fitted:
                self.fit()
            self._layout_timer.start()
            self.grid_scene.update()
        super().changeEvent(event)


class PlacementTray(QListWidget):
    """Stakeholders without a place on the grid yet: drag one onto it, or press Enter."""

    place_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Not placed on the grid yet"))
        self.setToolTip(
            self.tr("Drag a stakeholder onto the grid, or press Enter to place it in the middle")
        )
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemActivated.connect(
            lambda item: self.place_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_records(self, stakeholders: Sequence[Stakeholder]) -> None:
        self.clear()
        for person in stakeholders:
            if is_placed(person):
                continue
            item = QListWidgetItem(person.name or self.tr("(no name)"))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(person.organisation or person.role or person.name)
            self.addItem(item)

    def ids(self) -> list[str]:
        return [str(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())]

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        mime = QMimeData()
        mime.setData(MIME_TYPE, str(item.data(Qt.ItemDataRole.UserRole)).encode("utf-8"))
        mime.setText(item.text())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)
