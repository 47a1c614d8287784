"""Columns are sized on the pieces a cell may break into: an e-mail address breaks
after its "@" and before a dot of its domain (as the PDF's cells break it), so a long
domain no longer takes a column's room from the Welsh words beside it, which were cut
mid-word in the Welsh stakeholder register ("Hyrwyddw/r", "Ymgynghor/i")."""

from __future__ import annotations

from smartdesk.reports.columns import word_parts


def test_an_address_breaks_after_the_at_sign_and_before_the_domains_dots() -> None:
    assert word_parts("chair@cleanair-afonbridge.example.org") == [
        "chair@",
        "cleanair-afonbridge",
        ".example",
        ".org",
    ]
    # The local part stays whole: the cell never breaks it at a dot.
    assert word_parts("tom.castell@example.org") == ["tom.castell@", "example", ".org"]


def test_other_words_break_only_after_a_hyphen() -> None:
    assert word_parts("Ym-gynghori 3.5 Hyrwyddwr") == ["Ym-", "gynghori", "3.5", "Hyrwyddwr"]
