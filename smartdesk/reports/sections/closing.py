"""Sections 9 and 11, the background papers and the contact officer.

The contact officer is an official contact, not a stakeholder's personal data: the
public version prints it too.
"""

from __future__ import annotations

from smartdesk.domain.labels import record_numbers
from smartdesk.reports import analysis, charts
from smartdesk.reports.catalogue import text
from smartdesk.reports.sections.context import Context, detail, num, short_day


def risks(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.heading("h.risks")
    ctx.exempt_line("risk")
    story.heading("h.risk_register", 2)
    if not data.risks:
        story.empty("risks.none")
        return
    numbers = record_numbers(data.risks)
    ordered = sorted(data.risks, key=lambda r: -(r.rating or 0))
    story.table(
        [
            "col.number",
            "col.risk",
            "col.applies_to",
            "col.likelihood",
            "col.impact",
            "col.rating",
            "col.owner",
            "col.mitigation",
        ],
        [
            [
                str(numbers[r.id]),
                r.title,
                ctx.option_name(r.option_id) if r.option_id else text("col.all_options"),
                num(r.likelihood),
                num(r.impact),
                num(r.rating),
                r.owner,
                r.mitigation,
            ]
            for r in ordered
        ],
        [0.05, 0.19, 0.17, 0.05, 0.05, 0.08, 0.16, 0.25],
        label_column=1,
    )
    # Ratings of every risk, exempt ones included: the same totals in every version.
    counts = analysis.risk_heat_counts(ctx.source)
    rated = sum(map(sum, counts))
    story.heading("h.heat_map", 2)
    unrated = len(data.risks) - rated
    if unrated:
        story.say("risks.unrated", n=unrated)
    if not rated:
        return
    ctx.step("risk heat map")
    cells = [
        text("chart.heat_item", count=counts[i - 1][lk - 1], likelihood=lk, impact=i)
        for i in range(5, 0, -1)
        for lk in range(5, 0, -1)
        if counts[i - 1][lk - 1]
    ]
    story.chart(
        charts.risk_heat_map(counts),
        text(
            "chart.heat", n=rated, high=analysis.very_high_risks(ctx.source), detail=detail(cells)
        ),
        width=0.6,
        values=cells,
    )


def next_steps(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.next_steps")
    if ctx.data.next_steps:
        story.table(
            ["col.action", "col.owner", "col.due"],
            [[s.action, s.owner, short_day(s.due)] for s in ctx.data.next_steps],
            [0.6, 0.25, 0.15],
        )
    else:
        story.empty("next.none")


def background_papers(ctx: Context) -> None:
    story, info = ctx.story, ctx.data.workshop
    story.heading("h.background_papers")
    if not info.background_papers:
        story.empty("papers.none")
        return
    story.bullets(list(info.background_papers))
    if info.contact_officer.strip():
        story.say("papers.inspect")
    elif info.report_author.strip():
        story.say("papers.inspect_author", author=info.report_author)
    else:
        story.say("papers.inspect_council")


def contact_officer(ctx: Context) -> None:
    story, info = ctx.story, ctx.data.workshop
    story.heading("h.contact")
    rows = [
        ("contact.name", info.contact_officer),
        ("contact.title", info.contact_title),
        ("contact.email", info.contact_email),
        ("contact.phone", info.contact_phone),
    ]
    if not any(value.strip() for _key, value in rows):
        story.empty("contact.none")
        return
    story.key_values([(key, value) for key, value in rows if value.strip()])
