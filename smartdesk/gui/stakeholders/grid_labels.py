"""The grid's names laid out for the zoom it is shown at: the view measures, the domain
(``domain/label_layout``) decides, and this puts each card's badge, name and leader
line where it said, or the card into a count marker.

Everything is worked out in view pixels at the view's zoom (without its scroll), as
the cards and titles ignore the zoom and keep their pixel size.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTransform

from smartdesk.domain.label_layout import Box, Mark, lay_out_labels
from smartdesk.gui.stakeholders.grid_items import SIZE, AxisLabel, StakeholderCard
from smartdesk.gui.stakeholders.grid_markers import ClusterMarker

# Label heights (a title's text line) kept clear round the grid square for the cards'
# badges and labels; the titles and tick numbers sit beyond it.
APRON = 0.9


def _box(rect: QRectF) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def _rect(box: Box, dx: float, dy: float) -> QRectF:
    return QRectF(box.x - dx, box.y - dy, box.w, box.h)


def title_box(label: AxisLabel, zoom: QTransform) -> QRectF:
    """Where a title or tick number is drawn, in view pixels (rotation included)."""
    at = zoom.map(label.pos())
    turned = QTransform().rotate(label.rotation()).mapRect(label.boundingRect())
    return turned.translated(at)


def place_labels(
    cards: Sequence[StakeholderCard],
    titles: Sequence[AxisLabel],
    zoom: QTransform,
    font: QFont,
) -> list[ClusterMarker]:
    """Place every card's name; the markers of the crowded cards, to add to the scene."""
    if not cards:
        return []
    metrics = QFontMetricsF(font)
    badge = cards[0].badge_size()
    apron = APRON * (metrics.height() + 4) - 1
    corner, far = zoom.map(QPointF(0, 0)), zoom.map(QPointF(SIZE, SIZE))
    bounds = Box(
        corner.x() - apron,
        corner.y() - apron,
        far.x() - corner.x() + 2 * apron,
        far.y() - corner.y() + 2 * apron,
    )
    anchors = {card.id: zoom.map(card.pos()) for card in cards}
    marks = []
    for card in cards:
        card.relayout()  # back to its own size and the name beside the badge
        width, height = card.label_size()
        at = anchors[card.id]
        marks.append(Mark(card.id, at.x(), at.y(), width, height))
    reserved = [_box(title_box(label, zoom)) for label in titles]
    marker = max(badge * 1.4, metrics.horizontalAdvance("999") + 12)
    layout = lay_out_labels(marks, badge, bounds, reserved, marker)
    by_id = {card.id: card for card in cards}
    for placed in layout.cards:
        at = anchors[placed.id]
        dx, dy = at.x(), at.y()
        leader = None
        if placed.leader is not None:
            x1, y1, x2, y2 = placed.leader
            leader = QLineF(x1 - dx, y1 - dy, x2 - dx, y2 - dy)
        by_id[placed.id].place(_rect(placed.badge, dx, dy), _rect(placed.label, dx, dy), leader)
    markers = []
    back = zoom.inverted()[0]
    for cluster in layout.clusters:
        members = [by_id[i] for i in cluster.members]
        for card in members:
            card.place(card.badge_rect(), None, None)
        item = ClusterMarker([card.stakeholder for card in members], cluster.marker.w, font)
        x, y = cluster.marker.centre
        item.setPos(back.map(QPointF(x, y)))
        markers.append(item)
    return markers
