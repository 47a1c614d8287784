"""Relationship lines on the power-interest grid: they follow a dragged card and say who
they join (the lines are painted by one layer item, so the grid finds them itself)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QPointF, Qt

from smartdesk.domain.records import Relationship, Stakeholder
from smartdesk.gui.stakeholders.grid import StakeholderGrid
from smartdesk.gui.stakeholders.grid_items import scene_point
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile
from tests.gui.conftest import open_stakeholders_stage


def tooltip_midway(grid: StakeholderGrid, a: QPointF, b: QPointF) -> str | None:
    """The line tooltip the grid gives halfway between scene points ``a`` and ``b``."""
    return grid.link_tooltip_at(QPointF(grid.mapFromScene((a + b) / 2)))


def painted(grid: StakeholderGrid) -> set[frozenset[tuple[float, float]]]:
    """The painted lines, each as the (unordered) pair of its ends."""
    return {
        frozenset(((line.x1(), line.y1()), (line.x2(), line.y2()))) for line in grid.painted_lines()
    }


def joining(a: QPointF, b: QPointF) -> frozenset[tuple[float, float]]:
    return frozenset(((a.x(), a.y()), (b.x(), b.y())))


def test_lines_follow_a_dragged_card_and_name_their_ends(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:
    page = open_stakeholders_stage(qtbot, demo_window)
    grid = page.grid
    with WorkshopFile.open(demo_path, read_only=True) as store:
        people = {s.id: s for s in store.records(Stakeholder)}
        links = store.records(Relationship)
    ends = Counter(end for link in links for end in (link.from_id, link.to_id))
    mover = max(grid.cards, key=lambda id_: ends[id_])  # the best-connected card
    mine = [link for link in links if mover in (link.from_id, link.to_id)]
    assert len(mine) >= 2
    assert grid.line_count() == len(links)

    def other_end(link: Relationship) -> QPointF:
        other = link.to_id if link.from_id == mover else link.from_id
        return grid.cards[other or ""].pos()

    viewport = grid.viewport()
    start = grid.mapFromScene(grid.cards[mover].pos())
    end = grid.mapFromScene(scene_point(1.5, 1.5))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + (end - start) * step / 4)
    # Mid-drag: each of the card's lines runs from where the card is now.
    now = grid.cards[mover].pos()
    assert now != scene_point(people[mover].power or 0, people[mover].interest or 0)
    assert len(grid.painted_lines()) == len(links)
    for link in mine:
        assert joining(now, other_end(link)) in painted(grid)
        text = tooltip_midway(grid, now, other_end(link))
        assert text is not None and people[mover].name in text
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    # After the move is saved the lines are redrawn from the stored places.
    with WorkshopFile.open(demo_path, read_only=True) as store:
        moved = store.get(Stakeholder, mover)
    assert moved is not None and (moved.power, moved.interest) != (
        people[mover].power,
        people[mover].interest,
    )
    assert grid.line_count() == len(links)
    placed = scene_point(moved.power or 0, moved.interest or 0)
    assert grid.cards[mover].pos() == placed
    assert len(grid.painted_lines()) == len(links)
    for link in mine:
        assert joining(placed, other_end(link)) in painted(grid)
        text = tooltip_midway(grid, placed, other_end(link))
        assert text is not None and people[mover].name in text

    page.show_links.setChecked(False)
    assert grid.line_count() == 0
    assert grid.painted_lines() == []
    assert tooltip_midway(grid, placed, other_end(mine[0])) is None
