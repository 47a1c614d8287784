"""The power-interest grid on a projector: in presentation mode, at 1920x1080 and
1280x720, for the demo and for 300 stakeholders, no name overlaps another, a card,
a count marker or a title; every stakeholder can be found (its own name or in a
marker's list) and the "Not placed yet" list leaves the grid most of the room."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from smartdesk.domain.records import Stakeholder, WorkshopData
from smartdesk.gui.stakeholders.grid import StakeholderGrid
from smartdesk.gui.stakeholders.grid_labels import title_box
from smartdesk.gui.stakeholders.page import StakeholdersPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile
from tests.gui.conftest import open_stakeholders_stage, stored

SIZES = [(1920, 1080), (1280, 720)]
WORDS = ("Afonbridge", "Residents'", "Association", "Borough", "Council", "Ward", "Forum", "of")


@pytest.fixture
def crowd_path(tmp_path: Path) -> Path:
    """300 stakeholders, 290 on the grid (on the 0.5 steps people use, so many share a
    spot) with names of 1 to 6 words, 10 not placed yet."""
    rng = random.Random(17)
    people = []
    for n in range(300):
        placed = n % 30 != 0
        name = f"{n} " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))
        people.append(
            Stakeholder(
                id=f"s{n:03d}",
                name=name,
                power=round(rng.uniform(0, 10) * 2) / 2 if placed else None,
                interest=round(rng.uniform(0, 10) * 2) / 2 if placed else None,
                attitude=rng.choice([-2, -1, 0, 1, 2, None]),
            )
        )
    path = tmp_path / "crowd.smartdesk"
    WorkshopFile.create(path, WorkshopData(stakeholders=tuple(people))).close()
    return path


def on_projector(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> StakeholdersPage:
    """The Stakeholders stage in presentation mode (F11) on a screen of ``size``.

    The off-screen platform's one screen is 800 pixels wide, so after F11 has set the
    projector's type the window leaves the full-screen state to take the screen's size.
    """
    page = open_stakeholders_stage(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    if page.tray.count():
        assert not page.tray_box.is_open()  # folded away for the projector
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    page.grid.fit()
    page.grid.lay_out_labels()
    return page


def drawn(grid: StakeholderGrid) -> tuple[list[tuple[str, QRectF]], list[QRectF]]:
    """(name or marker boxes, badge boxes) in view pixels, from the scene's items."""
    zoom = grid.viewportTransform()
    labels, badges = [], []
    for card in grid.cards.values():
        at = zoom.map(card.pos())
        label = card.label_rect()
        if label is not None:
            labels.append((card.id, label.translated(at)))
            badges.append(card.badge_rect().translated(at))
    for marker in grid.markers():
        labels.append(
            (
                f"marker of {len(marker.ids)}",
                marker.marker_rect().translated(zoom.map(marker.pos())),
            )
        )
    return labels, badges


def overlaps(grid: StakeholderGrid) -> list[str]:
    labels, badges = drawn(grid)
    found = [
        f"{a} overlaps {b}" for (a, one), (b, two) in combinations(labels, 2) if one.intersects(two)
    ]
    for name, box in labels:
        found += [f"{name} covers a card" for badge in badges if box.intersects(badge)]
    zoom = grid.viewportTransform()
    titles = [title_box(label, zoom) for label in grid.titles()]
    for name, box in labels:
        found += [f"{name} covers a title" for title in titles if box.intersects(title)]
    for badge in badges:
        found += ["a card covers a title" for title in titles if badge.intersects(title)]
    found += [
        f"titles {a.text} and {b.text} overlap"
        for (a, one), (b, two) in combinations(zip(grid.titles(), titles, strict=True), 2)
        if one.intersects(two)
    ]
    view = QRectF(grid.viewport().rect())
    found += [
        f"title {label.text} is cut off"
        for label, box in zip(grid.titles(), titles, strict=True)
        if not view.contains(box)
    ]
    return found


@pytest.mark.parametrize("size", SIZES, ids=["1920x1080", "1280x720"])
@pytest.mark.parametrize("workshop", ["demo", "300 stakeholders"])
def test_names_never_overlap_on_a_projector(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, crowd_path: Path, workshop: str, size
) -> None:
    path = demo_path if workshop == "demo" else crowd_path
    assert window.open_path(path)
    page = on_projector(qtbot, window, size)
    grid = page.grid
    assert overlaps(grid) == []

    # Everyone on the grid has a name of their own or is in a marker's list.
    placed = {
        s.id for s in stored(path).stakeholders if s.power is not None and s.interest is not None
    }
    named = {card.id for card in grid.cards.values() if card.label_rect() is not None}
    in_markers = [i for marker in grid.markers() for i in marker.ids]
    assert sorted(named) + sorted(in_markers) == sorted(named) + sorted(set(in_markers))
    assert named | set(in_markers) == placed and not named & set(in_markers)

    # The "Not placed yet" list never takes the grid below 60 % of its side of the stage,
    # folded or open.
    panel = grid.parentWidget()
    assert panel is not None
    for open_ in (False, True):
        page.tray_box.set_open(open_)
        qtbot.waitUntil(lambda: grid.width() >= 0.6 * panel.width())


def test_full_names_and_markers_show_on_hover_and_selection(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, crowd_path: Path
) -> None:
    assert window.open_path(crowd_path)
    page = on_projector(qtbot, window, (1280, 720))
    grid = page.grid
    people = {s.id: s for s in stored(crowd_path).stakeholders}

    # A long name is cut on the grid but whole in its tooltip and the detail line.
    card = max(grid.cards.values(), key=lambda c: len(c.stakeholder.name))
    assert len(card.stakeholder.name) > 40
    grid.select_ids([card.id])
    assert card.stakeholder.name in card.toolTip()
    assert page.grid_detail.text().startswith(card.stakeholder.name)
    quadrant_words = ("Manage closely", "Keep satisfied", "Keep informed", "Monitor")
    assert any(word in card.accessible_description() for word in quadrant_words)

    # A marker names every member, on hover (up to a limit) and, selected, all of them.
    marker = min((m for m in grid.markers() if len(m.ids) > 1), key=lambda m: len(m.ids))
    assert len(marker.ids) > 1
    assert str(len(marker.ids)) in marker.toolTip()
    grid.scene().clearSelection()
    marker.setSelected(True)
    for id_ in marker.ids:
        assert people[id_].name in page.grid_detail.text()

    # Enter on a selected marker zooms in on its cards; again and again, until they part.
    target = marker.ids[0]
    before = grid.zoom_level()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert grid.zoom_level() > before
    for _ in range(6):
        if grid.cards[target].label_rect() is not None:
            break
        grid.expand(next(m for m in grid.markers() if target in m.ids))
    assert grid.cards[target].label_rect() is not None
    assert [p for p in overlaps(grid) if "cut off" not in p] == []
