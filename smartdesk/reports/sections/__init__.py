"""The sections of the committee report, in report order.

Each section is a function of the :class:`Context` that writes to its story (PDF or
Word alike). A section with nothing recorded says so in one line rather than vanish,
so the committee can see what is missing. Modules: ``front`` (cover, contents),
``introduction`` (1-4), ``vision`` (5), ``stakeholders`` (6), ``options`` (7),
``consultation`` (8), ``room`` (8's participants and vote rounds, appendix D),
``closing`` (9 risks, 11 next steps, background papers, contact officer),
``implications`` (10), ``appendices`` (A-C), ``exempt_appendix`` (Part B),
``citations`` (the paragraphs cited). The order is a council committee report's.
"""

from __future__ import annotations

from collections.abc import Callable

from smartdesk.reports.sections.appendices import (
    appendix_costs,
    appendix_scores,
    appendix_stakeholders,
)
from smartdesk.reports.sections.closing import (
    background_papers,
    contact_officer,
    next_steps,
    risks,
)
from smartdesk.reports.sections.consultation import consultation
from smartdesk.reports.sections.context import Context, is_draft, prepare
from smartdesk.reports.sections.exempt_appendix import appendix_exempt
from smartdesk.reports.sections.front import contents, cover
from smartdesk.reports.sections.implications import implications
from smartdesk.reports.sections.introduction import (
    background,
    purpose,
    reasons,
    recommendations,
)
from smartdesk.reports.sections.options import options
from smartdesk.reports.sections.room import appendix_participants
from smartdesk.reports.sections.stakeholders import stakeholders
from smartdesk.reports.sections.vision import vision

SECTIONS: tuple[Callable[[Context], None], ...] = (
    cover,
    contents,
    purpose,
    recommendations,
    reasons,
    background,
    vision,
    stakeholders,
    options,
    consultation,
    risks,
    implications,
    next_steps,
    background_papers,
    contact_officer,
    appendix_stakeholders,
    appendix_scores,
    appendix_costs,
    appendix_participants,
    appendix_exempt,
)


def write_sections(ctx: Context) -> None:
    """Write every section of the report to ``ctx.story``."""
    for section in SECTIONS:
        section(ctx)


__all__ = ["SECTIONS", "Context", "is_draft", "prepare", "write_sections"]
