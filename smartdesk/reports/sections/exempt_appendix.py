"""Appendix D (full version only): the exempt information, not for publication.

Built from the workshop as recorded (``ctx.source``): each confidential item beside the
reference the body knows it by, with the details the body left out.
"""

from __future__ import annotations

from smartdesk.reports import analysis
from smartdesk.reports.sections.context import Context, money, num


def appendix_exempt(ctx: Context) -> None:
    if ctx.public or not ctx.moved.total:
        return
    source, story, refs = ctx.source, ctx.story, ctx.moved.references
    story.page_break("exempt")
    story.heading("h.appendix_d")
    story.say("appx.exempt_intro", citation=ctx.citation)

    strategies = [s for s in source.strategies if s.confidential]
    if strategies:
        story.heading("appx.exempt_strategies", 2, in_contents=False)
        story.table(
            ["col.ref", "col.strategy", "col.owner", "col.alignment"],
            [[refs[s.id], s.title, s.owner, s.alignment] for s in strategies],
            [0.2, 0.3, 0.15, 0.35],
            label_column=1,
        )

    options = [o for o in source.options if o.confidential]
    if options:
        story.heading("appx.exempt_options", 2, in_contents=False)
        costs = {line.option_id: line for line in analysis.whole_life_costs(source)}
        story.table(
            [
                "col.ref",
                "col.option",
                "col.description",
                "col.capital",
                "col.annual_cost",
                "col.npc",
            ],
            [
                [
                    refs[o.id],
                    o.name,
                    o.description,
                    money(o.capital_cost),
                    money(o.annual_cost),
                    money(float(costs[o.id].npc)) if o.id in costs else "*",
                ]
                for o in options
            ],
            [0.16, 0.2, 0.28, 0.12, 0.12, 0.12],
            label_column=1,
        )

    risks = [r for r in source.risks if r.confidential]
    if risks:
        story.heading("appx.exempt_risks", 2, in_contents=False)
        story.table(
            ["col.ref", "col.risk", "col.rating", "col.owner", "col.mitigation"],
            [[refs[r.id], r.title, num(r.rating), r.owner, r.mitigation] for r in risks],
            [0.16, 0.3, 0.08, 0.16, 0.3],
            label_column=1,
        )

    people = [p for p in source.stakeholders if p.confidential]
    if people:
        story.heading("appx.exempt_stakeholders", 2, in_contents=False)
        story.table(
            ["col.ref", "col.name", "col.organisation", "col.contact", "col.note"],
            [
                [
                    refs[p.id],
                    p.name,
                    ", ".join(x for x in (p.organisation, p.role) if x),
                    "\n".join(x for x in (p.email, p.phone) if x),
                    p.notes,
                ]
                for p in people
            ],
            [0.16, 0.2, 0.22, 0.2, 0.22],
            label_column=1,
        )
    story.say("appx.exempt_end", "Note")
