"""Section 6: power-interest grid, engagement gap, engagement plan, "you said, we did"."""

from __future__ import annotations

from smartdesk.domain.enums import EngagementLevel, StakeholderCategory
from smartdesk.domain.labels import record_numbers
from smartdesk.domain.records import Stakeholder
from smartdesk.domain.stakeholder_analysis import Quadrant, is_placed, quadrant
from smartdesk.reports import charts
from smartdesk.reports.catalogue import label, text
from smartdesk.reports.sections.context import Context, attitude, detail, num, short_day

# The grid numbers at most this many points (with a key table); beyond that numbers
# would be a blur and the register in Appendix A is the place to look people up.
GRID_NUMBERS = 60
# The engagement-gap chart shows at most this many stakeholders.
GAP_ROWS = 40


def stakeholders(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.stakeholders")
    ctx.exempt_line("stakeholder")
    if not ctx.data.stakeholders:
        story.empty("stake.none")
    _grid(ctx)
    _gap(ctx)
    _plan(ctx)
    _listening(ctx)


def _name(person: Stakeholder) -> str:
    return person.name or person.role or "-"


def _grid(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.grid", 2)
    # Counted from the workshop as recorded, so both versions give the same numbers.
    placed = [p for p in ctx.source.stakeholders if is_placed(p)]
    if not placed:
        story.empty("stake.no_grid")
        return
    quadrants = [quadrant(p) for p in placed]
    story.say(
        "stake.summary",
        n=len(placed),
        **{place.value: quadrants.count(place) for place in Quadrant},
    )
    _counts(ctx, placed)
    if ctx.public:
        # Attitudes and individual positions are left out of the public version: its
        # figure (same number as the full version's grid) shows counts only.
        ctx.step("power-interest grid")
        story.chart(
            charts.quadrant_counts({place: quadrants.count(place) for place in Quadrant}),
            text("chart.grid_counts", n=len(placed)),
            width=0.6,
            values=[
                f"{text(f'quad.{q.value}', ctx.language)}: {quadrants.count(q)}." for q in Quadrant
            ],
        )
        story.say("stake.public_grid", "Note")
        return
    _individual_grid(ctx)


def _counts(ctx: Context, placed: list[Stakeholder]) -> None:
    """Stakeholders per category (rows) and quadrant (columns)."""
    categories = [c for c in StakeholderCategory if any(p.category is c for p in placed)]
    rows: list[tuple[str, list[Stakeholder]]] = [
        (label(c), [p for p in placed if p.category is c]) for c in categories
    ]
    if any(p.category is None for p in placed):
        rows.append((text("stake.no_category"), [p for p in placed if p.category is None]))
    rows.append((text("stake.all"), placed))
    ctx.story.table(
        ["col.category", *(f"quad.{place.value}" for place in Quadrant)],
        [
            [label, *(str(sum(quadrant(p) is place for p in people)) for place in Quadrant)]
            for label, people in rows
        ],
        [0.28, 0.18, 0.18, 0.18, 0.18],
    )


def _individual_grid(ctx: Context) -> None:
    """The full version's grid: each stakeholder by register number, with attitude."""
    story = ctx.story
    numbers = record_numbers(ctx.data.stakeholders)
    placed = [p for p in ctx.data.stakeholders if is_placed(p)]
    ctx.step("power-interest grid")
    numbered = len(placed) <= GRID_NUMBERS
    points = [
        charts.GridPoint(
            str(numbers[p.id]) if numbered else "",
            float(p.power or 0),
            float(p.interest or 0),
            p.attitude,
        )
        for p in placed
    ]
    items = [
        text(
            "chart.grid_item",
            name=_name(p),
            power=num(p.power),
            interest=num(p.interest),
            attitude=attitude(p.attitude).lower(),
        )
        for p in placed
    ]
    # Numbered points have the key table below, which says it all; the caption need not.
    caption = (
        text("chart.grid", n=len(placed))
        if numbered
        else text("chart.grid_unnumbered", n=len(placed), detail=detail(items))
    )
    story.chart(charts.power_interest_grid(points), caption, width=0.8, values=items)
    if numbered:
        story.table(
            ["col.number", "col.stakeholder", "col.power_interest", "col.attitude", "col.quadrant"],
            [
                [
                    str(numbers[p.id]),
                    _name(p),
                    f"{num(p.power)} / {num(p.interest)}",
                    attitude(p.attitude),
                    text(f"quad.{quadrant(p)}"),
                ]
                for p in placed
            ],
            [0.07, 0.43, 0.15, 0.15, 0.2],
            label_column=1,
        )


def _rank(level: EngagementLevel | None) -> int:
    return level.rank if level else 0


def _gap_size(person: Stakeholder) -> int:
    return _rank(person.engagement_needed) - _rank(person.engagement_current)


def _gap(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.engagement_gap", 2)
    levelled = [p for p in ctx.data.stakeholders if p.engagement_current and p.engagement_needed]
    if not levelled:
        story.empty("stake.no_gap")
        return
    gaps = [p for p in levelled if _gap_size(p) > 0]
    shown = levelled if len(levelled) <= GAP_ROWS else gaps[:GAP_ROWS]
    if not shown:
        return
    ctx.step("engagement gap")
    story.chart(
        charts.engagement_gap(
            [(_name(p), _rank(p.engagement_current), _rank(p.engagement_needed)) for p in shown],
            [label(level) for level in EngagementLevel],
        ),
        text("chart.gap", n=len(shown), short=len(gaps)),
        values=[
            f"{_name(p)}: {text('chart.today', ctx.language)} {p.engagement_current.label}, "
            f"{text('chart.needed', ctx.language)} {p.engagement_needed.label}."
            for p in shown
            if p.engagement_current and p.engagement_needed
        ],
    )


def _plan(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.engagement_plan", 2)
    actions = ctx.data.engagement_actions
    if not actions:
        story.empty("stake.no_plan")
        return
    names = {p.id: _name(p) for p in ctx.data.stakeholders}
    story.table(
        ["col.action", "col.stakeholders", "col.method", "col.owner", "col.due", "col.status"],
        [
            [
                a.action,
                "; ".join(names[i] for i in a.stakeholder_ids if i in names),
                a.method,
                a.owner,
                short_day(a.due),
                label(a.status),
            ]
            for a in actions
        ],
        [0.28, 0.2, 0.12, 0.15, 0.12, 0.13],
    )


def _listening(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.listening", 2)
    log = ctx.data.listening_log
    if not log:
        story.empty("stake.no_log")
        return
    ctx.exempt_line("listening_log")
    story.table(
        ["col.number", "col.date", "col.source", "col.said", "col.did", "col.status"],
        [
            [str(n), short_day(e.date), e.source, e.said, e.response, label(e.status)]
            for n, e in enumerate(log, start=1)
        ],
        [0.06, 0.11, 0.15, 0.28, 0.28, 0.12],
        label_column=3,
    )
