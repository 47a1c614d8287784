"""The HTML side of :class:`~smartdesk.reports.story.StoryWriter`: semantic elements.

The cover is the page's ``header`` (the report title its one ``h1``), the contents a
``nav`` of links, the report its ``main``; section headings are ``h2`` and their
subheadings ``h3``, so no level is skipped. Tables have a caption and header cells
with their scope; charts are inline SVG images whose text alternative states their
values, which are also listed under the figure. User text is escaped (never parsed)
and, where the workshop's language differs from the pack's, marked with its own
``lang`` so a screen reader speaks it in the right voice. Only whole passages of the
workshop's text are marked: a sentence of the pack's own words with a name inside,
or a table cell that may hold either, keeps the pack's language.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from smartdesk.reports import columns
from smartdesk.reports.catalogue import text
from smartdesk.reports.html.svg import inline
from smartdesk.reports.html.words import word
from smartdesk.reports.markup import clean
from smartdesk.reports.sections.context import detail

# Where the contents list goes, once every heading is known.
CONTENTS = "\0contents\0"
# The regions of the page, in order.
REGIONS = ("cover", "nav", "main")


# Columns a table narrower than this (in rem) on screen would squeeze word by word: a
# table of more than three columns keeps its PDF proportions of it, scrolling sideways
# on a phone instead.
_TABLE_REM = 40
_NUMBER_UNIT = re.compile(r"(\d) (%|MWh|kWh|years?)(?!\w)")


def _escaped(value: str) -> str:
    return escape(clean(value)).replace("\n", "<br>")


def _cell_text(value: str) -> str:
    """A cell's text; a figure keeps its unit on its line ("100.0 %")."""
    return _escaped(_NUMBER_UNIT.sub("\\1\u00a0\\2", value))


@dataclass
class HtmlStory:
    """Writes the report's sections as HTML, region by region (see :data:`REGIONS`).

    ``language`` is the language the pack's own words are written in ("en", "cy");
    ``text_language`` the workshop's, which its recorded text is in.
    """

    language: str = "en"
    text_language: str = "en"
    figures: int = 0
    tables: int = 0
    parts: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in REGIONS})
    _region: str = "cover"
    _entries: list[tuple[int, str, str]] = field(default_factory=list)
    _topic: str = ""
    _new_page: bool = False

    def __post_init__(self) -> None:
        # Only the public cover's tables of withheld items come before the first heading.
        self._topic = text("cover.withheld_heading", self.language)

    # -- helpers ----------------------------------------------------------------------
    def _add(self, markup: str) -> None:
        self.parts[self._region].append(markup)

    def _classes(self, *names: str) -> str:
        """A class attribute; the first element after a page break starts a printed page."""
        if self._new_page:
            names, self._new_page = (*names, "new-page"), False
        kept = " ".join(n for n in names if n)
        return f' class="{kept}"' if kept else ""

    def _lang(self) -> str:
        """The ``lang`` attribute of a passage of the workshop's own text."""
        return f' lang="{self.text_language}"' if self.text_language != self.language else ""

    def _text(self, key: str, **values: object) -> str:
        return text(key, self.language, **values)

    # -- StoryWriter ------------------------------------------------------------------
    def heading(self, key: str, level: int = 1, *, in_contents: bool = True) -> None:
        title = self._text(key)
        self._topic = title
        anchor = f"section-{len(self._entries) + 1}" if in_contents else ""
        if self._region == "nav":
            anchor = "contents"
        if in_contents:
            self._entries.append((level, title, anchor))
        tag = f"h{level + 1}"
        identity = f' id="{anchor}"' if anchor else ""
        self._add(f"<{tag}{identity}{self._classes()}>{_escaped(title)}</{tag}>")

    def user(self, value: str, style: str = "Body") -> None:
        if style == "CoverTitle":
            self._add(f"<h1{self._lang()}>{_escaped(value)}</h1>")
            return
        name = "council" if style == "CoverCouncil" else style.lower()
        self._add(f"<p{self._classes(name)}{self._lang()}>{_escaped(value)}</p>")

    def say(self, key: str, style: str = "Body", /, **values: object) -> None:
        sentence = _escaped(self._text(key, **values))
        self._add(f"<p{self._classes(style.lower())}>{sentence}</p>")

    def empty(self, key: str, **values: object) -> None:
        self.say(key, "Empty", **values)

    def labelled(self, label: str, value: str, style: str = "Body") -> None:
        content = f"<strong>{_escaped(label)}</strong> {_escaped(value)}".rstrip()
        self._add(f"<p{self._classes(style.lower())}{self._lang()}>{content}</p>")

    def bullets(self, items: Sequence[str], *, numbered: bool = False) -> None:
        tag = "ol" if numbered else "ul"
        entries = "".join(f"<li>{_escaped(item)}</li>" for item in items)
        self._add(f"<{tag}{self._classes()}{self._lang()}>{entries}</{tag}>")

    def table(
        self,
        header_keys: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        label_column: int = 0,
        extra_headers: Sequence[str] = (),
    ) -> None:
        labels = [self._text(k) for k in header_keys] + [clean(h) for h in extra_headers]
        texts = [[str(value) for value in row] for row in rows]
        labels, texts, shares, label_column = columns.drop_empty(
            labels, texts, widths, label_column
        )
        self.tables += 1
        caption_id = f"table-{self.tables}"
        caption = word("table", self.language, number=self.tables, title=self._topic)
        total = sum(shares) or 1.0
        least = [
            f' style="min-width: {max(4.0, share / total * _TABLE_REM):.1f}rem"'
            if len(labels) > 3
            else ""
            for share in shares
        ]
        head = "".join(
            f'<th scope="col"{width}>{_escaped(label)}</th>' if label.strip() else "<td></td>"
            for label, width in zip(labels, least, strict=True)
        )
        body = "".join(
            "<tr>" + "".join(self._cell(v, i == label_column) for i, v in enumerate(row)) + "</tr>"
            for row in texts
        )
        self._add(
            f'<div{self._classes("table")} role="region" tabindex="0"'
            f' aria-labelledby="{caption_id}"><table>'
            f'<caption id="{caption_id}">{_escaped(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
        )

    def _cell(self, value: str, is_label: bool) -> str:
        """A cell; the row's label (the record's name) is its header cell."""
        if is_label and value.strip():
            return f'<th scope="row"{self._lang()}>{_cell_text(value)}</th>'
        return f"<td>{_cell_text(value)}</td>"

    def chart(
        self, png: bytes, caption: str, *, width: float = 1.0, values: Sequence[str] = ()
    ) -> None:
        self.figures += 1
        number = self.figures
        full_caption = self._text("doc.figure", number=number, caption=caption)
        # The alternative states every value: the caption's, and any it left out.
        label = " ".join([clean(full_caption), *(clean(v) for v in values if v not in caption)])
        if png.lstrip()[:5] in (b"<?xml", b"<svg "):
            image = inline(png, f"figure-{number}", label, scale=width)
        else:  # a chart drawn as PNG after all: still inside the page, as a data URI
            data = base64.b64encode(png).decode("ascii")
            image = f'<img src="data:image/png;base64,{data}" alt="{escape(label)}">'
        # The figure's caption gives the summary; its values follow as a list.
        summary = full_caption.replace(" " + detail(list(values)), "") if values else full_caption
        listed = ""
        if values:
            items = "".join(f"<li>{_escaped(v)}</li>" for v in values)
            intro = _escaped(word("values", self.language, number=number))
            listed = f'<p class="values-intro">{intro}</p><ul class="values">{items}</ul>'
        self._add(
            f"<figure{self._classes()}>{image}"
            f"<figcaption><p>{_escaped(summary)}</p>{listed}</figcaption></figure>"
        )

    def key_values(self, rows: Sequence[tuple[str, str]]) -> None:
        cells = "".join(
            f'<tr><th scope="row">{_escaped(self._text(key))}</th>'
            + (
                f"<td{self._lang()}>{_escaped(value)}</td>"
                if clean(value).strip()
                else f"<td>{_escaped(self._text('doc.not_recorded'))}</td>"
            )
            + "</tr>"
            for key, value in rows
        )
        caption = _escaped(word("cover_details", self.language))
        self._add(
            f"<table{self._classes('details')}><caption>{caption}</caption>"
            f"<tbody>{cells}</tbody></table>"
        )

    def marking(self, value: str) -> None:
        self._add(f"<p{self._classes('marking')}>{_escaped(value)}</p>")

    def contents(self) -> None:
        self._add(CONTENTS)
        self._region = "main"

    def end_cover(self) -> None:
        self._region = "nav"

    def page_break(self, template: str | None = None) -> None:
        self._new_page = True
        if template == "exempt":
            self.marking(self._text("doc.not_for_publication"))

    # -- the finished page ------------------------------------------------------------
    def contents_list(self) -> str:
        """The contents: a link to every listed heading, its subheadings nested."""
        tree: list[tuple[str, list[str]]] = []
        for level, title, anchor in self._entries:
            link = f'<a href="#{anchor}">{_escaped(title)}</a>'
            if level > 1 and tree:
                tree[-1][1].append(f"<li>{link}</li>")
            else:
                tree.append((link, []))
        items = "".join(
            f"<li>{link}" + (f"<ul>{''.join(sub)}</ul>" if sub else "") + "</li>"
            for link, sub in tree
        )
        return f"<ul>{items}</ul>" if items else ""

    def region(self, name: str) -> str:
        return "\n".join(self.parts[name]).replace(CONTENTS, self.contents_list())
