"""Stakeholders stage at scale: a 1,000-stakeholder workshop against the demo (20).

Measured in the same run, medians of several repeats; prints absolute figures and the
ratio to the baseline measured alongside (the machine is shared and noisy):

- opening the stage (read the workshop, build the register, grid, gaps, silos) with
  1,000 stakeholders and 1,500 relationships vs with the demo; goal < 0.5 s;
- one drag frame (move a card, repaint the grid's viewport) with 1,000 cards vs with
  the demo's cards; goal < 16 ms;
- importing a 5,000-row CSV (read, check, one transaction) vs a 50-row one; goal < 2 s.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python bench/stakeholders.py
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


_HOME = Path(tempfile.mkdtemp(prefix="smartdesk-bench-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smartdesk.gui.window.qt_workarounds import keep_none_alive  # noqa: E402

keep_none_alive()

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from smartdesk import paths  # noqa: E402
from smartdesk.domain.enums import EngagementLevel, StakeholderCategory  # noqa: E402
from smartdesk.domain.records import Relationship, Stakeholder, WorkshopData, new_id  # noqa: E402
from smartdesk.gui.editing.session import WorkshopSession  # noqa: E402
from smartdesk.gui.stakeholders.page import StakeholdersPage  # noqa: E402
from smartdesk.interchange.json_format import read_workshop_json  # noqa: E402
from smartdesk.interchange.spreadsheet import import_stakeholders  # noqa: E402
from smartdesk.store import WorkshopFile  # noqa: E402


def big_workshop(count: int, links: int) -> WorkshopData:
    rng = random.Random(5)
    levels = list(EngagementLevel)
    people = tuple(
        Stakeholder(
            id=new_id(),
            name=f"Stakeholder {n}",
            organisation=f"Organisation {n % 40}",
            role="Officer",
            category=rng.choice(list(StakeholderCategory)),
            power=round(rng.uniform(0, 10), 1),
            interest=round(rng.uniform(0, 10), 1),
            attitude=rng.randint(-2, 2),
            engagement_current=rng.choice(levels),
            engagement_needed=rng.choice(levels),
        )
        for n in range(count)
    )
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < links:
        a, b = rng.sample(range(count), 2)
        pairs.add((min(a, b), max(a, b)))
    relationships = tuple(
        Relationship(
            id=new_id(),
            from_id=people[a].id,
            to_id=people[b].id,
            kind="partner",
            strength=rng.randint(1, 3),
        )
        for a, b in sorted(pairs)
    )
    return WorkshopData(stakeholders=people, relationships=relationships)


def median_time(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def open_stage(app: QApplication, path: Path, repeats: int) -> tuple[float, float]:
    """(seconds to open the stage, seconds per drag frame) for the workshop at ``path``."""
    store = WorkshopFile.open(path)
    session = WorkshopSession(store, QUndoStack())
    page = StakeholdersPage()
    page.resize(1280, 680)
    page.show()
    app.processEvents()

    def bind() -> None:
        page.bind(None)
        page.bind(session)
        app.processEvents()

    opening = median_time(bind, repeats)
    page.grid.fit()
    card = next(iter(page.grid.cards.values()))
    start = card.pos()
    frames = [QPointF(start.x() + step * 3.0, start.y() - step * 2.0) for step in range(60)]

    def drag() -> None:
        # What a mouse move does: move the card, then let Qt repaint what changed.
        for point in frames:
            card.setPos(point)
            page.grid.card_moved(card)
            app.processEvents()

    frame = median_time(drag, repeats) / len(frames)
    page.grid.set_show_relationships(False)
    bare = median_time(drag, repeats) / len(frames)
    print(f"  ({path.name}: drag frame without relationship lines {bare * 1000:.1f} ms)")
    page.close()
    session.close()
    return opening, frame


def import_time(rows: int, folder: Path, repeats: int) -> float:
    source = folder / f"rows-{rows}.csv"
    lines = ["Name,Organisation,Email,Power,Interest,Attitude,Category,Engagement needed"]
    lines += [
        f"Person {n},Org {n % 30},p{n}@example.org,{n % 11},{(n * 7) % 11},"
        f"{['blocker', 'sceptic', 'neutral', 'supporter', 'champion'][n % 5]},resident,consult"
        for n in range(rows)
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    times = []
    for attempt in range(repeats):
        target = folder / f"import-{rows}-{attempt}.smartdesk"
        WorkshopFile.create(target).close()
        with WorkshopFile.open(target) as store:
            start = time.perf_counter()
            import_stakeholders(store, source)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    folder = Path(tempfile.mkdtemp(prefix="bench-stakeholders-"))
    demo = folder / "demo.smartdesk"
    WorkshopFile.create(demo, read_workshop_json(paths.resource("demo", "demo.json"))).close()
    big = folder / "big.smartdesk"
    WorkshopFile.create(big, big_workshop(1000, 1500)).close()

    demo_open, demo_frame = open_stage(app, demo, options.repeats)
    big_open, big_frame = open_stage(app, big, options.repeats)
    small_import = import_time(50, folder, options.repeats)
    big_import = import_time(5000, folder, options.repeats)

    rows = [
        ("open stage", demo_open, big_open, 0.5, "demo (20)", "1,000 + 1,500 links"),
        ("drag frame", demo_frame, big_frame, 0.016, "demo cards", "1,000 cards"),
        ("import CSV", small_import, big_import, 2.0, "50 rows", "5,000 rows"),
    ]
    print(f"{'measure':<12} {'baseline':>22} {'large':>26} {'ratio':>7}  goal")
    for name, base, large, goal, base_label, large_label in rows:
        verdict = "ok" if large < goal else "SLOW"
        print(
            f"{name:<12} {base * 1000:>9.1f} ms {base_label:>9} "
            f"{large * 1000:>9.1f} ms {large_label:>13} {large / base:>6.1f}x  "
            f"< {goal * 1000:.0f} ms {verdict}"
        )


if __name__ == "__main__":
    main()
