"""Where the power-interest grid writes each stakeholder's name, so no two names and no
name and card overlap, whatever the crowd.

Pure and deterministic: the grid measures its text and hands in the cards' positions
and label sizes (in pixels, any unit will do); this module says where each badge is
drawn, where its label goes and the leader line joining them. Three steps, in order:

- cards at the same spot fan out on a small ring around it (the ring's legs show
  where they really are);
- each label takes the nearest free place around its badge: beside it first, then
  further out with a leader line;
- where no free place is left, the crowded cards merge into one count marker (at the
  middle of its members) and the labels are placed again, until every card has a
  label or is in a marker. Markers overlapping each other or a card merge too.

Nothing placed leaves ``bounds``, and nothing covers a ``reserved`` box (the titles).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

FAN_MOST = 6  # more cards than this at one spot are one marker, not a ring
GAP = 3.0  # clear space between a badge and its label, and between labels
# Distances (in badge sizes) a label may stand off from its badge, nearest first.
REACHES = (0.0, 0.6, 1.2, 2.0, 3.0, 4.5)
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
    marker = marker if marker is not None else badge * 1.4
    ordered = sorted(marks, key=lambda m: (m.y, m.x, m.id))
    groups = [_Group(spot, False) for spot in _spots(ordered, badge * 0.5)]
    while True:
        _merge_clusters(groups, badge, marker, bounds)
        placed, failed = _place(groups, badge, marker, bounds, reserved)
        if not failed:
            break
        # Each failed group becomes (part of) a marker: fewer labels to place each round,
        # so this ends (at worst every card is in a marker, which needs no label).
        for group in failed:
            group.cluster = True
    clusters = tuple(
        Cluster(tuple(m.id for m in g.members), _marker_box(g, marker, bounds))
        for g in groups
        if g.is_marker
    )
    return LabelLayout(tuple(placed), clusters)


@dataclass
class _Group:
    members: list[Mark]
    cluster: bool

    @property
    def centre(self) -> tuple[float, float]:
        n = len(self.members)
        return sum(m.x for m in self.members) / n, sum(m.y for m in self.members) / n

    @property
    def is_marker(self) -> bool:
        return self.cluster or len(self.members) > FAN_MOST


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


def _marker_box(group: _Group, size: float, bounds: Box) -> Box:
    x, y = group.centre
    return _clamp(Box(x - size / 2, y - size / 2, size, size), bounds)


def _clamp(box: Box, bounds: Box) -> Box:
    x = min(max(box.x, bounds.x), bounds.right - box.w)
    y = min(max(box.y, bounds.y), bounds.bottom - box.h)
    return Box(x, y, box.w, box.h)


def _badges(group: _Group, badge: float, bounds: Box) -> list[Box]:
    """Each member's badge: on its spot, or on a ring round the spot when several share it."""
    members = group.members
    if len(members) == 1:
        mark = members[0]
        return [_clamp(Box(mark.x - badge / 2, mark.y - badge / 2, badge, badge), bounds)]
    radius = max(badge * 0.9, len(members) * badge * 1.15 / (2 * math.pi))
    x, y = group.centre
    # The whole ring stays inside the bounds, so no fanned badge is cut off.
    x = min(max(x, bounds.x + radius + badge / 2), bounds.right - radius - badge / 2)
    y = min(max(y, bounds.y + radius + badge / 2), bounds.bottom - radius - badge / 2)
    boxes = []
    for n in range(len(members)):
        angle = -math.pi / 2 + 2 * math.pi * n / len(members)
        cx, cy = x + radius * math.cos(angle), y + radius * math.sin(angle)
        boxes.append(Box(cx - badge / 2, cy - badge / 2, badge, badge))
    return boxes


def _merge_clusters(groups: list[_Group], badge: float, marker: float, bounds: Box) -> None:
    """Merge markers that overlap each other or a card, until none does."""
    while True:
        index = _Index(max(marker, badge) * 2)
        for number, group in enumerate(groups):
            for box in _boxes(group, badge, marker, bounds):
                index.add(box, number)
        # A marker that grows moves (to its members' middle): it is looked at again in
        # the next pass, from a fresh index, not twice in one.
        gone: set[int] = set()
        grown: set[int] = set()
        for number, group in enumerate(groups):
            if number in gone or number in grown or not group.is_marker:
                continue
            box = _marker_box(group, marker, bounds)
            for other in index.near(box):
                if other == number or other in gone or other in grown:
                    continue
                if any(box.intersects(b) for b in _boxes(groups[other], badge, marker, bounds)):
                    group.members.extend(groups[other].members)
                    group.cluster = True
                    gone.add(other)
                    grown.add(number)
        if not gone:
            return
        groups[:] = [g for n, g in enumerate(groups) if n not in gone]


def _boxes(group: _Group, badge: float, marker: float, bounds: Box) -> list[Box]:
    if group.is_marker:
        return [_marker_box(group, marker, bounds)]
    return _badges(group, badge, bounds)


def _place(
    groups: Sequence[_Group], badge: float, marker: float, bounds: Box, reserved: Sequence[Box]
) -> tuple[list[PlacedCard], list[_Group]]:
    """Give each card of the groups that are not markers a free place for its label."""
    cell = max(badge * 2, 8.0)
    blocked = _Index(cell)
    for box in reserved:
        blocked.add(box, None)
    drawn: list[tuple[_Group, list[Box]]] = []
    for group in groups:
        if group.is_marker:
            blocked.add(_marker_box(group, marker, bounds), None)
        else:
            boxes = _badges(group, badge, bounds)
            drawn.append((group, boxes))
            for box in boxes:
                blocked.add(box, None)
    placed: list[PlacedCard] = []
    failed: list[_Group] = []
    for group, boxes in drawn:
        ok = True
        for mark, box in zip(group.members, boxes, strict=True):
            spot = _free_place(mark, box, badge, bounds, blocked)
            if spot is None:
                ok = False
                continue
            label, leader = spot
            blocked.add(Box(label.x - GAP, label.y - GAP, label.w + 2 * GAP, label.h + 2 * GAP))
            placed.append(PlacedCard(mark.id, box, label, leader))
        if not ok:
            failed.append(group)
    if failed:
        gone = {m.id for g in failed for m in g.members}
        placed = [p for p in placed if p.id not in gone]
    return placed, failed


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
