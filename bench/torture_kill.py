"""Kill SmartDesk with SIGKILL at random moments while it edits, and prove nothing is lost.

Three tortures, each run in child processes killed at a random moment:

``edits``
    The GUI's own edit path: the edit gateway of a ``WorkshopSession``, which checks
    the rules and pushes undo commands onto a ``QUndoStack`` (adds, updates, deletes,
    moves, vision changes, undo and redo), offscreen. Before each edit the child
    writes the state the file must have *after* it ("pending") to a pipe, and after
    the call returns an acknowledgement (at start, the state it found). After the
    kill the file must hold exactly the last acknowledged state or, if the kill came
    between the commit and the
    acknowledgement, the pending one. Anything else is a lost (or invented) edit.
``import``
    ``smartdesk import PATH --stakeholders big.csv`` (when the command exists): after
    a kill the file holds all the spreadsheet's rows or none.
``new``
    ``smartdesk new PATH --from-json big.json``: after a kill there is no file, or a
    complete one.

After every kill the file is recovered by opening it for editing (as the next
SmartDesk would), compared, and ``smartdesk check`` must pass. A kill is counted as
*mid-commit* when it left a hot journal beside the file: that is the dangerous
moment, and a run that never reaches it proves little.

Run: ``python bench/torture_kill.py [--kills 100] [--seed 1]``
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

State = dict[str, object]


@dataclass
class Report:
    """What one torture reached."""

    name: str
    kills: int = 0
    mid_commit: int = 0
    acknowledged: int = 0  # edits acknowledged before some kill, all checked
    lost: int = 0
    check_failures: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.name}: {self.kills} kills survived, {self.mid_commit} mid-commit "
            f"(hot journal), {self.acknowledged} acknowledged edits checked, "
            f"{self.lost} lost, {self.check_failures} check failures"
        )


# -- the child: edits through the GUI's command path ------------------------------------

CHILD = r"""
import json, os, random, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from smartdesk.domain.records import Stakeholder, Vision
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.store import WorkshopFile

path, seed, ack_fd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
app = QCoreApplication([])
rng = random.Random(seed)
store = WorkshopFile.open(path, backup=False)
stack = QUndoStack()
session = WorkshopSession(store, stack)

def state():
    return {"stakeholders": [[s.id, s.name] for s in store.records(Stakeholder)],
            "vision": store.vision().problem}

def say(kind, payload):
    os.write(ack_fd, (json.dumps([kind, payload]) + "\n").encode())

# The expected state is modelled independently of the file: history[i] is the state
# after i steps of the undo stack, as QUndoStack itself sees it.
history = [state()]
say("start", history[0])
index = 0
counter = 0
while True:
    current = history[index]
    people = [list(p) for p in current["stakeholders"]]
    choice = rng.random()
    if choice < 0.15 and index > 0:
        expected, step = history[index - 1], "undo"
    elif choice < 0.25 and index < len(history) - 1:
        expected, step = history[index + 1], "redo"
    else:
        counter += 1
        tag = f"{seed}-{counter}"
        if choice < 0.55 or len(people) < 3:
            at = rng.randint(0, len(people))
            # A name stays within the rules (1,000 characters); the notes carry the bulk.
            record = Stakeholder(
                f"k{tag}", f"Person {tag} " + "x" * rng.randint(0, 900),
                notes="n" * rng.randint(0, 3000),
            )
            people.insert(at, [record.id, record.name])
            command = lambda: session.add(record, at)
        elif choice < 0.7:
            victim = rng.choice(people)
            old = store.get(Stakeholder, victim[0])
            new = Stakeholder(old.id, f"Renamed {tag}", notes="n" * rng.randint(0, 5000))
            victim[1] = new.name
            command = lambda: session.update(old, new)
        elif choice < 0.82:
            victim = rng.choice(people)
            people.remove(victim)
            command = lambda: session.delete(Stakeholder, [victim[0]])
        elif choice < 0.9:
            old_ids = [p[0] for p in people]
            rng.shuffle(people)
            if [p[0] for p in people] == old_ids:
                people.reverse()  # a move that moves nothing is no undo step
            command = lambda: session.move(Stakeholder, old_ids, [p[0] for p in people])
        else:
            old = store.vision()
            new = Vision(f"Problem {tag} " + "p" * rng.randint(0, 8000))
            command = lambda: session.set_part(old, new)
            current = {**current, "vision": new.problem}
        expected = {"stakeholders": people, "vision": current["vision"]}
        step = command
    say("pending", expected)
    if step == "undo":
        stack.undo()
        index -= 1
    elif step == "redo":
        stack.redo()
        index += 1
    else:
        assert step(), "edit refused"
        del history[index + 1:]
        history.append(expected)
        index += 1
    say("ack", None)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _hot_journal(path: Path | list[Path]) -> bool:
    """Is a hot journal (one SQLite would roll back from) beside ``path``?"""
    from smartdesk.store.identity import _has_hot_journal

    return any(_has_hot_journal(p) for p in ([path] if isinstance(path, Path) else path))


def _building(path: Path) -> list[Path]:
    """The hidden file ``WorkshopFile.create`` builds a new workshop in."""
    return [*path.parent.glob(f".{path.name}.*.creating"), path]


def _file_state(path: Path) -> State:
    from smartdesk.domain.records import Stakeholder
    from smartdesk.store import WorkshopFile

    # Opening for editing is what recovers a hot journal, as the next SmartDesk would.
    with WorkshopFile.open(path, backup=False) as store:
        return {
            "stakeholders": [[s.id, s.name] for s in store.records(Stakeholder)],
            "vision": store.vision().problem,
        }


def _check(path: Path, report: Report) -> None:
    from smartdesk.domain.errors import WorkshopError
    from smartdesk.store import check

    try:
        check(path)
    except WorkshopError as error:
        report.check_failures += 1
        report.problems.append(f"check failed: {error}")


def _kill_at_random(
    argv: list[str],
    rng: random.Random,
    window: tuple[float, float],
    watch: Path | list[Path],
    pass_fds: tuple[int, ...] = (),
    ready: Callable[[], object] | None = None,
) -> subprocess.Popen[bytes]:
    """Start ``argv`` and SIGKILL it at a random moment within ``window`` seconds.

    Half the kills are aimed: they watch (until the end of the window) for ``watch``'s
    journal to become hot - SQLite has saved the old pages and is overwriting the
    workshop itself, the one moment a crash could hurt - and strike then, so the
    dangerous moment is reached often, not by luck. ``ready``, if given, blocks until
    the child has started its work; the window counts from then.
    """
    child = subprocess.Popen(argv, env=_env(), pass_fds=pass_fds, stderr=subprocess.PIPE)
    if ready is not None:
        ready()
    started = time.perf_counter()
    deadline = started + rng.uniform(*window)
    if rng.random() < 0.5:
        # Aimed kills may wait longer: a slow start must not make them miss the commit.
        earliest, deadline = started + window[0], started + 2 * window[1] + 1
        while time.perf_counter() < deadline:
            if time.perf_counter() >= earliest and _hot_journal(watch):
                break
    else:
        time.sleep(max(0.0, deadline - time.perf_counter()))
    child.send_signal(signal.SIGKILL)
    child.wait()
    return child


class _AckPipe:
    """The pipe a child writes its pending states and acknowledgements to."""

    def __init__(self) -> None:
        read_end, self.fd = os.pipe()
        self._reader: BinaryIO = os.fdopen(read_end, "rb")
        self._first = b""

    def wait_for_first(self) -> None:
        """Block until the child writes its first line (or dies)."""
        os.close(self.fd)  # the child has its copy; ours would keep the pipe open forever
        self._first = self._reader.readline()

    def read_all(self) -> bytes:
        with self._reader:
            return self._first + self._reader.read()


def torture_edits(path: Path, kills: int, seed: int = 1) -> Report:
    """Kill the GUI edit path ``kills`` times; ``path`` must be a workshop file."""
    from smartdesk.domain.records import Stakeholder, Vision
    from smartdesk.store import WorkshopFile

    report = Report("edits through the GUI's undo commands")
    rng = random.Random(seed)
    with WorkshopFile.open(path, backup=False) as store:
        if len(store.records(Stakeholder)) < 3:
            for number in range(3):
                store.add(Stakeholder(f"base-{number}", f"Base {number}"))
        store.set_vision(Vision("start"))
    attempts = 0
    while report.kills < kills:
        attempts += 1
        if attempts > kills * 3:
            report.problems.append("children kept dying before they started editing")
            break
        acks = _AckPipe()
        child = _kill_at_random(
            [sys.executable, "-c", CHILD, str(path), str(rng.randrange(10**9)), str(acks.fd)],
            rng,
            (0.0, 1.0),
            path,
            pass_fds=(acks.fd,),
            ready=acks.wait_for_first,
        )
        text = acks.read_all()
        lines = [json.loads(line) for line in text.splitlines() if line.endswith(b"]")]
        if child.returncode != -signal.SIGKILL:
            error = child.stderr.read().decode(errors="replace") if child.stderr else ""
            report.problems.append(f"child ended by itself ({child.returncode}): {error[-500:]}")
            break
        if child.stderr:
            child.stderr.close()
        if not lines or lines[0][0] != "start":
            continue  # killed while still starting up, before opening the file: not counted
        report.kills += 1
        if _hot_journal(path):
            report.mid_commit += 1
        acked = [index for index, (kind, _) in enumerate(lines) if kind == "ack"]
        last_ack = acked[-1] if acked else 0
        # The state after the last acknowledged edit (or the start), and after the edit
        # under way when the kill came, if any.
        acknowledged = lines[last_ack - 1][1] if acked else lines[0][1]
        pending = lines[last_ack + 1][1] if last_ack + 1 < len(lines) else None
        report.acknowledged += len(acked)
        found = _file_state(path)
        if found != acknowledged and found != pending:
            report.lost += 1
            report.problems.append(f"kill {report.kills}: file holds neither acknowledged state")
        _check(path, report)
    return report


# -- import and new --from-json: all or nothing ------------------------------------------


def _big_rows(count: int) -> list[list[str]]:
    return [
        [
            f"Person {n}",
            "Org",
            "Role",
            f"p{n}@example.org",
            "",
            "5",
            "5",
            "0",
            "",
            "x" * 300,
        ]
        for n in range(count)
    ]


def torture_import(folder: Path, kills: int, seed: int = 2, rows: int = 3000) -> Report | None:
    """Kill ``smartdesk import`` ``kills`` times; None if the command does not exist."""
    from smartdesk.cli.commands import COMMANDS
    from smartdesk.domain.records import Stakeholder, WorkshopData
    from smartdesk.store import WorkshopFile

    if "import" not in COMMANDS:
        return None
    report = Report(f"smartdesk import of {rows} stakeholders")
    rng = random.Random(seed)
    sheet = folder / "people.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "Name",
                "Organisation",
                "Role",
                "Email",
                "Phone",
                "Power",
                "Interest",
                "Attitude",
                "Category",
                "Notes",
            ]
        )
        writer.writerows(_big_rows(rows))
    path = folder / "import.smartdesk"
    # Time a complete import once, to kill within it.
    WorkshopFile.create(path, WorkshopData()).close()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "smartdesk", "import", str(path), "--stakeholders", str(sheet)],
        env=_env(),
        check=True,
        capture_output=True,
    )
    duration = time.perf_counter() - started
    for _ in range(kills):
        path.unlink()
        WorkshopFile.create(path, WorkshopData()).close()
        _kill_at_random(
            [sys.executable, "-m", "smartdesk", "import", str(path), "--stakeholders", str(sheet)],
            rng,
            (duration * 0.3, duration * 1.05),
            path,
        )
        report.kills += 1
        if _hot_journal(path):
            report.mid_commit += 1
        with WorkshopFile.open(path, backup=False) as store:
            count = len(store.records(Stakeholder))
        if count not in (0, rows):
            report.lost += 1
            report.problems.append(f"import left {count} of {rows} rows")
        _check(path, report)
    return report


def torture_new(folder: Path, kills: int, seed: int = 3, rows: int = 3000) -> Report:
    """Kill ``smartdesk new --from-json`` ``kills`` times: no file, or a complete one."""
    from smartdesk.domain.records import Stakeholder, WorkshopData, WorkshopInfo
    from smartdesk.interchange.json_format import write_workshop_json
    from smartdesk.store import WorkshopFile
    from smartdesk.store.lock import lock_path

    report = Report(f"smartdesk new --from-json with {rows} stakeholders")
    rng = random.Random(seed)
    source = folder / "big.json"
    people = tuple(Stakeholder(f"s-{n}", f"Person {n}", notes="y" * 300) for n in range(rows))
    write_workshop_json(
        WorkshopData(workshop=WorkshopInfo(id="big", title="Big"), stakeholders=people), source
    )
    path = folder / "new.smartdesk"
    argv = [sys.executable, "-m", "smartdesk", "new", str(path), "--from-json", str(source)]
    started = time.perf_counter()
    subprocess.run(argv, env=_env(), check=True, capture_output=True)
    duration = time.perf_counter() - started
    for _ in range(kills):
        for leftover in (path, Path(f"{path}-journal"), lock_path(path)):
            leftover.unlink(missing_ok=True)
        # (A killed build's hidden file is cleared by the next create.)
        _kill_at_random(argv, rng, (duration * 0.3, duration * 1.05), _building(path))
        report.kills += 1
        if _hot_journal(_building(path)):
            report.mid_commit += 1
        if not path.exists():
            continue
        from smartdesk.domain.errors import WorkshopError

        try:
            with WorkshopFile.open(path, backup=False) as store:
                count = len(store.records(Stakeholder))
        except WorkshopError as error:
            # A file the kill left before its schema existed is refused cleanly: "none".
            report.problems.append(f"note: partial new file refused cleanly: {error}")
            continue
        if count not in (0, rows):
            report.lost += 1
            report.problems.append(f"new left {count} of {rows} rows")
        else:
            _check(path, report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rows", type=int, default=3000)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(folder / variable.lower())
        from smartdesk.domain.records import WorkshopData
        from smartdesk.store import WorkshopFile

        path = folder / "torture.smartdesk"
        WorkshopFile.create(path, WorkshopData()).close()
        reports = [torture_edits(path, options.kills, options.seed)]
        print(reports[-1].line(), flush=True)
        imported = torture_import(folder, options.kills, options.seed + 1, options.rows)
        if imported is not None:
            reports.append(imported)
            print(imported.line(), flush=True)
        reports.append(torture_new(folder, options.kills, options.seed + 2, options.rows))
        print(reports[-1].line(), flush=True)
        shutil.rmtree(folder, ignore_errors=True)
    failed = False
    for report in reports:
        for problem in report.problems:
            print(f"  {report.name}: {problem}")
        failed |= bool(report.lost or report.check_failures)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
