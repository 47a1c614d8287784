"""The sections of the committee report, one function each, in report order.

Every function takes the :class:`Context` and appends to its :class:`Story`. A section
with nothing recorded says so in one line rather than vanish, so the committee can see
what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from smartdesk.domain.appraisal import RankedOption, normalised_weights
from smartdesk.domain.enums import EngagementLevel, Nation, WorkshopStatus
from smartdesk.domain.records import Stakeholder, WorkshopData
from smartdesk.domain.sensitivity import SensitivityRow
from smartdesk.reports import analysis, charts
from smartdesk.reports.catalogue import citation, text
from smartdesk.reports.document import FRAME_WIDTH
from smartdesk.reports.layout import Story
from smartdesk.reports.markup import safe, shorten
from smartdesk.reports.public import Withheld

# Charts list at most this many items in their caption, and the grid labels at most
# this many points; beyond that a chart would be a blur and a caption a page.
_CAPTION_ITEMS = 25
_GRID_LABELS = 60
_GAP_ROWS = 40


@dataclass
class Context:
    data: WorkshopData
    story: Story
    public: bool
    withheld: Withheld
    step: Callable[[str], None]
    ranking: list[RankedOption] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.data.workshop.language.value

    def option_name(self, option_id: str | None) -> str:
        for option in self.data.options:
            if option.id == option_id:
                return self.mark(option.name or "-", option.confidential)
        return "-"

    def mark(self, name: str, confidential: bool) -> str:
        """A name, flagged as exempt in the full version when it is confidential."""
        return name + text("doc.exempt_marker") if confidential and not self.public else name


def _day(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def _short_day(value: date | None) -> str:
    """A date for a table cell, e.g. "5 Sep 2026"."""
    return f"{value.day} {value:%b %Y}" if value else ""


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"


def _money(value: float | None) -> str:
    if value is None:
        return "*"
    return f"-£{-value:,.0f}" if value < 0 else f"£{value:,.0f}"


def _pct(value: Fraction | float) -> str:
    return f"{float(value):.1f} %"


def _exempt_line(ctx: Context, **counts: int) -> None:
    """In the public version, one line saying what this section withheld."""
    if not ctx.public:
        return
    parts = [text(f"count.{kind}", n=n) for kind, n in counts.items() if n]
    if parts:
        ctx.story.say("public.section_withheld", "Note", items=", ".join(parts).capitalize())


def _detail(items: list[str]) -> str:
    shown = items[:_CAPTION_ITEMS]
    more = len(items) - len(shown)
    return " ".join(shown) + (f" (+{more})" if more > 0 else "")


# ----------------------------------------------------------------- cover, contents
def cover(ctx: Context) -> None:
    info, story = ctx.data.workshop, ctx.story
    story.add(NextPageTemplate("body"))
    story.user(info.council or text("doc.not_recorded"), "CoverCouncil")
    story.say("cover.report_to", "Body", committee=info.committee or text("purpose.the_committee"))
    story.user(info.title or info.initiative or text("doc.default_title"), "CoverTitle")
    rows = [
        ("cover.council", info.council),
        ("cover.committee", info.committee),
        ("cover.meeting_date", _day(info.meeting_date)),
        ("cover.title", info.title),
        ("cover.reference", info.report_reference),
        ("cover.portfolio_holder", info.portfolio_holder),
        ("cover.author", info.report_author),
        ("cover.wards", ", ".join(info.wards_affected) or text("cover.all_wards")),
        ("cover.key_decision", text("doc.yes" if info.key_decision else "doc.no")),
        ("cover.status", text(f"cover.status_{info.status.value}")),
    ]
    cell, head = story.styles["Body"], story.styles["HeadCell"]
    table = Table(
        [
            [
                Paragraph(safe(text(key)), head),
                Paragraph(safe(shorten(value, 600) or text("doc.not_recorded")), cell),
            ]
            for key, value in rows
        ],
        colWidths=[0.3 * FRAME_WIDTH, 0.7 * FRAME_WIDTH],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#9aa5b1"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.add(Spacer(1, 4 * mm), table)
    story.para(safe(marking(ctx)), "Marking")
    cite = citation(info.nation, ctx.language)
    if ctx.public:
        story.say("cover.public_version")
        if ctx.withheld.exempt_items:
            story.say("cover.withheld", citation=cite)
        parts = [
            text(f"count.{kind}", n=n)
            for kind, n in (
                ("strategies", ctx.withheld.strategies),
                ("options", ctx.withheld.options),
                ("risks", ctx.withheld.risks),
                ("stakeholders", ctx.withheld.stakeholders),
                ("contacts", ctx.withheld.contact_details),
                ("residents", ctx.withheld.residents_named_by_role),
            )
            if n
        ]
        if parts:
            story.say("cover.withheld_detail", items=", ".join(parts))
    elif has_exempt(ctx.data):
        story.say("cover.full_exempt", citation=cite)
    else:
        story.say("cover.full_public")
    story.add(PageBreak())


def has_exempt(data: WorkshopData) -> bool:
    """Whether anything in the workshop is marked confidential."""
    return any(
        item.confidential
        for group in (data.strategies, data.options, data.risks, data.stakeholders)
        for item in group
    )


def marking(ctx: Context) -> str:
    """ "Public" or "Contains exempt information", for the cover and running header."""
    exempt = not ctx.public and has_exempt(ctx.data)
    return text("doc.exempt" if exempt else "doc.public")


def contents(ctx: Context) -> None:
    story = ctx.story
    story.heading("doc.contents", in_contents=False)
    toc = TableOfContents()
    toc.levelStyles = [story.styles["TOC1"], story.styles["TOC2"]]
    story.add(toc, PageBreak())


# ----------------------------------------------------------------- 1-4
def purpose(ctx: Context) -> None:
    info, story = ctx.data.workshop, ctx.story
    story.heading("h.purpose")
    held = text("purpose.held_on", date=_day(info.date)) if info.date else ""
    story.say(
        "purpose.text",
        committee=info.committee or text("purpose.the_committee"),
        initiative=info.initiative or text("purpose.the_initiative"),
        held=held,
    )


def recommendations(ctx: Context) -> None:
    rec, story = ctx.data.recommendation, ctx.story
    story.heading("h.recommendations")
    if rec.decisions_sought:
        story.say("rec.intro", committee=ctx.data.workshop.committee or "The committee")
        story.bullets(list(rec.decisions_sought), numbered=True)
    else:
        story.empty("rec.none")
    if ctx.withheld.recommended_option_exempt:
        story.say("public.recommended_exempt")
    elif rec.option_id:
        story.say("rec.option", name=ctx.option_name(rec.option_id))
        for line in ctx.ranking:
            if line.option_id == rec.option_id:
                story.say(
                    "rec.option_scored",
                    rank=line.rank,
                    count=len(ctx.ranking),
                    score=_pct(line.score),
                )
    else:
        story.empty("rec.no_option")


def reasons(ctx: Context) -> None:
    rec, story = ctx.data.recommendation, ctx.story
    story.heading("h.reasons")
    if rec.rationale.strip() and not ctx.withheld.recommended_option_exempt:
        story.user(rec.rationale)
    elif not ctx.ranking:
        story.empty("reasons.none")
    if ctx.ranking:
        top = ctx.ranking[0]
        story.say("reasons.ranking", top=ctx.option_name(top.option_id), score=_pct(top.score))


def background(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.background")
    if ctx.data.vision.problem.strip():
        story.user(ctx.data.vision.problem)
    else:
        story.empty("background.none")


# ----------------------------------------------------------------- 5 Vision
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

    story.heading("h.strategies", 2)
    _exempt_line(ctx, strategies=ctx.withheld.strategies)
    if data.strategies:
        story.table(
            ["col.strategy", "col.owner", "col.alignment"],
            [[ctx.mark(s.title, s.confidential), s.owner, s.alignment] for s in data.strategies],
            [0.3, 0.2, 0.5],
        )
    else:
        story.empty("vision.no_strategies")

    story.heading("h.outcomes", 2)
    titles = {s.id: s.title for s in data.strategies}
    if data.outcomes:
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
                    f"{o.indicator} ({o.unit})" if o.unit else o.indicator,
                    _num(o.baseline),
                    _num(o.target),
                    _short_day(o.target_date),
                    o.owner,
                    "; ".join(titles[i] for i in o.strategy_ids if i in titles),
                ]
                for o in data.outcomes
            ],
            [0.19, 0.2, 0.09, 0.09, 0.11, 0.14, 0.18],
        )
    else:
        story.empty("vision.no_outcomes")

    story.heading("h.maturity", 2)
    if data.maturity:
        story.table(
            ["col.dimension", "col.current", "col.target_level", "col.note"],
            [[m.dimension, _num(m.current), _num(m.target), m.note] for m in data.maturity],
            [0.3, 0.1, 0.1, 0.5],
        )
        rated = [
            (m.dimension or "-", m.current, m.target)
            for m in data.maturity
            if m.current is not None and m.target is not None
        ]
        if len(rated) >= 3:
            ctx.step("maturity radar")
            story.chart(
                charts.maturity_radar(rated),
                text(
                    "chart.radar",
                    n=len(rated),
                    detail=_detail(
                        [
                            text("chart.radar_item", dimension=d, current=c, target=t)
                            for d, c, t in rated
                        ]
                    ),
                ),
                width=0.75,
            )
    else:
        story.empty("vision.no_maturity")


# ----------------------------------------------------------------- 6 Stakeholders
def _quadrant(person: Stakeholder) -> str | None:
    if person.power is None or person.interest is None:
        return None
    high_power, high_interest = person.power >= 5, person.interest >= 5
    if high_power:
        return "close" if high_interest else "satisfied"
    return "informed" if high_interest else "monitor"


def _attitude(value: int | None) -> str:
    return text("attitude.none" if value is None else f"attitude.{value}")


def stakeholders(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    people = data.stakeholders
    story.heading("h.stakeholders")
    _exempt_line(ctx, stakeholders=ctx.withheld.stakeholders)
    if not people:
        story.empty("stake.none")
    names = {p.id: ctx.mark(p.name or p.role or "-", p.confidential) for p in people}

    story.heading("h.grid", 2)
    placed = [p for p in people if _quadrant(p)]
    if placed:
        quadrants = [_quadrant(p) for p in placed]
        story.say(
            "stake.summary",
            n=len(placed),
            **{q: quadrants.count(q) for q in ("close", "satisfied", "informed", "monitor")},
        )
        ctx.step("power-interest grid")
        points = [
            charts.GridPoint(
                names[p.id] if len(placed) <= _GRID_LABELS else "",
                float(p.power or 0),
                float(p.interest or 0),
                p.attitude,
            )
            for p in placed
        ]
        story.chart(
            charts.power_interest_grid(points),
            text(
                "chart.grid",
                n=len(placed),
                detail=_detail(
                    [
                        text(
                            "chart.grid_item",
                            name=names[p.id],
                            power=_num(p.power),
                            interest=_num(p.interest),
                            attitude=_attitude(p.attitude).lower(),
                        )
                        for p in placed
                    ]
                ),
            ),
            width=0.85,
        )
    else:
        story.empty("stake.no_grid")

    story.heading("h.engagement_gap", 2)
    levelled = [p for p in people if p.engagement_current and p.engagement_needed]
    if levelled:
        gaps = [p for p in levelled if _gap(p) > 0]
        shown = levelled if len(levelled) <= _GAP_ROWS else gaps[:_GAP_ROWS]
        ctx.step("engagement gap")
        if shown:
            story.chart(
                charts.engagement_gap(
                    [
                        (names[p.id], _rank(p.engagement_current), _rank(p.engagement_needed))
                        for p in shown
                    ],
                    [level.label for level in EngagementLevel],
                ),
                text("chart.gap", n=len(shown), short=len(gaps)),
            )
    else:
        story.empty("stake.no_gap")

    story.heading("h.engagement_plan", 2)
    if data.engagement_actions:
        story.table(
            ["col.action", "col.stakeholders", "col.method", "col.owner", "col.due", "col.status"],
            [
                [
                    a.action,
                    "; ".join(names[i] for i in a.stakeholder_ids if i in names),
                    a.method,
                    a.owner,
                    _short_day(a.due),
                    a.status.label,
                ]
                for a in data.engagement_actions
            ],
            [0.28, 0.2, 0.12, 0.15, 0.12, 0.13],
        )
    else:
        story.empty("stake.no_plan")

    story.heading("h.listening", 2)
    if data.listening_log:
        story.table(
            ["col.date", "col.source", "col.said", "col.did", "col.status"],
            [
                [_short_day(e.date), e.source, e.said, e.response, e.status.label]
                for e in data.listening_log
            ],
            [0.12, 0.16, 0.3, 0.3, 0.12],
            label_column=1,
        )
    else:
        story.empty("stake.no_log")


def _rank(level: EngagementLevel | None) -> int:
    return level.rank if level else 0


def _gap(person: Stakeholder) -> int:
    return _rank(person.engagement_needed) - _rank(person.engagement_current)


# ----------------------------------------------------------------- 7 Options
def options(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.heading("h.options")
    _exempt_line(ctx, options=ctx.withheld.options)

    story.heading("h.long_list", 2)
    if data.options:
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
                    ctx.mark(o.name, o.confidential),
                    o.description,
                    o.delivery_model.label if o.delivery_model else "",
                    o.procurement_route.label if o.procurement_route else "",
                    ", ".join(f.label for f in o.financing),
                    text("doc.yes" if o.shortlisted else "doc.no"),
                ]
                for o in data.options
            ],
            [0.19, 0.3, 0.13, 0.14, 0.13, 0.11],
        )
    else:
        story.empty("options.none")

    story.heading("h.short_list", 2)
    short = [o for o in data.options if o.shortlisted]
    if short:
        story.say("options.short_list_intro", n=len(short))
        story.table(
            ["col.option", "col.baseline_role"],
            [
                [
                    ctx.mark(o.name, o.confidential),
                    ", ".join(
                        text(k)
                        for k, flag in (
                            ("options.bau", o.bau),
                            ("options.do_minimum", o.do_minimum),
                        )
                        if flag
                    ),
                ]
                for o in short
            ],
            [0.6, 0.4],
        )
    else:
        story.empty("options.no_short_list")

    story.heading("h.criteria", 2)
    if data.criteria:
        shares = normalised_weights(data.criteria)
        story.table(
            ["col.criterion", "col.description", "col.weight", "col.share"],
            [[c.name, c.description, _num(c.weight), _pct(shares[c.id])] for c in data.criteria],
            [0.25, 0.51, 0.11, 0.13],
        )
    else:
        story.empty("options.no_criteria")

    story.heading("h.ranking", 2)
    if ctx.ranking:
        story.table(
            ["col.rank", "col.option", "col.score", "col.complete"],
            [
                [
                    str(r.rank),
                    ctx.option_name(r.option_id),
                    _pct(r.score),
                    text("doc.no" if r.incomplete else "doc.yes"),
                ]
                for r in ctx.ranking
            ],
            [0.1, 0.5, 0.2, 0.2],
        )
        ctx.step("ranking chart")
        story.chart(
            charts.ranking_bars(
                [(ctx.option_name(r.option_id), float(r.score), r.incomplete) for r in ctx.ranking]
            ),
            text(
                "chart.ranking",
                n=len(ctx.ranking),
                detail=_detail(
                    [
                        text(
                            "chart.ranking_item",
                            rank=r.rank,
                            name=ctx.option_name(r.option_id),
                            score=_pct(r.score),
                        )
                        + (text("options.incomplete") if r.incomplete else "")
                        for r in ctx.ranking
                    ]
                ),
            ),
        )
    else:
        story.empty("options.no_ranking")

    story.heading("h.sensitivity", 2)
    rows = analysis.sensitivity_rows(data) if ctx.ranking else []
    if rows:
        _sensitivity(ctx, rows)
    else:
        story.empty("options.no_sensitivity")


def _sensitivity(ctx: Context, rows: list[SensitivityRow]) -> None:
    story = ctx.story
    top = ctx.option_name(rows[0].top_option_id)
    sensitive = [
        r for r in rows if r.overtaken_below_by is not None or r.overtaken_above_by is not None
    ]
    if sensitive:
        tightest = min(
            sensitive,
            key=lambda r: min(r.share_pct - r.top_stays_from_pct, r.top_stays_to_pct - r.share_pct),
        )
        story.say(
            "sens.sentence",
            top=top,
            criterion=tightest.name,
            share=_pct(tightest.share_pct),
            low=_pct(tightest.top_stays_from_pct),
            high=_pct(tightest.top_stays_to_pct),
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
                _pct(r.share_pct),
                f"{_pct(r.top_stays_from_pct)} - {_pct(r.top_stays_to_pct)}",
                ctx.option_name(r.overtaken_below_by) if r.overtaken_below_by else nobody,
                ctx.option_name(r.overtaken_above_by) if r.overtaken_above_by else nobody,
            ]
            for r in rows
        ],
        [0.26, 0.1, 0.2, 0.22, 0.22],
    )
    ctx.step("sensitivity chart")
    story.chart(
        charts.sensitivity_intervals(
            [
                (r.name, float(r.share_pct), float(r.top_stays_from_pct), float(r.top_stays_to_pct))
                for r in rows
            ]
        ),
        text(
            "chart.sensitivity",
            n=len(rows),
            top=top,
            detail=_detail(
                [
                    text(
                        "chart.sensitivity_item",
                        name=r.name,
                        share=_pct(r.share_pct),
                        low=_pct(r.top_stays_from_pct),
                        high=_pct(r.top_stays_to_pct),
                    )
                    for r in rows
                ]
            ),
        ),
    )


# ----------------------------------------------------------------- 8 Risks
def risks(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.heading("h.risks")
    _exempt_line(ctx, risks=ctx.withheld.risks)
    story.heading("h.risk_register", 2)
    if not data.risks:
        story.empty("risks.none")
        return
    ordered = sorted(data.risks, key=lambda r: -(r.rating or 0))
    story.table(
        [
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
                ctx.mark(r.title, r.confidential),
                ctx.option_name(r.option_id) if r.option_id else text("col.all_options"),
                _num(r.likelihood),
                _num(r.impact),
                _num(r.rating),
                r.owner,
                r.mitigation,
            ]
            for r in ordered
        ],
        [0.25, 0.14, 0.05, 0.05, 0.08, 0.13, 0.3],
    )
    counts = analysis.risk_heat_counts(data)
    rated = sum(map(sum, counts))
    story.heading("h.heat_map", 2)
    unrated = len(data.risks) - rated
    if unrated:
        story.say("risks.unrated", n=unrated)
    if rated:
        ctx.step("risk heat map")
        cells = [
            text("chart.heat_item", count=counts[i - 1][lk - 1], likelihood=lk, impact=i)
            for i in range(5, 0, -1)
            for lk in range(5, 0, -1)
            if counts[i - 1][lk - 1]
        ]
        story.chart(
            charts.risk_heat_map(counts),
            text("chart.heat", n=rated, high=analysis.very_high_risks(data), detail=_detail(cells)),
            width=0.6,
        )


# ----------------------------------------------------------------- 9, 10, papers
def implications(ctx: Context) -> None:
    imp, story = ctx.data.implications, ctx.story
    story.heading("h.implications")
    fields = ["financial", "legal", "equality", "climate", "data_protection", "subsidy_control"]
    if ctx.data.workshop.nation is Nation.WALES:
        fields += ["welsh_language", "wellbeing"]
    for number, name in enumerate(fields, start=1):
        story.para(f"<b>9.{number} {safe(text(f'imp.{name}'))}</b>")
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
            [[s.action, s.owner, _short_day(s.due)] for s in ctx.data.next_steps],
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


# ----------------------------------------------------------------- appendices
def appendix_stakeholders(ctx: Context) -> None:
    story = ctx.story
    story.add(PageBreak())
    story.heading("h.appendix_a")
    people = ctx.data.stakeholders
    if not people:
        story.empty("appx.no_stakeholders")
        return
    headers = [
        "col.name",
        "col.organisation",
        "col.category",
        "col.power_interest",
        "col.attitude",
        "col.engagement",
    ]
    widths = [0.18, 0.27, 0.14, 0.1, 0.12, 0.19]
    if not ctx.public:
        headers.append("col.contact")
        widths = [0.15, 0.2, 0.12, 0.09, 0.11, 0.13, 0.2]
    rows = []
    for p in people:
        row = [
            ctx.mark(p.name, p.confidential),
            ", ".join(x for x in (p.organisation, p.role) if x),
            p.category.label if p.category else "",
            f"{_num(p.power) or '-'} / {_num(p.interest) or '-'}",
            _attitude(p.attitude),
            " / ".join(
                lvl.label if lvl else "-" for lvl in (p.engagement_current, p.engagement_needed)
            ),
        ]
        if not ctx.public:
            row.append("\n".join(x for x in (p.email, p.phone) if x))
        rows.append(row)
    story.table(headers, rows, widths)


def appendix_scores(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.add(PageBreak())
    story.heading("h.appendix_b")
    short = [o for o in data.options if o.shortlisted]
    if not short or not data.criteria:
        story.empty("appx.no_matrix")
        return
    scores = {(s.option_id, s.criterion_id): s for s in data.scores}
    # Wide matrices are cut into blocks of criteria so every column stays legible.
    block = 6
    for start in range(0, len(data.criteria), block):
        criteria = data.criteria[start : start + block]
        width = 0.7 / len(criteria)
        rows = []
        for option in short:
            row = [ctx.mark(option.name, option.confidential)]
            for criterion in criteria:
                cell = scores.get((option.id, criterion.id))
                row.append("" if cell is None or cell.score is None else str(cell.score))
            rows.append(row)
        story.table(
            ["col.option"],
            rows,
            [0.3] + [width] * len(criteria),
            extra_headers=[c.name for c in criteria],
        )
    rationales = [
        (ctx.option_name(s.option_id), _criterion_name(data, s.criterion_id), s.rationale)
        for s in data.scores
        if s.rationale.strip() and any(o.id == s.option_id for o in short)
    ]
    if rationales:
        story.heading("appx.rationales", 2, in_contents=False)
        for option_name, criterion_name, rationale in rationales:
            story.para(
                f"<b>{safe(option_name)}, {safe(criterion_name)}:</b> {safe(rationale)}", "Note"
            )


def _criterion_name(data: WorkshopData, criterion_id: str) -> str:
    return next((c.name for c in data.criteria if c.id == criterion_id), "-")


def appendix_costs(ctx: Context) -> None:
    data, story = ctx.data, ctx.story
    story.add(PageBreak())
    story.heading("h.appendix_c")
    if not data.options:
        story.empty("appx.no_costs")
        return
    info = data.workshop
    story.say("appx.costs_intro", years=info.appraisal_years, rate=f"{info.discount_rate_pct:g}")
    options_by_id = {o.id: o for o in data.options}
    lines = analysis.whole_life_costs(data)
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
            [
                ctx.mark(option.name, option.confidential),
                _money(option.capital_cost),
                _money(option.annual_cost),
                _money(option.annual_benefit),
                f"{option.optimism_bias_pct:g} %"
                if option.optimism_bias_pct is not None
                else "0 %",
                _money(float(line.npc)),
                _money(float(line.npv)),
            ]
            for line in lines
            for option in (options_by_id[line.option_id],)
        ],
        [0.25, 0.12, 0.12, 0.12, 0.11, 0.14, 0.14],
    )
    if any(line.missing for line in lines):
        story.say("appx.costs_missing", "Note")


def appendix_exempt(ctx: Context) -> None:
    """Full version only: the confidential items, under the nation's exemption."""
    data, story = ctx.data, ctx.story
    if ctx.public or not has_exempt(data):
        return
    story.add(PageBreak())
    story.heading("h.appendix_d")
    story.say("appx.exempt_intro", citation=citation(data.workshop.nation, ctx.language))
    rows: list[list[str]] = []
    rows += [
        [text("kind.strategy"), s.title, s.alignment] for s in data.strategies if s.confidential
    ]
    rows += [[text("kind.option"), o.name, o.description] for o in data.options if o.confidential]
    rows += [[text("kind.risk"), r.title, r.mitigation] for r in data.risks if r.confidential]
    rows += [
        [text("kind.stakeholder"), s.name, ", ".join(x for x in (s.organisation, s.role) if x)]
        for s in data.stakeholders
        if s.confidential
    ]
    story.table(
        ["col.kind", "col.item", "col.description"], rows, [0.15, 0.3, 0.55], label_column=1
    )


SECTIONS: tuple[Callable[[Context], None], ...] = (
    cover,
    contents,
    purpose,
    recommendations,
    reasons,
    background,
    vision,
    stakeholders,
    options,
    risks,
    implications,
    next_steps,
    background_papers,
    appendix_stakeholders,
    appendix_scores,
    appendix_costs,
    appendix_exempt,
)


def is_draft(data: WorkshopData) -> bool:
    return data.workshop.status is WorkshopStatus.DRAFT
