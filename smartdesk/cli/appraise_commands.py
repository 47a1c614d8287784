"""``smartdesk appraise`` and ``smartdesk review``: read-only reports on a workshop."""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Callable
from typing import Any

from smartdesk.cli.i18n import _, translate_lines
from smartdesk.domain.records import WorkshopData


def _configure(what: str) -> Callable[[argparse.ArgumentParser], None]:
    def configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("path", metavar=_("PATH"), help=_("the workshop file"))
        parser.add_argument("--json", action="store_true", help=_(what))

    return configure


def _print_report(
    options: argparse.Namespace,
    as_json: Callable[[WorkshopData], Any],
    as_text: Callable[[WorkshopData], str],
) -> int:
    from smartdesk.store import WorkshopFile

    with WorkshopFile.open(options.path, read_only=True) as store:
        data = store.load()
    if options.json:
        print(json.dumps(as_json(data), indent=2, ensure_ascii=False))
    else:
        print(translate_lines(as_text(data)))  # --json above is never translated
    return 0


configure_appraise = _configure("print the result as JSON")
configure_review = _configure("print the gaps as JSON")


def run_appraise(options: argparse.Namespace) -> int:
    from smartdesk.domain.appraisal_report import appraisal_report, appraisal_text

    return _print_report(options, appraisal_report, appraisal_text)


def run_review(options: argparse.Namespace) -> int:
    from smartdesk.domain.review import review_report, review_text
    from smartdesk.exempt_law import paragraphs

    # docs/json-format.md: review exits 0 whatever it finds. The exempt paragraphs are
    # checked against the nation's law, which the domain cannot read itself.
    return _print_report(
        options,
        functools.partial(review_report, paragraphs=paragraphs),
        functools.partial(review_text, paragraphs=paragraphs),
    )
