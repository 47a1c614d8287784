"""The committee-report sections that follow the nation, read back from the PDF and DOCX.

Each nation's pack must carry its own duties and notes and none of another nation's:
Northern Ireland cites section 75 and not section 149; Wales has the socio-economic
duty, the Welsh language and well-being; Scotland the Fairer Scotland Duty and the
community-benefit wording. The contact officer is published in both versions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from smartdesk.domain.enums import Nation
from smartdesk.domain.records import Implications, WorkshopData
from smartdesk.reports.docx_export import build_docx
from smartdesk.reports.pack import build_pack
from smartdesk.reports.public import redact_for_public
from tests.unit.reports import sample

CONTACT = ("Priya Raman", "Smart Places Programme Manager")
CONTACT_EMAIL = "smart.places@example-council.gov.uk"
CONTACT_PHONE = "01632 960 123"
REASON = "Rejected: the 2015 framework it relied on expires before installation ends."
S151 = "The chief finance officer confirms the capital is in the programme."


def workshop(nation: Nation) -> WorkshopData:
    """The demo in ``nation``, with a contact officer, officers' comments and a reason."""
    data = sample.demo()
    info = replace(
        data.workshop,
        nation=nation,
        contact_officer=CONTACT[0],
        contact_title=CONTACT[1],
        contact_email=CONTACT_EMAIL,
        contact_phone=CONTACT_PHONE,
    )
    implications = replace(
        data.implications or Implications(),
        s151_officer=S151,
        monitoring_officer="The monitoring officer has no concerns.",
        human_rights="Article 8 is engaged by the cameras; see the DPIA.",
        socio_economic="Low-income wards gain most from the lighting.",
        consultation="Residents were consulted at three drop-in sessions.",
        # The demo's own text cites section 149, which no Northern Ireland pack may print.
        equality="Dimming was assessed for its effect on each group.",
    )
    recommended = data.recommendation.option_id
    dropped = next(o for o in data.options if not o.confidential and o.id != recommended)
    options = tuple(
        replace(o, rejection_reason=REASON) if o.id == dropped.id else o for o in data.options
    )
    return replace(data, workshop=info, implications=implications, options=options)


def _squash(value: str) -> str:
    # Without whitespace and hyphens: a phrase wrapped or hyphenated across lines still
    # matches.
    return re.sub(r"[\s\-\u00ad\u2010]+", "", value)


def _pdf_text(path: Path) -> str:
    return _squash(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return _squash(" ".join(parts))


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, str], str]]:
    """Text of the PDF and DOCX of every nation's full pack, and England's public ones."""
    folder = tmp_path_factory.mktemp("nations")
    texts: dict[tuple[str, str], str] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        for nation in Nation:
            data = workshop(nation)
            pdf = build_pack(data, folder / f"{nation.value}.pdf", public=False)
            word = build_docx(data, folder / f"{nation.value}.docx", public=False)
            texts[(nation.value, "pdf")] = _pdf_text(pdf)
            texts[(nation.value, "docx")] = _docx_text(word)
        data = sample.with_secrets(workshop(Nation.ENGLAND))
        public_pdf = build_pack(data, folder / "public.pdf", public=True)
        public_docx = build_docx(data, folder / "public.docx", public=True)
        texts[("public", "pdf")] = _pdf_text(public_pdf)
        texts[("public", "docx")] = _docx_text(public_docx)
        yield texts


FORMATS = ("pdf", "docx")

EVERY_NATION = [
    "Comments of the monitoring officer",
    "Human Rights Act 1998",
    "10 Implications",
    "8 Consultation",
    "Procurement and financing notes",
    "Options not taken forward",
    REASON,
    S151,
    "Residents were consulted at three drop-in sessions.",
    "The listening log records",
    "Contact officer",
    CONTACT[0],
    CONTACT_EMAIL,
    CONTACT_PHONE,
    "must confirm them before the report is published",
]

# (nation, must appear, must not appear)
NATION_WORDING = [
    (
        "england",
        [
            "section 149 of the Equality Act 2010",
            "(section 151 officer)",
            "£207,720",
            "whether or not the contract was advertised",
            "Subsidy Control Act 2022",
        ],
        [
            "Section 75 of the Northern Ireland Act 1998",
            "Socio-economic duty",
            "Fairer Scotland Duty",
            "Welsh Language Standards",
            "Well-being of Future Generations",
            "Windsor Framework",
            "Social Partnership and Public Procurement",
        ],
    ),
    (
        "wales",
        [
            "section 149 of the Equality Act 2010",
            "Socio-economic duty",
            "Section 1 of the Equality Act 2010, in force in Wales from 31 March 2021",
            "Welsh Language Standards (No. 1) Regulations 2015",
            "Well-being of Future Generations (Wales) Act 2015",
            "seven well-being goals",
            "Social Partnership and Public Procurement (Wales) Act 2023",
            "Welsh devolved authorities",
            "£207,720",
        ],
        ["Section 75 of the Northern Ireland Act 1998", "Fairer Scotland Duty", "Windsor"],
    ),
    (
        "scotland",
        [
            "section 149 of the Equality Act 2010",
            "Fairer Scotland Duty",
            "Community benefit requirements",
            "not a duty to include them",
            "Procurement Act 2023 does not apply to Scottish councils",
            "(section 95 officer)",
        ],
        [
            "Section 75 of the Northern Ireland Act 1998",
            "Socio-economic duty",
            "Welsh Language Standards",
            "£207,720",
            "(section 151 officer)",
        ],
    ),
    (
        "northern_ireland",
        [
            "Section 75 of the Northern Ireland Act 1998",
            "equality of opportunity",
            "good relations",
            "Windsor Framework",
            "State aid",
            "£207,720",
        ],
        [
            "section 149",
            "Public Sector Equality Duty",
            "Socio-economic duty",
            "Fairer Scotland Duty",
            "Welsh Language Standards",
            "(section 151 officer)",
        ],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("nation", [n.value for n in Nation])
def test_every_nation_has_the_committee_report_sections(
    packs: dict[tuple[str, str], str], nation: str, fmt: str
) -> None:
    content = packs[(nation, fmt)]
    missing = [phrase for phrase in EVERY_NATION if _squash(phrase) not in content]
    assert missing == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("nation", "present", "absent"), NATION_WORDING)
def test_each_nation_has_its_own_duties_and_not_another_nations(
    packs: dict[tuple[str, str], str],
    nation: str,
    present: list[str],
    absent: list[str],
    fmt: str,
) -> None:
    content = packs[(nation, fmt)]
    assert [p for p in present if _squash(p) not in content] == []
    assert [a for a in absent if _squash(a) in content] == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_public_version_publishes_the_contact_officer(
    packs: dict[tuple[str, str], str], fmt: str
) -> None:
    content = packs[("public", fmt)]
    for phrase in (*CONTACT, CONTACT_EMAIL, CONTACT_PHONE):
        assert _squash(phrase) in content
    # ...while a stakeholder's contact details stay out.
    assert _squash(sample.EMAIL) not in content and _squash(sample.PHONE) not in content


def test_an_exempt_options_rejection_reason_is_in_part_b_only(tmp_path: Path) -> None:
    secret = "Brightway's bid failed the due-diligence check on its parent company."
    data = sample.with_secrets(workshop(Nation.ENGLAND))
    options = tuple(
        replace(o, rejection_reason=secret) if o.id == "opt-secret" else o for o in data.options
    )
    data = replace(data, options=options)
    full = _pdf_text(build_pack(data, tmp_path / "full.pdf", public=False))
    public = _pdf_text(build_pack(data, tmp_path / "public.pdf", public=True))
    assert _squash(secret) in full
    assert full.count(_squash(secret)) == 1  # in Part B, not in section 7
    assert _squash(secret) not in public


def test_the_public_copy_clears_an_exempt_options_rejection_reason() -> None:
    # Every public export (JSON, XLSX) is written from this copy, not only the pack.
    data = sample.with_secrets(workshop(Nation.ENGLAND))
    options = tuple(
        replace(o, rejection_reason="Parent company failed due diligence.")
        if o.id == "opt-secret"
        else o
        for o in data.options
    )
    public = redact_for_public(replace(data, options=options))
    (secret,) = [o for o in public.options if o.id == "opt-secret"]
    assert secret.rejection_reason == ""
    assert [o.rejection_reason for o in public.options if o.id != "opt-secret"].count(REASON) == 1


def test_consultation_counts_the_plan_and_the_log(packs: dict[tuple[str, str], str]) -> None:
    data = workshop(Nation.ENGLAND)
    actions = [a.status.value for a in data.engagement_actions]
    heard = [e.status.value for e in data.listening_log]
    plan = (
        f"The engagement plan has {len(actions)} actions: {actions.count('done')} done, "
        f"{actions.count('planned')} planned and {actions.count('cancelled')} cancelled."
    )
    log = (
        f"The listening log records {len(heard)} things people said: {heard.count('acted')} "
        f"acted on, {heard.count('declined')} declined and {heard.count('open')} still open."
    )
    for fmt in FORMATS:
        assert _squash(plan) in packs[("england", fmt)]
        assert _squash(log) in packs[("england", fmt)]
