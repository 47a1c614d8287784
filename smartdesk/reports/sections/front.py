"""Front matter: the cover (committee report details and marking) and the contents."""

from __future__ import annotations

from smartdesk.reports.catalogue import text
from smartdesk.reports.sections.context import Context, day


def cover(ctx: Context) -> None:
    info, story = ctx.data.workshop, ctx.story
    story.user(info.council or text("doc.not_recorded"), "CoverCouncil")
    story.say("cover.report_to", "Body", committee=info.committee or text("purpose.the_committee"))
    story.user(info.title or info.initiative or text("doc.default_title"), "CoverTitle")
    story.key_values(
        [
            ("cover.council", info.council),
            ("cover.committee", info.committee),
            ("cover.meeting_date", day(info.meeting_date)),
            ("cover.title", info.title),
            ("cover.reference", info.report_reference),
            ("cover.portfolio_holder", info.portfolio_holder),
            ("cover.author", info.report_author),
            ("cover.wards", ", ".join(info.wards_affected) or text("cover.all_wards")),
            ("cover.key_decision", text("doc.yes" if info.key_decision else "doc.no")),
            ("cover.status", text(f"cover.status_{info.status.value}")),
        ]
    )
    story.marking(ctx.marking())
    if ctx.public:
        story.say("cover.public_version")
        if ctx.withheld.exempt_items:
            story.say("cover.withheld", citation=ctx.citation)
        parts = [
            text(f"count.{kind}", n=n)
            for kind, n in (
                ("strategies", ctx.withheld.strategies),
                ("options", ctx.withheld.options),
                ("risks", ctx.withheld.risks),
                ("stakeholders", ctx.withheld.stakeholders),
                ("contacts", ctx.withheld.contact_details),
                ("residents", ctx.withheld.residents_named_by_role),
            )
            if n
        ]
        if parts:
            story.say("cover.withheld_detail", items=", ".join(parts))
    elif ctx.moved.total:
        story.say("cover.full_exempt", citation=ctx.citation)
    else:
        story.say("cover.full_public")
    story.page_break("body")


def contents(ctx: Context) -> None:
    ctx.story.heading("doc.contents", in_contents=False)
    ctx.story.contents()
    ctx.story.page_break()
