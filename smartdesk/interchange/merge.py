"""Merging breakout files into a workshop: which records are added, left, taken or in conflict.

Pure of files and Qt: :func:`merge_workshops` works on whole workshops
(:class:`WorkshopData`) and says what the merged workshop is and why; writing it is
``interchange.merge_files``'s job. The rules (docs/merge.md):

- Records are matched by id; a kind in :data:`NATURAL_KEYS` by the fields that make
  it one record (a score by option and criterion, a vote by round, subject and
  participant), its own id aside. Every collection of the workshop takes part, so a
  kind added to ``COLLECTIONS`` (and the store's registry) is merged with no change
  here.
- A record the target lacks is added after the target's own, in the source's order.
  An identical one is left. One that differs in any field (a list compared whole) is
  a conflict: ``prefer="target"`` keeps the target's, ``prefer="source"`` takes the
  source's, in the target's place; sources are merged in turn, so a later source wins.
- The single records (the workshop's fields, the vision with its principles, the
  recommendation, the implications) are compared as one record each, the same way;
  the workshop's own id is always the target's.
- Nothing is ever deleted: what a source lacks is only reported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.record_names import KIND_NAMES, SINGLE_SECTIONS, quote, record_name
from smartdesk.domain.records import COLLECTIONS, Score, WorkshopData

Prefer = Literal["target", "source"] | None

NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "scores": ("option_id", "criterion_id"),
    "votes": ("round_id", "subject_id", "participant_id"),
}
"""Collections whose records are matched by these fields; every other one by ``id``."""


@dataclass(frozen=True, slots=True)
class Source:
    """A workshop read from a breakout file; ``name`` is how messages call the file."""

    name: str
    data: WorkshopData


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the merge's account: a record and what happened to it."""

    kind: str  # "option", "score", "workshop"...
    name: str  # "'Smart parking'", or for a score "'Option A' on 'Cost'"
    source: str
    fields: tuple[str, ...] = ()  # the fields that differ (conflicts, taken, kept)


@dataclass(frozen=True, slots=True)
class Changes:
    """What writing the merge does to the target: records appended (in order) and
    records replaced (``(old, new)``, single records included)."""

    added: tuple[Any, ...] = ()
    replaced: tuple[tuple[Any, Any], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.replaced)


@dataclass
class MergeResult:
    """The merged workshop and the account of how it was made."""

    merged: WorkshopData
    changes: Changes = field(default_factory=Changes)
    added: list[Entry] = field(default_factory=list)
    taken: list[Entry] = field(default_factory=list)
    kept: list[Entry] = field(default_factory=list)  # conflicts settled for the target
    conflicts: list[Entry] = field(default_factory=list)  # conflicts left unsettled
    left: dict[str, int] = field(default_factory=dict)  # source -> identical records
    missing: list[Entry] = field(default_factory=list)  # the target's, lacking in a source
    other_workshops: list[str] = field(default_factory=list)  # notes, one per source


def merge_workshops(
    target: WorkshopData, sources: Sequence[Source], prefer: Prefer = None
) -> MergeResult:
    """Merge ``sources`` in turn into ``target``; see the module's rules.

    With conflicts and no ``prefer`` the result lists them and ``merged`` keeps the
    target's version of each (the caller writes nothing).
    """
    result = MergeResult(merged=target)
    names = _names([target, *(source.data for source in sources)])
    sections: dict[str, Any] = {section: getattr(target, section) for section in SINGLE_SECTIONS}
    lists = {section: _keyed(section, getattr(target, section)) for section in COLLECTIONS}
    for source in sources:
        result.left[source.name] = 0
        if source.data.workshop.id != target.workshop.id:
            result.other_workshops.append(
                f"'{source.name}' is from another workshop "
                f"({_workshop_title(source.data)}, id {source.data.workshop.id}); "
                "merged the same way"
            )
        for section in SINGLE_SECTIONS:
            theirs = getattr(source.data, section)
            if section == "workshop":
                theirs = dataclasses.replace(theirs, id=target.workshop.id)
            ours = sections[section]
            settled = _settle(result, source, ours, theirs, _single_name(section), prefer)
            sections[section] = settled
        for section in COLLECTIONS:
            mine = lists[section]
            seen = set()
            for record in getattr(source.data, section):
                key = _key(section, record)
                seen.add(key)
                ours = mine.get(key)
                if ours is None:
                    mine[key] = record
                    result.added.append(_entry(section, record, source, names))
                    continue
                if section in NATURAL_KEYS and hasattr(record, "id"):
                    record = dataclasses.replace(record, id=ours.id)  # the target's own id
                mine[key] = _settle(
                    result, source, ours, record, _describe(section, ours, names), prefer
                )
            for key, record in _keyed(section, getattr(target, section)).items():
                if key not in seen:
                    result.missing.append(_entry(section, record, source, names))
    merged: dict[str, Any] = {section: tuple(mine.values()) for section, mine in lists.items()}
    result.merged = dataclasses.replace(target, **sections, **merged)
    result.changes = changes_between(target, result.merged)
    return result


def changes_between(before: WorkshopData, after: WorkshopData) -> Changes:
    """What turns ``before`` into ``after`` when ``after`` only adds and replaces."""
    added: list[Any] = []
    replaced: list[tuple[Any, Any]] = []
    for section in SINGLE_SECTIONS:
        old, new = getattr(before, section), getattr(after, section)
        if old != new:
            replaced.append((old, new))
    for section in COLLECTIONS:
        old_records = _keyed(section, getattr(before, section))
        for record in getattr(after, section):
            old = old_records.get(_key(section, record))
            if old is None:
                added.append(record)
            elif old != record:
                replaced.append((old, record))
    return Changes(tuple(added), tuple(replaced))


def check_rules(merged: WorkshopData) -> None:
    """Refuse (WorkshopError, naming the rule) a merged workshop the JSON reader would refuse.

    The reader's own validation is run on the merged workshop, so the rules (one
    do-minimum option, a voter within budget, one open round...) live in one place.
    """
    from smartdesk.interchange.json_format import workshop_from_json, workshop_to_json

    try:
        workshop_from_json(workshop_to_json(merged))
    except WorkshopError as error:
        raise WorkshopError(
            f"the merged workshop would break a rule: {error.message}; nothing was written"
        ) from None


def differing_fields(ours: object, theirs: object) -> tuple[str, ...]:
    """The fields in which two records of one kind differ (lists compared whole)."""
    return tuple(
        item.name
        for item in dataclasses.fields(ours)  # type: ignore[arg-type]
        if getattr(ours, item.name) != getattr(theirs, item.name)
    )


# ---------------------------------------------------------------------------


def _settle(
    result: MergeResult,
    source: Source,
    ours: Any,
    theirs: Any,
    name: tuple[str, str],
    prefer: Prefer,
) -> Any:
    """The record kept when the target has ``ours`` and the source ``theirs``."""
    fields = differing_fields(ours, theirs)
    if not fields:
        result.left[source.name] += 1
        return ours
    entry = Entry(name[0], name[1], source.name, fields)
    if prefer == "source":
        result.taken.append(entry)
        return theirs
    (result.kept if prefer == "target" else result.conflicts).append(entry)
    return ours


def _key(section: str, record: Any) -> tuple[Any, ...]:
    return tuple(getattr(record, name) for name in NATURAL_KEYS.get(section, ("id",)))


def _keyed(section: str, records: Iterable[Any]) -> dict[tuple[Any, ...], Any]:
    return {_key(section, record): record for record in records}


def _names(workshops: Iterable[WorkshopData]) -> dict[str, str]:
    """Record id -> the name people know it by, over every workshop in the merge."""
    found: dict[str, str] = {}
    for data in workshops:
        for section in COLLECTIONS:
            for record in getattr(data, section):
                record_id = getattr(record, "id", None)
                name = record_name(record)
                if isinstance(record_id, str) and name.strip():
                    found.setdefault(record_id, name)
    return found


def _kind(record: object) -> str:
    return KIND_NAMES.get(type(record), type(record).__name__).lower()


def _describe(section: str, record: Any, names: dict[str, str]) -> tuple[str, str]:
    """(kind, name) of a record for a line of the account."""
    name = record_name(record)
    if name.strip():
        return _kind(record), quote(name)
    if section in NATURAL_KEYS or isinstance(record, Score):
        parts = [getattr(record, key) for key in NATURAL_KEYS[section]]
        if isinstance(record, Score):
            return "score", f"{quote(names.get(parts[0], parts[0]))} on " + quote(
                names.get(parts[1], parts[1])
            )
        return _kind(record), " / ".join(quote(names.get(part, part)) for part in parts)
    return _kind(record), f"with id {quote(record.id)}"


def _entry(section: str, record: Any, source: Source, names: dict[str, str]) -> Entry:
    kind, name = _describe(section, record, names)
    return Entry(kind, name, source.name)


def _single_name(section: str) -> tuple[str, str]:
    return ("workshop details" if section == "workshop" else section), ""


def _workshop_title(data: WorkshopData) -> str:
    title = data.workshop.title.strip()
    return quote(title) if title else "untitled"


# ---------------------------------------------------------------------------
# The account, one line each (the command line prints it; the window shows it too)


def conflict_lines(result: MergeResult) -> list[str]:
    """``conflict: option 'Smart parking' in 'b.smartdesk': capital_cost, notes``."""
    return [
        f"conflict: {_what(entry)} in '{entry.source}': {', '.join(entry.fields)}"
        for entry in result.conflicts
    ]


def account_lines(result: MergeResult) -> list[str]:
    """What was (or would be) added, taken, kept and left, and what sources lack."""
    lines = [f"note: {note}" for note in result.other_workshops]
    lines += [f"added: {_what(entry)} from '{entry.source}'" for entry in result.added]
    lines += [
        f"taken: {_what(entry)} from '{entry.source}' ({', '.join(entry.fields)})"
        for entry in result.taken
    ]
    lines += [
        f"kept: {_what(entry)} as the target has it, not as in '{entry.source}' "
        f"({', '.join(entry.fields)})"
        for entry in result.kept
    ]
    lines += [
        f"left: {count} identical record{'' if count == 1 else 's'} in '{source}'"
        for source, count in result.left.items()
    ]
    lines += [
        f"not in '{entry.source}' (kept; a merge never deletes): {_what(entry)}"
        for entry in result.missing
    ]
    return lines


def _what(entry: Entry) -> str:
    return f"{entry.kind} {entry.name}".strip()
