"""Table columns that fit their words, for the PDF and the Word document alike.

A section gives each column a share of the page. Left as given, a narrow column
splits words that cannot fit it ("Champio/n", "Communicatio/ns") and a column nobody
filled in takes room for nothing. So, before a table is drawn:

- a column empty in every row is left out (its share goes to the others);
- each column is widened to its longest word (an e-mail address may break after its
  "@", a hyphenated word after a hyphen), up to a cap, taking the room from columns
  that have more than they need;
- room a column cannot use (its longest text is narrower than its share: numbers,
  short labels) goes to the columns whose text wraps, so long text is not squeezed
  into a tall, narrow column beside half-empty ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# No column is widened beyond this share of the page for one word.
CAP = 0.3
_SPACE = re.compile(r"\s+")
# Where a word may break without a hyphen being added: after "@" or an inner hyphen.
_BREAKS = re.compile(r"(?<=[@-])")
# An e-mail address's domain may also break before a dot, as the PDF's cells break it.
_DOMAIN_BREAKS = re.compile(r"(?=\.)")

Measure = Callable[[str, bool], float]  # (text, is_header) -> width in page units


def drop_empty(
    labels: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float], keep: int = 0
) -> tuple[list[str], list[list[str]], list[float], int]:
    """Leave out the columns empty in every row (never column ``keep``, nor all of them).

    Returns the labels, rows and shares kept, and the new index of column ``keep``.
    """
    shares = list(shares) + [shares[-1]] * (len(labels) - len(shares))
    used = [
        column
        for column in range(len(labels))
        if column == keep or not rows or any(str(row[column]).strip() for row in rows)
    ]
    total = sum(shares[c] for c in used) or 1.0
    return (
        [labels[c] for c in used],
        [[row[c] for c in used] for row in rows],
        [shares[c] / total for c in used],
        used.index(keep) if keep in used else 0,
    )


def word_parts(value: str) -> list[str]:
    """The pieces of ``value`` no line break may fall inside."""
    return [part for word in _SPACE.split(value) for part in _word_parts(word) if part]


def _word_parts(word: str) -> list[str]:
    if "@" not in word:
        return _BREAKS.split(word)
    local, _, domain = word.partition("@")
    return [*_BREAKS.split(local + "@"), *_DOMAIN_BREAKS.split(domain)]


def fit_shares(
    labels: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
    width: float,
    measure: Measure,
    padding: float,
) -> list[float]:
    """``shares`` adjusted so each column holds its longest unbreakable piece of text.

    ``width`` is the table's width and ``padding`` a cell's left plus right padding,
    in the same units as ``measure``.
    """
    needed = []
    for column, label in enumerate(labels):
        pieces = {(p, True) for p in word_parts(label)}
        # The longest words by length are the only candidates: measure a few of each.
        body = {p for row in rows for p in word_parts(str(row[column]))}
        pieces |= {(p, False) for p in sorted(body, key=len, reverse=True)[:12]}
        widest = max((measure(p, head) for p, head in pieces), default=0.0)
        needed.append(min(CAP, (widest + padding + 1) / width))
    if sum(needed) >= 1:
        total = sum(needed)
        return [n / total for n in needed]
    fitted = _give(list(shares), needed)
    # The longest texts by length stand for each column's widest line.
    wanted = []
    for column, minimum in enumerate(needed):
        lines = {line for row in rows for line in str(row[column]).splitlines()}
        longest = sorted(lines, key=len, reverse=True)[:12]
        widest = max((measure(line, False) for line in longest), default=0.0)
        wanted.append(max(minimum, (widest + padding + 1) / width))
    unused = [max(0.0, s - w) for s, w in zip(fitted, wanted, strict=True)]
    short = [max(0.0, w - s) for s, w in zip(fitted, wanted, strict=True)]
    moved = min(sum(unused), sum(short))
    if not moved:
        return fitted
    return [
        s - moved * u / sum(unused) + moved * h / sum(short)
        for s, u, h in zip(fitted, unused, short, strict=True)
    ]


def _give(shares: list[float], needed: list[float]) -> list[float]:
    """``shares`` with each column raised to its ``needed`` share, the room taken from
    the columns that have more than they need, in proportion to their spare."""
    short = sum(max(0.0, n - s) for n, s in zip(needed, shares, strict=True))
    slack = [max(0.0, s - n) for n, s in zip(needed, shares, strict=True)]
    spare = sum(slack)
    if not short or not spare:
        return shares
    return [
        max(s, n) - (short * room / spare if s > n else 0.0)
        for n, s, room in zip(needed, shares, slack, strict=True)
    ]
