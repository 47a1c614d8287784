"""Appendices A-C: stakeholder register, full scoring matrix, whole-life costs."""

from __future__ import annotations

from smartdesk.domain.appraisal import normalised_weights
from smartdesk.domain.costs import WholeLifeCost
from smartdesk.domain.records import Option
from smartdesk.reports import analysis
from smartdesk.reports.catalogue import text
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
            p.category.label if p.category else "",
        ]
        if not ctx.public:
            row += [f"{num(p.power) or '-'} / {num(p.interest) or '-'}", attitude(p.attitude)]
        row.append(
            " / ".join(
                level.label if level else "-"
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
    story.say("appx.costs_intro", years=info.appraisal_years, rate=f"{info.discount_rate_pct:g}")
    # An exempt option keeps its row; its costs and every figure from them are withheld
    # (the full version has them in Part B).
    exempt = [ctx.exempt_cells(o.id, 6) for o in data.options]
    ctx.exempt_line("option")
    shown = {o.id: o for o in data.options if o.id not in ctx.exempt.by_id}
    costed = {line.option_id: line for line in analysis.whole_life_costs(data)}
    story.table(
        [
            "col.option",
            "col.capital",
            "col.annual_cost",
            "col.annual_benefit",
            "col.optimism",
            "col.npc",
            "col.npv",
        ],
        [
            [ctx.option_name(option.id), *_cost_cells(option, costed[option.id])]
            if option.id in shown
            else [ctx.option_name(option.id), *cells]
            for option, cells in zip(data.options, exempt, strict=True)
        ],
        [0.25, 0.12, 0.12, 0.12, 0.11, 0.14, 0.14],
    )
    if any(costed[i].missing for i in shown):
        story.say("appx.costs_missing", "Note")


def _cost_cells(option: Option, line: WholeLifeCost) -> list[str]:
    return [
        money(option.capital_cost),
        money(option.annual_cost),
        money(option.annual_benefit),
        f"{option.optimism_bias_pct:g} %" if option.optimism_bias_pct is not None else "0 %",
        money(float(line.npc)),
        money(float(line.npv)),
    ]
