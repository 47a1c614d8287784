"""What the power-interest grid draws: stakeholder cards, axis labels and the lines.

- ``StakeholderCard``: a stakeholder's attitude badge and name at its power and
  interest. A card asks the view it is on only for its type and the ready-made badge
  chips (``CardLook``); where a card may go, and what a move writes, is the view's.
- ``ClusterMarker`` (in ``grid_markers``): cards too crowded to label, as one count.
- ``AxisLabel``: quadrant names, tick numbers and axis titles, the same size at any zoom.
- ``LinkLayer``: every relationship line that is not moving, painted as one item.

Scene coordinates: ``UNIT`` scene units per point of the 0-10 scales (``scene_point``,
``grid_values``).
"""

from __future__ import annotations

from collections.abc import Callable
from math import ceil
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from smartdesk.domain.records import Relationship, Stakeholder
from smartdesk.domain.stakeholder_analysis import (
    ATTITUDE_SYMBOLS,
    ATTITUDES,
    quadrant,
)
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.translation import tr

UNIT = 100.0  # scene units per point of the 0-10 scales
SIZE = 10 * UNIT

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


def scene_point(power: float, interest: float) -> QPointF:
    """Where a stakeholder with ``power`` and ``interest`` sits in scene coordinates."""
    return QPointF(interest * UNIT, (10 - power) * UNIT)


def grid_values(point: QPointF) -> tuple[float, float]:
    """(power, interest) of a scene point, rounded to 0.1 (off the grid: beyond 0-10)."""
    return round(10 - point.y() / UNIT, 1), round(point.x() / UNIT, 1)


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


# A card's pens and fills, made once rather than on every paint.
_CARD_PEN = QPen(QColor("#8a8a8a"), 1)
_SELECTED_PEN = QPen(QColor("#1a5fb4"), 3)
_CARD_FILL = QBrush(QColor(255, 255, 255, 235))
_SELECTED_FILL = QBrush(QColor("#dbe8fb"))
_TEXT_INK = QColor("#111111")
_LEADER_PEN = QPen(QColor("#555555"), 1.2)
NAME_CHARS = 28  # a longer name is cut on the grid; its tooltip and the detail line say it all
_CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
)
BADGE_MARGIN = 4  # room around a badge chip for the selection ring


def badge_chip(
    attitude: int | None, selected: bool, size: float, font: QFont, ratio: float
) -> QPixmap:
    """A card's attitude badge of diameter ``size`` (ringed when ``selected``) as a pixmap."""
    side = size + 2 * BADGE_MARGIN
    pixmap = QPixmap(max(1, ceil(side * ratio)), max(1, ceil(side * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = QRectF(BADGE_MARGIN, BADGE_MARGIN, size, size)
    _paint_badge(painter, badge, attitude, font)
    if selected:
        painter.setPen(_SELECTED_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(badge.adjusted(-2, -2, 2, 2))
    painter.end()
    return pixmap


class CardLook(Protocol):
    """What a card asks of the view it is on: the type to write in and the badge chips."""

    @property
    def card_font(self) -> QFont: ...
    @property
    def card_metrics(self) -> QFontMetricsF: ...
    def badge(self, attitude: int | None, selected: bool, size: float) -> QPixmap: ...


class StakeholderCard(QGraphicsItem):
    """A stakeholder on the grid: an attitude badge and the name."""

    def __init__(self, look: CardLook, stakeholder: Stakeholder) -> None:
        super().__init__()
        self.look = look
        self.stakeholder = stakeholder
        self.setFlags(_CARD_FLAGS)
        # No itemChange() override: PySide6 miscounts references to None passed back
        # through it (a crash when cards join a scene). The view keeps dragged cards on
        # the grid and their lines attached instead (StakeholderGrid.mouseMoveEvent).
        # The card never scales (it ignores the zoom), so its own pixmap cache always fits.
        self.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache)
        self.setZValue(10)
        self._rect = QRectF()
        self._label = QRectF()
        self.clustered = False
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
        """Recompute the card's size from the grid's font (presentation mode changes it).

        The name sits to the right of the badge until the grid's label layout gives it
        its place (``place``)."""
        metrics = self.look.card_metrics
        line = metrics.height()
        char = metrics.averageCharWidth()
        height = line * 1.5
        name = self.stakeholder.name or tr("(no name)")
        advance = metrics.horizontalAdvance(name)
        if advance > char * NAME_CHARS:  # eliding costs more than measuring: only long names
            name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, char * NAME_CHARS)
            advance = metrics.horizontalAdvance(name)
        self._name = name
        self._advance = advance
        width, label_height = advance + char * 1.2, line * 1.15
        badge = QRectF(-height / 2, -height / 2, height, height)
        self.place(badge, QRectF(height / 2 + 3, -label_height / 2, width, label_height), None)

    def label_size(self) -> tuple[float, float]:
        """The name's box, in pixels."""
        return self._label.width(), self._label.height()

    def badge_size(self) -> float:
        return self.look.card_metrics.height() * 1.5

    def place(self, badge: QRectF, label: QRectF | None, leader: QLineF | None) -> None:
        """Draw the badge at ``badge`` and the name in ``label`` (item pixels), joined by
        ``leader``; no ``label``: the card is in a count marker and draws nothing."""
        metrics = self.look.card_metrics
        self.prepareGeometryChange()
        self._badge = badge
        self.clustered = label is None
        self._label = label if label is not None else QRectF(self._label)
        self._leader = leader
        # A fanned-out badge keeps a leg to the card's real place.
        centre = badge.center()
        self._leg = QLineF(QPointF(0, 0), centre) if abs(centre.x()) + abs(centre.y()) > 1 else None
        # Where the name's baseline starts, centred in the label as AlignCenter would: a
        # plain drawText at a point skips the layout a rectangle and alignment cost.
        ascent, descent = metrics.ascent(), metrics.descent()
        box = self._label
        self._name_at = QPointF(
            box.x() + (box.width() - self._advance) / 2,
            box.y() + (box.height() - (ascent + descent)) / 2 + ascent,
        )
        if self.clustered:
            self._rect = QRectF()
        else:
            self._rect = badge.united(box).united(QRectF(-1, -1, 2, 2)).adjusted(-4, -4, 4, 4)
        self._shape: QPainterPath | None = None
        self.update()

    def label_rect(self) -> QRectF | None:
        """The name's box in item pixels (None: in a count marker)."""
        return None if self.clustered else QRectF(self._label)

    def badge_rect(self) -> QRectF:
        return QRectF(self._badge)

    def accessible_description(self) -> str:
        """What the card shows, in words: name, quadrant, attitude."""
        person = self.stakeholder
        place = quadrant(person)
        attitude = person.attitude
        mood = tr("attitude not recorded") if attitude is None else choice_word(ATTITUDES[attitude])
        where = choice_word(place.label) if place else tr("not placed")
        name = person.name or tr("(no name)")
        return f"{name}, {where}, {mood}"

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        if self._shape is None:
            # Made on the first hit test after a relayout, not for every card up front.
            self._shape = QPainterPath()
            if not self.clustered:
                self._shape.addEllipse(self._badge)
                self._shape.addRect(self._label)
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.clustered:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        if self._leg is not None or self._leader is not None:
            painter.setPen(_LEADER_PEN)
            for line in (self._leg, self._leader):
                if line is not None:
                    painter.drawLine(line)
        painter.setPen(_SELECTED_PEN if selected else _CARD_PEN)
        painter.setBrush(_SELECTED_FILL if selected else _CARD_FILL)
        painter.drawRoundedRect(self._label, 4, 4)
        painter.setFont(self.look.card_font)
        painter.setPen(_TEXT_INK)
        painter.drawText(self._name_at, self._name)
        # The badge (and its selection ring) comes from the grid's few ready-made chips:
        # drawing a thousand circles and symbols one by one is most of a card's cost.
        chip = self.look.badge(self.stakeholder.attitude, selected, self._badge.height())
        margin = BADGE_MARGIN
        painter.drawPixmap(QPointF(self._badge.x() - margin, self._badge.y() - margin), chip)


def card_tooltip(stakeholder: Stakeholder) -> str:
    attitude = stakeholder.attitude
    mood = (
        tr("attitude not recorded")
        if attitude is None
        else f"{choice_word(ATTITUDES[attitude])} ({attitude:+d})"
    )
    who = stakeholder.name + (f" — {stakeholder.organisation}" if stakeholder.organisation else "")
    place = quadrant(stakeholder)
    where = choice_word(place.label) if place else ""
    numbers = tr("Power {power}, interest {interest}").format(
        power=f"{stakeholder.power:g}", interest=f"{stakeholder.interest:g}"
    )
    return f"{who}\n{numbers}: {where}\n{mood}"


def label_ink(palette: QPalette) -> QColor:
    """The colour of the grid's titles and numbers, drawn beside the square on the view's
    own background: a soft grey on a light one, the palette's text colour on a dark
    (high-contrast) one, where grey would vanish."""
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return palette.color(QPalette.ColorRole.Text)
    return QColor("#444444")


class AxisLabel(QGraphicsItem):
    """Text that keeps its size whatever the zoom, anchored by ``alignment``."""

    def __init__(
        self,
        text: str,
        alignment: Qt.AlignmentFlag,
        font: Callable[[], QFont],
        lines_down: float = 0.0,
        lines_across: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        # Shifts in text lines, so a label keeps clear of the cards whatever the zoom.
        self.lines_down = lines_down
        self.lines_across = lines_across
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
        x += self.lines_across * height
        self.prepareGeometryChange()
        self._rect = QRectF(x, y, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(self._font())
        painter.setPen(label_ink(widget.palette() if widget is not None else QPalette()))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


LINE_COLOUR = "#8c8c8c"  # opaque: blending 1,500 lines costs
LINE_WIDTHS = {1: 1.5, 2: 3.0, 3: 5.0}  # pixels, by relationship strength


def line_pen(link: Relationship) -> QPen:
    """The pen of a relationship line: thicker for a stronger relationship."""
    pen = QPen(QColor(LINE_COLOUR), LINE_WIDTHS.get(link.strength or 1, 1.5))
    pen.setCosmetic(True)  # thickness in pixels, whatever the zoom
    return pen


def link_tooltip(link: Relationship, start: Stakeholder, end: Stakeholder) -> str:
    strength = (
        tr("strength {n}").format(n=link.strength) if link.strength else tr("strength not set")
    )
    kind = link.kind or tr("relationship")
    return f"{start.name} — {end.name}: {kind} ({strength})"


class LinkLayer(QGraphicsItem):
    """Every relationship line that is not moving, painted as one item.

    A drag frame repaints the lines of the moving cards; the area they sweep crosses
    most of the other 1,500 lines, which as items of their own would each be
    repainted every frame. As one item with a device cache they are one pixmap
    copied instead, repainted only when the set of lines or the zoom changes.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._groups: list[tuple[QPen, list[QLineF]]] = []

    def set_lines(self, groups: list[tuple[QPen, list[QLineF]]]) -> None:
        self._groups = groups
        self.update()

    def lines(self) -> list[QLineF]:
        return [line for _, lines in self._groups for line in lines]

    def boundingRect(self) -> QRectF:
        # Lines join card centres, which stay on the grid; the margin covers the pen.
        return QRectF(-UNIT, -UNIT, SIZE + 2 * UNIT, SIZE + 2 * UNIT)

    def shape(self) -> QPainterPath:
        # Never in the way of a click, a rubber band or a tooltip (the view finds lines).
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for pen, lines in self._groups:
            painter.setPen(pen)
            painter.drawLines(lines)
