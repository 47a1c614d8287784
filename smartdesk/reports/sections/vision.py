"""Section 5: vision statement, horizon, principles, strategies, outcomes, maturity."""

from __future__ import annotations

from smartdesk.reports import charts
from smartdesk.reports.catalogue import text
from smartdesk.reports.sections.context import Context, detail, num, short_day


def vision(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.heading("h.vision")
    story.heading("h.vision_statement", 2)
    if data.vision.statement.strip():
        story.user(data.vision.statement)
    else:
        story.empty("vision.none")
    story.heading("h.horizon", 2)
    if data.vision.horizon_year:
        story.say("vision.horizon", year=data.vision.horizon_year)
    else:
        story.empty("vision.no_horizon")
    story.heading("h.principles", 2)
    if data.vision.principles:
        story.bullets(list(data.vision.principles))
    else:
        story.empty("vision.no_principles")
    _strategies(ctx)
    _outcomes(ctx)
    _maturity(ctx)


def _strategies(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.heading("h.strategies", 2)
    ctx.exempt_line("strategy")
    if data.strategies:
        story.table(
            ["col.number", "col.strategy", "col.owner", "col.alignment"],
            [
                [str(n), s.title, s.owner, s.alignment]
                for n, s in enumerate(data.strategies, start=1)
            ],
            [0.06, 0.3, 0.18, 0.46],
            label_column=1,
        )
    else:
        story.empty("vision.no_strategies")


def _outcomes(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.heading("h.outcomes", 2)
    titles = {s.id: s.title for s in data.strategies}
    if not data.outcomes:
        story.empty("vision.no_outcomes")
        return
    story.table(
        [
            "col.outcome",
            "col.indicator",
            "col.baseline",
            "col.target",
            "col.by",
            "col.owner",
            "col.strategies",
        ],
        [
            [
                o.title,
                # The unit goes with the figures: indicators often name it already
                # ("survey agree %"), and "(%)" after them said it twice.
                o.indicator,
                _with_unit(num(o.baseline), o.unit),
                _with_unit(num(o.target), o.unit),
                short_day(o.target_date),
                o.owner,
                "; ".join(titles[i] for i in o.strategy_ids if i in titles),
            ]
            for o in data.outcomes
        ],
        [0.19, 0.2, 0.09, 0.09, 0.11, 0.14, 0.18],
    )


def _maturity(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.heading("h.maturity", 2)
    if not data.maturity:
        story.empty("vision.no_maturity")
        return
    story.table(
        ["col.dimension", "col.current", "col.target_level", "col.note"],
        [[m.dimension, num(m.current), num(m.target), m.note] for m in data.maturity],
        [0.3, 0.1, 0.1, 0.5],
    )
    rated = [
        (m.dimension or "-", m.current, m.target)
        for m in data.maturity
        if m.current is not None and m.target is not None
    ]
    if len(rated) < 3:
        return
    ctx.step("maturity radar")
    items = [text("chart.radar_item", dimension=d, current=c, target=t) for d, c, t in rated]
    story.chart(
        charts.maturity_radar(rated),
        text("chart.radar", n=len(rated), detail=detail(items)),
        width=0.75,
        values=items,
    )


def _with_unit(figure: str, unit: str) -> str:
    """``figure`` followed by ``unit`` ("41 %", "2250 MWh"); nothing when no figure."""
    unit = unit.strip()
    return f"{figure} {unit}" if figure and unit else figure
