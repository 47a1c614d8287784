"""Grid labels never overlap: each other, any card or count marker, or a title band,
for crowds of every shape (all at one spot, a line, random scatters, 300 cards)."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from smartdesk.domain.label_layout import Box, LabelLayout, Mark, lay_out_labels

BADGE = 24.0
# A fitted grid at 1280x720: the square is ~560 px, the labels 19 px type.
BOUNDS = Box(0, 0, 600, 600)
TITLES = (Box(0, 0, 180, 28), Box(420, 0, 180, 28), Box(0, 572, 120, 28), Box(400, 572, 200, 28))


def marks(points: list[tuple[float, float]], rng: random.Random | None = None) -> list[Mark]:
    """Cards at ``points`` whose names are 6 to 40 characters of ~10 px each."""
    rng = rng or random.Random(0)
    return [Mark(f"s{n}", x, y, 10.0 * rng.randint(6, 40), 26.0) for n, (x, y) in enumerate(points)]


def problems(layout: LabelLayout, given: list[Mark], reserved=TITLES, bounds=BOUNDS) -> list[str]:
    """Every broken promise of ``layout``, in words (empty: none)."""
    found = []
    labels = [(card.id, card.label) for card in layout.cards]
    obstacles = [(card.id, card.badge) for card in layout.cards]
    obstacles += [(f"marker {c.members[0]}", c.marker) for c in layout.clusters]
    for (a, one), (b, two) in combinations(
        labels + [("marker", c.marker) for c in layout.clusters], 2
    ):
        if one.intersects(two):
            found.append(f"label {a} overlaps label {b}")
    for name, label in labels:
        if not label.inside(bounds):
            found.append(f"label {name} leaves the grid")
        for other, box in obstacles:
            if label.intersects(box):
                found.append(f"label {name} overlaps card {other}")
        for title in reserved:
            if label.intersects(title):
                found.append(f"label {name} covers a title")
    for cluster in layout.clusters:
        for card in layout.cards:
            if cluster.marker.intersects(card.badge):
                found.append(f"a marker hides card {card.id}")
    seen = [card.id for card in layout.cards] + [m for c in layout.clusters for m in c.members]
    if sorted(seen) != sorted(m.id for m in given):
        found.append("not every card is labelled or in a marker exactly once")
    return found


def lay_out(given: list[Mark]) -> LabelLayout:
    return lay_out_labels(given, BADGE, BOUNDS, TITLES)


@pytest.mark.parametrize("count", [1, 2, 5, 6, 7, 40, 300])
def test_cards_at_one_spot(count: int) -> None:
    given = marks([(300.0, 300.0)] * count)
    layout = lay_out(given)
    assert problems(layout, given) == []
    if 1 < count <= 6:  # a few fan out, each with its own label
        assert len(layout.cards) == count and not layout.clusters
        assert len({card.badge for card in layout.cards}) == count


@pytest.mark.parametrize("corner", [(0.0, 0.0), (600.0, 0.0), (0.0, 600.0), (600.0, 600.0)])
def test_cards_in_a_corner_under_a_title(corner: tuple[float, float]) -> None:
    given = marks([corner] * 3 + [(corner[0] * 0.9 + 30, corner[1] * 0.9 + 30)])
    assert problems(lay_out(given), given) == []


@pytest.mark.parametrize("count", [10, 60, 300])
def test_cards_on_a_line(count: int) -> None:
    given = marks([(20 + 560 * n / count, 20 + 560 * n / count) for n in range(count)])
    assert problems(lay_out(given), given) == []


@pytest.mark.parametrize("seed", range(12))
def test_random_scatters(seed: int) -> None:
    rng = random.Random(seed)
    count = rng.choice([5, 20, 50, 120, 300])
    # Half the time on the 0.5 steps people use, so many share a spot.
    step = rng.choice([0.5, 0.1])
    points = [
        (round(rng.uniform(0, 10) / step) * step * 60, round(rng.uniform(0, 10) / step) * step * 60)
        for _ in range(count)
    ]
    given = marks(points, rng)
    assert problems(lay_out(given), given) == []


def test_a_sparse_grid_labels_every_card_beside_its_badge() -> None:
    given = [
        Mark(f"s{i}{j}", 100.0 + 150 * i, 80.0 + 140 * j, 100.0, 26.0)
        for i in range(3)
        for j in range(4)
    ]
    layout = lay_out(given)
    assert problems(layout, given) == []
    assert not layout.clusters
    assert all(card.leader is None for card in layout.cards)


def test_the_same_crowd_gives_the_same_layout() -> None:
    rng = random.Random(5)
    given = marks([(rng.uniform(0, 600), rng.uniform(0, 600)) for _ in range(300)], rng)
    assert lay_out(given) == lay_out(list(reversed(given)))


def test_a_crowd_too_dense_to_label_becomes_count_markers_naming_everyone() -> None:
    rng = random.Random(9)
    given = marks([(rng.uniform(250, 350), rng.uniform(250, 350)) for _ in range(300)], rng)
    layout = lay_out(given)
    assert problems(layout, given) == []
    assert layout.clusters and max(len(c.members) for c in layout.clusters) > 1
