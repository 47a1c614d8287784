"""The merge rules on workshops in memory (``interchange.merge``): no files, no Qt."""

from __future__ import annotations

import dataclasses

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import (
    Criterion,
    Option,
    Score,
    Stakeholder,
    Vision,
    WorkshopData,
    WorkshopInfo,
)
from smartdesk.interchange.merge import (
    Source,
    account_lines,
    changes_between,
    check_rules,
    conflict_lines,
    merge_workshops,
)

BASE = WorkshopData(
    workshop=WorkshopInfo(id="w", title="Harbour lights"),
    vision=Vision(principles=("Open data", "Local first")),
    stakeholders=(Stakeholder(id="s1", name="Ana"), Stakeholder(id="s2", name="Ben")),
    criteria=(Criterion(id="c1", name="Cost", weight=1.0),),
    options=(Option(id="o1", name="In-house", shortlisted=True, do_minimum=True),),
    scores=(Score("o1", "c1", 3),),
)


def _with(data: WorkshopData, **changes: object) -> WorkshopData:
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_additions_follow_the_targets_records_in_each_sources_order() -> None:
    one = _with(BASE, stakeholders=(Stakeholder(id="s9", name="Zoe"), *BASE.stakeholders))
    two = _with(BASE, stakeholders=(*BASE.stakeholders, Stakeholder(id="s5", name="Al")))

    result = merge_workshops(BASE, [Source("one", one), Source("two", two)])

    assert [s.id for s in result.merged.stakeholders] == ["s1", "s2", "s9", "s5"]
    assert [(e.name, e.source) for e in result.added] == [("'Zoe'", "one"), ("'Al'", "two")]
    assert result.changes.added == (one.stakeholders[0], two.stakeholders[-1])
    assert result.changes.replaced == ()


def test_identical_records_are_left_and_counted_singles_included() -> None:
    result = merge_workshops(BASE, [Source("copy", BASE)])

    assert result.merged == BASE
    assert not result.changes
    # 4 single records, 2 stakeholders, 1 criterion, 1 option, 1 score
    assert result.left == {"copy": 9}
    assert account_lines(result) == ["left: 9 identical records in 'copy'"]


def test_a_record_differing_in_any_field_is_a_conflict_naming_the_fields() -> None:
    theirs = _with(
        BASE,
        stakeholders=(dataclasses.replace(BASE.stakeholders[0], power=7.0, notes="x"),),
        vision=Vision(principles=("Local first", "Open data")),  # a list compared whole
    )

    result = merge_workshops(BASE, [Source("t", theirs)])

    assert conflict_lines(result) == [
        "conflict: vision in 't': principles",
        "conflict: stakeholder 'Ana' in 't': power, notes",
    ]
    assert result.merged == BASE  # unsettled: the target's kept, nothing to write
    assert not result.changes


def test_prefer_target_keeps_and_prefer_source_takes_in_the_targets_place() -> None:
    theirs = _with(BASE, stakeholders=(dataclasses.replace(BASE.stakeholders[0], name="Ana M"),))

    kept = merge_workshops(BASE, [Source("t", theirs)], "target")
    taken = merge_workshops(BASE, [Source("t", theirs)], "source")

    assert kept.merged == BASE and [e.fields for e in kept.kept] == [("name",)]
    assert [s.name for s in taken.merged.stakeholders] == ["Ana M", "Ben"]
    assert taken.changes.replaced == ((BASE.stakeholders[0], theirs.stakeholders[0]),)
    assert not taken.conflicts and not kept.conflicts


def test_a_later_source_wins_over_an_earlier_one_even_over_its_addition() -> None:
    new = Stakeholder(id="s7", name="Cy")
    one = _with(BASE, stakeholders=(*BASE.stakeholders, new))
    two = _with(BASE, stakeholders=(*BASE.stakeholders, dataclasses.replace(new, role="chair")))

    taken = merge_workshops(BASE, [Source("one", one), Source("two", two)], "source")
    kept = merge_workshops(BASE, [Source("one", one), Source("two", two)], "target")

    assert taken.merged.stakeholders[-1].role == "chair"
    assert kept.merged.stakeholders[-1].role == ""  # the first one in stays
    assert taken.changes.added == (two.stakeholders[-1],)


def test_scores_are_matched_by_option_and_criterion() -> None:
    theirs = _with(BASE, scores=(Score("o1", "c1", 5, "revised"),))

    result = merge_workshops(BASE, [Source("t", theirs)], "source")

    assert result.merged.scores == (Score("o1", "c1", 5, "revised"),)
    assert [(e.kind, e.name, e.fields) for e in result.taken] == [
        ("score", "'In-house' on 'Cost'", ("score", "rationale"))
    ]


def test_what_a_source_lacks_is_reported_never_deleted() -> None:
    theirs = _with(BASE, stakeholders=BASE.stakeholders[1:])

    result = merge_workshops(BASE, [Source("t", theirs)])

    assert result.merged == BASE
    assert account_lines(result)[-1] == (
        "not in 't' (kept; a merge never deletes): stakeholder 'Ana'"
    )


def test_another_workshop_is_merged_the_same_way_keeping_the_targets_id() -> None:
    other = _with(
        BASE,
        workshop=WorkshopInfo(id="x", title="Harbour lights"),
        stakeholders=(Stakeholder(id="s8", name="Di"),),
    )

    result = merge_workshops(BASE, [Source("o", other)])

    assert result.merged.workshop.id == "w"
    assert not result.conflicts  # the workshop id is no field to differ on
    assert result.other_workshops == [
        "'o' is from another workshop ('Harbour lights', id x); merged the same way"
    ]
    assert result.merged.stakeholders[-1].id == "s8"


def test_changes_between_lists_additions_and_replacements_only() -> None:
    after = _with(
        BASE,
        vision=Vision(problem="Dark streets"),
        options=(*BASE.options, Option(id="o2", name="Framework")),
    )

    changes = changes_between(BASE, after)

    assert changes.added == (after.options[-1],)
    assert changes.replaced == ((BASE.vision, after.vision),)


def test_a_merged_workshop_breaking_a_reader_rule_is_refused_naming_it() -> None:
    less = Option(id="o3", name="Less", shortlisted=True, do_minimum=True)
    theirs = _with(BASE, options=(*BASE.options, less))
    result = merge_workshops(BASE, [Source("t", theirs)])

    with pytest.raises(WorkshopError, match=r"would break a rule: .*do-minimum"):
        check_rules(result.merged)
    check_rules(BASE)  # the target alone is sound
