"""Ranking and full sensitivity of a large appraisal: 200 options x 20 criteria.

The issue asks for under 50 ms. The machine is shared and noisy, so a baseline is
measured in the same run and the ratio reported too: the baseline is the ranking alone
of the same workshop (what the screen needs on every score typed), and a small
workshop (20 options x 5 criteria) with full sensitivity.

    .venv/bin/python bench/appraise.py [--runs 15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smartdesk.domain.appraisal import rank_options
from smartdesk.domain.appraisal_report import appraisal_report
from smartdesk.domain.records import Criterion, Option, Score, WorkshopData


def workshop(n_options: int, n_criteria: int, seed: int = 2025) -> WorkshopData:
    """Every option short-listed and fully scored; weights with two decimals."""
    rng = random.Random(seed)
    criteria = tuple(
        Criterion(id=f"c{i}", name=f"Criterion {i}", weight=rng.randint(0, 10_000) / 100)
        for i in range(n_criteria)
    )
    options = tuple(
        Option(id=f"o{i}", name=f"Option {i}", shortlisted=True) for i in range(n_options)
    )
    scores = tuple(Score(o.id, c.id, rng.randint(0, 5)) for o in options for c in criteria)
    return WorkshopData(criteria=criteria, options=options, scores=scores)


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    large, small = workshop(200, 20), workshop(20, 5)
    appraisal_report(large)  # warm up
    full = median_ms(lambda: appraisal_report(large), runs)
    ranking = median_ms(lambda: rank_options(large), runs)
    small_full = median_ms(lambda: appraisal_report(small), runs)
    print(f"200 x 20, ranking and full sensitivity: {full:8.1f} ms (goal < 50 ms)")
    print(f"200 x 20, ranking only:                 {ranking:8.1f} ms")
    print(f" 20 x  5, ranking and full sensitivity: {small_full:8.1f} ms")
    print(f"ratio full / ranking only:              {full / ranking:8.1f}x")
    print(f"ratio 200x20 / 20x5:                    {full / small_full:8.1f}x")


if __name__ == "__main__":
    main()
