"""Workshops for the report tests: the demo workshop, one with secrets, a hostile one."""

from __future__ import annotations

from dataclasses import replace

from smartdesk import paths
from smartdesk.domain import records
from smartdesk.domain.enums import Nation, StakeholderCategory
from smartdesk.domain.records import (
    Option,
    Risk,
    Stakeholder,
    Strategy,
    WorkshopData,
)
from smartdesk.interchange.json_format import read_workshop_json

LONG_TEXT = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 180)[:10_000]
HOSTILE = "<b>bold?</b> & <i>x</i> &amp; \x00\x07 emoji 🚦🌳 עברית مرحبا ŵ ŷ â"


def demo() -> WorkshopData:
    """The built-in demo workshop."""
    return read_workshop_json(paths.resource("demo", "demo.json"))


# Secrets the public pack must never show.
SECRET_STRATEGY = "Project Nightjar land disposal strategy"
SECRET_OPTION = "Confidential joint venture with Brightway Lighting Ltd"
SECRET_RISK = "Supplier insolvency disclosed in confidence"
SECRET_STAKEHOLDER = "Dr Peregrine Quillfeather"
RESIDENT_NAME = "Margaret Thistlewood"
RESIDENT_ROLE = "Resident, Castle ward"
EMAIL = "m.thistlewood@example.org"
PHONE = "07700 900123"


def with_secrets(data: WorkshopData | None = None) -> WorkshopData:
    """``data`` (the demo by default) plus confidential items and a named resident."""
    data = data or demo()
    secret_option = Option(
        id="opt-secret",
        name=SECRET_OPTION,
        description="Exempt terms",
        shortlisted=True,
        confidential=True,
        capital_cost=1_000_000.0,
    )
    resident = Stakeholder(
        id="res-1",
        name=RESIDENT_NAME,
        role=RESIDENT_ROLE,
        category=StakeholderCategory.RESIDENT,
        email=EMAIL,
        phone=PHONE,
        power=2,
        interest=9,
        attitude=-1,
    )
    insider = Stakeholder(
        id="sh-secret",
        name=SECRET_STAKEHOLDER,
        organisation="Quill Estates",
        confidential=True,
        power=8,
        interest=8,
        email="pq@quill.example",
    )
    scores = tuple(
        records.Score(option_id="opt-secret", criterion_id=c.id, score=5) for c in data.criteria
    )
    return replace(
        data,
        strategies=(
            *data.strategies,
            Strategy(id="st-secret", title=SECRET_STRATEGY, confidential=True),
        ),
        options=(*data.options, secret_option),
        scores=(*data.scores, *scores),
        risks=(
            *data.risks,
            Risk(id="rk-secret", title=SECRET_RISK, likelihood=4, impact=5, confidential=True),
        ),
        stakeholders=(*data.stakeholders, resident, insider),
        listening_log=(
            *data.listening_log,
            records.ListeningLogEntry(
                id="log-res",
                # The source points back to her: the public version gives "A resident".
                source=f"{RESIDENT_NAME}, {RESIDENT_ROLE}",
                stakeholder_id="res-1",
                said="Asked about dimming at night",
                response="Dimming kept to 50 %",
            ),
        ),
        recommendation=replace(
            data.recommendation, option_id="opt-secret", rationale=f"{SECRET_OPTION} scores best."
        ),
    )


def hostile(data: WorkshopData | None = None) -> WorkshopData:
    """Markup, control characters, emoji, right-to-left and 10,000-character fields."""
    data = data or demo()
    info = replace(
        data.workshop, title=HOSTILE, council="Cyngor Sir Ŵyŷâ & <Council>", nation=Nation.WALES
    )
    return replace(
        data,
        workshop=info,
        vision=replace(data.vision, problem=LONG_TEXT, statement=HOSTILE),
        options=tuple(replace(o, description=LONG_TEXT) for o in data.options),
        stakeholders=tuple(
            replace(s, notes=LONG_TEXT, name=s.name + " " + HOSTILE[:20]) for s in data.stakeholders
        ),
        implications=replace(data.implications, welsh_language=LONG_TEXT + " ŵ"),
    )
