"""60 phones voting at once against ``smartdesk room`` on 127.0.0.1.

Bounded in count and time: ``--phones`` threads (default 60, at most 200), each joins,
then all vote together (a barrier), then all change their vote together; every request
has a 30-second timeout and the whole run a deadline. Reports votes per second, the
slowest response, and checks that every acknowledged vote is in the file afterwards.

    .venv/bin/python bench/room_load.py [--phones 60] [--rounds 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smartdesk.domain.enums import ParticipantKind, RoundStatus
from smartdesk.domain.records import Criterion
from smartdesk.interchange.demo import create_demo_copy
from smartdesk.store import WorkshopFile
from smartdesk.store import room as room_store
from tests.room_process import call, running_room

DEADLINE_SECONDS = 300


def prepare(folder: Path) -> tuple[Path, str, list[str]]:
    """The demo with its criteria round (100 points each) open."""
    path = create_demo_copy(folder)
    with WorkshopFile.open(path) as store:
        criteria_round = room_store.vote_rounds(store)[1]
        room_store.update(store, dataclasses.replace(criteria_round, status=RoundStatus.OPEN))
        subjects = [c.id for c in store.records(Criterion)]
    return path, criteria_round.id, subjects


def timed(results: list[float], *args: object, **kwargs: object) -> tuple[int, object]:
    started = time.perf_counter()
    outcome = call(*args, **kwargs)  # type: ignore[arg-type]
    results.append(time.perf_counter() - started)
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2, help="votes each phone sends")
    options = parser.parse_args()
    phones = max(1, min(options.phones, 200))
    rounds = max(1, min(options.rounds, 10))
    with tempfile.TemporaryDirectory() as folder:
        path, round_id, subjects = prepare(Path(folder))
        joins: list[float] = []
        votes: list[float] = []
        acknowledged: dict[str, dict[str, int]] = {}
        refused: list[int] = []
        turn_starts: list[float] = []
        finished: list[float] = []
        barrier = threading.Barrier(
            phones, action=lambda: turn_starts.append(time.perf_counter()), timeout=DEADLINE_SECONDS
        )
        lock = threading.Lock()
        with running_room(path) as room:
            api = room.url + "api/"

            def phone(number: int) -> None:
                status, body = timed(joins, api + "join", "POST", {"code": room.code})
                token = body["token"] if status == 200 else None  # type: ignore[index]
                for turn in range(rounds):
                    barrier.wait()
                    a, b = subjects[(number + turn) % len(subjects)], subjects[0]
                    points = {a: 60, b: 40} if a != b else {a: 100}
                    status, _ = timed(
                        votes, api + "vote", "POST", {"round_id": round_id, "points": points}, token
                    )
                    with lock:
                        finished.append(time.perf_counter())
                        if status == 200:
                            acknowledged[token or ""] = points
                        else:
                            refused.append(status)

            threads = [
                threading.Thread(target=phone, args=(n,), daemon=True) for n in range(phones)
            ]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=max(1.0, DEADLINE_SECONDS - (time.perf_counter() - started)))
            wall = time.perf_counter() - started
            room.stop(signal.SIGTERM)
        with WorkshopFile.open(path, read_only=True) as store:
            phones_in_file = {
                p.id for p in room_store.participants(store) if p.kind is ParticipantKind.PHONE
            }
            in_file: dict[str, dict[str, int]] = {}
            for vote in room_store.votes(store, round_id):
                if vote.participant_id in phones_in_file:
                    in_file.setdefault(vote.participant_id, {})[vote.subject_id] = vote.points
    lost = sum(1 for points in acknowledged.values() if points not in in_file.values())
    # A turn lasts from the moment all phones are released to its last reply.
    busy = sum(
        max(
            t
            for t in finished
            if t >= start and (i + 1 == len(turn_starts) or t < turn_starts[i + 1])
        )
        - start
        for i, start in enumerate(turn_starts)
    )
    print(f"phones: {phones}, votes each: {rounds}, wall time: {wall:.2f} s")
    print(
        f"joins: {len(joins)}, median {statistics.median(joins) * 1000:.0f} ms, "
        f"slowest {max(joins) * 1000:.0f} ms"
    )
    print(
        f"votes: {len(votes)} sent, {len(votes) - len(refused)} acknowledged, refused: {refused}; "
        f"median {statistics.median(votes) * 1000:.0f} ms, slowest {max(votes) * 1000:.0f} ms"
    )
    print(
        f"votes per second (acknowledged votes / time from each turn's start to its last "
        f"reply): {(len(votes) - len(refused)) / max(busy, 1e-9):.1f}"
    )
    print(f"phones in the file: {len(in_file)}; acknowledged allocations missing: {lost}")
    return 0 if lost == 0 and not refused else 1


if __name__ == "__main__":
    sys.exit(main())
