"""The table of headless subcommands: name -> summary and where its code lives.

A command's module is imported only when that command runs: the GUI launcher checks
this table on every start, and importing every command (with the domain records they
pull in) cost the window a noticeable part of its start-up.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import NamedTuple

Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]


class Command(NamedTuple):
    summary: str
    module: str  # in smartdesk.cli
    configure: str  # function adding the command's arguments to its parser
    run: str  # function running it, returning the exit status

    def load(self) -> tuple[Configure, Run]:
        """The command's configure and run functions (imports its module)."""
        module = importlib.import_module(f"smartdesk.cli.{self.module}")
        configure: Configure = getattr(module, self.configure)
        run: Run = getattr(module, self.run)
        return configure, run


COMMANDS: dict[str, Command] = {
    "demo": Command(
        "write the sample workshop to PATH",
        "workshop_commands",
        "configure_demo",
        "run_demo",
    ),
    "new": Command(
        "create a workshop file, optionally from a JSON workshop",
        "workshop_commands",
        "configure_new",
        "run_new",
    ),
    "check": Command(
        "verify a workshop file (exit 0 sound, 1 damaged, 2 not a workshop file)",
        "workshop_commands",
        "configure_check",
        "run_check",
    ),
    "export": Command(
        "export the briefing pack (PDF, web page, Word) and the workshop (Excel, JSON)",
        "export_command",
        "configure",
        "run",
    ),
    "appraise": Command(
        "rank the short-listed options and show how sensitive the ranking is to the weights",
        "appraise_commands",
        "configure_appraise",
        "run_appraise",
    ),
    "review": Command(
        "list what is missing before the work is ready for committee",
        "appraise_commands",
        "configure_review",
        "run_review",
    ),
    "import": Command(
        "add stakeholders from a CSV or Excel spreadsheet",
        "import_command",
        "configure",
        "run",
    ),
    "merge": Command(
        "merge breakout files (copies of the workshop) into a workshop",
        "merge_command",
        "configure",
        "run",
    ),
    "scrub": Command(
        "remove stakeholders' email addresses and phone numbers (personal data) and their backups",
        "scrub_command",
        "configure",
        "run",
    ),
    "room": Command(
        "let participants' phones vote and comment over the local network (Ctrl+C stops)",
        "room_command",
        "configure",
        "run",
    ),
}
