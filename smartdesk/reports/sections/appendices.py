"""Appendices A-C: stakeholder register, full scoring matrix, whole-life costs."""

from __future__ import annotations

from smartdesk.domain.appraisal import normalised_weights
from smartdesk.domain.costs import uses_green_book_schedule
from smartdesk.domain.npsv import SwitchingValues, cost_lines, switching_values
from smartdesk.domain.records import Option
from smartdesk.reports import analysis
from smartdesk.reports.catalogue import label, text
from smartdesk.reports.sections.context import Context, attitude, money, num, pct

# Criteria per block of the scoring matrix: headers are short references (C1, C2 ...)
# explained in a key, so ten columns stay legible on A4 portrait.
MATRIX_BLOCK = 10


def appendix_stakeholders(ctx: Context) -> None:
    story = ctx.story
    story.page_break()
    story.heading("h.appendix_a")
    people = ctx.data.stakeholders
    if not people:
        story.empty("appx.no_stakeholders")
        return
    ctx.exempt_line("stakeholder")
    # The public version leaves out attitudes, grid positions and contact details.
    if ctx.public:
        headers = ["col.number", "col.name", "col.organisation", "col.category", "col.engagement"]
        widths = [0.06, 0.24, 0.34, 0.14, 0.22]
    else:
        headers = ["col.number", "col.name", "col.organisation", "col.category"]
        headers += ["col.power_interest", "col.attitude", "col.engagement", "col.contact"]
        widths = [0.05, 0.14, 0.19, 0.11, 0.09, 0.1, 0.13, 0.19]
    rows = []
    for number, p in enumerate(people, start=1):
        row = [
            str(number),
            p.name,
            ", ".join(x for x in (p.organisation, p.role) if x),
            label(p.category) if p.category else "",
        ]
        if not ctx.public:
            row += [f"{num(p.power) or '-'} / {num(p.interest) or '-'}", attitude(p.attitude)]
        row.append(
            " / ".join(
                label(level) if level else "-"
                for level in (p.engagement_current, p.engagement_needed)
            )
        )
        if not ctx.public:
            row.append("\n".join(x for x in (p.email, p.phone) if x))
        rows.append(row)
    story.table(headers, rows, widths, label_column=1)


def appendix_scores(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.page_break()
    story.heading("h.appendix_b")
    short = [o for o in data.options if o.shortlisted]
    if not short or not data.criteria:
        story.empty("appx.no_matrix")
        return
    shares = normalised_weights(data.criteria)
    refs = {c.id: text("appx.criterion_ref", n=i) for i, c in enumerate(data.criteria, start=1)}
    story.say("appx.matrix_intro")
    story.table(
        ["col.ref", "col.criterion", "col.share"],
        [[refs[c.id], c.name, pct(shares[c.id])] for c in data.criteria],
        [0.1, 0.7, 0.2],
        label_column=1,
    )
    scores = {(s.option_id, s.criterion_id): s for s in data.scores}
    for start in range(0, len(data.criteria), MATRIX_BLOCK):
        criteria = data.criteria[start : start + MATRIX_BLOCK]
        rows = []
        for option in short:
            row = [ctx.option_name(option.id)]
            for criterion in criteria:
                cell = scores.get((option.id, criterion.id))
                row.append("" if cell is None or cell.score is None else str(cell.score))
            rows.append(row)
        story.table(
            ["col.option"],
            rows,
            [0.3] + [0.7 / len(criteria)] * len(criteria),
            extra_headers=[refs[c.id] for c in criteria],
        )
    names = {c.id: c.name for c in data.criteria}
    shortlisted = {o.id for o in short}
    rationales = [
        (ctx.option_name(s.option_id), names.get(s.criterion_id, "-"), s.rationale)
        for s in data.scores
        if s.rationale.strip() and s.option_id in shortlisted
    ]
    if rationales:
        story.heading("appx.rationales", 2, in_contents=False)
        for option_name, criterion_name, rationale in rationales:
            story.labelled(f"{option_name}, {criterion_name}:", rationale, "Note")


def appendix_costs(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.page_break()
    story.heading("h.appendix_c")
    if not data.options:
        story.empty("appx.no_costs")
        return
    info = data.workshop
    story.say("appx.costs_intro", years=info.appraisal_years)
    if uses_green_book_schedule(info.discount_rate_pct):
        story.say("appx.discount_schedule")
    else:
        story.say("appx.discount_flat", rate=f"{info.discount_rate_pct:g}")
    story.say("appx.optimism_guidance")
    # An exempt option keeps its row; its costs and every figure from them are withheld
    # (the full version has them in Part B).
    ctx.exempt_line("option")
    shown = {o.id for o in data.options if o.id not in ctx.exempt.by_id}
    costed = {line.option_id: line for line in analysis.whole_life_costs(ctx.source)}
    story.table(
        [
            "col.option",
            "col.capital",
            "col.annual_cost",
            "col.annual_benefit",
            "col.social_benefit",
            "col.optimism_capital",
            "col.optimism_operating",
        ],
        [
            [ctx.option_name(option.id), *_input_cells(option)]
            if option.id in shown
            else [ctx.option_name(option.id), *ctx.exempt_cells(option.id, 6)]
            for option in data.options
        ],
        [0.22, 0.13, 0.13, 0.13, 0.13, 0.13, 0.13],
    )
    if any(costed[i].missing for i in shown):
        story.say("appx.costs_missing", "Note")
    _npsv(ctx, shown)
    _switching(ctx, shown)


def _input_cells(option: Option) -> list[str]:
    def bias(value: float | None) -> str:
        return f"{value:g} %" if value is not None else "0 %"

    operating = option.optimism_bias_operating_pct
    return [
        money(option.capital_cost),
        money(option.annual_cost),
        money(option.annual_benefit),
        money(option.annual_social_benefit or 0),
        bias(option.optimism_bias_pct),
        bias(option.optimism_bias_pct if operating is None else operating),
    ]


def _npsv(ctx: Context, shown: set[str]) -> None:
    """The short list's NPC, PVB and NPSV, and NPSV against the do-minimum: from the
    workshop as recorded, with an exempt option's figures withheld, and the comparison
    withheld for everyone when the do-minimum itself is exempt."""
    story = ctx.story
    lines = cost_lines(ctx.source)
    if not lines:
        return
    story.heading("appx.npsv_heading", 2, in_contents=False)
    do_minimum = next((o.id for o in ctx.source.options if o.do_minimum), None)
    baseline_withheld = do_minimum is not None and do_minimum not in shown
    rows = []
    for line in lines:
        if line.option_id not in shown:
            rows.append([ctx.option_name(line.option_id), *ctx.exempt_cells(line.option_id, 4)])
            continue
        against = line.npsv_vs_do_minimum
        rows.append(
            [
                ctx.option_name(line.option_id),
                money(float(line.npc)),
                money(float(line.pv_benefits)),
                money(float(line.npsv)),
                text("exempt.costs_withheld")
                if baseline_withheld
                else ("-" if against is None else money(float(against))),
            ]
        )
    story.table(
        ["col.option", "col.npc", "col.pv_benefits", "col.npsv", "col.npsv_vs_do_minimum"],
        rows,
        [0.32, 0.17, 0.17, 0.17, 0.17],
    )
    if do_minimum is None:
        story.say("appx.npsv_no_do_minimum", "Note")
    elif baseline_withheld:
        story.say("appx.npsv_do_minimum_exempt", "Note")


def _switching(ctx: Context, shown: set[str]) -> None:
    source = ctx.source
    if not any(o.shortlisted for o in source.options):
        return
    ctx.story.heading("appx.switching_heading", 2, in_contents=False)
    values = switching_values(source)
    if values is None:
        chosen = source.recommendation.option_id
        if any(o.id == chosen and not o.shortlisted for o in source.options):
            ctx.story.say("appx.switching_not_shortlisted")
        return
    say_switching_values(ctx, values, withheld=values.option_id not in shown)


def say_switching_values(ctx: Context, values: SwitchingValues, *, withheld: bool) -> None:
    """The sentence giving ``values``, or saying they are withheld with the costs."""
    names = {
        "option": ctx.option_name(values.option_id),
        "who": text("appx.who_recommended" if values.recommended else "appx.who_top", ctx.language),
    }
    costs, benefits = values.costs_rise_pct, values.benefits_fall_pct
    if withheld:
        ctx.story.say("appx.switching_exempt", **names)
    elif costs is not None and benefits is not None:
        ctx.story.say("appx.switching", costs=pct(costs), benefits=pct(benefits), **names)
    elif costs is not None:
        ctx.story.say("appx.switching_costs_only", costs=pct(costs), **names)
    elif benefits is not None:
        ctx.story.say("appx.switching_benefits_only", benefits=pct(benefits), **names)
    else:
        ctx.story.say("appx.switching_none", **names)
