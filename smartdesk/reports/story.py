"""What a section may write: the one interface the PDF and the Word document share.

Sections describe the report in these terms only (headings, sentences from the
catalogue, user text, tables, charts), so the PDF (:mod:`layout`) and the DOCX
(:mod:`docx_story`) carry the same content in the same order. User text is passed
as plain text; each writer escapes or places it as its format needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class StoryWriter(Protocol):
    """The building blocks of the report (see the module docstring)."""

    def heading(self, key: str, level: int = 1, *, in_contents: bool = True) -> None:
        """A catalogue heading (level 1 or 2), bookmarked and listed in the contents."""

    def user(self, value: str, style: str = "Body") -> None:
        """User text shown literally, keeping its line breaks."""

    def say(self, key: str, style: str = "Body", /, **values: object) -> None:
        """A catalogue sentence whose placeholders hold user text."""

    def empty(self, key: str, **values: object) -> None:
        """The one line a section shows when it has nothing to say."""

    def labelled(self, label: str, value: str, style: str = "Body") -> None:
        """A paragraph that starts with a bold ``label`` followed by user text."""

    def bullets(self, items: Sequence[str], *, numbered: bool = False) -> None:
        """A bulleted (or numbered) list of user texts."""

    def table(
        self,
        header_keys: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        label_column: int = 0,
        extra_headers: Sequence[str] = (),
    ) -> None:
        """A table of plain-text cells whose header row repeats on every page."""

    def chart(
        self, png: bytes, caption: str, *, width: float = 1.0, values: Sequence[str] = ()
    ) -> None:
        """A chart image with a numbered caption that doubles as its alternative text.

        ``values`` states each value the chart shows, one sentence each, for a format
        that can give them all beside the chart (the HTML); the caption may shorten."""

    def key_values(self, rows: Sequence[tuple[str, str]]) -> None:
        """The cover's two-column table of catalogue labels and user values."""

    def marking(self, value: str) -> None:
        """The boxed "Public" / "Contains exempt information" marking."""

    def contents(self) -> None:
        """The contents list (filled in from the headings); the report goes on on a
        new page."""

    def end_cover(self) -> None:
        """End the cover: the report goes on on a new page (or, where the cover ran
        onto a second page, on that one)."""

    def page_break(self, template: str | None = None) -> None:
        """Start a new page (``template``: "body" or "exempt", for the running header)."""
