"""Section 7: long list, short list, why the others were not taken forward, criteria and
weights, ranking, sensitivity."""

from __future__ import annotations

from smartdesk.domain.appraisal import normalised_weights, ties
from smartdesk.domain.sensitivity import SensitivityRow
from smartdesk.domain.sensitivity_sentence import most_sensitive
from smartdesk.reports import analysis, charts
from smartdesk.reports.catalogue import label, text
from smartdesk.reports.sections.context import Context, detail, num, pct


def options(ctx: Context) -> None:
    ctx.story.heading("h.options")
    ctx.exempt_line("option")
    _long_list(ctx)
    _short_list(ctx)
    _not_taken_forward(ctx)
    _criteria(ctx)
    _ranking(ctx)
    ctx.story.heading("h.sensitivity", 2)
    # From the workshop as recorded, like the ranking: the same in every version.
    rows = analysis.sensitivity_rows(ctx.source) if ctx.ranking else []
    if rows:
        _sensitivity(ctx, rows)
    else:
        ctx.story.empty("options.no_sensitivity")


def _long_list(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.long_list", 2)
    if not ctx.data.options:
        story.empty("options.none")
        return
    story.table(
        [
            "col.option",
            "col.description",
            "col.delivery",
            "col.route",
            "col.financing",
            "col.shortlisted",
        ],
        [
            [
                ctx.option_name(o.id),
                o.description,
                label(o.delivery_model) if o.delivery_model else "",
                label(o.procurement_route) if o.procurement_route else "",
                ", ".join(label(f) for f in o.financing),
                text("doc.yes" if o.shortlisted else "doc.no"),
            ]
            for o in ctx.data.options
        ],
        [0.19, 0.28, 0.13, 0.14, 0.13, 0.13],
    )


def _short_list(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.short_list", 2)
    short = [o for o in ctx.data.options if o.shortlisted]
    if not short:
        story.empty("options.no_short_list")
        return
    story.say("options.short_list_intro", n=len(short))
    story.table(
        ["col.option", "col.baseline_role"],
        [
            [
                ctx.option_name(o.id),
                ", ".join(
                    text(key)
                    for key, flag in (("options.bau", o.bau), ("options.do_minimum", o.do_minimum))
                    if flag
                ),
            ]
            for o in short
        ],
        [0.6, 0.4],
    )


def _not_taken_forward(ctx: Context) -> None:
    """Why each option was dropped: not short-listed, or short-listed but not recommended."""
    recommended = ctx.data.recommendation.option_id
    dropped = [
        o
        for o in ctx.data.options
        if not o.shortlisted or (recommended is not None and o.id != recommended)
    ]
    if not dropped:
        return
    story = ctx.story
    story.heading("h.not_taken_forward", 2)
    story.say("options.not_taken_intro")
    story.table(
        ["col.option", "col.why_not"],
        [
            [
                ctx.option_name(o.id),
                (ctx.exempt_cells(o.id, 1) or [o.rejection_reason.strip()])[0]
                or text("options.no_reason", ctx.language),
            ]
            for o in dropped
        ],
        [0.35, 0.65],
    )


def _criteria(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.criteria", 2)
    criteria = ctx.data.criteria
    if not criteria:
        story.empty("options.no_criteria")
        return
    shares = normalised_weights(criteria)
    story.table(
        ["col.criterion", "col.description", "col.weight", "col.share"],
        [[c.name, c.description, num(c.weight), pct(shares[c.id])] for c in criteria],
        [0.25, 0.51, 0.11, 0.13],
    )


def _ranking(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.ranking", 2)
    if not ctx.ranking:
        story.empty("options.no_ranking")
        return
    story.table(
        ["col.rank", "col.option", "col.score", "col.complete"],
        [
            [
                str(r.rank),
                ctx.option_name(r.option_id),
                pct(r.score),
                text("doc.no" if r.incomplete else "doc.yes"),
            ]
            for r in ctx.ranking
        ],
        [0.1, 0.5, 0.2, 0.2],
    )
    for run in ties(ctx.ranking):
        story.say(
            "options.tied",
            names="; ".join(ctx.option_name(line.option_id) for line in run),
            score=pct(run[0].score),
        )
    ctx.step("ranking chart")
    # An exempt option keeps its bar and score; its label is "Option C — exempt".
    items = [
        text(
            "chart.ranking_item", rank=r.rank, name=ctx.option_name(r.option_id), score=pct(r.score)
        )
        + (text("options.incomplete") if r.incomplete else "")
        for r in ctx.ranking
    ]
    story.chart(
        charts.ranking_bars(
            [(ctx.option_short(r.option_id), float(r.score), r.incomplete) for r in ctx.ranking]
        ),
        text("chart.ranking", n=len(ctx.ranking), detail=detail(items)),
        values=items,
    )


def _sensitivity(ctx: Context, rows: list[SensitivityRow]) -> None:
    story = ctx.story
    top = ctx.option_name(rows[0].top_option_id)
    most = most_sensitive(rows)
    if most is not None:
        story.say(
            "sens.sentence_above" if most.turn.above else "sens.sentence_below",
            top=top,
            criterion=most.row.name,
            share=pct(most.row.share_pct),
            at=pct(most.turn.at_pct),
            points=f"{float(most.points):.1f}",
            other=ctx.option_name(most.turn.overtaker_id),
        )
    else:
        story.say("sens.sentence_robust", top=top)
    nobody = text("sens.nobody")
    story.table(
        [
            "col.criterion",
            "col.share",
            "col.stays_top",
            "col.overtaken_below",
            "col.overtaken_above",
        ],
        [
            [
                r.name,
                pct(r.share_pct),
                f"{pct(r.top_stays_from_pct)} - {pct(r.top_stays_to_pct)}",
                ctx.option_name(r.overtaken_below_by) if r.overtaken_below_by else nobody,
                ctx.option_name(r.overtaken_above_by) if r.overtaken_above_by else nobody,
            ]
            for r in rows
        ],
        [0.26, 0.1, 0.2, 0.22, 0.22],
    )
    ctx.step("sensitivity chart")
    items = [
        text(
            "chart.sensitivity_item",
            name=r.name,
            share=pct(r.share_pct),
            low=pct(r.top_stays_from_pct),
            high=pct(r.top_stays_to_pct),
        )
        for r in rows
    ]
    story.chart(
        charts.sensitivity_ranges(
            [
                charts.SensitivityRange(
                    r.name,
                    float(r.share_pct),
                    float(r.top_stays_from_pct),
                    float(r.top_stays_to_pct),
                )
                for r in rows
            ]
        ),
        text("chart.sensitivity", n=len(rows), top=top, detail=detail(items)),
        values=items,
    )
