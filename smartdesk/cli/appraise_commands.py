"""``smartdesk appraise`` and ``smartdesk review``: read-only reports on a workshop."""

from __future__ import annotations

import argparse
import json

from smartdesk.domain.records import WorkshopData


def _load(path: str) -> WorkshopData:
    from smartdesk.store import WorkshopFile

    with WorkshopFile.open(path, read_only=True) as store:
        return store.load()


def configure_appraise(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="the workshop file")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run_appraise(options: argparse.Namespace) -> int:
    from smartdesk.domain.appraisal import appraisal_report, appraisal_text

    data = _load(options.path)
    if options.json:
        print(json.dumps(appraisal_report(data), indent=2, ensure_ascii=False))
    else:
        print(appraisal_text(data))
    return 0


def configure_review(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="the workshop file")
    parser.add_argument("--json", action="store_true", help="print the gaps as JSON")


def run_review(options: argparse.Namespace) -> int:
    from smartdesk.domain.review import review_report, review_text

    data = _load(options.path)
    if options.json:
        print(json.dumps(review_report(data), indent=2, ensure_ascii=False))
    else:
        print(review_text(data))
    return 0  # DESIGN.md: review exits 0 whatever it finds
