"""Sections 1-4: purpose, recommendations, reasons, background."""

from __future__ import annotations

from smartdesk.reports.catalogue import text
from smartdesk.reports.sections.context import Context, day, pct


def purpose(ctx: Context) -> None:
    info, story = ctx.data.workshop, ctx.story
    story.heading("h.purpose")
    held = text("purpose.held_on", date=day(info.date)) if info.date else ""
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
    if rec.option_id:
        story.say("rec.option", name=ctx.option_name(rec.option_id))
        for line in ctx.ranking:
            if line.option_id == rec.option_id:
                story.say(
                    "rec.option_scored",
                    rank=line.rank,
                    count=len(ctx.ranking),
                    score=pct(line.score),
                )
    else:
        story.empty("rec.no_option")


def reasons(ctx: Context) -> None:
    rec, story = ctx.data.recommendation, ctx.story
    story.heading("h.reasons")
    if ctx.exempt.recommended_option_exempt:
        story.say("public.recommended_exempt")
    elif rec.rationale.strip():
        story.user(rec.rationale)
    elif not ctx.ranking:
        story.empty("reasons.none")
    if ctx.ranking:
        top = ctx.ranking[0]
        story.say("reasons.ranking", top=ctx.option_name(top.option_id), score=pct(top.score))


def background(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.background")
    if ctx.data.vision.problem.strip():
        story.user(ctx.data.vision.problem)
    else:
        story.empty("background.none")
