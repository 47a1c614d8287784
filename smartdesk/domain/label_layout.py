"""Where the power-interest grid writes each stakeholder's name, so no two names and no
name and card overlap, whatever the crowd.

Pure and deterministic: the grid measures its text and hands in the cards' positions
and label sizes (in pixels, any unit will do); this module says where each badge is
drawn, where its label goes and the leader line joining them. Three steps, in order:

- cards at the same spot fan out on a small ring around it (the ring's legs show
  where they really are);
- each label takes the nearest free place around its badge: beside it first, then
  further out with a leader line;
- where no free place is left, the card goes into a count marker: a new one on its
  spot if that is free, else the nearest one. More than ``FAN_MOST`` cards at one
  spot are a marker from the start. Markers never overlap each other or a label.

Nothing placed leaves ``bounds``, and nothing covers a ``reserved`` box (the titles).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

JOIN_REACH = 2.5  # markers apart: a card this close to one (in marker sizes) joins it
FAN_MOST = 6  # more cards than this at one spot are one marker, not a ring
GAP = 3.0  # clear space between a badge and its label, and between labels
# Distances (in badge sizes) a label may stand off from its badge, nearest first.
REACHES = (0.0, 0.6, 1.2, 2.0, 3.0, 4.5, 6.5, 9.0)
DIRECTIONS = 8


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def intersects(self, other: Box) -> bool:
        """True if the two share some area (touching edges do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def inside(self, other: Box) -> bool:
        return (
            self.x >= other.x
            and self.y >= other.y
            and self.right <= other.right
            and self.bottom <= other.bottom
        )


@dataclass(frozen=True, slots=True)
class Mark:
    """A card to place: its centre and its label's size."""

    id: str
    x: float
    y: float
    label_w: float
    label_h: float


@dataclass(frozen=True, slots=True)
class PlacedCard:
    """A card drawn on its own: its badge (moved off its spot when fanned), its label
    and the leader line from badge to label (None when they touch)."""

    id: str
    badge: Box
    label: Box
    leader: tuple[float, float, float, float] | None


@dataclass(frozen=True, slots=True)
class Cluster:
    """Cards too crowded to label, drawn as one marker with their count."""

    members: tuple[str, ...]
    marker: Box


@dataclass(frozen=True, slots=True)
class LabelLayout:
    cards: tuple[PlacedCard, ...]
    clusters: tuple[Cluster, ...]


def lay_out_labels(
    marks: Sequence[Mark],
    badge: float,
    bounds: Box,
    reserved: Sequence[Box] = (),
    marker: float | None = None,
) -> LabelLayout:
    """Place every mark's label (``badge``: a badge's diameter; ``marker``: a count
    marker's, by default 1.4 badges)."""
    size = marker if marker is not None else badge * 1.4
    ordered = sorted(marks, key=lambda m: (m.y, m.x, m.id))
    spots = _spots(ordered, badge * 0.5)
    blocked = _Index(max(badge * 2, 8.0))
    # What a marker must keep clear of: titles, labels and other markers (a marker may
    # cover badges: the cards under it are in it or show through its edge).
    taken = _Index(max(badge * 2, 8.0))
    for box in reserved:
        blocked.add(box)
        taken.add(box)
    markers: list[_Marker] = []
    fans: list[tuple[Mark, Box]] = []
    for spot in spots:
        if len(spot) > FAN_MOST:  # too many for a ring: a marker from the start
            start = _clamp(_square(spot[0].x, spot[0].y, size), bounds)
            _join(markers, spot, start, (blocked, taken))
        else:
            fans.extend(zip(spot, _badges(spot, badge, bounds), strict=True))
    for _, box in fans:
        blocked.add(box)
    placed: list[PlacedCard] = []
    # One pass, top left first; a name with no free place puts its card in a marker.
    for mark, box in fans:
        under = next((m for m in markers if m.box.intersects(box)), None)
        if under is not None:  # a card under a marker is in it: the marker hides it
            under.members.append(mark)
            continue
        found = _free_place(mark, box, badge, bounds, blocked)
        if found is None:
            close = _nearest(markers, mark)
            if close is not None and _distance(close, mark) <= JOIN_REACH * size:
                close.members.append(mark)  # a few big markers read better than many
                continue
            home = _free_marker(box, size, bounds, taken)
            if home is None and not markers:
                # Nowhere free and no marker to join: the first marker takes its spot, and
                # the cards whose names it would cover join it.
                home = _clamp(_square(mark.x, mark.y, size), bounds)
                covered = {
                    p.id for p in placed if p.label.intersects(home) or p.badge.intersects(home)
                }
                moved = [m for m, _ in fans if m.id in covered]
                placed = [p for p in placed if p.id not in covered]
                markers.append(_Marker(home, [*moved, mark]))
                blocked.add(_padded(home))
                taken.add(_padded(home))
                continue
            joined = _join(markers, [mark], home, (blocked, taken))
            # Cards already named whose badges the new marker covers go into it.
            covered = {p.id for p in placed if p.badge.intersects(joined.box)}
            if covered:
                joined.members.extend(m for m, _ in fans if m.id in covered)
                placed = [p for p in placed if p.id not in covered]
            continue
        label, leader = found
        blocked.add(_padded(label))
        taken.add(_padded(label))
        placed.append(PlacedCard(mark.id, box, label, leader))
    clusters = tuple(Cluster(tuple(m.id for m in k.members), k.box) for k in markers)
    return LabelLayout(tuple(placed), clusters)


@dataclass
class _Marker:
    box: Box
    members: list[Mark]


def _padded(box: Box) -> Box:
    """``box`` with ``GAP`` round it: what a neighbour must keep clear of."""
    return Box(box.x - GAP, box.y - GAP, box.w + 2 * GAP, box.h + 2 * GAP)


def _square(x: float, y: float, size: float) -> Box:
    return Box(x - size / 2, y - size / 2, size, size)


def _join(
    markers: list[_Marker], members: list[Mark], box: Box | None, indexes: tuple[_Index, ...]
) -> _Marker:
    """Start a marker at ``box``, or (None, or overlapping a marker) join the nearest one."""
    if box is not None and not any(_padded(box).intersects(m.box) for m in markers):
        marker = _Marker(box, list(members))
        markers.append(marker)
        for index in indexes:
            index.add(_padded(box))
        return marker
    nearest = _nearest(markers, members[0])
    assert nearest is not None  # the caller starts the first marker itself
    nearest.members.extend(members)
    return nearest


def _distance(marker: _Marker, mark: Mark) -> float:
    return math.hypot(marker.box.centre[0] - mark.x, marker.box.centre[1] - mark.y)


def _nearest(markers: Sequence[_Marker], mark: Mark) -> _Marker | None:
    if not markers:
        return None
    return min(markers, key=lambda m: (_distance(m, mark), m.box.y, m.box.x))


def _free_marker(box: Box, size: float, bounds: Box, taken: _Index) -> Box | None:
    """A free place for a new marker: on the card if it can, else near it."""
    x, y = box.centre
    for reach in (0.0, 0.5, 1.0, 1.5):
        for dx, dy in ((0, 0), (1, 0), (-1, 0), (0, -1), (0, 1)):
            if reach == 0 and (dx, dy) != (0, 0):
                continue
            spot = _square(x + dx * reach * size, y + dy * reach * size, size)
            if spot.inside(bounds) and not taken.hits(_padded(spot)):
                return spot
    return None


def _spots(ordered: Sequence[Mark], near: float) -> list[list[Mark]]:
    """Marks within ``near`` of a spot's first mark share that spot."""
    spots: list[list[Mark]] = []
    index = _Index(max(near, 1.0) * 2)
    for mark in ordered:
        probe = Box(mark.x - near, mark.y - near, 2 * near, 2 * near)
        for number in index.near(probe):
            first = spots[number][0]
            if math.hypot(first.x - mark.x, first.y - mark.y) <= near:
                spots[number].append(mark)
                break
        else:
            index.add(Box(mark.x, mark.y, 0, 0), len(spots))
            spots.append([mark])
    return spots


def _clamp(box: Box, bounds: Box) -> Box:
    x = min(max(box.x, bounds.x), bounds.right - box.w)
    y = min(max(box.y, bounds.y), bounds.bottom - box.h)
    return Box(x, y, box.w, box.h)


def _badges(members: Sequence[Mark], badge: float, bounds: Box) -> list[Box]:
    """Each member's badge: on its spot, or on a ring round the spot when several share it."""
    if len(members) == 1:
        mark = members[0]
        return [_clamp(_square(mark.x, mark.y, badge), bounds)]
    radius = max(badge * 0.9, len(members) * badge * 1.15 / (2 * math.pi))
    x = sum(m.x for m in members) / len(members)
    y = sum(m.y for m in members) / len(members)
    # The whole ring stays inside the bounds, so no fanned badge is cut off.
    x = min(max(x, bounds.x + radius + badge / 2), bounds.right - radius - badge / 2)
    y = min(max(y, bounds.y + radius + badge / 2), bounds.bottom - radius - badge / 2)
    boxes = []
    for n in range(len(members)):
        angle = -math.pi / 2 + 2 * math.pi * n / len(members)
        boxes.append(_square(x + radius * math.cos(angle), y + radius * math.sin(angle), badge))
    return boxes


def _free_place(
    mark: Mark, box: Box, badge: float, bounds: Box, blocked: _Index
) -> tuple[Box, tuple[float, float, float, float] | None] | None:
    for label, reach in _candidates(box, mark.label_w, mark.label_h, badge):
        if not label.inside(bounds) or blocked.hits(label):
            continue
        return label, (_leader(box, label) if reach > 0 else None)
    return None


def _candidates(box: Box, w: float, h: float, badge: float) -> Iterator[tuple[Box, float]]:
    """Label places round ``box``, nearest first: right, left, above, below, corners."""
    cx, cy = box.centre
    sides = (
        (box.right + GAP, cy - h / 2, 1.0, 0.0),
        (box.x - GAP - w, cy - h / 2, -1.0, 0.0),
        (cx - w / 2, box.y - GAP - h, 0.0, -1.0),
        (cx - w / 2, box.bottom + GAP, 0.0, 1.0),
        (box.right + GAP, box.y - GAP - h, 0.7, -0.7),
        (box.x - GAP - w, box.y - GAP - h, -0.7, -0.7),
        (box.right + GAP, box.bottom + GAP, 0.7, 0.7),
        (box.x - GAP - w, box.bottom + GAP, -0.7, 0.7),
    )
    for reach in REACHES:
        step = reach * badge
        for x, y, dx, dy in sides[:DIRECTIONS]:
            yield Box(x + dx * step, y + dy * step, w, h), reach


def _leader(box: Box, label: Box) -> tuple[float, float, float, float]:
    """From the badge's edge to the nearest point of the label."""
    cx, cy = box.centre
    lx = min(max(cx, label.x), label.right)
    ly = min(max(cy, label.y), label.bottom)
    distance = math.hypot(lx - cx, ly - cy) or 1.0
    radius = box.w / 2
    return cx + (lx - cx) * radius / distance, cy + (ly - cy) * radius / distance, lx, ly


class _Index:
    """Boxes bucketed by grid cell, so a test against 300 labels looks at a few."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[Box, int | None]]] = {}

    def _keys(self, box: Box) -> Iterator[tuple[int, int]]:
        c = self.cell
        for i in range(math.floor(box.x / c), math.floor(box.right / c) + 1):
            for j in range(math.floor(box.y / c), math.floor(box.bottom / c) + 1):
                yield i, j

    def add(self, box: Box, tag: int | None = None) -> None:
        for key in self._keys(box):
            self.cells.setdefault(key, []).append((box, tag))

    def hits(self, box: Box) -> bool:
        return any(
            box.intersects(other) for key in self._keys(box) for other, _ in self.cells.get(key, ())
        )

    def near(self, box: Box) -> list[int]:
        """Tags of the boxes in the cells ``box`` covers, first added first."""
        found = {
            tag for key in self._keys(box) for _, tag in self.cells.get(key, ()) if tag is not None
        }
        return sorted(found)
