"""Front matter: the cover (committee report details and marking) and the contents."""

from __future__ import annotations

from smartdesk.reports.catalogue import text
from smartdesk.reports.sections.citations import exempt_law_table
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
            (
                "cover.contact",
                ", ".join(v for v in (info.contact_officer, info.contact_title) if v),
            ),
            ("cover.wards", ", ".join(info.wards_affected) or text("cover.all_wards")),
            ("cover.key_decision", text("doc.yes" if info.key_decision else "doc.no")),
            ("cover.status", text(f"cover.status_{info.status.value}")),
        ]
    )
    story.marking(ctx.marking())
    if ctx.public:
        story.say("cover.public_version")
        withheld = ctx.withheld
        parts = [
            text(f"count.{kind}", n=n)
            for kind, n in (
                ("contacts", withheld.contact_details),
                ("residents", withheld.private_individuals),
                ("positions", withheld.positions),
            )
            if n
        ]
        if parts:
            story.say("cover.withheld_detail", items=", ".join(parts))
        if ctx.exempt.total:
            story.say("cover.withheld", law=ctx.law)
            exempt_law_table(ctx)
    elif ctx.exempt.total:
        story.say("cover.full_exempt", law=ctx.law)
    else:
        story.say("cover.full_public")
    story.end_cover()


def contents(ctx: Context) -> None:
    ctx.story.heading("doc.contents", in_contents=False)
    ctx.story.contents()
