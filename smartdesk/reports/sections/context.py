"""What every section reads: the workshop (as this version shows it) and small formatters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

from smartdesk.domain import formatting
from smartdesk.domain.appraisal import RankedOption
from smartdesk.domain.enums import WorkshopStatus
from smartdesk.domain.labels import lettered, option_letters
from smartdesk.domain.records import WorkshopData
from smartdesk.reports import analysis
from smartdesk.reports.catalogue import current_language, law, text

# Re-exported: the sections format dates in the pack's language through here.
from smartdesk.reports.catalogue import day as day
from smartdesk.reports.catalogue import short_day as short_day
from smartdesk.reports.exempt import ExemptItems, body_copy, exempt_items
from smartdesk.reports.public import Withheld, redact_with_summary
from smartdesk.reports.story import StoryWriter

# Captions list at most this many items; beyond that a caption would be a page.
CAPTION_ITEMS = 25


@dataclass
class Context:
    """One version of the report being written.

    ``data`` is what the body shows: exempt records by placeholder only, and in the
    public version no personal data (:mod:`smartdesk.reports.public`). ``source`` is
    the workshop as recorded: every figure that ranks or counts (ranking, sensitivity,
    heat map, grid counts) and every label comes from it, so both versions tell one
    story; Part B of the full version reads its exempt details from it too.
    """

    data: WorkshopData
    source: WorkshopData
    story: StoryWriter
    public: bool
    step: Callable[[str], None]
    exempt: ExemptItems = field(default_factory=ExemptItems)
    withheld: Withheld = field(default_factory=Withheld)
    ranking: list[RankedOption] = field(default_factory=list)
    letters: dict[str, str] = field(default_factory=dict)

    @property
    def language(self) -> str:
        """The pack's language (``export --lang``), not necessarily the workshop's."""
        return current_language()

    @property
    def law(self) -> str:
        return law(self.data.workshop.nation, self.language)

    def option_name(self, option_id: str | None) -> str:
        """The option as every version names it: "B. LED upgrade", or its placeholder."""
        item = self.exempt.by_id.get(option_id or "")
        if item is not None:
            return item.placeholder
        for option in self.source.options:
            if option.id == option_id:
                return lettered(self.letters[option.id], option.name)
        return "-"

    def option_short(self, option_id: str | None) -> str:
        """The option's name for a chart label: "Option C — exempt" when exempt."""
        item = self.exempt.by_id.get(option_id or "")
        return item.short if item is not None else self.option_name(option_id)

    def exempt_cells(self, record_id: str, n: int) -> list[str]:
        """``n`` cells saying "exempt" for an exempt record's withheld figures."""
        return [text("exempt.costs_withheld")] * n if record_id in self.exempt.by_id else []

    def marking(self) -> str:
        """ "Public" or "Contains exempt information", for the cover and running header."""
        return text("doc.exempt" if self.exempt.total and not self.public else "doc.public")

    def exempt_line(self, *kinds: str) -> None:
        """One line, the same in both versions, saying which records here are exempt.

        ``kinds`` are kinds of :data:`smartdesk.reports.exempt.COLLECTIONS`.
        """
        plural = {"strategy": "strategies", "stakeholder": "stakeholders", "option": "options"}
        plural |= {"risk": "risks", "listening_log": "listening_log"}
        parts = [
            text(f"count.{plural[kind]}", n=self.exempt.count(kind))
            for kind in kinds
            if self.exempt.count(kind)
        ]
        if not parts:
            return
        items = ", ".join(parts)
        self.story.say("exempt.section", "Note", items=items[0].upper() + items[1:])


def prepare(
    data: WorkshopData,
    story: StoryWriter,
    *,
    public: bool,
    step: Callable[[str], None] | None = None,
) -> Context:
    """The context of the full or public version of ``data``."""
    if public:
        body, withheld = redact_with_summary(data)
        exempt = withheld.exempt
    else:
        exempt, withheld = exempt_items(data), Withheld()
        body = body_copy(data, exempt)
    return Context(
        data=body,
        source=data,
        story=story,
        public=public,
        step=step or (lambda _message: None),
        exempt=exempt,
        withheld=withheld,
        ranking=analysis.ranking(data),
        letters=option_letters(data.options),
    )


def is_draft(data: WorkshopData) -> bool:
    return data.workshop.status is WorkshopStatus.DRAFT


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
