"""Entry point for ``smartdesk`` and ``python -m smartdesk``."""

from __future__ import annotations

import sys

try:
    from smartdesk.cli import main
except KeyboardInterrupt:  # Ctrl+C while starting: nothing was done yet
    sys.exit(130)

if __name__ == "__main__":
    sys.exit(main())
