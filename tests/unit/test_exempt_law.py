"""The exempt-information table and the paragraph each withheld item is cited under."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartdesk import exempt_law
from smartdesk.domain.enums import Nation
from smartdesk.domain.errors import WorkshopError
from smartdesk.exempt_law import (
    KINDS,
    Citation,
    citation_for,
    paragraph_problem,
    paragraphs,
    public_interest_statement,
)
from smartdesk.paths import resource

ROOT = Path(__file__).resolve().parents[2]
TABLE_IN_CHECKOUT = ROOT / "resources" / "legal" / "exempt_paragraphs.json"

E, W, S, NI = Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND
GDPR = None

# Every nation x kind, with and without a private individual behind a log item:
# (paragraph cited, or None for personal data under UK GDPR).
DEFAULTS = {
    (E, "stakeholder"): "1",
    (E, "strategy"): "3",
    (E, "option"): "3",
    (E, "risk"): "3",
    (E, "listening_log"): "3",
    (W, "stakeholder"): "12",
    (W, "strategy"): "14",
    (W, "option"): "14",
    (W, "risk"): "14",
    (W, "listening_log"): "14",
    (S, "stakeholder"): GDPR,
    (S, "strategy"): "9",
    (S, "option"): "8",
    (S, "risk"): "9",
    (S, "listening_log"): "6",
    (NI, "stakeholder"): GDPR,
    (NI, "strategy"): "3",
    (NI, "option"): "3",
    (NI, "risk"): "3",
    (NI, "listening_log"): "3",
}
PRIVATE_LOG = {E: "1", W: "12", S: GDPR, NI: GDPR}


def test_the_table_is_read_from_the_checkout() -> None:
    assert resource(*exempt_law.TABLE) == TABLE_IN_CHECKOUT
    assert TABLE_IN_CHECKOUT.is_file()


def test_the_table_covers_every_nation_and_every_entry_has_a_source() -> None:
    raw = json.loads(TABLE_IN_CHECKOUT.read_text(encoding="utf-8"))
    assert set(raw["nations"]) == {nation.value for nation in Nation}
    assert "legal team" in raw["about"]
    assert raw["personal_data"]["source"].strip()
    for name, entry in raw["nations"].items():
        assert entry["source"].strip(), name
        assert set(entry["defaults"]) == {*KINDS, "listening_log_individual"}, name
        for paragraph in entry["paragraphs"]:
            where = f"{name} paragraph {paragraph['number']}"
            assert paragraph["source"].strip(), where
            assert paragraph["summary"].strip(), where
            # An entry nobody could check says so in its source, where the pack shows it.
            assert paragraph["verified"] or paragraph["source"].startswith("unverified"), where


def test_each_nation_lists_the_paragraphs_of_its_own_law() -> None:
    assert paragraphs(E) == ("1", "2", "3", "4", "5", "6", "7")
    assert paragraphs(W) == ("12", "13", "14", "15", "16", "17", "18")
    assert paragraphs(S) == tuple(str(number) for number in range(1, 16))
    assert "3" in paragraphs(NI)


@pytest.mark.parametrize(("nation", "kind"), sorted(DEFAULTS, key=str))
def test_every_nation_and_kind_has_its_default_paragraph(nation: Nation, kind: str) -> None:
    citation = citation_for(kind, nation)
    assert citation.paragraph == DEFAULTS[nation, kind]
    assert citation.source.strip()
    if citation.paragraph is None:
        assert citation.reference == "UK GDPR (personal data)"
        assert "UK General Data Protection Regulation" in citation.description
        assert not citation.public_interest_test
    else:
        assert citation.reference.endswith(f" para {citation.paragraph}")
        assert citation.description.startswith(f"paragraph {citation.paragraph} of ")


@pytest.mark.parametrize("nation", list(Nation))
def test_a_log_item_from_a_private_individual_is_cited_as_theirs(nation: Nation) -> None:
    citation = citation_for("listening_log", nation, private_individual=True)
    assert citation.paragraph == PRIVATE_LOG[nation]
    # The flag only matters for the log: a stakeholder is a person either way.
    assert citation_for("option", nation, private_individual=True) == citation_for("option", nation)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("private", [False, True])
def test_scotland_never_cites_paragraph_6_for_the_councils_own_records(
    kind: str, private: bool
) -> None:
    # Paragraph 6 excludes the authority's own affairs; only a log item (what a third
    # party said) may fall under it.
    citation = citation_for(kind, S, private_individual=private)
    if kind != "listening_log":
        assert citation.paragraph != "6"
    assert citation_for("option", S).paragraph == "8"
    assert "other than the authority" not in citation_for("option", S).description


def test_the_english_and_welsh_descriptions_name_the_law_and_its_wording() -> None:
    assert citation_for("option", E) == Citation(
        paragraph="3",
        reference="Sch 12A para 3",
        description=(
            "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: "
            "information relating to the financial or business affairs of any particular "
            "person (including the authority holding that information)"
        ),
        public_interest_test=True,
        source="legislation.gov.uk, ukpga/1972/70/schedule/12A, paragraph 3",
        reference_cy="Atod 12A para 3",
        description_cy=(
            "paragraff 3 o Ran 1 o Atodlen 12A i Ddeddf Llywodraeth Leol 1972: gwybodaeth "
            "sy'n ymwneud â materion ariannol neu fusnes unrhyw berson penodol (gan gynnwys "
            "yr awdurdod sy'n dal yr wybodaeth honno)"
        ),
    )
    welsh = citation_for("stakeholder", W)
    assert welsh.description.startswith(
        "paragraph 12 of Part 4 of Schedule 12A to the Local Government Act 1972 "
        "(as it applies in Wales): "
    )
    assert "SI 2007/969" in welsh.source


def test_scotland_cites_the_contract_paragraphs_with_their_conditions() -> None:
    option = citation_for("option", S)
    assert option.reference == "Sch 7A para 8"
    assert "expenditure proposed to be incurred by the authority" in option.description
    assert "advantage" in option.condition
    risk = citation_for("risk", S)
    assert risk.reference == "Sch 7A para 9"
    assert "negotiations for a contract" in risk.description
    assert "prejudice the authority" in risk.condition


@pytest.mark.parametrize(
    ("nation", "number"),
    [(E, "5"), (E, "1"), (W, "16"), (W, "13"), (S, "6"), (S, "8"), (S, "12"), (NI, "3")],
)
def test_a_paragraph_named_by_the_record_wins(nation: Nation, number: str) -> None:
    for kind in KINDS:
        assert citation_for(kind, nation, explicit=number).paragraph == number
        assert citation_for(kind, nation, explicit=f" {number} ").paragraph == number
    assert paragraph_problem(number, nation) is None


@pytest.mark.parametrize(
    ("nation", "number"),
    [(E, "14"), (E, "10"), (W, "3"), (W, "1"), (S, "16"), (S, "0"), (NI, "12"), (E, "3a")],
)
def test_a_paragraph_that_does_not_exist_in_the_nation_is_refused(
    nation: Nation, number: str
) -> None:
    with pytest.raises(WorkshopError) as refused:
        citation_for("option", nation, explicit=number)
    message = str(refused.value)
    assert message.startswith("exempt paragraph must be empty or a paragraph of ")
    assert message.endswith(f": {', '.join(paragraphs(nation))}; got '{number}'")
    assert "\n" not in message
    assert paragraph_problem(number, nation) is not None


def test_an_empty_paragraph_is_no_problem() -> None:
    assert paragraph_problem("", S) is None
    assert citation_for("option", S, explicit="  ").paragraph == "8"


def test_an_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="kind 'vision'"):
        citation_for("vision", E)


def test_the_public_interest_test_is_stated_where_the_law_has_one() -> None:
    england = public_interest_statement(E)
    assert england is not None and "paragraph 10 of Schedule 12A" in england
    assert "public interest in maintaining the exemption outweighs" in england
    wales = public_interest_statement(W)
    assert wales is not None and "paragraphs 12 to 15, 17 or 18" in wales
    assert public_interest_statement(S) is None
    assert public_interest_statement(NI) is None


def test_only_welsh_legal_privilege_lacks_the_public_interest_test() -> None:
    assert all(citation_for("option", E, explicit=n).public_interest_test for n in paragraphs(E))
    welsh = {n: citation_for("option", W, explicit=n).public_interest_test for n in paragraphs(W)}
    assert [n for n, tested in welsh.items() if not tested] == ["16"]
    for nation in (S, NI):
        assert not any(
            citation_for("option", nation, explicit=n).public_interest_test
            for n in paragraphs(nation)
        )


def test_unverified_entries_say_so() -> None:
    unverified = citation_for("stakeholder", NI, explicit="1")
    assert not unverified.verified
    assert unverified.source.startswith("unverified")
    assert citation_for("option", NI).verified
