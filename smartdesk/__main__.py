"""Entry point for ``smartdesk`` and ``python -m smartdesk``."""

from __future__ import annotations

import sys

from smartdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
