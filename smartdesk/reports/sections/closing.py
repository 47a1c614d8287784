"""Sections 8-10 and the background papers: risks, implications, next steps."""

from __future__ import annotations

from smartdesk.domain.enums import Nation
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
    )


def implications(ctx: Context) -> None:
    imp, story = ctx.data.implications, ctx.story
    story.heading("h.implications")
    fields = ["financial", "legal", "equality", "climate", "data_protection", "subsidy_control"]
    if ctx.data.workshop.nation is Nation.WALES:
        fields += ["welsh_language", "wellbeing"]
    for number, name in enumerate(fields, start=1):
        story.heading(f"imp.{name}", 2, number=f"9.{number}")
        value: str = getattr(imp, name)
        if value.strip():
            story.user(value)
        else:
            story.empty("imp.none")


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
    story = ctx.story
    story.heading("h.background_papers")
    if ctx.data.workshop.background_papers:
        story.bullets(list(ctx.data.workshop.background_papers))
    else:
        story.empty("papers.none")
