"""Record and workshop rules of smartdesk.domain.validation."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartdesk.domain.enums import (
    ActionStatus,
    Financing,
    Language,
    Nation,
    StakeholderCategory,
)
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.record_names import KIND_NAMES, SECTION_ORDER
from smartdesk.domain.record_rules import (
    MAX_LINE_CHARACTERS,
    MAX_PROSE_CHARACTERS,
    PROSE_FIELDS,
    record_fields,
    record_problems,
    validate_record,
)
from smartdesk.domain.records import (
    COLLECTIONS,
    Criterion,
    EngagementAction,
    Implications,
    ListeningLogEntry,
    MaturityDimension,
    NextStep,
    Option,
    Outcome,
    Recommendation,
    Relationship,
    Risk,
    Score,
    Stakeholder,
    Strategy,
    Vision,
    WorkshopData,
    WorkshopInfo,
)
from smartdesk.domain.validation import (
    apply_edit,
    ensure_valid,
    summarise,
    validate_edit,
    validate_workshop,
    workshop_problems,
)

ALL_KINDS: list[type] = [
    WorkshopInfo,
    Vision,
    Strategy,
    Outcome,
    MaturityDimension,
    Stakeholder,
    Relationship,
    EngagementAction,
    ListeningLogEntry,
    Criterion,
    Option,
    Score,
    Risk,
    Recommendation,
    Implications,
    NextStep,
]


def blank(cls: type) -> Any:
    """A record with only its required fields."""
    required = {
        spec.name: f"{cls.__name__.lower()}-1" for spec in record_fields(cls) if spec.required
    }
    return cls(**required)


# ---------------------------------------------------------------------------
# Record rules


@pytest.mark.parametrize("cls", ALL_KINDS, ids=lambda cls: cls.__name__)
def test_a_record_with_defaults_is_sound(cls: type) -> None:
    assert validate_record(blank(cls)) == []


def test_message_names_kind_record_field_and_value() -> None:
    record = Stakeholder(id="s1", name="Rhian Morgan", power=11)
    assert validate_record(record) == [
        "Stakeholder 'Rhian Morgan': power must be between 0 and 10, got 11"
    ]


def test_a_record_without_a_name_is_named_by_its_id() -> None:
    assert validate_record(Risk(id="r-9", likelihood=6)) == [
        "Risk with id 'r-9': likelihood must be between 1 and 5, got 6"
    ]


def test_long_or_multi_line_names_are_shortened_to_one_line() -> None:
    (message,) = validate_record(Option(id="o", name="Line one\nline two " + "x" * 80, bau=3))  # type: ignore[arg-type]
    assert "\n" not in message
    assert message.startswith("Option 'Line one line two xxx")
    assert "…'" in message


# (record class, field, values that pass, values that fail)
RANGES: list[tuple[type, str, list[Any], list[Any]]] = [
    (WorkshopInfo, "appraisal_years", [1, 10, 60], [0, 61, -1]),
    (WorkshopInfo, "discount_rate_pct", [0, 0.0, 3.5, 20], [-0.01, 20.01, 100]),
    (Vision, "horizon_year", [None, 2000, 2035, 2100], [1999, 2101, 0]),
    (MaturityDimension, "current", [None, 1, 5], [0, 6]),
    (MaturityDimension, "target", [None, 1, 5], [0, 6]),
    (Stakeholder, "power", [None, 0, 0.0, 5.5, 10, 10.0], [-0.001, 10.001, 11, -5]),
    (Stakeholder, "interest", [None, 0, 7.25, 10], [-1, 10.5]),
    (Stakeholder, "attitude", [None, -2, 0, 2], [-3, 3]),
    (Relationship, "strength", [None, 1, 3], [0, 4]),
    (Criterion, "weight", [None, 0, 0.5, 1e9], [-0.5, -1]),
    (Option, "capital_cost", [None, 0, 1.5e7], [-1, -0.01]),
    (Option, "annual_cost", [None, 0, 350000.75], [-1]),
    (Option, "annual_benefit", [None, 0, 410000], [-100]),
    (Option, "optimism_bias_pct", [None, 0, 66, 200], [-1, 200.5, 1000]),
    (Option, "annual_social_benefit", [None, 0, 125000.5], [-1, -0.01]),
    (Option, "optimism_bias_operating_pct", [None, 0, 41, 200], [-1, 200.5, 1000]),
    (Score, "score", [None, 0, 3, 5], [-1, 6]),
    (Risk, "likelihood", [None, 1, 5], [0, 6]),
    (Risk, "impact", [None, 1, 5], [0, 6]),
]


def _with(cls: type, field: str, value: Any) -> Any:
    return dataclasses.replace(blank(cls), **{field: value})


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [(cls, field, value) for cls, field, good, _ in RANGES for value in good],
)
def test_values_in_range_pass(cls: type, field: str, value: Any) -> None:
    assert validate_record(_with(cls, field, value)) == []


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [(cls, field, value) for cls, field, _, bad in RANGES for value in bad],
)
def test_values_out_of_range_are_reported_with_the_value(cls: type, field: str, value: Any) -> None:
    problems = record_problems(_with(cls, field, value))
    assert [problem.field for problem in problems] == [field]
    shown = str(int(value)) if float(value).is_integer() else repr(value)
    assert problems[0].text.endswith(f"got {shown}")
    assert "must be" in problems[0].text


@pytest.mark.parametrize(
    ("cls", "field"), [(cls, field) for cls, field, _, _ in RANGES], ids=lambda x: str(x)
)
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_numbers_must_be_finite(cls: type, field: str, value: float) -> None:
    (problem,) = record_problems(_with(cls, field, value))
    assert problem.field == field
    assert "finite" in problem.text


@pytest.mark.parametrize(
    ("cls", "field"),
    [
        (Stakeholder, "attitude"),
        (Score, "score"),
        (Risk, "impact"),
        (WorkshopInfo, "appraisal_years"),
        (Vision, "horizon_year"),
    ],
)
def test_whole_number_fields_refuse_fractions(cls: type, field: str) -> None:
    value = 2030.5 if field == "horizon_year" else 2.5
    (problem,) = record_problems(_with(cls, field, value))
    assert problem.text == f"must be a whole number, got {value}"


@pytest.mark.parametrize(
    ("cls", "field"), [(Stakeholder, "power"), (Score, "score"), (Option, "capital_cost")]
)
@pytest.mark.parametrize("value", [True, "7", [7]])
def test_numbers_refuse_other_types(cls: type, field: str, value: Any) -> None:
    (problem,) = record_problems(_with(cls, field, value))
    assert problem.field == field
    assert problem.text.startswith("must be a")


def test_required_numbers_refuse_null() -> None:
    (problem,) = record_problems(WorkshopInfo(id="w", appraisal_years=None))  # type: ignore[arg-type]
    assert problem.text == "must be given, got null"


@pytest.mark.parametrize("cls", [cls for cls in ALL_KINDS if "id" in cls.__dataclass_fields__])
@pytest.mark.parametrize("record_id", ["", "   ", "\t\n"])
def test_ids_must_not_be_blank(cls: type, record_id: str) -> None:
    (problem,) = record_problems(cls(id=record_id))
    assert (problem.field, problem.text) == ("id", "must not be blank")


def test_any_non_blank_id_is_accepted() -> None:
    assert validate_record(Strategy(id="legacy:42 ✓")) == []


@pytest.mark.parametrize("text", ["nul\x00", "bell\x07", "esc\x1b[31m", "del\x7f", "lone \ud800"])
def test_text_refuses_control_and_invalid_characters(text: str) -> None:
    (problem,) = record_problems(Stakeholder(id="s", notes=text))
    assert problem.field == "notes"
    assert "character" in problem.text


def test_text_allows_tabs_line_breaks_unicode_and_markup() -> None:
    text = "Line\tone\r\nLine two ŵ 💡 <b>&amp;</b> مرحبا "
    assert validate_record(Stakeholder(id="s", name=text + "x" * 900, notes=text * 2_000)) == []


def _text_fields() -> list[tuple[type, str, bool]]:
    """(record kind, field, holds a list) for every text field of every kind."""
    return [
        (cls, spec.name, spec.kind == "text_list")
        for cls in ALL_KINDS
        for spec in record_fields(cls)
        if spec.kind in ("text", "text_list")
    ]


@pytest.mark.parametrize(("cls", "field", "is_list"), _text_fields())
def test_every_text_field_has_a_length_limit(cls: type, field: str, is_list: bool) -> None:
    # A list holds lines (principles, wards, decisions sought): each item is a line.
    prose = field in PROSE_FIELDS and not is_list
    limit = MAX_PROSE_CHARACTERS if prose else MAX_LINE_CHARACTERS
    names = {spec.name for spec in record_fields(cls)}
    if cls is Score:
        base: Any = Score(option_id="o", criterion_id="c")
    else:
        base = cls(id="r") if "id" in names else cls()

    def holding(text: str) -> object:
        value = (text,) if is_list else text
        if field == "id":
            return dataclasses.replace(base, id=text)
        return dataclasses.replace(base, **{field: value})

    assert record_problems(holding("é" * limit)) == []  # characters, not bytes
    (problem,) = record_problems(holding("x" * (limit + 1)))
    assert problem.field == field
    too_long = f"is {limit + 1:,} characters long; it can be at most {limit:,}"
    assert problem.text == (f"item 1 {too_long}" if is_list else too_long)


def test_prose_may_run_to_pages_but_a_title_is_a_line() -> None:
    assert MAX_PROSE_CHARACTERS >= 50 * MAX_LINE_CHARACTERS
    (problem,) = record_problems(WorkshopInfo(id="w", title="A" * 200_000))
    assert problem.message.endswith("…': title is 200,000 characters long; it can be at most 1,000")


@pytest.mark.parametrize(
    ("record", "field", "start"),
    [
        (Stakeholder(id="s", name=3), "name", "must be text, got 3"),  # type: ignore[arg-type]
        (Stakeholder(id="s", confidential=1), "confidential", "must be true or false"),  # type: ignore[arg-type]
        (Stakeholder(id="s", category="council"), "category", "must be one of council,"),  # type: ignore[arg-type]
        (WorkshopInfo(id="w", language="fr"), "language", "must be one of en, cy; got 'fr'"),  # type: ignore[arg-type]
        (NextStep(id="n", due="2025-01-01"), "due", "must be a date"),  # type: ignore[arg-type]
        (NextStep(id="n", due=datetime(2025, 1, 1, 9)), "due", "must be a date"),
        (Outcome(id="o", strategy_ids=["a"]), "strategy_ids", "must be a list"),  # type: ignore[arg-type]
        (Outcome(id="o", strategy_ids=("a", 2)), "strategy_ids", "item 2 must be text"),  # type: ignore[arg-type]
        (Option(id="o", financing=("grant",)), "financing", "item 1 must be one of"),  # type: ignore[arg-type]
        (
            Option(id="o", financing=(Financing.GRANT, Financing.GRANT)),
            "financing",
            "lists 'grant' twice",
        ),
        (EngagementAction(id="e", status=None), "status", "must be given, got null"),  # type: ignore[arg-type]
    ],
)
def test_wrong_kinds_of_value_are_reported(record: Any, field: str, start: str) -> None:
    (problem,) = record_problems(record)
    assert problem.field == field
    assert problem.text.startswith(start)


def test_relationship_must_join_two_different_stakeholders() -> None:
    assert validate_record(Relationship(id="r", from_id="a", to_id="a")) == [
        "Relationship 'a → a': 'to' stakeholder must differ from the 'from' stakeholder"
    ]
    assert validate_record(Relationship(id="r", from_id="a", to_id="b")) == []
    assert validate_record(Relationship(id="r")) == []


def test_several_problems_of_one_record_are_all_reported() -> None:
    messages = validate_record(Stakeholder(id="s", name="X", power=-1, interest=12, attitude=5))
    assert len(messages) == 3


def test_validate_record_rejects_what_is_not_a_record() -> None:
    with pytest.raises(TypeError):
        validate_record("a stakeholder")


# ---------------------------------------------------------------------------
# Hypothesis: in-range records are clean; out-of-range values are reported

finite = st.floats(allow_nan=False, allow_infinity=False)
names = st.text(max_size=60)


@given(
    name=names,
    power=st.none() | st.floats(0, 10) | st.integers(0, 10),
    interest=st.none() | st.floats(0, 10),
    attitude=st.none() | st.integers(-2, 2),
    category=st.none() | st.sampled_from(StakeholderCategory),
)
def test_any_in_range_stakeholder_is_sound(
    name: str, power: Any, interest: Any, attitude: Any, category: Any
) -> None:
    name = "".join(ch for ch in name if ch.isprintable())
    record = Stakeholder(
        id="s", name=name, power=power, interest=interest, attitude=attitude, category=category
    )
    assert validate_record(record) == []


@given(name=names, power=finite.filter(lambda x: not 0 <= x <= 10))
def test_any_out_of_range_power_is_reported_on_one_line(name: str, power: float) -> None:
    (message,) = [
        m for m in validate_record(Stakeholder(id="s", name=name, power=power)) if "power" in m
    ]
    assert message.startswith("Stakeholder ")
    assert "power must be between 0 and 10, got " in message
    assert "\n" not in message and "\r" not in message


@given(st.integers(), st.integers())
def test_risk_scales_accept_exactly_1_to_5(likelihood: int, impact: int) -> None:
    fields = [p.field for p in record_problems(Risk(id="r", likelihood=likelihood, impact=impact))]
    assert ("likelihood" in fields) == (not 1 <= likelihood <= 5)
    assert ("impact" in fields) == (not 1 <= impact <= 5)


@given(st.integers(-10, 10))
def test_scores_accept_exactly_0_to_5(score: int) -> None:
    assert (validate_record(Score("o", "c", score)) == []) == (0 <= score <= 5)


# ---------------------------------------------------------------------------
# Workshop rules


def sound_workshop() -> WorkshopData:
    return WorkshopData(
        workshop=WorkshopInfo(id="w"),
        strategies=(Strategy(id="sg", title="Net Zero"),),
        outcomes=(Outcome(id="oc", title="Less energy", strategy_ids=("sg",)),),
        stakeholders=(
            Stakeholder(id="s1", name="Rhian Morgan"),
            Stakeholder(id="s2", name="Eleri Huws"),
        ),
        relationships=(Relationship(id="r", from_id="s1", to_id="s2", kind="manages"),),
        engagement_actions=(
            EngagementAction(id="ea", stakeholder_ids=("s1", "s2"), status=ActionStatus.DONE),
        ),
        listening_log=(ListeningLogEntry(id="ll", stakeholder_id="s2", option_id="o1"),),
        criteria=(Criterion(id="c1", name="Cost", weight=1),),
        options=(
            Option(id="o1", name="Business as usual", shortlisted=True, bau=True),
            Option(id="o2", name="Do minimum", shortlisted=True, do_minimum=True),
            Option(id="o3", name="Smart lighting"),
        ),
        scores=(Score("o1", "c1", 3), Score("o2", "c1", 4)),
        risks=(Risk(id="rk", title="Delay", option_id="o3"),),
        recommendation=Recommendation(option_id="o2"),
        next_steps=(NextStep(id="ns", action="Tender"),),
    )


def test_a_sound_workshop_has_no_problems() -> None:
    assert validate_workshop(sound_workshop()) == []
    ensure_valid(sound_workshop())


def test_an_empty_workshop_is_sound() -> None:
    assert validate_workshop(WorkshopData()) == []


def test_record_problems_are_located_in_the_workshop() -> None:
    data = dataclasses.replace(
        sound_workshop(),
        stakeholders=(Stakeholder(id="s1"), Stakeholder(id="s2", name="Rhian Morgan", power=11)),
    )
    (problem,) = workshop_problems(data)
    assert problem.message == "Stakeholder 'Rhian Morgan': power must be between 0 and 10, got 11"
    assert problem.interchange_message == (
        "stakeholders[1] ('Rhian Morgan').power: must be between 0 and 10, got 11"
    )


def test_single_sections_are_located_without_position() -> None:
    data = dataclasses.replace(sound_workshop(), vision=Vision(horizon_year=1990))
    (problem,) = workshop_problems(data)
    assert (
        problem.interchange_message
        == "vision.horizon_year: must be between 2000 and 2100, got 1990"
    )
    assert problem.message == "Vision: horizon year must be between 2000 and 2100, got 1990"


@pytest.mark.parametrize(
    "section", [s for s in SECTION_ORDER if s in COLLECTIONS and s != "scores"]
)
def test_ids_are_unique_across_the_whole_workshop(section: str) -> None:
    data = sound_workshop()
    cls = COLLECTIONS[section]
    extra = cls(id="s1")  # the id of the first stakeholder
    data = dataclasses.replace(data, **{section: (*getattr(data, section), extra)})
    problems = [p for p in workshop_problems(data) if p.field == "id"]
    assert len(problems) == 1
    message = problems[0].message
    # The later record in document order is the one blamed; the message names both.
    assert "id 's1' is already used by " in message
    assert "Stakeholder 'Rhian Morgan'" in message
    assert f"{KIND_NAMES[cls]} with id 's1'" in message


def test_the_workshop_id_counts_too() -> None:
    data = dataclasses.replace(sound_workshop(), next_steps=(NextStep(id="w", action="Go"),))
    assert validate_workshop(data) == [
        "Next step 'Go': id 'w' is already used by Workshop with id 'w'"
    ]


# (section, index, replacement record, field): each reference pointing nowhere
DANGLING: list[tuple[str, Any, str]] = [
    ("outcomes", Outcome(id="oc", strategy_ids=("sg", "nope")), "strategy_ids"),
    ("relationships", Relationship(id="r", from_id="nope", to_id="s2"), "from_id"),
    ("relationships", Relationship(id="r", from_id="s1", to_id="nope"), "to_id"),
    ("engagement_actions", EngagementAction(id="ea", stakeholder_ids=("nope",)), "stakeholder_ids"),
    ("listening_log", ListeningLogEntry(id="ll", stakeholder_id="nope"), "stakeholder_id"),
    ("listening_log", ListeningLogEntry(id="ll", option_id="nope"), "option_id"),
    ("scores", Score("nope", "c1", 1), "option_id"),
    ("scores", Score("o1", "nope", 1), "criterion_id"),
    ("risks", Risk(id="rk", option_id="nope"), "option_id"),
]


@pytest.mark.parametrize(("section", "record", "field"), DANGLING)
def test_references_must_point_at_an_existing_record(section: str, record: Any, field: str) -> None:
    data = dataclasses.replace(sound_workshop(), **{section: (record,)})
    problems = [p for p in workshop_problems(data) if p.field == field]
    assert len(problems) == 1
    assert problems[0].text.startswith("refers to ")
    assert problems[0].text.endswith("'nope', which does not exist")


def test_the_recommendation_must_point_at_an_option() -> None:
    data = dataclasses.replace(sound_workshop(), recommendation=Recommendation(option_id="s1"))
    assert validate_workshop(data) == [
        "Recommendation: option refers to Stakeholder 'Rhian Morgan', which is not an option"
    ]


@pytest.mark.parametrize(
    ("section", "record", "field", "wrong_kind"),
    [
        ("outcomes", Outcome(id="oc", strategy_ids=("s1",)), "strategy_ids", "Stakeholder"),
        ("relationships", Relationship(id="r", from_id="o1", to_id="s2"), "from_id", "Option"),
        (
            "engagement_actions",
            EngagementAction(id="ea", stakeholder_ids=("c1",)),
            "stakeholder_ids",
            "Criterion",
        ),
        ("scores", Score("c1", "c1", 1), "option_id", "Criterion"),
        ("scores", Score("o1", "o2", 1), "criterion_id", "Option"),
        ("risks", Risk(id="rk", option_id="sg"), "option_id", "Strategy"),
        (
            "listening_log",
            ListeningLogEntry(id="ll", stakeholder_id="w"),
            "stakeholder_id",
            "Workshop",
        ),
    ],
)
def test_references_must_point_at_the_right_kind(
    section: str, record: Any, field: str, wrong_kind: str
) -> None:
    data = dataclasses.replace(sound_workshop(), **{section: (record,)})
    problems = [p for p in workshop_problems(data) if p.field == field]
    assert len(problems) == 1
    assert problems[0].text.startswith(f"refers to {wrong_kind}")
    assert "which is not a" in problems[0].text


@pytest.mark.parametrize(
    ("section", "record", "field"),
    [
        ("outcomes", Outcome(id="oc", strategy_ids=("sg", "sg")), "strategy_ids"),
        (
            "engagement_actions",
            EngagementAction(id="ea", stakeholder_ids=("s1", "s2", "s1")),
            "stakeholder_ids",
        ),
    ],
)
def test_lists_of_ids_have_no_repeats(section: str, record: Any, field: str) -> None:
    data = dataclasses.replace(sound_workshop(), **{section: (record,)})
    (problem,) = workshop_problems(data)
    assert problem.field == field
    assert problem.text.endswith("twice")


def _options(*options: Option) -> WorkshopData:
    return dataclasses.replace(
        sound_workshop(),
        options=options,
        scores=(),
        listening_log=(),
        risks=(),
        recommendation=Recommendation(),
    )


def test_at_most_one_do_minimum_option() -> None:
    data = _options(
        Option(id="o1", name="A", shortlisted=True, do_minimum=True),
        Option(id="o2", name="B", shortlisted=True, do_minimum=True),
    )
    assert validate_workshop(data) == [
        "Option 'B': do-minimum cannot be set: Option 'A' is already the do-minimum option"
    ]


def test_at_most_one_business_as_usual_option() -> None:
    data = _options(
        Option(id="o1", name="A", shortlisted=True, bau=True),
        Option(id="o2", name="B", shortlisted=True),
        Option(id="o3", name="C", shortlisted=True, bau=True),
    )
    (problem,) = workshop_problems(data)
    assert (problem.index, problem.field) == (2, "bau")
    assert "Option 'A' is already the business-as-usual option" in problem.text


def test_one_option_may_be_both_baselines() -> None:
    data = _options(Option(id="o1", name="A", shortlisted=True, bau=True, do_minimum=True))
    assert validate_workshop(data) == []


@pytest.mark.parametrize(
    ("flag", "words"), [("do_minimum", "do-minimum"), ("bau", "business as usual")]
)
def test_baselines_must_be_short_listed(flag: str, words: str) -> None:
    data = _options(Option(id="o1", name="A", **{flag: True}))
    (message,) = validate_workshop(data)
    assert message.startswith(f"Option 'A': {words} is set but the option is not short-listed")


def test_one_score_per_option_and_criterion() -> None:
    data = dataclasses.replace(
        sound_workshop(), scores=(Score("o1", "c1", 3), Score("o2", "c1", 1), Score("o1", "c1", 5))
    )
    (problem,) = workshop_problems(data)
    assert problem.index == 2
    assert problem.message == (
        "Score 'Business as usual / Cost': is a second score of this option against this criterion"
    )


def test_wrong_types_inside_a_workshop_never_crash_the_validator() -> None:
    data = WorkshopData(
        scores=(Score(["o"], {"c": 1}, "5"),),  # type: ignore[arg-type]
        relationships=(Relationship(id=7, from_id=["x"], to_id=None),),  # type: ignore[arg-type]
        outcomes=(Outcome(id="o", strategy_ids=None),),  # type: ignore[arg-type]
    )
    assert len(validate_workshop(data)) >= 4


# ---------------------------------------------------------------------------
# ensure_valid and summarise


def test_ensure_valid_names_the_first_problem_and_counts_the_rest() -> None:
    data = WorkshopData(
        stakeholders=(
            Stakeholder(id="s1", name="Rhian Morgan", power=11),
            Stakeholder(id="s2", interest=-1),
            Stakeholder(id="s3", attitude=9),
        )
    )
    with pytest.raises(WorkshopError) as caught:
        ensure_valid(data)
    assert str(caught.value) == (
        "Stakeholder 'Rhian Morgan': power must be between 0 and 10, got 11 (and 2 more problems)"
    )
    assert caught.value.exit_code == 2


def test_summarise_counts_in_words() -> None:
    assert summarise([]) is None
    assert summarise(["a"]) == "a"
    assert summarise(["a", "b"]) == "a (and 1 more problem)"


# ---------------------------------------------------------------------------
# Edits


def test_apply_edit_replaces_in_place_or_appends() -> None:
    data = sound_workshop()
    edited, section, index = apply_edit(data, Stakeholder(id="s2", name="New name"))
    assert (section, index) == ("stakeholders", 1)
    assert edited.stakeholders[1].name == "New name"
    assert len(edited.stakeholders) == 2
    edited, section, index = apply_edit(data, Stakeholder(id="s9"))
    assert (section, index, len(edited.stakeholders)) == ("stakeholders", 2, 3)
    edited, section, index = apply_edit(data, Score("o1", "c1", 0))
    assert (section, index, edited.scores[0].score) == ("scores", 0, 0)
    edited, section, index = apply_edit(data, Vision(statement="Bright"))
    assert (section, index, edited.vision.statement) == ("vision", None, "Bright")


def test_a_sound_edit_is_accepted() -> None:
    data = sound_workshop()
    assert validate_edit(data, Stakeholder(id="s1", name="Rhian", power=10, attitude=-2)) == []
    assert validate_edit(data, WorkshopInfo(id="w", language=Language.CY)) == []


def test_an_edit_breaking_a_record_rule_is_refused() -> None:
    messages = validate_edit(sound_workshop(), Stakeholder(id="s1", name="Rhian Morgan", power=11))
    assert messages == ["Stakeholder 'Rhian Morgan': power must be between 0 and 10, got 11"]


def test_an_edit_breaking_a_workshop_rule_is_refused() -> None:
    data = sound_workshop()
    second_bau = Option(id="o3", name="Smart lighting", shortlisted=True, bau=True)
    assert validate_edit(data, second_bau) == [
        "Option 'Smart lighting': business as usual cannot be set: "
        "Option 'Business as usual' is already the business-as-usual option"
    ]
    assert validate_edit(data, Stakeholder(id="o1", name="Clash")) != []
    assert validate_edit(data, Score("o3", "c9", 2)) != []
    unshortlist = Option(id="o1", name="Business as usual", bau=True)
    assert "not short-listed" in validate_edit(data, unshortlist)[0]


def test_an_edit_is_not_blamed_for_problems_elsewhere() -> None:
    data = dataclasses.replace(sound_workshop(), risks=(Risk(id="rk", title="Old", likelihood=9),))
    assert validate_workshop(data) != []
    assert validate_edit(data, Stakeholder(id="s2", name="Fine")) == []
    # ...but the edited record's own standing problems are reported.
    assert validate_edit(data, Risk(id="rk", title="Old", likelihood=9, impact=2)) == [
        "Risk 'Old': likelihood must be between 1 and 5, got 9"
    ]


def test_a_record_named_by_its_date_is_fine() -> None:
    entry = ListeningLogEntry(id="ll", date=date(2025, 1, 31), said="Too dark")
    assert validate_record(entry) == []


# ---------------------------------------------------------------------------
# The exempt paragraph, checked against the nation by a check passed in


def _only_3_in_england(number: str, nation: Nation) -> str | None:
    if not number or (nation is Nation.ENGLAND and number == "3"):
        return None
    return f"must be empty or 3, got {number!r}"


def test_exempt_paragraphs_are_checked_only_with_a_check_passed_in() -> None:
    data = WorkshopData(
        workshop=WorkshopInfo(id="w", nation=Nation.ENGLAND),
        strategies=(Strategy("s", "Estates", exempt_paragraph="3"),),
        stakeholders=(Stakeholder("p", "Jo", exempt_paragraph="12"),),
        options=(Option("o", "Outsource", exempt_paragraph=""),),
        risks=(Risk("r", "Delay", exempt_paragraph="9"),),
    )
    assert workshop_problems(data) == []  # the domain holds no law of its own
    problems = workshop_problems(data, paragraph_problem=_only_3_in_england)
    assert [p.interchange_message for p in problems] == [
        "stakeholders[0] ('Jo').exempt_paragraph: must be empty or 3, got '12'",
        "risks[0] ('Delay').exempt_paragraph: must be empty or 3, got '9'",
    ]
    assert problems[0].message == "Stakeholder 'Jo': exempt paragraph must be empty or 3, got '12'"
    moved = dataclasses.replace(data, workshop=WorkshopInfo(id="w", nation=Nation.WALES))
    assert len(workshop_problems(moved, paragraph_problem=_only_3_in_england)) == 3
