"""Section 8, consultation: who was engaged, how, and what came of what they said.

Drawn from the engagement plan and the listening log (section 6 gives them item by
item), with the officer's own account (the ``consultation`` implication) first, then
who took part in the workshop and its vote rounds (``sections.room``). The
figures are counted from the workshop as recorded, so both versions give the same
numbers; they name nobody.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from smartdesk.domain.enums import ActionStatus, ListeningStatus, StakeholderCategory
from smartdesk.reports.catalogue import label, text
from smartdesk.reports.sections.context import Context
from smartdesk.reports.sections.room import in_the_room
from smartdesk.reports.story import StoryWriter


def consultation(ctx: Context) -> None:
    story, source = ctx.story, ctx.source
    story.heading("h.consultation")
    account = ctx.data.implications.consultation
    if account.strip():
        story.user(account)
    actions, log = source.engagement_actions, source.listening_log
    if not actions and not log and not account.strip():
        story.empty("consult.none")
    if actions:
        _say_counts(
            story,
            "consult.plan",
            [action.status for action in actions],
            done=ActionStatus.DONE,
            planned=ActionStatus.PLANNED,
            cancelled=ActionStatus.CANCELLED,
        )
        methods = sorted({a.method.strip() for a in actions if a.method.strip()}, key=str.lower)
        if methods:
            story.say("consult.methods", methods=", ".join(methods))
        groups = _groups(ctx)
        if groups:
            story.say("consult.reached", groups=groups)
    if log:
        _say_counts(
            story,
            "consult.log",
            [entry.status for entry in log],
            acted=ListeningStatus.ACTED,
            declined=ListeningStatus.DECLINED,
            open=ListeningStatus.OPEN,
        )
    in_the_room(ctx)


def _say_counts(story: StoryWriter, key: str, statuses: list[StrEnum], **named: StrEnum) -> None:
    """Sentence ``key`` with ``n`` (how many ``statuses``) and, for each of ``named``, how
    many have that status."""
    counts = Counter(statuses)
    story.say(key, n=len(statuses), **{name: counts[status] for name, status in named.items()})


def _groups(ctx: Context) -> str:
    """The categories of the stakeholders the plan's actions reach, with counts."""
    reached = {sid for action in ctx.source.engagement_actions for sid in action.stakeholder_ids}
    counts = Counter(person.category for person in ctx.source.stakeholders if person.id in reached)
    return ", ".join(
        text("consult.group", label=label(category).lower(), n=counts[category])
        for category in StakeholderCategory
        if counts[category]
    )
