"""Benchmark of the exports (not a test): run ``python bench/export.py`` from the checkout.

Prints, for the demo workshop's full briefing pack PDF, the time split between
imports (ReportLab, matplotlib and its font list), charts and layout; then the time
LibreOffice (``soffice --headless --convert-to pdf``, if installed) takes to turn
the project's own DOCX export of the same workshop into a PDF; then a 1,000-stakeholder,
50-option workshop's PDF. Goals: demo PDF < 2 s, faster than LibreOffice; big < 10 s.
Each figure is the best of a few runs (the machine may be busy with other work).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = 3


def _timed_imports() -> tuple[float, float]:
    start, start_cpu = time.perf_counter(), time.process_time()
    import matplotlib.font_manager  # noqa: F401  (builds the font list)
    import reportlab.platypus  # noqa: F401
    from matplotlib.backends import backend_agg  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401

    from smartdesk.reports import pack, sections  # noqa: F401

    return time.perf_counter() - start, time.process_time() - start_cpu


def _chart_timer() -> dict[str, float]:
    """Wrap every chart function so the time spent drawing charts is summed."""
    from smartdesk.reports import charts

    spent = {"charts": 0.0}
    for name in (
        "maturity_radar",
        "power_interest_grid",
        "engagement_gap",
        "ranking_bars",
        "sensitivity_ranges",
        "risk_heat_map",
    ):
        original: Callable[..., bytes] = getattr(charts, name)

        def timed(*args: object, _original: Callable[..., bytes] = original) -> bytes:
            start = time.perf_counter()
            try:
                return _original(*args)
            finally:
                spent["charts"] += time.perf_counter() - start

        setattr(charts, name, timed)
    return spent


def _best(run: Callable[[], tuple[float, float]]) -> tuple[float, float]:
    results = [run() for _ in range(RUNS)]
    return min(results)


def big_workshop(stakeholders: int = 1000, options: int = 50):  # type: ignore[no-untyped-def]
    """The demo workshop grown to ``stakeholders`` stakeholders and ``options`` options."""
    from smartdesk import paths
    from smartdesk.domain import records
    from smartdesk.domain.enums import EngagementLevel, StakeholderCategory
    from smartdesk.interchange.json_format import read_workshop_json

    data = read_workshop_json(paths.resource("demo", "demo.json"))
    rng = random.Random(7)
    levels = list(EngagementLevel)
    people = tuple(
        records.Stakeholder(
            id=f"sh-{i}",
            name=f"Stakeholder {i}",
            organisation=f"Organisation {i % 97}",
            category=rng.choice(list(StakeholderCategory)),
            email=f"person{i}@example.org",
            power=round(rng.uniform(0, 10), 1),
            interest=round(rng.uniform(0, 10), 1),
            attitude=rng.choice([-2, -1, 0, 1, 2, None]),
            engagement_current=rng.choice(levels),
            engagement_needed=rng.choice(levels),
        )
        for i in range(stakeholders)
    )
    opts = tuple(
        records.Option(
            id=f"opt-{i}",
            name=f"Option {i}: delivery variant {i}",
            description="A delivery option generated for the benchmark. " * 3,
            shortlisted=True,
            capital_cost=1_000_000 + 10_000 * i,
            annual_cost=50_000 + 500 * i,
            annual_benefit=120_000,
        )
        for i in range(options)
    )
    scores = tuple(
        records.Score(option_id=o.id, criterion_id=c.id, score=rng.randint(0, 5))
        for o in opts
        for c in data.criteria
    )
    return replace(data, stakeholders=people, options=opts, scores=scores, engagement_actions=())


def main() -> None:
    cache = Path(tempfile.mkdtemp(prefix="smartdesk-bench-"))
    # A cache folder that outlives the run, as the user's does: matplotlib builds its
    # font list there once (a few seconds), which is not part of an export.
    kept = Path(tempfile.gettempdir()) / "smartdesk-bench-cache"
    os.environ.setdefault("XDG_CACHE_HOME", str(kept))
    os.environ.setdefault("MPLCONFIGDIR", str(kept / "matplotlib"))
    imports, imports_cpu = _timed_imports()

    from smartdesk import paths
    from smartdesk.interchange.json_format import read_workshop_json
    from smartdesk.reports.docx_export import build_docx
    from smartdesk.reports.pack import build_pack

    spent = _chart_timer()
    demo = read_workshop_json(paths.resource("demo", "demo.json"))
    out = cache / "demo.pdf"

    cpu = {"export": 0.0}

    def demo_run() -> tuple[float, float]:
        spent["charts"] = 0.0
        start, start_cpu = time.perf_counter(), time.process_time()
        build_pack(demo, out, public=False)
        cpu["export"] = time.process_time() - start_cpu
        return time.perf_counter() - start, spent["charts"]

    first_total, first_charts = demo_run()  # includes matplotlib's first-use warm-up
    total, charts = _best(demo_run)
    load = os.getloadavg()[0]
    print("Demo workshop, full briefing pack PDF")
    print(f"  imports             {imports:6.2f} s (CPU {imports_cpu:.2f} s)")
    print(f"  first export        {first_total:6.2f} s (charts {first_charts:.2f} s, warm-up)")
    print(
        f"  export (best of {RUNS})   {total:6.2f} s = charts {charts:.2f} s + layout and writing "
        f"{total - charts:.2f} s"
    )
    print(f"  imports + export    {imports + total:6.2f} s   (goal: export < 2 s)")
    print(
        f"  CPU time of the last export {cpu['export']:.2f} s; load average {load:.1f} on "
        f"{os.cpu_count()} cores (wall times above grow with the load)"
    )

    docx = cache / "demo.docx"
    start = time.perf_counter()
    build_docx(demo, docx, public=False)
    print(f"  DOCX export         {time.perf_counter() - start:6.2f} s")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        profile = cache / "lo-profile"
        command = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(cache / "lo"),
            str(docx),
        ]
        timings = []
        for _ in range(RUNS):
            start = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(command, check=True, capture_output=True, timeout=300)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            timings.append(time.perf_counter() - start)
        child_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        print(
            f"  LibreOffice DOCX->PDF {min(timings[1:] or timings):6.2f} s best warm "
            f"(first run, new profile: {timings[0]:.2f} s); direct PDF is "
            f"{min(timings[1:] or timings) / total:.1f}x faster; "
            f"CPU of the last run {child_cpu:.2f} s"
        )
    else:
        print("  LibreOffice: soffice not installed, skipped")

    big = big_workshop()
    big_out = cache / "big.pdf"

    def big_run() -> tuple[float, float]:
        spent["charts"] = 0.0
        start = time.perf_counter()
        build_pack(big, big_out, public=False)
        return time.perf_counter() - start, spent["charts"]

    big_total, big_charts = big_run()
    from pypdf import PdfReader

    pages = len(PdfReader(big_out).pages)
    print("1,000 stakeholders, 50 options, full PDF")
    print(
        f"  export              {big_total:6.2f} s (charts {big_charts:.2f} s, {pages} pages; "
        "goal < 10 s)"
    )
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
