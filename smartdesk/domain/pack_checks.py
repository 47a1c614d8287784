"""Review checks on the briefing pack's words: the recommendation's rationale and the
public text.

- A rationale that claims the recommended option scored or ranked highest when the
  ranking puts another option above it would mislead the committee.
- A confidential (exempt) record's name repeated in text the public version prints
  would disclose it; the public pack scrubs exact repeats, but a variant or a
  paraphrase gets through, so the author is told where the name appears.

Both are deliberately simple text tests: a prompt to reread, not a verdict.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from smartdesk.domain.appraisal import option_label, rank_options
from smartdesk.domain.records import Option, WorkshopData

MIN_NAME_LENGTH = 4
"""Shorter confidential names are not looked for: "Lee" would match ordinary words.
(The public pack's scrub uses the same limit.)"""

# Words by which a rationale says its option came top of the appraisal.
_CLAIMS_TOP = re.compile(
    r"\b(highest[- ]scor\w*|scored (the )?highest|scores (the )?highest|top[- ]rank\w*|"
    r"ranked (first|top|highest|1st)|ranks (first|top|highest|1st)|first[- ]ranked|"
    r"best[- ]scor\w*|scored (the )?best|highest score|top score|came (out )?top|"
    r"preferred by the appraisal)\b",
    re.IGNORECASE,
)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def rationale_contradiction(data: WorkshopData, chosen: Option) -> str | None:
    """Why the rationale contradicts the ranking, or None when it does not."""
    claim = _CLAIMS_TOP.search(data.recommendation.rationale)
    if claim is None:
        return None
    ranking = rank_options(data)
    mine = next((r for r in ranking if r.option_id == chosen.id), None)
    if mine is None or not ranking:
        return None
    top = ranking[0]
    if top.score <= mine.score:  # first, or tied with the first
        return None
    first = top.name.strip() or "(unnamed option)"
    return (
        f"The rationale says '{claim.group(0)}', but the recommended option "
        f"'{option_label(chosen)}' ranks {_ordinal(mine.rank)}; '{first}' ranks 1st."
    )


@dataclass(frozen=True, slots=True)
class Leak:
    """A confidential record's name found in text the public version prints."""

    name: str  # the confidential record's name as written
    kind: str  # "option", "risk", "strategy" or "stakeholder"
    record_id: str
    where: str  # the place it was found, in words ("the vision statement")


def _confidential_names(data: WorkshopData) -> Iterator[tuple[str, str, str]]:
    for strategy in data.strategies:
        if strategy.confidential:
            yield strategy.title, "strategy", strategy.id
    for option in data.options:
        if option.confidential:
            yield option.name, "option", option.id
    for risk in data.risks:
        if risk.confidential:
            yield risk.title, "risk", risk.id
    for person in data.stakeholders:
        if person.confidential:
            yield person.name, "stakeholder", person.id


def _public_texts(data: WorkshopData) -> Iterator[tuple[str, str]]:
    """(where, text) for the free text the public version keeps."""
    vision = data.vision
    yield "the problem", vision.problem
    yield "the vision statement", vision.statement
    for principle in vision.principles:
        yield "a principle", principle
    for outcome in data.outcomes:
        yield "an outcome", f"{outcome.title}\n{outcome.indicator}"
    for strategy in data.strategies:
        if not strategy.confidential:
            yield (
                f"the strategy '{strategy.title.strip()}'",
                f"{strategy.title}\n{strategy.alignment}",
            )
    for option in data.options:
        if not option.confidential:
            yield (
                f"the option '{option_label(option)}'",
                f"{option.name}\n{option.description}\n{option.notes}",
            )
    for risk in data.risks:
        if not risk.confidential:
            yield f"the risk '{risk.title.strip()}'", f"{risk.title}\n{risk.mitigation}"
    chosen = data.recommendation.option_id
    if not any(o.id == chosen and o.confidential for o in data.options):
        # A confidential recommended option's rationale is withheld from the public
        # version as a whole, so only a public option's rationale is public text.
        yield "the recommendation's rationale", data.recommendation.rationale
    for decision in data.recommendation.decisions_sought:
        yield "a decision sought", decision
    for field in dataclasses.fields(data.implications):
        label = field.name.replace("_", " ")
        yield f"the {label} implications", getattr(data.implications, field.name)
    for step in data.next_steps:
        yield "a next step", step.action


def public_leaks(data: WorkshopData) -> list[Leak]:
    """Each confidential name found in public text, once per place, in record order."""
    leaks: list[Leak] = []
    texts = list(_public_texts(data))
    for name, kind, record_id in _confidential_names(data):
        needle = " ".join(name.split())
        if len(needle) < MIN_NAME_LENGTH:
            continue
        # Any run of spaces in the name matches any run in the text; word edges only,
        # so "Hart" does not match "Hartley".
        words = r"\s+".join(re.escape(word) for word in needle.split())
        pattern = re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
        for where, text in texts:
            if pattern.search(text):
                leaks.append(Leak(needle, kind, record_id, where))
    return leaks
