"""Part B (full version only): the exempt information, not for publication.

Built from the workshop as recorded (``ctx.source``): each confidential item under the
label and paragraph the body knows it by, with the fields the body left out, and the
text that went with them (an exempt option's scoring rationale, the reasons for an
exempt recommended option).
"""

from __future__ import annotations

from smartdesk.domain.npsv import cost_lines, switching_values
from smartdesk.reports import analysis
from smartdesk.reports.sections.appendices import say_switching_values
from smartdesk.reports.sections.citations import exempt_law_table, reference
from smartdesk.reports.sections.context import Context, money, num, short_day


def appendix_exempt(ctx: Context) -> None:
    if ctx.public or not ctx.exempt.total:
        return
    source, story, items = ctx.source, ctx.story, ctx.exempt.by_id
    story.page_break("exempt")
    story.heading("h.appendix_d")
    story.say("appx.exempt_intro", law=ctx.law)
    story.heading("appx.exempt_items", 2, in_contents=False)
    exempt_law_table(ctx)

    def label(record_id: str) -> str:
        item = items[record_id]
        return f"{item.label}\n{reference(item.citation)}"

    strategies = [s for s in source.strategies if s.id in items]
    if strategies:
        story.heading("appx.exempt_strategies", 2, in_contents=False)
        story.table(
            ["col.ref", "col.strategy", "col.owner", "col.alignment"],
            [[label(s.id), s.title, s.owner, s.alignment] for s in strategies],
            [0.2, 0.3, 0.15, 0.35],
            label_column=1,
        )

    options = [o for o in source.options if o.id in items]
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
                "col.annual_benefit",
                "col.npc",
                "col.npsv",
            ],
            [
                [
                    label(o.id),
                    o.name,
                    "\n".join(x for x in (o.description, o.notes) if x),
                    money(o.capital_cost),
                    money(o.annual_cost),
                    money(o.annual_benefit),
                    money(float(costs[o.id].npc)),
                    money(float(costs[o.id].npsv)),
                ]
                for o in options
            ],
            [0.1, 0.13, 0.16, 0.12, 0.11, 0.11, 0.135, 0.135],
            label_column=1,
        )
        _derived(ctx)

    # Why an exempt option was not taken forward: the body says only "exempt".
    dropped = [o for o in options if o.rejection_reason.strip()]
    if dropped:
        story.heading("appx.exempt_rejections", 2, in_contents=False)
        story.table(
            ["col.ref", "col.option", "col.why_not"],
            [[label(o.id), o.name, o.rejection_reason] for o in dropped],
            [0.2, 0.3, 0.5],
            label_column=1,
        )

    risks = [r for r in source.risks if r.id in items]
    if risks:
        story.heading("appx.exempt_risks", 2, in_contents=False)
        story.table(
            ["col.ref", "col.risk", "col.rating", "col.owner", "col.mitigation"],
            [[label(r.id), r.title, num(r.rating), r.owner, r.mitigation] for r in risks],
            [0.16, 0.3, 0.08, 0.16, 0.3],
            label_column=1,
        )

    people = [p for p in source.stakeholders if p.id in items]
    if people:
        story.heading("appx.exempt_stakeholders", 2, in_contents=False)
        story.table(
            ["col.ref", "col.name", "col.organisation", "col.contact", "col.note"],
            [
                [
                    label(p.id),
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

    log = [e for e in source.listening_log if e.id in items]
    if log:
        story.heading("appx.exempt_log", 2, in_contents=False)
        story.table(
            ["col.ref", "col.date", "col.source", "col.said", "col.did"],
            [[label(e.id), short_day(e.date), e.source, e.said, e.response] for e in log],
            [0.16, 0.12, 0.16, 0.28, 0.28],
            label_column=3,
        )
    _rationales(ctx)
    story.say("appx.exempt_end", "Note")


def _derived(ctx: Context) -> None:
    """What the body withholds because it comes from an exempt option's costs: the
    preferred option's switching values, and every option's NPSV against an exempt
    do-minimum."""
    source, items = ctx.source, ctx.exempt.by_id
    values = switching_values(source)
    if values is not None and values.option_id in items:
        ctx.story.heading("appx.switching_heading", 2, in_contents=False)
        say_switching_values(ctx, values, withheld=False)
    if any(o.do_minimum and o.id in items for o in source.options):
        ctx.story.heading("appx.npsv_heading", 2, in_contents=False)
        ctx.story.table(
            ["col.option", "col.npsv", "col.npsv_vs_do_minimum"],
            [
                [
                    ctx.option_name(line.option_id),
                    money(float(line.npsv)),
                    money(float(line.npsv_vs_do_minimum or 0)),
                ]
                for line in cost_lines(source)
            ],
            [0.5, 0.25, 0.25],
        )


def _rationales(ctx: Context) -> None:
    """The text the body left out with an exempt option: its scoring and its reasons."""
    source, story = ctx.source, ctx.story
    names = {c.id: c.name for c in source.criteria}
    scored = [
        s
        for s in source.scores
        if s.rationale.strip() and s.option_id in ctx.exempt.by_id and s.criterion_id in names
    ]
    if scored:
        story.heading("appx.exempt_scores", 2, in_contents=False)
        for s in scored:
            label = ctx.exempt.by_id[s.option_id].label
            story.labelled(f"{label}, {names[s.criterion_id]}:", s.rationale, "Note")
    rationale = source.recommendation.rationale
    if ctx.exempt.recommended_option_exempt and rationale.strip():
        story.heading("appx.exempt_rationale", 2, in_contents=False)
        story.user(rationale)
