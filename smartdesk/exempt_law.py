"""Which paragraph of a nation's access-to-information law a withheld item is cited under.

The paragraphs themselves (numbers, summaries, public-interest tests, sources) are data,
in ``resources/legal/exempt_paragraphs.json``, so the council's legal team can check one
table (docs/exempt-information.md); this module only reads it and picks an entry:

- a record that names its paragraph (``exempt_paragraph``) is cited under that one, if it
  exists in the workshop's nation;
- otherwise the record's kind picks the nation's default: individuals for people,
  financial or business affairs for the council's strategies, options and risks. In
  Scotland paragraph 6 excludes the authority's own affairs, so an option (its costs are
  the expenditure proposed under a contract) is cited under 8 and a strategy or risk
  under 9 (the council's position in the contract negotiations); a person, for whom
  Schedule 7A has no general paragraph, is withheld as personal data under UK GDPR.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from smartdesk.domain.enums import Nation
from smartdesk.domain.errors import WorkshopError
from smartdesk.paths import resource

KINDS = ("strategy", "stakeholder", "option", "risk", "listening_log")
"""The record kinds that can be confidential, as :func:`citation_for` names them."""


@dataclass(frozen=True)
class Citation:
    """Why one withheld item is withheld, ready to print."""

    # "3", "14", "8"; None: no paragraph fits, withheld as personal data under UK GDPR.
    paragraph: str | None
    # Short, for tables: "Sch 12A para 3", "Sch 7A para 8", "UK GDPR (personal data)".
    reference: str
    # For the exempt appendix: "paragraph 3 of Part 1 of Schedule 12A to ...: information ..."
    description: str
    public_interest_test: bool
    source: str
    # The law's own qualification, e.g. Scotland para 8 "exempt only so long as ..."; "" if none.
    condition: str = ""
    # False where the entry could not be checked against a published source.
    verified: bool = True
    # The same in Welsh, for a Welsh pack ("" where the table has no Welsh).
    reference_cy: str = ""
    description_cy: str = ""
    condition_cy: str = ""

    def worded(self, language: str) -> tuple[str, str, str]:
        """(reference, description, condition) in ``language`` ("en" or "cy")."""
        if language == "cy" and self.description_cy:
            return self.reference_cy, self.description_cy, self.condition_cy
        return self.reference, self.description, self.condition


@dataclass(frozen=True)
class Paragraph:
    """One entry of the table, as the resources file gives it."""

    number: str
    kind: str
    summary: str
    public_interest_test: bool
    verified: bool
    source: str
    condition: str = ""
    summary_cy: str = ""
    condition_cy: str = ""


@dataclass(frozen=True)
class NationLaw:
    """One nation's access-to-information law as the table describes it."""

    nation: Nation
    law: str
    part: str
    short: str
    source: str
    public_interest_statement: str | None
    public_interest_source: str
    defaults: dict[str, str | None]
    paragraphs: tuple[Paragraph, ...]
    # Welsh: "paragraff {number} o Ran 4 o Atodlen 12A ...", "Atod 12A", the statement.
    paragraph_cy: str = ""
    short_cy: str = ""
    public_interest_statement_cy: str | None = None


TABLE = ("legal", "exempt_paragraphs.json")


def law(nation: Nation) -> NationLaw:
    """``nation``'s law, paragraphs and defaults, read once from the resources table."""
    return _table()[0][nation]


def paragraphs(nation: Nation) -> tuple[str, ...]:
    """The paragraph numbers that exist in ``nation``'s law, in the law's order."""
    return tuple(paragraph.number for paragraph in law(nation).paragraphs)


def citation_for(
    kind: str, nation: Nation, *, explicit: str = "", private_individual: bool = False
) -> Citation:
    """The citation for a withheld record of ``kind`` in a workshop of ``nation``.

    ``explicit`` is the record's ``exempt_paragraph``: when given it wins, and a number
    that is not a paragraph of the nation's law raises :class:`WorkshopError`.
    ``private_individual`` matters for listening-log items only: said by a private
    person, the item is withheld as that person's information.
    """
    if kind not in KINDS:
        raise ValueError(f"no exempt-information default for records of kind {kind!r}")
    nation_law = law(nation)
    number = explicit.strip()
    if number:
        return _citation(nation_law, _paragraph(nation_law, number))
    key = "listening_log_individual" if kind == "listening_log" and private_individual else kind
    default = nation_law.defaults[key]
    if default is None:
        return personal_data_citation()
    return _citation(nation_law, _paragraph(nation_law, default))


def personal_data_citation() -> Citation:
    """The citation for personal data that no paragraph covers (a person in Scotland)."""
    entry = _table()[1]
    return Citation(
        paragraph=None,
        reference=entry["reference"],
        description=entry["description"],
        public_interest_test=False,
        source=entry["source"],
        reference_cy=entry.get("reference_cy", ""),
        description_cy=entry.get("description_cy", ""),
    )


def public_interest_statement(nation: Nation, language: str = "en") -> str | None:
    """The sentence the pack prints where ``nation``'s law has a public-interest test."""
    nation_law = law(nation)
    if language == "cy" and nation_law.public_interest_statement_cy:
        return nation_law.public_interest_statement_cy
    return nation_law.public_interest_statement


def paragraph_problem(number: str, nation: Nation) -> str | None:
    """Why ``number`` cannot be cited in ``nation`` (to follow a field name), or None."""
    if not number.strip() or number.strip() in paragraphs(nation):
        return None
    return (
        f"must be empty or a paragraph of {law(nation).law}: "
        f"{', '.join(paragraphs(nation))}; got {number!r}"
    )


def _paragraph(nation_law: NationLaw, number: str) -> Paragraph:
    for paragraph in nation_law.paragraphs:
        if paragraph.number == number:
            return paragraph
    raise WorkshopError(f"exempt paragraph {paragraph_problem(number, nation_law.nation)}")


def _citation(nation_law: NationLaw, paragraph: Paragraph) -> Citation:
    description = (
        f"paragraph {paragraph.number} of {nation_law.part} of {nation_law.law}: "
        f"{paragraph.summary}"
    )
    return Citation(
        paragraph=paragraph.number,
        reference=f"{nation_law.short} para {paragraph.number}",
        description=description,
        public_interest_test=paragraph.public_interest_test,
        source=paragraph.source,
        condition=paragraph.condition,
        verified=paragraph.verified,
        reference_cy=f"{nation_law.short_cy} para {paragraph.number}",
        description_cy=(
            f"{nation_law.paragraph_cy.format(number=paragraph.number)}: {paragraph.summary_cy}"
            if nation_law.paragraph_cy and paragraph.summary_cy
            else ""
        ),
        condition_cy=paragraph.condition_cy,
    )


@cache
def _table() -> tuple[dict[Nation, NationLaw], dict[str, str]]:
    # Read once per process: the table is part of the installation and never changes.
    raw: dict[str, Any] = json.loads(resource(*TABLE).read_text(encoding="utf-8"))
    laws = {
        Nation(name): _nation_law(Nation(name), entry) for name, entry in raw["nations"].items()
    }
    missing = [nation.value for nation in Nation if nation not in laws]
    if missing:
        raise RuntimeError(f"the exempt-paragraph table has no entry for {', '.join(missing)}")
    return laws, dict(raw["personal_data"])


def _nation_law(nation: Nation, entry: dict[str, Any]) -> NationLaw:
    public_interest = entry["public_interest"]
    nation_law = NationLaw(
        nation=nation,
        law=entry["law"],
        part=entry["part"],
        short=entry["short"],
        source=entry["source"],
        public_interest_statement=public_interest["statement"] if public_interest else None,
        public_interest_source=public_interest["source"] if public_interest else "",
        defaults=dict(entry["defaults"]),
        paragraphs=tuple(Paragraph(**paragraph) for paragraph in entry["paragraphs"]),
        paragraph_cy=entry.get("paragraph_cy", ""),
        short_cy=entry.get("short_cy", ""),
        public_interest_statement_cy=public_interest.get("statement_cy")
        if public_interest
        else None,
    )
    # A default that names no paragraph of the table is a broken installation, not a user error.
    known = {paragraph.number for paragraph in nation_law.paragraphs}
    for key, number in nation_law.defaults.items():
        if number is not None and number not in known:
            raise RuntimeError(f"{nation.value} default for {key} names no paragraph: {number}")
    return nation_law
