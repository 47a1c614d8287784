"""Section 8, consultation, in the room: who took part and what each vote round found.

Everything is counted from the workshop as recorded, so both versions give the same
figures. Participants are only counted (by type of organisation and breakout group),
never named: their names are personal data. Options are named as every version names
them (a confidential one by its placeholder).
"""

from __future__ import annotations

from collections import Counter

from smartdesk.domain.enums import (
    ParticipantKind,
    RoundStatus,
    StakeholderCategory,
    VoteMethod,
    VoteSubject,
)
from smartdesk.domain.records import VoteRound
from smartdesk.domain.voting import RoundResult, round_is_applied, round_result
from smartdesk.reports import charts
from smartdesk.reports.catalogue import label, text
from smartdesk.reports.sections.context import Context, detail, pct


def in_the_room(ctx: Context) -> None:
    """The participants paragraph and one part per vote round (nothing if none)."""
    if ctx.source.participants:
        _participants(ctx)
    if ctx.source.vote_rounds:
        ctx.story.heading("h.votes", 2)
        for round_ in ctx.source.vote_rounds:
            _round(ctx, round_)


def _participants(ctx: Context) -> None:
    story = ctx.story
    story.heading("h.participants", 2)
    attended = [p for p in ctx.source.participants if p.attended]
    kinds = Counter(p.kind for p in attended)
    people = [p for p in attended if p.kind is ParticipantKind.PERSON]
    story.say("room.people", n=len(people))
    types = Counter(p.category for p in people if p.category is not None)
    if types:
        listed = ", ".join(
            text("consult.group", label=label(category).lower(), n=types[category])
            for category in StakeholderCategory
            if types[category]
        )
        story.say("room.types", types=listed)
    for kind, key in (
        (ParticipantKind.TABLE, "room.tables"),
        (ParticipantKind.PHONE, "room.phones"),
    ):
        if kinds[kind]:
            story.say(key, n=kinds[kind])
    # People only: a breakout table is its group's voice, not one more member of it.
    groups = Counter(p.group.strip() for p in people if p.group.strip())
    if groups:
        story.say(
            "room.groups",
            groups=", ".join(text("consult.group", label=g, n=n) for g, n in groups.items()),
        )
    absent = len(ctx.source.participants) - len(attended)
    if absent:
        story.say("room.absent", n=absent)


def _round(ctx: Context, round_: VoteRound) -> None:
    story = ctx.story
    unit = text("room.dots" if round_.method is VoteMethod.DOTS else "room.points")
    story.say(
        f"room.round_{round_.method.value}",
        title=round_.title.strip() or "-",
        budget=round_.budget,
        subject=text(f"room.subject.{round_.subject.value}"),
    )
    if round_.status is RoundStatus.OPEN:
        story.say("room.open")
    result = round_result(ctx.source, round_.id)
    if result.total == 0:
        story.say("room.no_votes")
        return
    story.say("room.took_part", n=result.voters, total=result.total, unit=unit)
    names = _names(ctx, result)
    leaders = [names[s.subject_id] for s in result.leaders]
    key = "room.leader" if len(leaders) == 1 else "room.tie"
    story.say(key, names=_and(leaders), unit=unit)
    story.table(
        ["col.rank", "col.choice", f"col.{round_.method.value}", "col.share", "col.voters"],
        [
            [str(s.rank), names[s.subject_id], str(s.total), pct(s.share * 100), str(s.voters)]
            for s in result.subjects
        ],
        [0.08, 0.5, 0.14, 0.14, 0.14],
        label_column=1,
    )
    ctx.step("vote chart")
    rows = [(names[s.subject_id], s.total, pct(s.share * 100)) for s in result.subjects]
    items = [
        text(
            "chart.votes_item",
            rank=s.rank,
            name=names[s.subject_id],
            total=s.total,
            share=pct(s.share * 100),
        )
        for s in result.subjects
    ]
    story.chart(
        charts.vote_bars(rows, unit.capitalize()),
        text("chart.votes", title=round_.title.strip() or "-", unit=unit, detail=detail(items)),
        width=0.8,
        values=items,
    )
    if round_.subject is VoteSubject.CRITERIA:
        applied = round_is_applied(ctx.source, round_.id)
        story.say("room.applied" if applied else "room.not_applied")


def appendix_participants(ctx: Context) -> None:
    """The full version's list of who took part (names are personal data: the public
    version leaves the appendix out)."""
    if ctx.public or not ctx.source.participants:
        return
    story = ctx.story
    story.page_break()
    story.heading("h.appendix_participants")
    story.say("room.appendix_note", "Note")
    story.table(
        ["col.name", "col.organisation_only", "col.role", "col.type", "col.group", "col.attended"],
        [
            [
                p.name or label(p.kind),
                p.organisation,
                p.role,
                label(p.category) if p.category else label(p.kind),
                p.group,
                text("room.yes" if p.attended else "room.no"),
            ]
            for p in ctx.source.participants
        ],
        [0.2, 0.22, 0.2, 0.14, 0.14, 0.1],
    )


def _and(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _names(ctx: Context, result: RoundResult) -> dict[str, str]:
    """Each subject as this version of the pack names it."""
    if result.round.subject is VoteSubject.OPTIONS:
        return {s.subject_id: ctx.option_short(s.subject_id) for s in result.subjects}
    return {s.subject_id: s.name.strip() or "-" for s in result.subjects}
