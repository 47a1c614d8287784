"""The relationship lines between the cards on the power-interest grid.

The view owns one ``RelationshipLines``; it shares the view's cards (id -> card) and
draws a line between two cards for each relationship whose ends are both placed. Lines
at rest are painted by one ``LinkLayer``; while a card moves, its lines are items of
their own (``card_moved``), so a drag frame repaints only them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from smartdesk.domain.records import Relationship
from smartdesk.gui.stakeholders.grid_items import (
    LINE_WIDTHS,
    LinkLayer,
    StakeholderCard,
    line_pen,
    link_tooltip,
)


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


class RelationshipLines:
    """The lines of the relationships between the cards of ``cards`` in ``scene``."""

    def __init__(self, scene: QGraphicsScene, cards: Mapping[str, StakeholderCard]) -> None:
        self.grid_scene = scene
        self.cards = cards  # the view's own mapping: cards come and go as it shows records
        self.shown = True
        self._relationships: list[Relationship] = []
        # Card id -> the drawn relationships it is an end of.
        self._lines: dict[str, list[Relationship]] = {}
        self._drawn: list[Relationship] = []
        # Relationship id -> its own line item, for the lines of cards that have moved
        # since the lines were last drawn; every other line is in the link layer.
        self._live: dict[str, QGraphicsLineItem] = {}
        self._layer = LinkLayer()
        self.grid_scene.addItem(self._layer)

    def set_relationships(self, relationships: Sequence[Relationship]) -> None:
        self._relationships = list(relationships)
        self.draw()

    def draw(self) -> None:
        """Draw the lines again from where the cards are now."""
        for line in self._live.values():
            self.grid_scene.removeItem(line)
        self._live = {}
        self._lines = {}
        self._drawn = []
        if self.shown:
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

    def count(self) -> int:
        """How many relationship lines are drawn."""
        return len(self._drawn)

    def painted(self) -> list[QLineF]:
        """Every relationship line as it is painted (the layer's, then the moving ones)."""
        return self._layer.lines() + [line.line() for line in self._live.values()]

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

    def tooltip_at(self, scene: QPointF, per_pixel: float) -> str | None:
        """The tooltip of the line at ``scene`` (``per_pixel`` scene units a pixel)."""
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
