"""Reading the JSON bodies of the API's requests into plain values, or refusing them.

A body that is not JSON, or lacks a key, or has one of the wrong type, is a 400; a
value of the right type that breaks a rule (a negative count, a comment too long) is
a 422, as the contract says.
"""

from __future__ import annotations

import json
import re
from typing import Any

COMMENT_MOST = 2_000
# Control characters other than tab and line breaks (the domain's rule for text) and
# lone surrogates, which JSON escapes can carry and the file cannot store.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class ApiError(Exception):
    """A refusal: HTTP ``status`` and a short message for ``{"error": ...}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def json_object(body: bytes) -> dict[str, Any]:
    """The body as a JSON object; 400 for anything else."""
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "the body is not valid JSON") from None
    if not isinstance(value, dict):
        raise ApiError(400, "the body must be a JSON object")
    return value


def text_key(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ApiError(400, f"'{key}' is missing or is not text")
    return value


def join_code(body: bytes) -> str:
    return text_key(json_object(body), "code")


def vote(body: bytes) -> tuple[str, dict[str, int]]:
    """``round_id`` and ``points`` of a vote; 422 for a count that is not a whole number >= 0."""
    data = json_object(body)
    round_id = text_key(data, "round_id")
    points = data.get("points")
    if not isinstance(points, dict):
        raise ApiError(400, "'points' is missing or is not an object")
    counts: dict[str, int] = {}
    for subject_id, count in points.items():
        whole = isinstance(count, int) and not isinstance(count, bool)
        if not whole or count < 0:
            raise ApiError(422, "each count must be a whole number of 0 or more")
        counts[subject_id] = count
    return round_id, counts


def comment(body: bytes) -> str:
    """The comment's text, trimmed; 422 if empty, too long or with control characters."""
    text = text_key(json_object(body), "text").replace("\r\n", "\n").strip()
    if not text:
        raise ApiError(422, "the comment is empty")
    if len(text) > COMMENT_MOST:
        raise ApiError(422, f"the comment is over {COMMENT_MOST:,} characters")
    if _CONTROL.search(text):
        raise ApiError(422, "the comment contains a control character")
    return text
