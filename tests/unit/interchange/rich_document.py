"""A rich, valid version-1 JSON workshop for tests (import it; keep it stable), and as version 2.

Every key of every record kind has a non-default value somewhere, with Welsh and
other non-ASCII letters, emoji, markup-like text, right-to-left text and one
10,000-character field. Ids are fixed, so tests can refer to them:

- stakeholders ``ST1`` (Rhian Morgan, confidential, with contact details),
  ``ST2`` (a resident), ``ST3``;
- criteria ``CR1`` (weight 40), ``CR2`` (35), ``CR3`` (25);
- options ``OP1`` (business as usual), ``OP2`` (do minimum), ``OP3``, ``OP4``
  (short-listed, confidential), ``OP5`` (long list only); every short-listed
  option is scored against every criterion;
- strategies ``SG1``, ``SG2``; outcomes ``OC1``, ``OC2``; risks ``RK1``, ``RK2``.

``rich_document()`` returns a fresh dict each call, so a test may change it.
"""

from __future__ import annotations

from typing import Any

LONG_TEXT = ("Smart lighting — ŵ ŷ â 💡 <b>&amp; " * 400)[:10_000]

WORKSHOP_ID = "0b7e6c2a-5d1f-4c8e-9a3b-1f2e3d4c5b6a"
ST1, ST2, ST3 = "st-1-rhian", "st-2-resident", "st-3-business"
SG1, SG2 = "sg-1", "sg-2"
OC1, OC2 = "oc-1", "oc-2"
CR1, CR2, CR3 = "cr-1", "cr-2", "cr-3"
OP1, OP2, OP3, OP4, OP5 = "op-1-bau", "op-2-dm", "op-3", "op-4", "op-5"
RK1, RK2 = "rk-1", "rk-2"

SCORES: dict[tuple[str, str], int] = {
    (OP1, CR1): 1,
    (OP1, CR2): 2,
    (OP1, CR3): 5,
    (OP2, CR1): 2,
    (OP2, CR2): 3,
    (OP2, CR3): 4,
    (OP3, CR1): 4,
    (OP3, CR2): 4,
    (OP3, CR3): 2,
    (OP4, CR1): 5,
    (OP4, CR2): 3,
    (OP4, CR3): 0,
}


def rich_document() -> dict[str, Any]:
    """A fresh rich workshop document (see the module docstring)."""
    return {
        "format": "smartdesk-workshop",
        "version": 1,
        "workshop": {
            "id": WORKSHOP_ID,
            "title": "Goleuadau clyfar — smart street lighting 💡",
            "council": "Cyngor Sir Ynys Môn",
            "initiative": "Sensors on 12,000 street lights <b>&amp;</b> a digital twin",
            "facilitator": "Siân Ellis-Jones",
            "date": "2025-03-14",
            "language": "cy",
            "nation": "wales",
            "committee": "Executive Committee",
            "meeting_date": "2025-04-29",
            "report_author": "Dafydd ap Gwilym",
            "report_reference": "EXE/2025/017",
            "portfolio_holder": "Cllr Ann Jones",
            "wards_affected": ["Llangefni", "Caergybi / Holyhead", "Porthaethwy"],
            "key_decision": True,
            "status": "final",
            "background_papers": ["Street Lighting Policy 2021", "Net Zero Plan 2030"],
            "appraisal_years": 25,
            "discount_rate_pct": 3.0,
        },
        "vision": {
            "problem": "Street lights burn all night; faults are found by residents. " * 3,
            "statement": LONG_TEXT,
            "horizon_year": 2035,
            "principles": ["Open data by default", "Privacy by design 🔒", "مرحبا بالعالم"],
        },
        "strategies": [
            {
                "id": SG1,
                "title": "Net Zero 2030",
                "owner": "Head of Environment",
                "alignment": "Cuts lighting energy by 60 %",
                "confidential": False,
            },
            {
                "id": SG2,
                "title": "Digital Strategy",
                "owner": "CIO",
                "alignment": "Re-uses the LoRaWAN network",
                "confidential": True,
            },
        ],
        "outcomes": [
            {
                "id": OC1,
                "title": "Less energy used by street lighting",
                "indicator": "Annual street-lighting energy",
                "unit": "MWh",
                "baseline": 4200.5,
                "target": 1680,
                "target_date": "2030-03-31",
                "owner": "Head of Highways",
                "strategy_ids": [SG1, SG2],
            },
            {
                "id": OC2,
                "title": "Faults fixed faster",
                "indicator": "Median days to repair",
                "unit": "days",
                "baseline": 12.5,
                "target": 2,
                "target_date": "2027-12-31",
                "owner": "Highways Operations Manager",
                "strategy_ids": [SG2],
            },
        ],
        "maturity": [
            {"id": "mt-1", "dimension": "Data", "current": 2, "target": 4, "note": "No API yet"},
            {"id": "mt-2", "dimension": "Skills", "current": 1, "target": 5, "note": "Ŵ"},
        ],
        "stakeholders": [
            {
                "id": ST1,
                "name": "Rhian Morgan",
                "organisation": "Cyngor Sir Ynys Môn",
                "role": "Head of Highways",
                "category": "council",
                "email": "rhian.morgan@example.gov.uk",
                "phone": "01248 000000",
                "power": 9.5,
                "interest": 8,
                "attitude": 2,
                "engagement_current": "involve",
                "engagement_needed": "collaborate",
                "notes": 'Budget holder; <i>keen</i> & "careful"',
                "confidential": True,
            },
            {
                "id": ST2,
                "name": "Mrs Eleri Huws",
                "organisation": "",
                "role": "Resident, Llangefni",
                "category": "resident",
                "email": "eleri@example.com",
                "phone": "07700 900000",
                "power": 1.25,
                "interest": 9,
                "attitude": -1,
                "engagement_current": "inform",
                "engagement_needed": "consult",
                "notes": "Worried about light at night 🌙",
                "confidential": False,
            },
            {
                "id": ST3,
                "name": "Menai Lighting Ltd",
                "organisation": "Menai Lighting Ltd",
                "role": "Maintenance contractor",
                "category": "supplier",
                "email": "",
                "phone": "",
                "power": 6,
                "interest": 4.5,
                "attitude": 0,
                "engagement_current": "consult",
                "engagement_needed": "involve",
                "notes": "",
                "confidential": False,
            },
        ],
        "relationships": [
            {"id": "rl-1", "from_id": ST1, "to_id": ST3, "kind": "contracts", "strength": 3},
            {"id": "rl-2", "from_id": ST2, "to_id": ST1, "kind": "complains to", "strength": 1},
        ],
        "engagement_actions": [
            {
                "id": "ea-1",
                "stakeholder_ids": [ST1, ST3],
                "action": "Co-design the fault-reporting service",
                "method": "Workshop",
                "owner": "Project Manager",
                "due": "2025-06-30",
                "status": "done",
            },
            {
                "id": "ea-2",
                "stakeholder_ids": [ST2],
                "action": "Drop-in session at Llangefni library",
                "method": "Drop-in",
                "owner": "Community Engagement Officer",
                "due": None,
                "status": "cancelled",
            },
        ],
        "listening_log": [
            {
                "id": "ll-1",
                "date": "2025-02-01",
                "source": "Drop-in session",
                "stakeholder_id": ST2,
                "said": "Dimming makes my street feel unsafe",
                "response": "Dimming profiles exclude residential streets after 22:00",
                "status": "acted",
                "option_id": OP3,
            },
            {
                "id": "ll-2",
                "date": None,
                "source": "Email",
                "stakeholder_id": None,
                "said": "Will the sensors record people?",
                "response": "",
                "status": "declined",
                "option_id": None,
            },
        ],
        "criteria": [
            {"id": CR1, "name": "Energy saved", "description": "MWh a year", "weight": 40},
            {"id": CR2, "name": "Deliverability", "description": "Risk & time", "weight": 35.5},
            {"id": CR3, "name": "Cost", "description": "Net present cost", "weight": 24.5},
        ],
        "options": [
            {
                "id": OP1,
                "name": "Business as usual",
                "description": "Keep the current lights and patrols",
                "delivery_model": "in_house",
                "procurement_route": "none",
                "financing": ["capital"],
                "capital_cost": 0,
                "annual_cost": 610000,
                "annual_benefit": 0,
                "optimism_bias_pct": 0,
                "shortlisted": True,
                "do_minimum": False,
                "bau": True,
                "notes": "Baseline",
                "confidential": False,
            },
            {
                "id": OP2,
                "name": "Do minimum: LED swap only",
                "description": "Replace lanterns, no sensors",
                "delivery_model": "outsourced",
                "procurement_route": "framework_call_off",
                "financing": ["prudential_borrowing", "invest_to_save"],
                "capital_cost": 2400000,
                "annual_cost": 350000.75,
                "annual_benefit": 120000,
                "optimism_bias_pct": 24,
                "shortlisted": True,
                "do_minimum": True,
                "bau": False,
                "notes": "",
                "confidential": False,
            },
            {
                "id": OP3,
                "name": "Smart lighting via partnership",
                "description": "LED + sensors + central management system",
                "delivery_model": "partnership",
                "procurement_route": "competitive_flexible",
                "financing": ["grant", "outcome_based", "revenue_share"],
                "capital_cost": 3100000.5,
                "annual_cost": 280000,
                "annual_benefit": 410000,
                "optimism_bias_pct": 44.5,
                "shortlisted": True,
                "do_minimum": False,
                "bau": False,
                "notes": "Preferred by the room 👍",
                "confidential": False,
            },
            {
                "id": OP4,
                "name": "Concession with Menai Lighting",
                "description": "Supplier funds and runs the system",
                "delivery_model": "concession",
                "procurement_route": "direct_award",
                "financing": ["private_finance"],
                "capital_cost": None,
                "annual_cost": 520000,
                "annual_benefit": 390000,
                "optimism_bias_pct": 66,
                "shortlisted": True,
                "do_minimum": False,
                "bau": False,
                "notes": "Commercially sensitive pricing",
                "confidential": True,
            },
            {
                "id": OP5,
                "name": "Shared service with a neighbouring council",
                "description": "",
                "delivery_model": "shared_service",
                "procurement_route": "other",
                "financing": ["other"],
                "capital_cost": 1500000,
                "annual_cost": None,
                "annual_benefit": None,
                "optimism_bias_pct": None,
                "shortlisted": False,
                "do_minimum": False,
                "bau": False,
                "notes": "No partner ready",
                "confidential": False,
            },
        ],
        "scores": [
            {
                "option_id": option_id,
                "criterion_id": criterion_id,
                "score": score,
                "rationale": f"Agreed by the room ({score}/5)",
            }
            for (option_id, criterion_id), score in SCORES.items()
        ],
        "risks": [
            {
                "id": RK1,
                "title": "Supplier goes out of business",
                "option_id": OP4,
                "likelihood": 3,
                "impact": 5,
                "owner": "Procurement Lead",
                "mitigation": "Step-in rights and escrow",
                "confidential": True,
            },
            {
                "id": RK2,
                "title": "Residents object to dimming",
                "option_id": None,
                "likelihood": 4,
                "impact": 4,
                "owner": "Communications",
                "mitigation": "",
                "confidential": False,
            },
        ],
        "recommendation": {
            "option_id": OP3,
            "rationale": "Highest weighted score; stays top across most weights.",
            "decisions_sought": [
                "Approve option 3 for procurement",
                "Delegate contract award to the Director",
            ],
        },
        "implications": {
            "financial": "£3.1m capital from prudential borrowing",
            "legal": "Procurement Act 2023",
            "equality": "Lighting on routes used at night by women and girls",
            "climate": "Saves 1,100 tCO2e a year",
            "data_protection": "No personal data; DPIA screening done",
            "subsidy_control": "No subsidy",
            "welsh_language": "Bilingual signage and app",
            "wellbeing": "A more prosperous, resilient Wales",
        },
        "next_steps": [
            {
                "id": "ns-1",
                "action": "Soft market test",
                "owner": "Procurement",
                "due": "2025-05-31",
            },
            {"id": "ns-2", "action": "Business case to Cabinet", "owner": "PM", "due": None},
        ],
    }


# The keys version 2 added, with their defaults, by section; they are each record's last keys.
VERSION_2_DEFAULTS: dict[str, dict[str, Any]] = {
    "workshop": {
        "contact_officer": "", "contact_title": "", "contact_email": "", "contact_phone": "",
    },
    "strategies": {"exempt_paragraph": ""},
    "stakeholders": {"exempt_paragraph": ""},
    "listening_log": {"confidential": False},
    "options": {
        "exempt_paragraph": "",
        "rejection_reason": "",
        "annual_social_benefit": None,
        "optimism_bias_operating_pct": None,
    },
    "risks": {"exempt_paragraph": ""},
    "implications": {
        "human_rights": "",
        "socio_economic": "",
        "consultation": "",
        "s151_officer": "",
        "monitoring_officer": "",
    },
}  # fmt: skip


def _upgraded(record: dict[str, Any], added: dict[str, Any], value: Any) -> dict[str, Any]:
    """``record`` with the ``added`` keys: ``value`` is a dict of some of them, or one value
    for every key (sections that gained one key), or absent (``_DEFAULT``: the defaults)."""
    if value is _DEFAULT:
        return {**record, **added}
    if isinstance(value, dict):
        return {**record, **added, **value}
    return {**record, **{key: value for key in added}}


_DEFAULT = object()


def as_version_2(document: dict[str, Any], values: dict[str, Any] | None = None) -> dict[str, Any]:
    """A copy of a version-1 ``document`` as version 2: every record gains the new keys,
    with their defaults or the values ``values`` gives for the record's id (the workshop by
    its id, the implications as ``"implications"``)."""
    values = values or {}
    upgraded = {**document, "version": 2}
    for section, added in VERSION_2_DEFAULTS.items():
        if section not in document:
            continue
        if isinstance(document[section], dict):
            key = document[section].get("id", section)
            upgraded[section] = _upgraded(document[section], added, values.get(key, _DEFAULT))
        else:
            upgraded[section] = [
                _upgraded(record, added, values.get(record["id"], _DEFAULT))
                for record in document[section]
            ]
    for section in ROOM_SECTIONS:  # version 2's new top-level keys
        upgraded.setdefault(section, [])
    return upgraded


ROOM_SECTIONS = ("participants", "agenda", "vote_rounds", "votes")
PA1, PA2, PA3 = "pa-1", "pa-2-table", "pa-3-phone"
VR1, VR2 = "vr-1-dots", "vr-2-points"


def room_sections() -> dict[str, Any]:
    """Participants, agenda, rounds and votes with every key set somewhere: a closed dots
    round on the short list (OP4 confidential) and an open points round on criteria."""
    return {
        "participants": [
            {"id": PA1, "name": "Rhian Morgan", "organisation": "Fforwm Trigolion Llangefni",
             "role": "Cadeirydd", "category": "community_group", "kind": "person",
             "group": "Bwrdd 1 — Table 1", "attended": True},
            {"id": PA2, "name": "Table 2 🙂", "organisation": "", "role": "",
             "category": "council", "kind": "table", "group": "Table 2", "attended": True},
            {"id": PA3, "name": "", "organisation": "", "role": "", "category": None,
             "kind": "phone", "group": "", "attended": False},
        ],
        "agenda": [
            {"id": "ag-1", "title": "Croeso — welcome", "stage": "other", "minutes": 10,
             "lead": "Siân"},
            {"id": "ag-2", "title": "Vote the options", "stage": "options", "minutes": 480,
             "lead": ""},
            {"id": "ag-3", "title": "Untimed", "stage": "briefing", "minutes": None,
             "lead": "Rhian"},
        ],
        "vote_rounds": [
            {"id": VR1, "title": "Pa opsiwn? Which option?", "subject": "options",
             "method": "dots", "budget": 3, "status": "closed"},
            {"id": VR2, "title": "Weights", "subject": "criteria", "method": "points",
             "budget": 100, "status": "open"},
        ],
        "votes": [
            {"id": "vo-1", "round_id": VR1, "subject_id": OP3, "participant_id": PA1,
             "points": 2},
            {"id": "vo-2", "round_id": VR1, "subject_id": OP4, "participant_id": PA1,
             "points": 1},
            {"id": "vo-3", "round_id": VR1, "subject_id": OP3, "participant_id": PA2,
             "points": 3},
            {"id": "vo-4", "round_id": VR2, "subject_id": CR1, "participant_id": PA3,
             "points": 60},
            {"id": "vo-5", "round_id": VR2, "subject_id": CR2, "participant_id": PA3,
             "points": 40},
        ],
    }  # fmt: skip


def rich_document_v2() -> dict[str, Any]:
    """The rich document as version 2, every new key set somewhere (Welsh paragraphs)."""
    document = _rich_v2_records()
    document.update(room_sections())
    return document


def _rich_v2_records() -> dict[str, Any]:
    return as_version_2(
        rich_document(),
        {
            WORKSHOP_ID: {
                "contact_officer": "Siân Ellis-Hughes",
                "contact_title": "Pennaeth Trawsnewid Digidol / Head of Digital",
                "contact_email": "sian.ellis-hughes@ynysmon.llyw.cymru",
                "contact_phone": "01248 750057",
            },
            SG2: "16",
            ST1: "13",
            OP3: {
                "annual_social_benefit": 125_000.5,
                "optimism_bias_operating_pct": 41,
            },
            OP4: {
                "exempt_paragraph": "14",
                "annual_social_benefit": 0,
                "optimism_bias_operating_pct": 0,
            },
            OP5: {"rejection_reason": "Dim digon o gyllid — not affordable 💷 <b>"},
            RK1: "18",
            "ll-2": True,
            "implications": {
                "human_rights": "Article 8 (privacy): cameras are not part of the scheme",
                "socio_economic": "Dyletswydd economaidd-gymdeithasol: lower bills",
                "consultation": LONG_TEXT,
                "s151_officer": "The capital is in the 2026/27 programme.",
                "monitoring_officer": "No legal impediment.",
            },
        },
    )
