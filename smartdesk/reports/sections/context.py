"""What every section reads: the workshop (as this version shows it) and small formatters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from smartdesk.domain import formatting
from smartdesk.domain.appraisal import RankedOption
from smartdesk.domain.enums import WorkshopStatus
from smartdesk.domain.records import WorkshopData
from smartdesk.reports import analysis
from smartdesk.reports.catalogue import citation, text
from smartdesk.reports.exempt import ExemptItems, has_exempt, split_exempt
from smartdesk.reports.public import Withheld, redact_with_summary
from smartdesk.reports.story import StoryWriter

# Captions list at most this many items; beyond that a caption would be a page.
CAPTION_ITEMS = 25


@dataclass
class Context:
    """One version of the report being written.

    ``data`` is what the body shows: the redacted copy (public version) or the copy
    with confidential items known by reference only (full version). ``source`` is the
    workshop as recorded, read only by the exempt appendix of the full version.
    """

    data: WorkshopData
    source: WorkshopData
    story: StoryWriter
    public: bool
    step: Callable[[str], None]
    withheld: Withheld = field(default_factory=Withheld)
    moved: ExemptItems = field(default_factory=ExemptItems)
    ranking: list[RankedOption] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.data.workshop.language.value

    @property
    def citation(self) -> str:
        return citation(self.data.workshop.nation, self.language)

    def option_name(self, option_id: str | None) -> str:
        for option in self.data.options:
            if option.id == option_id:
                return option.name or "-"
        return "-"

    def marking(self) -> str:
        """ "Public" or "Contains exempt information", for the cover and running header."""
        return text("doc.exempt" if self.moved.total else "doc.public")

    def exempt_line(self, *kinds: str) -> None:
        """One line saying what this section withheld (public) or moved to Appendix D (full).

        ``kinds`` are "strategies", "options", "risks" or "stakeholders".
        """
        source = self.withheld if self.public else self.moved
        counts = [(kind, int(getattr(source, kind))) for kind in kinds]
        parts = [text(f"count.{kind}", n=n) for kind, n in counts if n]
        if not parts:
            return
        items = ", ".join(parts)
        items = items[0].upper() + items[1:]
        key = "public.section_withheld" if self.public else "exempt.section_moved"
        self.story.say(key, "Note", items=items, citation=self.citation)


def prepare(
    data: WorkshopData,
    story: StoryWriter,
    *,
    public: bool,
    step: Callable[[str], None] | None = None,
) -> Context:
    """The context of the full or public version of ``data``."""
    withheld, moved = Withheld(), ExemptItems()
    body = data
    if public:
        body, withheld = redact_with_summary(data)
    elif has_exempt(data):
        body, moved = split_exempt(data)
    return Context(
        data=body,
        source=data,
        story=story,
        public=public,
        step=step or (lambda _message: None),
        withheld=withheld,
        moved=moved,
        ranking=analysis.ranking(body),
    )


def is_draft(data: WorkshopData) -> bool:
    return data.workshop.status is WorkshopStatus.DRAFT


def day(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def short_day(value: date | None) -> str:
    """A date for a table cell, e.g. "5 Sep 2026"."""
    return f"{value.day} {value:%b %Y}" if value else ""


def num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"


def money(value: float | None) -> str:
    """Pounds in the pack; "*" where there is no figure."""
    return formatting.money(value, missing="*", half_up=False)


def pct(value: Fraction | float) -> str:
    """A percentage in the pack, to one decimal."""
    return formatting.percent(value, 1, half_up=False)


def detail(items: list[str]) -> str:
    """Caption detail: the first items, and how many more."""
    shown = items[:CAPTION_ITEMS]
    more = len(items) - len(shown)
    return " ".join(shown) + (f" (+{more})" if more > 0 else "")


def attitude(value: int | None) -> str:
    return text("attitude.none" if value is None else f"attitude.{value}")
