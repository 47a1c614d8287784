"""The phone page: one self-contained HTML file (``resources/room/phone.html``).

It is served with a Content-Security-Policy that allows exactly its own inline script
and style (by their SHA-256) and requests to this server, nothing else: no other
script can run in it, even if some text were ever written into it unescaped.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import cache

from smartdesk import paths

_BLOCK = {
    "script": re.compile(r"<script>(.*?)</script>", re.S),
    "style": re.compile(r"<style>(.*?)</style>", re.S),
}


@dataclass(frozen=True, slots=True)
class Page:
    html: bytes
    policy: str  # the Content-Security-Policy header's value


def phone_page(language: str) -> Page:
    """The page, opening in ``language`` ("en" or "cy"; the phone may switch)."""
    template, policy = _template()
    lang = "cy" if language == "cy" else "en"
    return Page(template.replace('lang="en"', f'lang="{lang}"', 1).encode("utf-8"), policy)


@cache
def _template() -> tuple[str, str]:
    html = paths.resource("room", "phone.html").read_text(encoding="utf-8")
    hashes = {kind: [_digest(m) for m in block.findall(html)] for kind, block in _BLOCK.items()}
    policy = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(hashes["script"]),
            "style-src " + " ".join(hashes["style"]),
            "connect-src 'self'",
            "img-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )
    return html, policy


def _digest(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
