"""The table of headless subcommands: name -> (summary, add arguments, run)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from smartdesk.cli import (
    appraise_commands,
    export_command,
    import_command,
    scrub_command,
    workshop_commands,
)

Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]

COMMANDS: dict[str, tuple[str, Configure, Run]] = {
    "demo": (
        "write the sample workshop to PATH",
        workshop_commands.configure_demo,
        workshop_commands.run_demo,
    ),
    "new": (
        "create a workshop file, optionally from a JSON workshop",
        workshop_commands.configure_new,
        workshop_commands.run_new,
    ),
    "check": (
        "verify a workshop file (exit 0 sound, 1 damaged, 2 not a workshop file)",
        workshop_commands.configure_check,
        workshop_commands.run_check,
    ),
    "export": (
        "export the briefing pack (PDF, Word) and the workshop (Excel, JSON)",
        export_command.configure,
        export_command.run,
    ),
    "appraise": (
        "rank the short-listed options and show how sensitive the ranking is to the weights",
        appraise_commands.configure_appraise,
        appraise_commands.run_appraise,
    ),
    "review": (
        "list what is missing before the work is ready for committee",
        appraise_commands.configure_review,
        appraise_commands.run_review,
    ),
    "import": (
        "add stakeholders from a CSV or Excel spreadsheet",
        import_command.configure,
        import_command.run,
    ),
    "scrub": (
        "remove stakeholders' email addresses and phone numbers (personal data) and their backups",
        scrub_command.configure,
        scrub_command.run,
    ),
}
