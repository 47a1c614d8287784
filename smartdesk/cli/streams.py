"""Text output that survives any console, pipe or file, Windows included.

Windows Python writes redirected or piped output in the ANSI code page (cp1252 in
the UK), which cannot hold e.g. the Welsh "ŵ" or an emoji: printing an option named
"Gwasanaeth ŵyr ŷd" into ``> out.txt`` raised UnicodeEncodeError, a traceback. The
same happens anywhere ``PYTHONIOENCODING`` or the locale names a narrow encoding.
SmartDesk's output is therefore always UTF-8 (JSON must be, and every other tool that
reads it expects it); ``errors="replace"`` is for text UTF-8 itself cannot carry (a
file name with undecodable bytes), so nothing the CLI prints can crash it.
"""

from __future__ import annotations

import io
import sys


def use_utf8_output() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` write UTF-8, replacing what cannot be written."""
    for stream in (sys.stdout, sys.stderr):
        # None under pythonw.exe / a windowed bundle; a test's capture may be no wrapper.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
