"""Is the work ready for committee? The checks behind ``smartdesk review``.

Each check looks at one stage and yields :class:`Gap` records naming what is missing
in plain English, with the record's id so the GUI can take the user there. The
checks, by stage, with their stable ``check`` names:

Every stage is walked, so an empty workshop lists what each stage is missing.

Vision
  ``problem_missing``             the problem has not been written
  ``vision_missing``              no vision statement
  ``no_outcomes``                 no outcome at all
  ``outcome_incomplete``          an outcome without owner, target or target date
  ``outcome_target_is_baseline``  an outcome whose target equals its baseline
Stakeholders
  ``no_stakeholders``             no stakeholder at all
  ``high_power_no_action``        power 5 or more (the grid's high half, 5 included)
                                  and no engagement action, planned or done
  ``engagement_gap_no_plan``      needed IAP2 level above today's and no *planned*
                                  action (a done action has not closed the gap);
                                  compared only where both levels are set
  ``listening_open``              a listening-log item still open
Delivery options
  ``no_options``                  no option at all (instead of the three short-list
                                  gaps below, which would say the same three times)
  ``no_criteria`` / ``weights_all_zero``
  ``shortlist_no_bau`` / ``shortlist_no_do_minimum`` / ``shortlist_too_few``
                                  (Green Book: keep business as usual and a
                                  do-minimum option; at least four options)
  ``unscored``                    a short-listed option not scored on every
                                  criterion (one gap per option, naming the criteria)
  ``risk_unmitigated``            a risk rated 15 or more with no mitigation
  ``route_not_for_nation``        a procurement route that the workshop's nation's
                                  law does not offer
Vision, Stakeholders, Delivery options (the stage that holds the record)
  ``exempt_paragraph_not_in_law`` a strategy, stakeholder, option or risk names an
                                  exempt paragraph the workshop's nation's law does
                                  not have (say after the nation was changed): the
                                  pack cannot cite it and the JSON export refuses it.
                                  Checked only when the caller passes the law's
                                  paragraphs (``paragraphs=exempt_law.paragraphs``):
                                  the table is data outside the domain
Briefing pack
  ``no_recommendation``           no recommended option (or one that no longer exists)
  ``recommendation_not_shortlisted``
  ``rationale_contradicts_ranking`` the rationale says the option scored or ranked
                                  highest, but another option ranks above it
  ``public_text_names_confidential`` text the public version prints repeats the name
                                  of a confidential option, risk, strategy or
                                  stakeholder, or a private individual's name
                                  (one gap per name and place: record and field)

Severity: ``blocker`` where the paper would mislead the committee or cannot be
written (the appraisal, risks, route and recommendation checks); ``warning`` where
the work is unfinished but what is there is sound. The work is *ready* only when
there is no gap at all; severity only says what to fix first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from smartdesk.domain.appraisal import (
    criterion_label,
    criterion_weights,
    option_label,
    score_table,
    shortlisted_options,
)
from smartdesk.domain.enums import (
    ActionStatus,
    ListeningStatus,
    Nation,
    routes_for_nation,
)
from smartdesk.domain.pack_checks import (
    misplaced_paragraphs,
    public_leaks,
    rationale_contradiction,
)
from smartdesk.domain.records import (
    ListeningLogEntry,
    Outcome,
    Stakeholder,
    WorkshopData,
)
from smartdesk.domain.risk import VERY_HIGH_RATING

Paragraphs = Callable[[Nation], Sequence[str]]
"""The paragraph numbers of a nation's exempt-information law: ``exempt_law.paragraphs``."""

HIGH_POWER = 5  # the grid's quadrants split at 5; 5 itself counts as high
GREEN_BOOK_MIN_OPTIONS = 4


class Stage(StrEnum):
    VISION = "vision"
    STAKEHOLDERS = "stakeholders"
    OPTIONS = "options"
    PACK = "pack"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    Stage.VISION: "Vision",
    Stage.STAKEHOLDERS: "Stakeholders",
    Stage.OPTIONS: "Delivery options",
    Stage.PACK: "Briefing pack",
}


class Severity(StrEnum):
    BLOCKER = "blocker"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Gap:
    """One thing to put right before committee."""

    stage: Stage
    check: str
    severity: Severity
    message: str
    record_id: str | None = None


def _outcome_name(outcome: Outcome) -> str:
    return outcome.title.strip() or outcome.indicator.strip() or "(untitled outcome)"


def _stakeholder_name(stakeholder: Stakeholder) -> str:
    return (
        stakeholder.name.strip()
        or stakeholder.organisation.strip()
        or stakeholder.role.strip()
        or "(unnamed stakeholder)"
    )


def _withheld(kind: str) -> str:
    return kind if kind == "private individual" else f"confidential {kind}"


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # End on a whole word where there is one to end on.
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def _listing(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _vision_gaps(data: WorkshopData) -> Iterator[Gap]:
    if not data.vision.problem.strip():
        yield Gap(
            Stage.VISION,
            "problem_missing",
            Severity.WARNING,
            "The problem has not been written: say what is wrong today and for whom.",
        )
    if not data.vision.statement.strip():
        yield Gap(
            Stage.VISION,
            "vision_missing",
            Severity.WARNING,
            "There is no vision statement: say what will be better for people and place.",
        )
    if not data.outcomes:
        yield Gap(
            Stage.VISION,
            "no_outcomes",
            Severity.WARNING,
            "No outcomes are set: say what will change, how it is measured, by when and "
            "who owns it.",
        )
    for outcome in data.outcomes:
        name = _outcome_name(outcome)
        missing = [
            label
            for label, absent in (
                ("owner", not outcome.owner.strip()),
                ("target", outcome.target is None),
                ("target date", outcome.target_date is None),
            )
            if absent
        ]
        if missing:
            yield Gap(
                Stage.VISION,
                "outcome_incomplete",
                Severity.WARNING,
                f"Outcome '{name}' has no {_listing(missing)}.",
                outcome.id,
            )
        if (
            outcome.target is not None
            and outcome.baseline is not None
            and outcome.target == outcome.baseline
        ):
            yield Gap(
                Stage.VISION,
                "outcome_target_is_baseline",
                Severity.WARNING,
                f"Outcome '{name}' has a target equal to its baseline ({outcome.target:g}), "
                "so it measures no change.",
                outcome.id,
            )


def _listening_name(entry: ListeningLogEntry) -> str:
    said = f"'{_quote(entry.said)}'" if entry.said.strip() else "(no text)"
    source = f" from {entry.source.strip()}" if entry.source.strip() else ""
    return f"{said}{source}"


def _stakeholder_gaps(data: WorkshopData) -> Iterator[Gap]:
    if not data.stakeholders:
        yield Gap(
            Stage.STAKEHOLDERS,
            "no_stakeholders",
            Severity.WARNING,
            "No stakeholders are listed: say who is affected, who decides and who can help.",
        )
    engaged: set[str] = set()
    planned: set[str] = set()
    for action in data.engagement_actions:
        if action.status is ActionStatus.CANCELLED:
            continue
        engaged.update(action.stakeholder_ids)
        if action.status is ActionStatus.PLANNED:
            planned.update(action.stakeholder_ids)
    for person in data.stakeholders:
        name = _stakeholder_name(person)
        if person.power is not None and person.power >= HIGH_POWER and person.id not in engaged:
            yield Gap(
                Stage.STAKEHOLDERS,
                "high_power_no_action",
                Severity.WARNING,
                f"Stakeholder '{name}' has high influence ({person.power:g} of 10) "
                "but no engagement action.",
                person.id,
            )
        now, needed = person.engagement_current, person.engagement_needed
        if (
            now is not None
            and needed is not None
            and needed.rank > now.rank
            and person.id not in planned
        ):
            yield Gap(
                Stage.STAKEHOLDERS,
                "engagement_gap_no_plan",
                Severity.WARNING,
                f"Stakeholder '{name}' needs to move from '{now.label.lower()}' to "
                f"'{needed.label.lower()}' but no engagement action is planned.",
                person.id,
            )
    for entry in data.listening_log:
        if entry.status is ListeningStatus.OPEN:
            yield Gap(
                Stage.STAKEHOLDERS,
                "listening_open",
                Severity.WARNING,
                f"Listening-log item {_listening_name(entry)} is still open: "
                "say what was done or why not.",
                entry.id,
            )


def _law(nation: Nation) -> str:
    if nation is Nation.SCOTLAND:
        return "the Public Contracts (Scotland) Regulations 2015"
    return "the Procurement Act 2023"


def _shortlist_gaps(data: WorkshopData) -> Iterator[Gap]:
    if not data.options:
        yield Gap(
            Stage.OPTIONS,
            "no_options",
            Severity.BLOCKER,
            f"No delivery options are listed: the Green Book expects a short list of at "
            f"least {GREEN_BOOK_MIN_OPTIONS}, including business as usual and do minimum.",
        )
        return
    shortlist = shortlisted_options(data)
    if not any(option.bau for option in shortlist):
        yield Gap(
            Stage.OPTIONS,
            "shortlist_no_bau",
            Severity.BLOCKER,
            "The short list has no business-as-usual option to compare against.",
        )
    if not any(option.do_minimum for option in shortlist):
        yield Gap(
            Stage.OPTIONS,
            "shortlist_no_do_minimum",
            Severity.BLOCKER,
            "The short list has no do-minimum option.",
        )
    if len(shortlist) < GREEN_BOOK_MIN_OPTIONS:
        count = f"{len(shortlist)} option" + ("" if len(shortlist) == 1 else "s")
        yield Gap(
            Stage.OPTIONS,
            "shortlist_too_few",
            Severity.BLOCKER,
            f"The short list has {count}; the Green Book expects at least "
            f"{GREEN_BOOK_MIN_OPTIONS}, including business as usual and do minimum.",
        )


def _scoring_gaps(data: WorkshopData) -> Iterator[Gap]:
    if not data.criteria:
        yield Gap(
            Stage.OPTIONS,
            "no_criteria",
            Severity.BLOCKER,
            "No criteria (critical success factors) are set, so no option can be scored.",
        )
        return
    if all(weight == 0 for weight in criterion_weights(data.criteria).values()):
        yield Gap(
            Stage.OPTIONS,
            "weights_all_zero",
            Severity.BLOCKER,
            "Every criterion has a weight of 0, so every option scores 0 %.",
        )
    table = score_table(data)
    for option in shortlisted_options(data):
        scores = table.get(option.id, {})
        unscored = [criterion_label(c) for c in data.criteria if c.id not in scores]
        if unscored:
            yield Gap(
                Stage.OPTIONS,
                "unscored",
                Severity.BLOCKER,
                f"Option '{option_label(option)}' is not scored on {_listing(unscored)}.",
                option.id,
            )


def _option_gaps(data: WorkshopData) -> Iterator[Gap]:
    yield from _shortlist_gaps(data)
    yield from _scoring_gaps(data)
    for risk in data.risks:
        rating = risk.rating
        if rating is not None and rating >= VERY_HIGH_RATING and not risk.mitigation.strip():
            yield Gap(
                Stage.OPTIONS,
                "risk_unmitigated",
                Severity.BLOCKER,
                f"Risk '{risk.title.strip() or '(untitled risk)'}' is rated {rating} "
                "but has no mitigation.",
                risk.id,
            )
    nation = data.workshop.nation
    allowed = routes_for_nation(nation)
    for option in data.options:
        route = option.procurement_route
        if route is not None and route not in allowed:
            yield Gap(
                Stage.OPTIONS,
                "route_not_for_nation",
                Severity.BLOCKER,
                f"Option '{option_label(option)}' uses the route '{route.label}', which "
                f"{_law(nation)} does not offer to councils in {nation.label}.",
                option.id,
            )


def _pack_gaps(data: WorkshopData) -> Iterator[Gap]:
    chosen_id = data.recommendation.option_id
    chosen = next((option for option in data.options if option.id == chosen_id), None)
    if chosen is None:
        yield Gap(
            Stage.PACK,
            "no_recommendation",
            Severity.BLOCKER,
            "No option is recommended to the committee.",
        )
    elif not chosen.shortlisted:
        yield Gap(
            Stage.PACK,
            "recommendation_not_shortlisted",
            Severity.BLOCKER,
            f"The recommended option '{option_label(chosen)}' is not on the short list.",
            chosen.id,
        )
    else:
        contradiction = rationale_contradiction(data, chosen)
        if contradiction is not None:
            yield Gap(
                Stage.PACK,
                "rationale_contradicts_ranking",
                Severity.BLOCKER,
                contradiction,
                chosen.id,
            )
    for leak in public_leaks(data):
        yield Gap(
            Stage.PACK,
            "public_text_names_confidential",
            Severity.BLOCKER,
            f"The {_withheld(leak.kind)} '{_quote(leak.name)}' is named in {leak.where}, "
            "which the public version prints: reword it there.",
            leak.record_id,
        )


_PARAGRAPH_STAGES = {
    "strategy": Stage.VISION,
    "stakeholder": Stage.STAKEHOLDERS,
    "option": Stage.OPTIONS,
    "risk": Stage.OPTIONS,
}


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _paragraph_gaps(data: WorkshopData, paragraphs: Paragraphs) -> Iterator[Gap]:
    nation = data.workshop.nation
    allowed = list(paragraphs(nation))
    for misplaced in misplaced_paragraphs(data, allowed):
        yield Gap(
            _PARAGRAPH_STAGES[misplaced.kind],
            "exempt_paragraph_not_in_law",
            Severity.BLOCKER,
            f"{misplaced.kind.capitalize()} '{_quote(misplaced.name)}' names exempt "
            f"paragraph {misplaced.number}, which the law in {nation.label} does not "
            f"have: its paragraphs are {_listing(allowed)}. Choose one of them, or leave "
            f"it blank for the usual paragraph for {_article(misplaced.kind)} {misplaced.kind}.",
            misplaced.record_id,
        )


def review(data: WorkshopData, *, paragraphs: Paragraphs | None = None) -> list[Gap]:
    """Every gap, in stage order and, within a stage, in the room's record order.

    ``paragraphs`` (``exempt_law.paragraphs``) also checks each record's exempt
    paragraph against the workshop's nation.
    """
    gaps = [
        *_vision_gaps(data),
        *_stakeholder_gaps(data),
        *_option_gaps(data),
        *_pack_gaps(data),
        *(_paragraph_gaps(data, paragraphs) if paragraphs is not None else ()),
    ]
    # Stable: each stage's gaps keep their order, the paragraph gaps last in their stage.
    stages = list(Stage)
    return sorted(gaps, key=lambda gap: stages.index(gap.stage))


def review_report(data: WorkshopData, *, paragraphs: Paragraphs | None = None) -> dict[str, Any]:
    """The ``smartdesk review --json`` object::

    {"ready": bool,
     "gaps": [{"stage": "vision | stakeholders | options | pack",
               "check": "outcome_incomplete | ...",
               "severity": "blocker | warning",
               "message": "plain English", "record_id": "uuid or null"}]}
    """
    gaps = review(data, paragraphs=paragraphs)
    return {
        "ready": not gaps,
        "gaps": [
            {
                "stage": gap.stage.value,
                "check": gap.check,
                "severity": gap.severity.value,
                "message": gap.message,
                "record_id": gap.record_id,
            }
            for gap in gaps
        ],
    }


def review_text(data: WorkshopData, *, paragraphs: Paragraphs | None = None) -> str:
    """The human-readable ``smartdesk review`` output, grouped by stage, with no
    newline at the end (``print`` adds it)."""
    gaps = review(data, paragraphs=paragraphs)
    if not gaps:
        return "Ready for committee: no gaps found."
    blockers = sum(gap.severity is Severity.BLOCKER for gap in gaps)
    noun = "gap" if len(gaps) == 1 else "gaps"
    lines = [
        f"Not ready for committee: {len(gaps)} {noun} "
        f"({blockers} to fix first, marked !; {len(gaps) - blockers} to finish)."
    ]
    for stage in Stage:
        in_stage = [gap for gap in gaps if gap.stage is stage]
        if in_stage:
            lines += ["", stage.label]
            lines += [
                f"  {'!' if gap.severity is Severity.BLOCKER else '-'} {gap.message}"
                for gap in in_stage
            ]
    return "\n".join(lines)
