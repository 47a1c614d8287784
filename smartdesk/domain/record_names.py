"""What workshop records are called in messages, and how a broken rule is worded.

A message names a record the way an officer knows it (``Stakeholder 'Rhian Morgan'``),
quotes user text safely on one line, and says where the JSON interchange format keeps
a value (``stakeholders[3] ('Rhian Morgan').power``). The record rules
(:mod:`smartdesk.domain.record_rules`) and the workshop rules
(:mod:`smartdesk.domain.validation`) both word their problems with these.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from smartdesk.domain.records import (
    COLLECTIONS,
    AgendaStep,
    Criterion,
    EngagementAction,
    Implications,
    ListeningLogEntry,
    MaturityDimension,
    NextStep,
    Option,
    Outcome,
    Participant,
    Recommendation,
    Relationship,
    Risk,
    Score,
    Stakeholder,
    Strategy,
    Vision,
    Vote,
    VoteRound,
    WorkshopInfo,
)

# ---------------------------------------------------------------------------
# What each record kind is called, and which field names it

SINGLE_SECTIONS: dict[str, type] = {
    "workshop": WorkshopInfo,
    "vision": Vision,
    "recommendation": Recommendation,
    "implications": Implications,
}
"""Interchange sections holding one record (not a list), by section name."""

SECTION_OF: dict[type, str] = {
    **{cls: name for name, cls in SINGLE_SECTIONS.items()},
    **{cls: name for name, cls in COLLECTIONS.items()},
}
"""Record class -> its interchange section name (``Stakeholder`` -> ``stakeholders``)."""

SECTION_ORDER: tuple[str, ...] = (
    "workshop",
    "vision",
    *list(COLLECTIONS)[: list(COLLECTIONS).index("next_steps")],
    "recommendation",
    "implications",
    *list(COLLECTIONS)[list(COLLECTIONS).index("next_steps") :],
)
"""Sections of a workshop in interchange document order."""

KIND_NAMES: dict[type, str] = {
    WorkshopInfo: "Workshop",
    Vision: "Vision",
    Strategy: "Strategy",
    Outcome: "Outcome",
    MaturityDimension: "Maturity dimension",
    Stakeholder: "Stakeholder",
    Relationship: "Relationship",
    EngagementAction: "Engagement action",
    ListeningLogEntry: "Listening-log entry",
    Criterion: "Criterion",
    Option: "Option",
    Score: "Score",
    Risk: "Risk",
    Recommendation: "Recommendation",
    Implications: "Implications",
    NextStep: "Next step",
    Participant: "Participant",
    AgendaStep: "Agenda step",
    VoteRound: "Vote round",
    Vote: "Vote",
}

NAME_FIELDS: dict[type, str] = {
    WorkshopInfo: "title",
    Strategy: "title",
    Outcome: "title",
    MaturityDimension: "dimension",
    Stakeholder: "name",
    EngagementAction: "action",
    ListeningLogEntry: "said",
    Criterion: "name",
    Option: "name",
    Risk: "title",
    NextStep: "action",
    Participant: "name",
    AgendaStep: "title",
    VoteRound: "title",
}
"""The field people know a record by, for messages."""

# How a field is named in a message for people; other fields lose their underscores.
FIELD_LABELS: dict[str, str] = {
    "id": "id",
    "appraisal_years": "appraisal period (years)",
    "discount_rate_pct": "discount rate (%)",
    "optimism_bias_pct": "optimism bias (%)",
    "optimism_bias_operating_pct": "operating-cost optimism bias (%)",
    "annual_social_benefit": "social benefit a year",
    "s151_officer": "section 151 officer's comments",
    "monitoring_officer": "monitoring officer's comments",
    "contact_email": "contact e-mail",
    "strategy_ids": "linked strategies",
    "stakeholder_ids": "stakeholders",
    "stakeholder_id": "stakeholder",
    "option_id": "option",
    "criterion_id": "criterion",
    "round_id": "round",
    "subject_id": "subject",
    "participant_id": "participant",
    "from_id": "'from' stakeholder",
    "to_id": "'to' stakeholder",
    "do_minimum": "do-minimum",
    "bau": "business as usual",
    "current": "current level",
    "target": "target",
}

NAME_LIMIT = 40

# C0 control characters other than tab, line feed and carriage return, DEL, and lone
# UTF-16 surrogates (which JSON's \\ud800 escapes can smuggle in and UTF-8 cannot store).
BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


# ---------------------------------------------------------------------------
# Problems


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule, located by section, position and field.

    ``text`` is the part after the field name, e.g. ``must be between 0 and 10, got 11``.
    """

    section: str
    index: int | None
    label: str
    name: str
    field: str | None
    text: str

    @property
    def message(self) -> str:
        """Wording for people: ``Stakeholder 'Rhian Morgan': power must be ...``."""
        if self.field is None:
            return f"{self.label}: {self.text}"
        field_label = FIELD_LABELS.get(self.field, self.field.replace("_", " "))
        return f"{self.label}: {field_label} {self.text}"

    @property
    def location(self) -> str:
        """Where the JSON interchange format keeps the value: ``stakeholders[3] ('X').power``."""
        if self.index is None:  # a single section: its key path says enough
            where = self.section
        else:
            where = f"{self.section}[{self.index}]"
            if self.name:
                where += f" ({quote(self.name)})"
        return where if self.field is None else f"{where}.{self.field}"

    @property
    def interchange_message(self) -> str:
        """Wording for the JSON reader: ``stakeholders[3] ('X').power: must be ...``."""
        return f"{self.location}: {self.text}"


def quote(text: str, limit: int = NAME_LIMIT) -> str:
    """``text`` in single quotes on one line, shortened to ``limit`` characters."""
    flat = " ".join(BAD_CHARACTER.sub("?", text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"'{flat}'"


def show(value: object) -> str:
    """A value as a message shows it: ``11``, ``2.5``, ``'high'``, ``null``, ``true``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value)) if abs(value) < 1e16 else repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, StrEnum):
        return quote(value.value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def record_name(record: object) -> str:
    """The name, title or other text people know ``record`` by ("" if it has none)."""
    name_field = NAME_FIELDS.get(type(record))
    value = getattr(record, name_field, "") if name_field else ""
    return value if isinstance(value, str) else ""


def record_reference(record: object, name: str | None = None) -> str:
    """How a message refers to ``record``: ``Stakeholder 'Rhian Morgan'``; a record
    without a name by its id."""
    kind = KIND_NAMES.get(type(record), type(record).__name__)
    name = record_name(record) if name is None else name
    if name.strip():
        return f"{kind} {quote(name)}"
    record_id = getattr(record, "id", None)
    if isinstance(record_id, str) and record_id.strip():
        return f"{kind} with id {quote(record_id)}"
    return kind


def display_name(record: object, names: dict[str, str]) -> str:
    """Scores, votes and relationships have no name of their own: show what they join."""
    if isinstance(record, Score):
        return f"{end_name(record.option_id, names)} / {end_name(record.criterion_id, names)}"
    if isinstance(record, Relationship) and (record.from_id or record.to_id or record.kind):
        ends = f"{end_name(record.from_id, names)} → {end_name(record.to_id, names)}"
        return f"{ends} ({record.kind})" if record.kind and isinstance(record.kind, str) else ends
    if isinstance(record, Vote) and record.participant_id and record.subject_id:
        return f"{end_name(record.participant_id, names)} / {end_name(record.subject_id, names)}"
    return record_name(record)


def end_name(reference: object, names: dict[str, str]) -> str:
    if isinstance(reference, str):
        return names.get(reference) or reference
    return "?"
