"""The power-interest grid: one card per stakeholder on the 0-10 x 0-10 grid.

Interest runs left to right and power bottom to top (the briefing pack's chart
is drawn the same way), split at 5 into the four quadrants.

Edits, and why they are shaped as they are:

- a mouse drag writes power and interest once, on release, as one undo step (one
  command per moved card, in one macro when several selected cards move together);
  the moves in between only repaint;
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
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QUndoCommand,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QListWidget,
    QListWidgetItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from smartdesk.domain.records import Relationship, Stakeholder
from smartdesk.gui.commands import UpdateRecordCommand
from smartdesk.gui.stakeholders.analysis import (
    ATTITUDE_SYMBOLS,
    ATTITUDES,
    QUADRANTS,
    is_placed,
    quadrant,
)

UNIT = 100.0  # scene units per point of the 0-10 scales
SIZE = 10 * UNIT
STEP, FINE_STEP = 0.5, 0.1
MIME_TYPE = "application/x-smartdesk-stakeholder"
ZOOM_STEP = 1.25

# ColorBrewer RdBu: a diverging scale that stays distinct for the common colour-vision
# deficiencies; the symbol on each card says the same thing without colour.
ATTITUDE_COLOURS: dict[int | None, str] = {
    -2: "#b2182b",
    -1: "#ef8a62",
    0: "#d9d9d9",
    1: "#67a9cf",
    2: "#2166ac",
    None: "#ffffff",
}
QUADRANT_TINTS = ("#fde9d9", "#eef3fb", "#eef7ee", "#f4f4f4")  # close, satisfied, informed, monitor


def scene_point(power: float, interest: float) -> QPointF:
    """Where a stakeholder with ``power`` and ``interest`` sits in scene coordinates."""
    return QPointF(interest * UNIT, (10 - power) * UNIT)


def grid_values(point: QPointF) -> tuple[float, float]:
    """(power, interest) of a scene point, kept to 0-10 and rounded to 0.1."""
    interest = min(10.0, max(0.0, point.x() / UNIT))
    power = min(10.0, max(0.0, 10 - point.y() / UNIT))
    return round(power, 1), round(interest, 1)


def attitude_symbol(attitude: int | None) -> str:
    return ATTITUDE_SYMBOLS.get(attitude, "?")


def attitude_swatch(attitude: int | None, size: int) -> QPixmap:
    """A legend chip: the card's badge at ``size`` pixels."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_badge(painter, QRectF(1, 1, size - 2, size - 2), attitude, QFont())
    painter.end()
    return pixmap


def _ink_for(colour: QColor) -> QColor:
    # Dark text on light fills, white on dark ones (WCAG-style relative luminance).
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#111111") if luminance > 0.5 else QColor("#ffffff")


def _paint_badge(painter: QPainter, rect: QRectF, attitude: int | None, font: QFont) -> None:
    fill = QColor(ATTITUDE_COLOURS.get(attitude, "#ffffff"))
    painter.setPen(QPen(QColor("#333333"), 1.2))
    painter.setBrush(fill)
    painter.drawEllipse(rect)
    bold = QFont(font)
    bold.setBold(True)
    bold.setPixelSize(max(6, int(rect.height() * 0.5)))
    painter.setFont(bold)
    painter.setPen(_ink_for(fill))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, attitude_symbol(attitude))


class StakeholderCard(QGraphicsItem):
    """A stakeholder on the grid: an attitude badge and the name."""

    def __init__(self, grid: StakeholderGrid, stakeholder: Stakeholder) -> None:
        super().__init__()
        self.grid = grid
        self.stakeholder = stakeholder
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        )
        # No itemChange() override: PySide6 miscounts references to None passed back
        # through it (a crash when cards join a scene). The view keeps dragged cards on
        # the grid and their lines attached instead (StakeholderGrid.mouseMoveEvent).
        # The card never scales (it ignores the zoom), so its own pixmap cache always fits.
        self.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache)
        self.setZValue(10)
        self._rect = QRectF()
        self.show_record(stakeholder)

    @property
    def id(self) -> str:
        return self.stakeholder.id

    def show_record(self, stakeholder: Stakeholder) -> None:
        """Show ``stakeholder`` (its latest stored version)."""
        self.stakeholder = stakeholder
        assert stakeholder.power is not None and stakeholder.interest is not None
        self.setPos(scene_point(stakeholder.power, stakeholder.interest))
        self.relayout()
        self.setToolTip(card_tooltip(stakeholder))

    def relayout(self) -> None:
        """Recompute the card's size from the grid's font (presentation mode changes it)."""
        metrics = QFontMetricsF(self.grid.card_font)
        self.prepareGeometryChange()
        height = metrics.height() * 1.5
        self._badge = QRectF(-height / 2, -height / 2, height, height)
        self._name = metrics.elidedText(
            self.stakeholder.name or "(no name)",
            Qt.TextElideMode.ElideRight,
            metrics.averageCharWidth() * 18,
        )
        width = metrics.horizontalAdvance(self._name) + metrics.averageCharWidth() * 1.2
        label_height = metrics.height() * 1.15
        # Cards near the right edge put their name on the left so it stays on the grid.
        on_left = (self.stakeholder.interest or 0) > 7.5
        x = -height / 2 - 3 - width if on_left else height / 2 + 3
        self._label = QRectF(x, -label_height / 2, width, label_height)
        self._rect = self._badge.united(self._label).adjusted(-4, -4, 4, 4)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self._badge)
        path.addRect(self._label)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        background = QColor(255, 255, 255, 235)
        painter.setPen(QPen(QColor("#1a5fb4"), 3) if selected else QPen(QColor("#8a8a8a"), 1))
        painter.setBrush(QColor("#dbe8fb") if selected else background)
        painter.drawRoundedRect(self._label, 4, 4)
        painter.setFont(self.grid.card_font)
        painter.setPen(QColor("#111111"))
        painter.drawText(self._label, Qt.AlignmentFlag.AlignCenter, self._name)
        _paint_badge(painter, self._badge, self.stakeholder.attitude, self.grid.card_font)
        if selected:
            painter.setPen(QPen(QColor("#1a5fb4"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self._badge.adjusted(-2, -2, 2, 2))


def card_tooltip(stakeholder: Stakeholder) -> str:
    attitude = stakeholder.attitude
    mood = "attitude not recorded" if attitude is None else f"{ATTITUDES[attitude]} ({attitude:+d})"
    who = stakeholder.name + (f" — {stakeholder.organisation}" if stakeholder.organisation else "")
    return (
        f"{who}\nPower {stakeholder.power:g}, interest {stakeholder.interest:g}: "
        f"{quadrant(stakeholder)}\n{mood}"
    )


class _Label(QGraphicsItem):
    """Text that keeps its size whatever the zoom, anchored by ``alignment``."""

    def __init__(
        self,
        text: str,
        alignment: Qt.AlignmentFlag,
        font: Callable[[], QFont],
        lines_down: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.lines_down = lines_down  # shift in text lines, in pixels whatever the zoom
        self.alignment = alignment
        self._font = font
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._rect = QRectF()
        self.relayout()

    def relayout(self) -> None:
        metrics = QFontMetricsF(self._font())
        width, height = metrics.horizontalAdvance(self.text) + 8, metrics.height() + 4
        x = -width if self.alignment & Qt.AlignmentFlag.AlignRight else 0.0
        if self.alignment & Qt.AlignmentFlag.AlignHCenter:
            x = -width / 2
        y = -height if self.alignment & Qt.AlignmentFlag.AlignBottom else 0.0
        y += self.lines_down * height
        self.prepareGeometryChange()
        self._rect = QRectF(x, y, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(self._font())
        painter.setPen(QColor("#444444"))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class MoveCardCommand(UpdateRecordCommand):
    """An arrow-key move of one card; successive moves of the same card merge."""

    MERGE_ID = 0x5A11

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCardCommand) or other.new.id != self.new.id:
            return False
        self.new = other.new
        return True


class StakeholderGrid(QGraphicsView):
    """The power-interest grid. ``selection_changed`` carries the selected stakeholder ids."""

    selection_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Any = None
        self.cards: dict[str, StakeholderCard] = {}
        self.card_font = QFont(self.font())
        self.show_relationships = True
        self._relationships: list[Relationship] = []
        self._lines: dict[str, list[tuple[QGraphicsLineItem, Relationship]]] = {}
        self._drag_start: dict[str, QPointF] = {}
        self._fitted = True
        self._syncing = False

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
        self._labels: list[_Label] = []
        self._draw_background()

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
            rect.setToolTip(self.tr(QUADRANTS[index]))
            self.grid_scene.addItem(rect)
        corners = (
            (0, QPointF(SIZE - 8, 8), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            (1, QPointF(8, 8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            (
                2,
                QPointF(SIZE - 8, SIZE - 8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            ),
            (3, QPointF(8, SIZE - 8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        )
        for index, point, alignment in corners:
            self._add_label(self.tr(QUADRANTS[index]).upper(), point, alignment, bold=True)
        below = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for value in (0, 5, 10):
            self._add_label(str(value), QPointF(value * UNIT, SIZE + 4), below)
            self._add_label(
                str(value),
                QPointF(-6, (10 - value) * UNIT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        # Axis titles sit a line beyond the tick numbers, so the "5"s never hide them.
        self._add_label(self.tr("Interest →"), QPointF(half, SIZE + 4), below, bold=True, lines=1)
        power = self._add_label(self.tr("Power →"), QPointF(-6, half), below, bold=True, lines=-2)
        power.setRotation(-90)

    def _add_label(
        self,
        text: str,
        point: QPointF,
        alignment: Qt.AlignmentFlag,
        *,
        bold: bool = False,
        lines: float = 0.0,
    ) -> _Label:
        def font() -> QFont:
            chosen = QFont(self.card_font)
            chosen.setBold(bold)
            return chosen

        if alignment & Qt.AlignmentFlag.AlignVCenter:
            # _Label anchors top or bottom; centre by hand.
            point = QPointF(point.x(), point.y() - QFontMetricsF(font()).height() / 2 - 2)
        label = _Label(text, alignment, font, lines)
        label.setPos(point)
        label.setZValue(-5)
        self.grid_scene.addItem(label)
        self._labels.append(label)
        return label

    # -- showing the workshop -------------------------------------------------------------

    def bind(self, session: Any) -> None:
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

    def _draw_lines(self) -> None:
        for lines in self._lines.values():
            for line, _ in lines:
                if line.scene() is not None:
                    self.grid_scene.removeItem(line)
        self._lines = {}
        if not self.show_relationships:
            return
        for link in self._relationships:
            start = self.cards.get(link.from_id or "")
            finish = self.cards.get(link.to_id or "")
            if start is None or finish is None:
                continue
            ends = (start, finish)
            line = QGraphicsLineItem()
            width = {1: 1.5, 2: 3.0, 3: 5.0}.get(link.strength or 1, 1.5)
            pen = QPen(QColor("#8c8c8c"), width)  # opaque: blending 1,500 lines costs
            pen.setCosmetic(True)  # thickness in pixels, whatever the zoom
            line.setPen(pen)
            line.setZValue(0)
            strength = f"strength {link.strength}" if link.strength else "strength not set"
            line.setToolTip(
                f"{ends[0].stakeholder.name} — {ends[1].stakeholder.name}: "
                f"{link.kind or 'relationship'} ({strength})"
            )
            self.grid_scene.addItem(line)
            for end in ends:
                self._lines.setdefault(end.id, []).append((line, link))
            self._place_line(line, link)

    def _place_line(self, line: QGraphicsLineItem, link: Relationship) -> None:
        start, end = self.cards[link.from_id or ""], self.cards[link.to_id or ""]
        line.setLine(start.pos().x(), start.pos().y(), end.pos().x(), end.pos().y())

    def set_show_relationships(self, show: bool) -> None:
        self.show_relationships = show
        self._draw_lines()

    def card_moved(self, card: StakeholderCard) -> None:
        """Keep the card's relationship lines attached while it moves."""
        for line, link in self._lines.get(card.id, []):
            self._place_line(line, link)

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
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    # -- edits -------------------------------------------------------------------------------

    def _push_moves(self, moves: dict[str, tuple[float, float]], *, keyboard: bool) -> None:
        if self.session is None or not moves:
            return
        store = self.session.store
        commands = []
        for id_, (power, interest) in moves.items():
            old = store.get(Stakeholder, id_)
            if old is None or (old.power, old.interest) == (power, interest):
                continue
            new = dataclasses.replace(old, power=power, interest=interest)
            kind = MoveCardCommand if keyboard and len(moves) == 1 else UpdateRecordCommand
            command = kind(store, old, new)
            command.setText(self.tr("Move {name} on the grid").format(name=new.name or "card"))
            commands.append(command)
        if not commands:
            self._restore_cards()
            return
        if not self.session.push_all(self.tr("Move {n} cards").format(n=len(commands)), commands):
            self._restore_cards()

    def _restore_cards(self) -> None:
        """Put cards back where the store says (a refused or empty move)."""
        for card in self.cards.values():
            card.show_record(card.stakeholder)

    def place(self, stakeholder_id: str, power: float = 5.0, interest: float = 5.0) -> None:
        """Give a stakeholder from the tray a place on the grid (one undo step)."""
        self._push_moves({stakeholder_id: (round(power, 1), round(interest, 1))}, keyboard=False)
        self.select_ids([stakeholder_id])
        self.selection_changed.emit(self.selected_ids())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._drag_start = {card.id: card.pos() for card in self._selected_cards()}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._drag_start:
            for card in self._selected_cards():
                point = card.pos()
                inside = QPointF(min(SIZE, max(0.0, point.x())), min(SIZE, max(0.0, point.y())))
                if inside != point:
                    card.setPos(inside)
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
                    round(min(10.0, max(0.0, power + d_power * size)), 1),
                    round(min(10.0, max(0.0, interest + d_interest * size)), 1),
                )
            self._push_moves(moves, keyboard=True)
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
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        current = self.transform().m11()
        if not 0.05 <= current * factor <= 8:
            return
        self._fitted = False
        self.scale(factor, factor)

    def zoom_level(self) -> float:
        return float(self.transform().m11())

    def fit(self) -> None:
        """Show the whole grid in the window (and keep doing so as the window resizes)."""
        self._fitted = True
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

    def changeEvent(self, event: QEvent) -> None:
        # Presentation mode (F11) enlarges the page's font: cards and labels follow it.
        if event.type() == QEvent.Type.FontChange:
            self.card_font = QFont(self.font())
            for label in self._labels:
                label.relayout()
            for card in self.cards.values():
                card.relayout()
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
