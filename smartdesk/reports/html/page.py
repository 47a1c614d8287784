"""The page around the story: one self-contained HTML document.

Nothing is fetched: the stylesheet is inline, the fonts are the reader's own, and the
charts are inline SVG. A skip link leads past the cover and contents to the report.
"""

from __future__ import annotations

from html import escape

from smartdesk.reports.html.story import HtmlStory
from smartdesk.reports.html.style import CSS
from smartdesk.reports.html.words import word
from smartdesk.reports.markup import clean


def document(
    story: HtmlStory,
    *,
    language_tag: str,
    title: str,
    description: str,
    author: str,
    draft: str = "",
) -> str:
    """The whole page. ``draft`` is the word that marks a draft ("" when final)."""
    meta = "".join(
        f'<meta name="{name}" content="{escape(clean(value))}">\n'
        for name, value in (("description", description), ("author", author))
        if value
    )
    flag = f'<p class="draft">{escape(draft)}</p>\n' if draft else ""
    skip = escape(word("skip", story.language))
    return (
        f'<!DOCTYPE html>\n<html lang="{language_tag}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(clean(title))}</title>\n{meta}"
        '<meta name="generator" content="SmartDesk">\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        f'<a class="skip-link" href="#main">{skip}</a>\n'
        f"<header>\n{flag}{story.region('cover')}\n</header>\n"
        f'<nav aria-labelledby="contents">\n{story.region("nav")}\n</nav>\n'
        f'<main id="main" tabindex="-1">\n{story.region("main")}\n</main>\n'
        "</body>\n</html>\n"
    )
