"""Exempt items: which records are confidential, their labels, paragraphs and the body copy.

Redaction is decided per record and per field, never by searching text. A confidential
strategy, stakeholder, option, risk or listening-log item keeps its place and its label
(options lettered by the long list, other records numbered in the room's order, both
from the whole workshop) but is shown as "Option C — exempt (see Part B, paragraph
8)": the fields that carry it (names, descriptions, notes, owners, costs, contacts)
are cleared, and Part B of the full version holds them. Numbers that rank or count
(scores, ratings, power and interest) stay, so rankings, heat maps and counts are the
same in every version. Other records' text is left exactly as written: when it
repeats a withheld name, ``smartdesk review`` says where, and the officer rewords it.

The full version's body and the public version are both built from :func:`body_copy`;
the public version then leaves out personal data too (:mod:`smartdesk.reports.public`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from smartdesk.domain.labels import option_letters, record_numbers
from smartdesk.domain.records import WorkshopData
from smartdesk.domain.stakeholder_analysis import is_private_individual
from smartdesk.exempt_law import Citation, citation_for
from smartdesk.reports.catalogue import text

# Record kind (as exempt_law names it) -> collection of WorkshopData.
COLLECTIONS = {
    "strategy": "strategies",
    "stakeholder": "stakeholders",
    "option": "options",
    "risk": "risks",
    "listening_log": "listening_log",
}

# The fields that carry a confidential record, cleared in the body (Part B keeps them).
_CARRIERS: dict[str, dict[str, Any]] = {
    "strategy": {"owner": "", "alignment": ""},
    "stakeholder": {"organisation": "", "role": "", "email": "", "phone": "", "notes": ""},
    "option": {
        "description": "",
        "notes": "",
        "capital_cost": None,
        "annual_cost": None,
        "annual_benefit": None,
        "optimism_bias_pct": None,
        "rejection_reason": "",
    },
    "risk": {"owner": "", "mitigation": ""},
    "listening_log": {"source": "", "response": "", "stakeholder_id": None, "option_id": None},
}
# The field that names the record, where the placeholder goes.
_NAME_FIELD = {
    "strategy": "title",
    "stakeholder": "name",
    "option": "name",
    "risk": "title",
    "listening_log": "said",
}


@dataclass(frozen=True, slots=True)
class ExemptItem:
    """One confidential record: its label, where the body points to, and the law."""

    kind: str  # a key of COLLECTIONS
    record_id: str
    label: str  # "Option C", "Risk 4"
    citation: Citation

    @property
    def placeholder(self) -> str:
        """What the body shows instead: "Option C — exempt (see Part B, paragraph 8)"."""
        return placeholder(self.label, self.citation)

    @property
    def short(self) -> str:
        """For chart labels: "Option C — exempt"."""
        return text("exempt.short", label=self.label)


@dataclass(frozen=True, slots=True)
class ExemptItems:
    """Every exempt item of a workshop, in the order of the pack."""

    items: tuple[ExemptItem, ...] = ()
    recommended_option_exempt: bool = False
    by_id: dict[str, ExemptItem] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.items)

    def count(self, kind: str) -> int:
        return sum(item.kind == kind for item in self.items)

    def of(self, kind: str) -> list[ExemptItem]:
        return [item for item in self.items if item.kind == kind]


def placeholder(label: str, citation: Citation) -> str:
    if citation.paragraph is None:
        return text("exempt.placeholder_personal", label=label)
    return text("exempt.placeholder", label=label, paragraph=citation.paragraph)


def record_labels(kind: str, data: WorkshopData) -> dict[str, str]:
    """The label each record of ``kind`` keeps in every version ("Option C", "Risk 4")."""
    records = getattr(data, COLLECTIONS[kind])
    refs = (option_letters if kind == "option" else record_numbers)(records)
    return {record_id: text(f"label.{kind}", ref=ref) for record_id, ref in refs.items()}


def exempt_items(data: WorkshopData) -> ExemptItems:
    """The confidential records of ``data``, each with its label and paragraph."""
    nation = data.workshop.nation
    private = {p.id for p in data.stakeholders if is_private_individual(p)}
    items: list[ExemptItem] = []
    for kind, collection in COLLECTIONS.items():
        secret = [r for r in getattr(data, collection) if r.confidential]
        labels = record_labels(kind, data) if secret else {}
        for record in secret:
            person = record.id if kind == "stakeholder" else getattr(record, "stakeholder_id", None)
            citation = citation_for(
                kind,
                nation,
                # A listening-log item has no paragraph of its own: its kind picks it.
                explicit=getattr(record, "exempt_paragraph", ""),
                private_individual=person in private,
            )
            items.append(ExemptItem(kind, record.id, labels[record.id], citation))
    chosen = data.recommendation.option_id
    return ExemptItems(
        items=tuple(items),
        recommended_option_exempt=any(i.record_id == chosen for i in items if i.kind == "option"),
        by_id={item.record_id: item for item in items},
    )


def body_copy(data: WorkshopData, exempt: ExemptItems) -> WorkshopData:
    """``data`` with every exempt record shown by its placeholder and its carriers cleared.

    Scores of an exempt option stay (its place in the ranking is the same in every
    version) but their rationales go to Part B; so does the recommendation's rationale
    when the recommended option is exempt.
    """
    if not exempt.total:
        return data
    changes: dict[str, Any] = {}
    for kind, collection in COLLECTIONS.items():
        changes[collection] = tuple(
            _hide(kind, record, exempt.by_id[record.id]) if record.id in exempt.by_id else record
            for record in getattr(data, collection)
        )
    secret_options = {item.record_id for item in exempt.of("option")}
    changes["scores"] = tuple(
        replace(s, rationale="") if s.option_id in secret_options else s for s in data.scores
    )
    if exempt.recommended_option_exempt:
        changes["recommendation"] = replace(data.recommendation, rationale="")
    return replace(data, **changes)


def _hide(kind: str, record: Any, item: ExemptItem) -> Any:
    carriers = {name: value for name, value in _CARRIERS[kind].items() if hasattr(record, name)}
    return replace(record, **{_NAME_FIELD[kind]: item.placeholder}, **carriers)


def has_exempt(data: WorkshopData) -> bool:
    """Whether anything in the workshop is marked confidential."""
    return any(
        record.confidential
        for collection in COLLECTIONS.values()
        for record in getattr(data, collection)
    )
