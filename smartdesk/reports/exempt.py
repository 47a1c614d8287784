"""The full version's body: confidential items moved out into the exempt appendix.

A council publishes the body of a committee report and keeps exempt information in a
separate appendix marked "not for publication". So the full version's body is built
from a copy in which every confidential strategy, option, risk and stakeholder keeps
its place (rankings and charts stay true) but is known only by a reference such as
"Exempt option 1 (see Appendix D)", with its details (names, descriptions, costs,
contacts) cleared. Appendix D, built from the original records, lists each reference
beside the real item. Free text that names a moved item is scrubbed to the reference
marker, as the public version does.

The copy keeps ``confidential=True`` on the moved records, so sections can tell them apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from smartdesk.domain.records import Option, Risk, Stakeholder, Strategy, WorkshopData
from smartdesk.reports.catalogue import text
from smartdesk.reports.public import scrub


@dataclass(frozen=True, slots=True)
class ExemptItems:
    """How many records were moved, and the short reference ("Exempt option 1") of each."""

    references: dict[str, str] = field(default_factory=dict)
    strategies: int = 0
    options: int = 0
    risks: int = 0
    stakeholders: int = 0

    @property
    def total(self) -> int:
        return self.strategies + self.options + self.risks + self.stakeholders


def has_exempt(data: WorkshopData) -> bool:
    """Whether anything in the workshop is marked confidential."""
    return any(
        item.confidential
        for group in (data.strategies, data.options, data.risks, data.stakeholders)
        for item in group
    )


def split_exempt(data: WorkshopData) -> tuple[WorkshopData, ExemptItems]:
    """The body copy (confidential items by reference only) and what was moved."""
    references: dict[str, str] = {}
    removed: list[str] = []

    def reference(kind: str, number: int, record_id: str) -> str:
        short = text("exempt.reference", kind=text(f"kind.{kind}").lower(), n=number)
        references[record_id] = short
        return text("exempt.in_body", reference=short)

    strategies: list[Strategy] = []
    for s in data.strategies:
        if s.confidential:
            removed += [s.title, s.alignment]
            label = reference("strategy", sum(x.confidential for x in strategies) + 1, s.id)
            s = replace(s, title=label, owner="", alignment="")
        strategies.append(s)

    options: list[Option] = []
    for o in data.options:
        if o.confidential:
            removed += [o.name, o.description, o.notes]
            label = reference("option", sum(x.confidential for x in options) + 1, o.id)
            # Costs are the commercially sensitive part: they go to Appendix D only.
            o = replace(
                o,
                name=label,
                description="",
                notes="",
                capital_cost=None,
                annual_cost=None,
                annual_benefit=None,
            )
        options.append(o)

    risks: list[Risk] = []
    for r in data.risks:
        if r.confidential:
            removed += [r.title, r.mitigation]
            label = reference("risk", sum(x.confidential for x in risks) + 1, r.id)
            r = replace(r, title=label, owner="", mitigation="")
        risks.append(r)

    people: list[Stakeholder] = []
    for p in data.stakeholders:
        if p.confidential:
            removed += [p.name, p.organisation, p.email, p.phone, p.notes]
            label = reference("stakeholder", sum(x.confidential for x in people) + 1, p.id)
            p = replace(p, name=label, organisation="", role="", email="", phone="", notes="")
        people.append(p)

    body = replace(
        data,
        strategies=tuple(strategies),
        options=tuple(options),
        risks=tuple(risks),
        stakeholders=tuple(people),
    )
    body = scrub(body, removed, text("exempt.marker"))
    # The scrub must not touch the references themselves (they contain no removed text,
    # but a removed string could contain "Exempt ..."): put them back.
    body = _restore_references(
        body, {key: text("exempt.in_body", reference=ref) for key, ref in references.items()}
    )
    moved = ExemptItems(
        references=references,
        strategies=sum(s.confidential for s in data.strategies),
        options=sum(o.confidential for o in data.options),
        risks=sum(r.confidential for r in data.risks),
        stakeholders=sum(p.confidential for p in data.stakeholders),
    )
    return body, moved


def _restore_references(data: WorkshopData, references: dict[str, str]) -> WorkshopData:
    return replace(
        data,
        strategies=tuple(
            replace(s, title=references[s.id]) if s.id in references else s for s in data.strategies
        ),
        options=tuple(
            replace(o, name=references[o.id]) if o.id in references else o for o in data.options
        ),
        risks=tuple(
            replace(r, title=references[r.id]) if r.id in references else r for r in data.risks
        ),
        stakeholders=tuple(
            replace(p, name=references[p.id]) if p.id in references else p
            for p in data.stakeholders
        ),
    )
