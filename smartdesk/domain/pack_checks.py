"""Review checks on the briefing pack's words: the recommendation's rationale and the
public text.

- A rationale that claims the recommended option scored or ranked highest (highest,
  top, best, ranked first; Welsh uchaf, gorau, cyntaf) when the ranking puts another
  option above it would mislead the committee.
- A confidential (exempt) record's name, or a private individual's, repeated in text
  the public version prints would disclose it. The pack never edits the user's words
  (redaction is per record and field), so the author is told where the name
  appears: the record, its name and the field.

Both are deliberately simple text tests: a prompt to reread, not a verdict.

- A record naming an exempt paragraph its nation's law does not have (left behind when
  the nation was changed) could not be cited: the pack and the JSON export refuse it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from smartdesk.domain.appraisal import option_label, rank_options
from smartdesk.domain.records import ListeningLogEntry, Option, Score, Stakeholder, WorkshopData
from smartdesk.domain.stakeholder_analysis import is_private_individual

MIN_NAME_LENGTH = 4
"""Shorter names are not looked for: "Lee" would match ordinary words."""

# Words by which a rationale says its option came top of the appraisal, in English and
# Welsh (with the soft mutations a Welsh sentence puts on them: "y sgôr orau", "yn
# gyntaf"). Broad on purpose: the gap is a prompt to reread, raised only when the
# recommended option is not first, and then any claim to be the best needs checking.
_CLAIMS_TOP = re.compile(
    r"\b(highest|top|best|(ranked|ranks|ranking|placed|came|comes) (first|1st)|"
    r"first[- ]ranked|first place|number one|preferred by the appraisal|"
    r"uchaf|gorau|orau|cyntaf|gyntaf|1af)\b",
    re.IGNORECASE,
)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def rationale_contradiction(data: WorkshopData, chosen: Option) -> str | None:
    """Why the rationale contradicts the ranking, or None when it does not."""
    claim = _CLAIMS_TOP.search(data.recommendation.rationale)
    if claim is None:
        return None
    ranking = rank_options(data)
    mine = next((r for r in ranking if r.option_id == chosen.id), None)
    if mine is None or not ranking:
        return None
    top = ranking[0]
    if top.score <= mine.score:  # first, or tied with the first
        return None
    first = top.name.strip() or "(unnamed option)"
    return (
        f"The rationale says '{claim.group(0)}', but the recommended option "
        f"'{option_label(chosen)}' ranks {_ordinal(mine.rank)}; '{first}' ranks 1st."
    )


@dataclass(frozen=True, slots=True)
class Leak:
    """A withheld name found in text the public version prints."""

    name: str  # the name as written on its record
    kind: str  # "option", "risk", "strategy", "stakeholder" or "private individual"
    record_id: str
    where: str  # the record and field it was found in ("the option 'B. LED' (description)")


# The record kinds, as people call them, by collection.
_KINDS = {
    "strategies": "strategy",
    "outcomes": "outcome",
    "maturity": "maturity dimension",
    "stakeholders": "stakeholder",
    "relationships": "relationship",
    "engagement_actions": "engagement action",
    "listening_log": "listening-log item",
    "criteria": "criterion",
    "options": "option",
    "scores": "score",
    "risks": "risk",
    "next_steps": "next step",
}
# The field that names a record, by collection (others are named by position).
_LABELS = {
    "strategies": "title",
    "outcomes": "title",
    "maturity": "dimension",
    "stakeholders": "name",
    "engagement_actions": "action",
    "listening_log": "said",
    "criteria": "name",
    "options": "name",
    "risks": "title",
    "next_steps": "action",
}
# Singletons' fields as people call them; others are "the cover (title)" and so on.
_PLACES = {
    "problem": "the problem",
    "statement": "the vision statement",
    "principles": "the principles",
    "rationale": "the recommendation's rationale",
    "decisions_sought": "the decisions sought",
}


def _withheld_names(data: WorkshopData) -> Iterator[tuple[str, str, str]]:
    """(name, kind, id) of every name the public version withholds."""
    for strategy in data.strategies:
        if strategy.confidential:
            yield strategy.title, "strategy", strategy.id
    for option in data.options:
        if option.confidential:
            yield option.name, "option", option.id
    for risk in data.risks:
        if risk.confidential:
            yield risk.title, "risk", risk.id
    for person in data.stakeholders:
        if person.confidential:
            yield person.name, "stakeholder", person.id
        elif is_private_individual(person):
            yield person.name, "private individual", person.id


def _field(name: str) -> str:
    return name.replace("_", " ")


def _strings(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        return "\n".join(v for v in value if isinstance(v, str))
    return ""


def _withheld_fields(data: WorkshopData, collection: str, record: object) -> set[str]:
    """The fields of ``record`` the public version leaves out whatever they say."""
    if getattr(record, "confidential", False):
        return {f.name for f in dataclasses.fields(record)}  # type: ignore[arg-type]
    if collection == "stakeholders":
        assert isinstance(record, Stakeholder)
        if is_private_individual(record):
            return {"name", "organisation", "role", "email", "phone", "notes"}
        return {"email", "phone"}
    if collection == "listening_log":
        assert isinstance(record, ListeningLogEntry)
        private = {p.id for p in data.stakeholders if is_private_individual(p)}
        return {"source"} if record.stakeholder_id in private else set()
    if collection == "scores":
        assert isinstance(record, Score)
        secret = {o.id for o in data.options if o.confidential}
        return {"rationale"} if record.option_id in secret else set()
    return set()


def _public_texts(data: WorkshopData) -> Iterator[tuple[str, str]]:
    """(where, text) for every field of free text the public version keeps."""
    secret = {o.id for o in data.options if o.confidential}
    for record in (data.workshop, data.vision, data.recommendation):
        for f in dataclasses.fields(record):
            if f.name == "rationale" and data.recommendation.option_id in secret:
                continue  # a confidential recommended option's rationale goes with it
            value = _strings(getattr(record, f.name))
            if value and f.name != "id":
                yield _PLACES.get(f.name, f"the cover ({_field(f.name)})"), value
    yield from _implications(data)
    for collection, kind in _KINDS.items():
        for number, record in enumerate(getattr(data, collection), start=1):
            hidden = _withheld_fields(data, collection, record)
            label_field = _LABELS.get(collection)
            label = " ".join(str(getattr(record, label_field, "")).split()) if label_field else ""
            label = label[:60] if label else str(number)
            for f in dataclasses.fields(record):
                value = _strings(getattr(record, f.name))
                if value and f.name not in hidden and f.name != "id":
                    yield f"the {kind} '{label}' ({_field(f.name)})", value


def _implications(data: WorkshopData) -> Iterator[tuple[str, str]]:
    for f in dataclasses.fields(data.implications):
        yield f"the {_field(f.name)} implications", getattr(data.implications, f.name)


def public_leaks(data: WorkshopData) -> list[Leak]:
    """Each withheld name found in public text, once per place, in record order."""
    leaks: list[Leak] = []
    texts = list(_public_texts(data))
    for name, kind, record_id in _withheld_names(data):
        needle = " ".join(name.split())
        if len(needle) < MIN_NAME_LENGTH:
            continue
        # Any run of spaces in the name matches any run in the text; word edges only,
        # so "Hart" does not match "Hartley".
        words = r"\s+".join(re.escape(word) for word in needle.split())
        pattern = re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
        for where, text in texts:
            if pattern.search(text):
                leaks.append(Leak(needle, kind, record_id, where))
    return leaks


@dataclass(frozen=True, slots=True)
class MisplacedParagraph:
    """A record naming an exempt paragraph that its workshop's nation's law lacks."""

    kind: str  # "strategy", "stakeholder", "option" or "risk"
    name: str
    number: str
    record_id: str


def misplaced_paragraphs(data: WorkshopData, allowed: Collection[str]) -> list[MisplacedParagraph]:
    """Each strategy, stakeholder, option and risk, in that order, whose
    ``exempt_paragraph`` is set and not one of ``allowed`` (the nation's paragraphs)."""
    named = [
        *(("strategy", s.title, s.exempt_paragraph, s.id) for s in data.strategies),
        *(("stakeholder", p.name, p.exempt_paragraph, p.id) for p in data.stakeholders),
        *(("option", option_label(o), o.exempt_paragraph, o.id) for o in data.options),
        *(("risk", r.title, r.exempt_paragraph, r.id) for r in data.risks),
    ]
    return [
        MisplacedParagraph(kind, " ".join(name.split()) or f"(untitled {kind})", number, rid)
        for kind, name, number, rid in named
        if number.strip() and number.strip() not in allowed
    ]
