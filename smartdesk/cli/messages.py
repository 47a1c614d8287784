"""One style for every message the command line prints after ``smartdesk CMD: ``.

The messages come from every layer, and the window shows the same ones as sentences in
dialogs; here they continue a line, so they start in lower case - unless they start with
a name that keeps its capitals (JSON, PDF, SmartDesk, Excel...).
"""

from __future__ import annotations

# Words that keep a capital whatever their place (names, not sentence starts).
_NAMES = frozenset({"Excel", "Word", "Windows", "Welsh", "English", "Green"})


def sentence(message: str) -> str:
    """``message`` as the continuation of ``smartdesk CMD: ``, on one line."""
    text = " ".join(message.split())
    first = text.split(" ", 1)[0].rstrip(".,;:")
    if sum(letter.isupper() for letter in first) > 1 or first in _NAMES:
        return text  # an acronym (JSON, CSV, UTF-8) or a name (SmartDesk, Excel)
    return text[:1].lower() + text[1:]
