"""Entry script for the PyInstaller bundle: both executables run this.

``SmartDesk`` (windowed) and ``smartdesk-cli`` (console) share one bundle and one
entry point; they differ only in whether the operating system gives them a console.
"""

from __future__ import annotations

import sys


def _drop_finder_arguments(argv: list[str]) -> list[str]:
    # Older macOS Finder launches add "-psn_0_12345"; argparse would reject it.
    return [arg for arg in argv if not arg.startswith("-psn_")]


def run() -> int:
    """Run SmartDesk's command line (the GUI when no subcommand is given)."""
    from smartdesk.cli import main

    return main(_drop_finder_arguments(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(run())
