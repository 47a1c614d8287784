"""Section 10, implications: each one a heading, with the duty the nation's law sets.

The list follows the workshop's nation: every council reports the financial and legal
implications with the chief finance officer's and the monitoring officer's comments,
the procurement and financing notes of its nation (with their sources, from
:mod:`smartdesk.reports.legal_notes`), subsidy control, equality, human rights,
climate and data protection. Northern Ireland's equality duty is section 75 of the
Northern Ireland Act 1998, not section 149 of the Equality Act 2010; Wales adds the
socio-economic duty, the Welsh language and the well-being goals; Scotland adds the
Fairer Scotland Duty. The duty's wording is printed above what the officer wrote, so a
reader sees what the text has to answer (docs/legal-notes.md lists the sources).
"""

from __future__ import annotations

from typing import NamedTuple

from smartdesk.domain.enums import Nation
from smartdesk.reports import legal_notes
from smartdesk.reports.catalogue import month_year, text
from smartdesk.reports.sections.context import Context


class Implication(NamedTuple):
    """One implication: its heading, the field the officer fills in, the duty's words."""

    heading: str
    field: str
    duty: str | None = None


def implication_list(nation: Nation) -> list[Implication | None]:
    """The implications of a council of ``nation`` in report order; None marks where the
    procurement and financing notes go."""
    ni = nation is Nation.NORTHERN_IRELAND
    s151 = "imp.s151_officer"
    if nation in (Nation.SCOTLAND, Nation.NORTHERN_IRELAND):
        s151 = f"imp.s151_officer_{nation.value}"
    items: list[Implication | None] = [
        Implication("imp.financial", "financial"),
        Implication(s151, "s151_officer"),
        Implication("imp.legal", "legal"),
        Implication("imp.monitoring_officer", "monitoring_officer"),
        None,
        Implication(
            "imp.subsidy_control_northern_ireland" if ni else "imp.subsidy_control",
            "subsidy_control",
        ),
        Implication(
            "imp.equality_northern_ireland" if ni else "imp.equality",
            "equality",
            "duty.equality_northern_ireland" if ni else "duty.equality",
        ),
    ]
    if nation in (Nation.WALES, Nation.SCOTLAND):
        items.append(
            Implication(
                f"imp.socio_economic_{nation.value}",
                "socio_economic",
                f"duty.socio_economic_{nation.value}",
            )
        )
    items += [
        Implication("imp.human_rights", "human_rights", "duty.human_rights"),
        Implication("imp.climate", "climate"),
        Implication("imp.data_protection", "data_protection"),
    ]
    if nation is Nation.WALES:
        items += [
            Implication("imp.welsh_language", "welsh_language", "duty.welsh_language"),
            Implication("imp.wellbeing", "wellbeing", "duty.wellbeing"),
        ]
    return items


def implications(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.implications")
    for item in implication_list(ctx.data.workshop.nation):
        if item is None:
            procurement_notes(ctx)
            continue
        story.heading(item.heading, 2)
        if item.duty:
            story.say(item.duty, "Note")
        value: str = getattr(ctx.data.implications, item.field)
        if value.strip():
            story.user(value)
        else:
            story.empty("imp.none")


def procurement_notes(ctx: Context) -> None:
    """The nation's procurement and financing notes, each with its source."""
    story, nation = ctx.story, ctx.data.workshop.nation
    story.heading("imp.procurement", 2)
    story.say(
        "imp.procurement_intro",
        "Note",
        nation=text(f"nation.{nation.value}", ctx.language),
        checked=month_year(legal_notes.checked()),
    )
    story.bullets(
        [
            text("imp.note_source", text=legal_notes.worded(note, ctx.language), source=note.source)
            if note.verified
            else text("imp.note_unverified", text=legal_notes.worded(note, ctx.language))
            for note in legal_notes.notes_for(nation)
        ]
    )
