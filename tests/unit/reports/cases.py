"""The real cases the redaction is tested on, in one demo-based workshop per nation.

- a confidential officer of the council itself (her organisation is the council);
- a public recommended option whose name shares words with a confidential note;
- a confidential risk linked to a public option, and a public risk (rated 16, no
  mitigation) linked to a confidential option, with a listening-log item about it;
- a private individual whose role would identify her, named as a log item's source;
- a confidential listening-log item, and a risk that names its own paragraph (legal
  advice where the nation's law has such a paragraph).
"""

from __future__ import annotations

from dataclasses import replace

from smartdesk.domain.enums import Nation, StakeholderCategory
from smartdesk.domain.records import (
    ListeningLogEntry,
    Option,
    Risk,
    Score,
    Stakeholder,
    WorkshopData,
)
from tests.unit.reports import sample

OFFICER = "Eleri Vaughan"
OFFICER_ROLE = "Head of Legal and Democratic Services"
RESIDENT = "Gwen Parry"
RESIDENT_ROLE = "Secretary, Penrhos Residents' Association"
SECRET_OPTION = "Lampco joint venture"
SECRET_NOTE = "Lampco would run the managed service with outcome-based payment at cost plus 9 %"
SECRET_RISK = "Lampco parent company in administration talks"
SECRET_SAID = "Counsel's view on the Lampco exclusivity clause"
# A paragraph the record names itself (legal privilege; Scotland: contract negotiations).
EXPLICIT = {
    Nation.ENGLAND: "5",
    Nation.WALES: "16",
    Nation.SCOTLAND: "9",
    Nation.NORTHERN_IRELAND: "5",
}
PUBLIC_RISK = "Joint venture partner withdraws before contract award"


def workshop(nation: Nation) -> WorkshopData:
    data = sample.demo()
    council = data.workshop.council
    recommended = next(o for o in data.options if o.name.startswith("E."))
    officer = Stakeholder(
        id="case-officer",
        name=OFFICER,
        organisation=council,
        role=OFFICER_ROLE,
        category=StakeholderCategory.COUNCIL,
        email="eleri.vaughan@example.gov.uk",
        power=7,
        interest=6,
        attitude=-1,
        notes="Advising on the Lampco terms",
        confidential=True,
    )
    resident = Stakeholder(
        id="case-resident",
        name=RESIDENT,
        role=RESIDENT_ROLE,
        category=StakeholderCategory.RESIDENT,
        power=3,
        interest=9,
        attitude=-2,
    )
    secret = Option(
        id="case-secret",
        name=SECRET_OPTION,
        description="Joint venture with the incumbent's parent",
        notes=SECRET_NOTE,
        capital_cost=2_400_000.0,
        annual_cost=90_000.0,
        shortlisted=True,
        confidential=True,
    )
    scores = tuple(Score("case-secret", c.id, 2, rationale="Lampco price") for c in data.criteria)
    risks = (
        Risk(
            id="case-secret-risk",
            title=SECRET_RISK,
            option_id=recommended.id,
            likelihood=3,
            impact=5,
            owner="Head of Legal",
            mitigation="Parent guarantee",
            confidential=True,
            exempt_paragraph=EXPLICIT[nation],
        ),
        Risk(
            id="case-public-risk",
            title=PUBLIC_RISK,
            option_id="case-secret",
            likelihood=4,
            impact=4,
        ),
    )
    log = ListeningLogEntry(
        id="case-log",
        source=f"{RESIDENT}, {RESIDENT_ROLE}",
        stakeholder_id="case-resident",
        said="Who would own the lights under a joint venture?",
        response="The council would keep ownership.",
        option_id="case-secret",
    )
    legal = ListeningLogEntry(
        id="case-secret-log",
        source="Legal services",
        said=SECRET_SAID,
        response="Clause struck out of the draft terms",
        confidential=True,
    )
    return replace(
        data,
        workshop=replace(data.workshop, nation=nation),
        stakeholders=(*data.stakeholders, officer, resident),
        options=(*data.options, secret),
        scores=(*data.scores, *scores),
        risks=(*data.risks, *risks),
        listening_log=(*data.listening_log, log, legal),
        recommendation=replace(data.recommendation, option_id=recommended.id),
    )


def withheld_text(data: WorkshopData) -> list[str]:
    """Every field the public version must not hold, for the cases above."""
    texts = [OFFICER, OFFICER_ROLE, RESIDENT, RESIDENT_ROLE, SECRET_OPTION, SECRET_NOTE]
    texts += [SECRET_RISK, "eleri.vaughan@example.gov.uk", "Lampco price", "Parent guarantee"]
    texts += [SECRET_SAID, "Clause struck out of the draft terms"]
    for group in (data.strategies, data.options, data.risks, data.stakeholders):
        for record in group:
            if record.confidential:
                texts += [getattr(record, "name", "") or getattr(record, "title", "")]
    texts += [p.email for p in data.stakeholders if p.email]
    texts += [p.phone for p in data.stakeholders if p.phone]
    return [t for t in texts if t]
