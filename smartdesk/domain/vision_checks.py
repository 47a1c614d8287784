"""Live checks on the Vision stage: warnings that guide the room but never block an edit.

Smart-place visions fail when they are technology-led ("a city-wide IoT platform"),
have no date, or float free of the council's own strategies; outcomes fail when nobody
owns them or they cannot be measured. These checks word each gap for the facilitator.
The word lists are deliberately simple: a warning is a prompt to talk, not a verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from smartdesk.domain.records import MaturityDimension, Outcome, Strategy, WorkshopData

DEFAULT_MATURITY_DIMENSIONS: tuple[str, ...] = (
    "Strategy and leadership",
    "Governance",
    "Data",
    "Technology and infrastructure",
    "Skills and culture",
    "Citizen engagement",
    "Partnerships and procurement",
)
"""The dimensions offered for the digital-maturity self-assessment."""

MATURITY_LEVEL_NAMES: dict[int, str] = {
    1: "Ad hoc",
    2: "Developing",
    3: "Defined",
    4: "Managed",
    5: "Leading",
}

# Technology named in a vision statement. \b keeps "app" out of "happy" and "AI" out of "said".
_TECHNOLOGY = re.compile(
    r"\b(sensors?|IoT|internet of things|artificial intelligence|machine learning|"
    r"digital twins?|apps?|platforms?|5G|LoRa(?:WAN)?|blockchain|dashboards?|cloud|"
    r"wi-?fi|CCTV|drones?|robots?|robotics|algorithms?|big data|analytics|chatbots?|"
    r"software|portals?|full[- ]fibre|broadband|smart meters?|data lake)\b",
    re.IGNORECASE,
)
_AI = re.compile(r"\bAI\b")  # upper case only: "ai" is not the technology

# Words that describe a change someone would notice: better, fewer, safer, by how much.
_OUTCOME = re.compile(
    r"\b(reduc\w*|fewer|less|lower\w*|increas\w*|more|improv\w*|better|safe\w*|"
    r"health\w*|green\w*|clean\w*|cut\w*|halv\w*|doubl\w*|faster|quicker|shorter|"
    r"reach\w*|access\w*|thriv\w*|prosper\w*|inclusi\w*|net[- ]zero|carbon|emission\w*|"
    r"jobs?|footfall|satisf\w*|well-?being|independen\w*|afford\w*|equal\w*|"
    r"resilien\w*|sustainab\w*|vibrant|poverty|deprivation|attainment|waiting|"
    r"quality of life|liveable|livable|opportunit\w*|growth|grow\w*|protect\w*|"
    r"prevent\w*|support\w*|empower\w*|enjoy\w*|welcom\w*|connected communit\w*)\b",
    re.IGNORECASE,
)

_YEAR = re.compile(r"\b(20\d\d)\b")


@dataclass(frozen=True, slots=True)
class VisionWarning:
    """One gap: a stable ``code`` for tests and tools, and a message for the room."""

    code: str
    message: str


def technology_terms(statement: str) -> list[str]:
    """The technology words ``statement`` names, in order, each once."""
    found = [m.group(0) for m in _TECHNOLOGY.finditer(statement)]
    found += [m.group(0) for m in _AI.finditer(statement)]
    return list(dict.fromkeys(found))


def outcome_terms(statement: str) -> list[str]:
    """The outcome words ``statement`` uses, in order, each once."""
    return list(dict.fromkeys(m.group(0) for m in _OUTCOME.finditer(statement)))


def statement_warnings(
    statement: str, horizon_year: int | None, today: date | None = None
) -> list[VisionWarning]:
    """Gaps in a vision statement and its horizon: technology without outcome, no year."""
    today = today or date.today()
    warnings: list[VisionWarning] = []
    text = statement.strip()
    if not text:
        warnings.append(VisionWarning("statement_missing", "No vision statement yet."))
    else:
        technology = technology_terms(text)
        if technology and not outcome_terms(text):
            named = ", ".join(f"'{t}'" for t in technology)
            warnings.append(
                VisionWarning(
                    "statement_technology_led",
                    f"The statement names technology ({named}) but no outcome: say what "
                    "will be better for people and place, and leave the technology to the "
                    "options.",
                )
            )
    if horizon_year is None:
        years = _YEAR.findall(text)
        hint = f" The statement mentions {years[0]}; is that the horizon?" if years else ""
        warnings.append(
            VisionWarning(
                "horizon_missing", "No horizon year: say by when the vision is met." + hint
            )
        )
    elif horizon_year <= today.year:
        warnings.append(
            VisionWarning(
                "horizon_past",
                f"The horizon year {horizon_year} is not in the future.",
            )
        )
    return warnings


def outcome_name(outcome: Outcome) -> str:
    """What the room calls an outcome."""
    return outcome.title.strip() or outcome.indicator.strip() or "(untitled outcome)"


def outcome_warnings(outcome: Outcome) -> list[VisionWarning]:
    """Gaps of one outcome: no owner, target or date; a target equal to its baseline."""
    name = outcome_name(outcome)
    missing = [
        what
        for what, absent in (
            ("owner", not outcome.owner.strip()),
            ("target", outcome.target is None),
            ("target date", outcome.target_date is None),
        )
        if absent
    ]
    warnings: list[VisionWarning] = []
    if missing:
        listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
        warnings.append(VisionWarning("outcome_incomplete", f"Outcome '{name}' has no {listed}."))
    if (
        outcome.target is not None
        and outcome.baseline is not None
        and outcome.target == outcome.baseline
    ):
        warnings.append(
            VisionWarning(
                "outcome_target_is_baseline",
                f"Outcome '{name}' has a target equal to its baseline ({outcome.target:g}): "
                "nothing would change.",
            )
        )
    if not outcome.strategy_ids:
        warnings.append(
            VisionWarning("outcome_serves_nothing", f"Outcome '{name}' serves no strategy yet.")
        )
    return warnings


def unserved_strategies(data: WorkshopData) -> list[Strategy]:
    """Strategies that no outcome serves, in the room's order."""
    served = {sid for outcome in data.outcomes for sid in outcome.strategy_ids}
    return [strategy for strategy in data.strategies if strategy.id not in served]


def alignment_matrix(data: WorkshopData) -> list[list[bool]]:
    """``matrix[o][s]``: does outcome ``o`` serve strategy ``s`` (both in the room's order)."""
    return [
        [strategy.id in outcome.strategy_ids for strategy in data.strategies]
        for outcome in data.outcomes
    ]


def maturity_warnings(dimension: MaturityDimension) -> list[VisionWarning]:
    """A target below today's level is worth a second look (it is allowed)."""
    if (
        dimension.current is not None
        and dimension.target is not None
        and dimension.target < dimension.current
    ):
        return [
            VisionWarning(
                "maturity_target_below_current",
                f"'{dimension.dimension}': the target level {dimension.target} is below "
                f"today's {dimension.current}.",
            )
        ]
    return []


def vision_warnings(data: WorkshopData, today: date | None = None) -> list[VisionWarning]:
    """Every Vision-stage warning of a workshop, statement first, then outcomes, strategies."""
    warnings = statement_warnings(data.vision.statement, data.vision.horizon_year, today)
    if not data.vision.problem.strip():
        warnings.insert(
            0, VisionWarning("problem_missing", "The problem has not been written yet.")
        )
    for outcome in data.outcomes:
        warnings.extend(outcome_warnings(outcome))
    for strategy in unserved_strategies(data):
        title = strategy.title.strip() or "(untitled strategy)"
        warnings.append(
            VisionWarning("strategy_unserved", f"No outcome serves the strategy '{title}'.")
        )
    for dimension in data.maturity:
        warnings.extend(maturity_warnings(dimension))
    return warnings
