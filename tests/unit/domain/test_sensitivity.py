"""Sensitivity of the top place to each criterion's weight (smartdesk.domain.sensitivity)."""

from __future__ import annotations

import json
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from smartdesk.domain.appraisal import rank_by_weights, rank_options
from smartdesk.domain.appraisal_report import appraisal_report, appraisal_text
from smartdesk.domain.records import Criterion, Option, Score, WorkshopData
from smartdesk.domain.sensitivity import sensitivity


def two_by_two(name_a: str = "Option A", name_b: str = "Option B") -> WorkshopData:
    """The hand-worked example.

    Criteria: Strategic fit weight 3 (75 %), Cost weight 1 (25 %).
    A scores 5 and 1, B scores 2 and 5. Today A = (15 + 1) / 20 = 80 %,
    B = (6 + 5) / 20 = 55 %.

    With p = Strategic fit's share: A(p) = p x 5/5 + (1 - p) x 1/5 = 0.2 + 0.8p and
    B(p) = p x 2/5 + (1 - p) x 5/5 = 1 - 0.6p. They cross where 1.4p = 0.8, p = 4/7
    = 57.142857... %: A stays top from 57.14 % up to 100 %, B overtakes below.
    For Cost (p = its share) the lines cross at p = 3/7 = 42.857142... %: A stays top
    from 0 to 42.86 %, B overtakes above.
    """
    return WorkshopData(
        criteria=(
            Criterion(id="fit", name="Strategic fit", weight=3),
            Criterion(id="cost", name="Cost", weight=1),
        ),
        options=(
            Option(id="a", name=name_a, shortlisted=True),
            Option(id="b", name=name_b, shortlisted=True),
        ),
        scores=(
            Score(option_id="a", criterion_id="fit", score=5),
            Score(option_id="a", criterion_id="cost", score=1),
            Score(option_id="b", criterion_id="fit", score=2),
            Score(option_id="b", criterion_id="cost", score=5),
        ),
    )


def test_hand_worked_two_options_two_criteria() -> None:
    fit, cost = sensitivity(two_by_two())
    assert fit.share_pct == 75
    assert fit.top_option_id == "a"
    assert fit.top_stays_from_pct == Fraction(400, 7)
    assert fit.top_stays_to_pct == 100
    assert (fit.overtaken_below_by, fit.overtaken_above_by) == ("b", None)
    assert cost.share_pct == 25
    assert cost.top_stays_from_pct == 0
    assert cost.top_stays_to_pct == Fraction(300, 7)
    assert (cost.overtaken_below_by, cost.overtaken_above_by) == (None, "b")


def test_a_tie_at_the_crossing_counts_as_staying_top_even_when_the_name_loses() -> None:
    # "Zed" is top today but loses every tie on name; the crossing point still counts.
    fit, _ = sensitivity(two_by_two(name_a="Zed", name_b="Able"))
    assert fit.top_option_id == "a"
    assert fit.top_stays_from_pct == Fraction(400, 7)


def test_appraisal_report_matches_the_interchange_shape() -> None:
    report = appraisal_report(two_by_two())
    assert report == {
        "ranking": [
            {
                "rank": 1,
                "option_id": "a",
                "name": "Option A",
                "score_pct": 80.0,
                "incomplete": False,
            },
            {
                "rank": 2,
                "option_id": "b",
                "name": "Option B",
                "score_pct": 55.0,
                "incomplete": False,
            },
        ],
        "sensitivity": [
            {
                "criterion_id": "fit",
                "name": "Strategic fit",
                "share_pct": 75.0,
                "top_stays_from_pct": 57.14,
                "top_stays_to_pct": 100.0,
                "overtaken_below_by": "b",
                "overtaken_above_by": None,
            },
            {
                "criterion_id": "cost",
                "name": "Cost",
                "share_pct": 25.0,
                "top_stays_from_pct": 0.0,
                "top_stays_to_pct": 42.86,
                "overtaken_below_by": None,
                "overtaken_above_by": "b",
            },
        ],
        # Both criteria are 17.86 points from a turn (75 - 57.14 and 42.86 - 25): a tie,
        # which goes by name, so Cost (before Strategic fit).
        "most_sensitive": {"criterion_id": "cost", "points": 17.86},
        # No costs given: every figure is 0, each option incomplete, no do-minimum.
        "costs": [
            {
                "option_id": option_id,
                "name": name,
                "npc": 0.0,
                "pv_benefits": 0.0,
                "npsv": 0.0,
                "npsv_vs_do_minimum": None,
                "incomplete": True,
            }
            for option_id, name in (("a", "Option A"), ("b", "Option B"))
        ],
        # No recommendation: the top option, whose NPSV of 0 has nothing to switch.
        "switching_values": {"option_id": "a", "costs_rise_pct": None, "benefits_fall_pct": None},
    }
    json.dumps(report)  # plain JSON types only


def test_appraisal_text_has_no_final_newline() -> None:
    assert not appraisal_text(two_by_two()).endswith("\n")


def test_appraisal_text_has_the_table_and_one_sentence_per_criterion() -> None:
    text = appraisal_text(two_by_two())
    assert "   1   80.00 %  Option A" in text
    assert "   2   55.00 %  Option B" in text
    assert (
        "Strategic fit (75.0 %): Option A stays top between 57.14 % and 100.00 %; "
        "below, Option B overtakes." in text
    )
    assert (
        "Cost (25.0 %): Option A stays top between 0.00 % and 42.86 %; "
        "above, Option B overtakes." in text
    )


def test_overtaken_at_both_ends_in_text_and_rows() -> None:
    # Three options, two criteria of equal weight. A is balanced (3, 3), B is strong on
    # c1 (5, 0), C is strong on c2 (0, 5). Today A = 60 %, B = C = 50 %.
    # Along c1's share p: A = 0.6, B = p, C = 1 - p. A stays top for 0.4 <= p <= 0.6.
    data = WorkshopData(
        criteria=(
            Criterion(id="c1", name="Fit", weight=1),
            Criterion(id="c2", name="Cost", weight=1),
        ),
        options=tuple(Option(id=o, name=f"Option {o}", shortlisted=True) for o in "ABC"),
        scores=(
            Score("A", "c1", 3),
            Score("A", "c2", 3),
            Score("B", "c1", 5),
            Score("B", "c2", 0),
            Score("C", "c1", 0),
            Score("C", "c2", 5),
        ),
    )
    fit = sensitivity(data)[0]
    assert (fit.top_stays_from_pct, fit.top_stays_to_pct) == (40, 60)
    assert (fit.overtaken_below_by, fit.overtaken_above_by) == ("C", "B")
    assert (
        "Fit (50.0 %): Option A stays top between 40.00 % and 60.00 %; below, Option C "
        "overtakes; above, Option B." in appraisal_text(data)
    )


def test_no_shortlisted_options() -> None:
    data = WorkshopData(criteria=(Criterion(id="c", name="Fit", weight=2),))
    [row] = sensitivity(data)
    assert (row.top_stays_from_pct, row.top_stays_to_pct) == (0, 100)
    assert (row.top_option_id, row.overtaken_below_by, row.overtaken_above_by) == (None, None, None)
    assert appraisal_report(data)["ranking"] == []
    text = appraisal_text(data)
    assert "nothing to rank" in text
    assert "Fit (100.0 %): no short-listed option to rank." in text


def test_one_option_stays_top_everywhere() -> None:
    data = two_by_two()
    data = WorkshopData(criteria=data.criteria, options=data.options[:1], scores=data.scores)
    for row in sensitivity(data):
        assert (row.top_stays_from_pct, row.top_stays_to_pct) == (0, 100)
        assert (row.overtaken_below_by, row.overtaken_above_by) == (None, None)
    assert "Option A stays top whatever this criterion's share (0 % to 100 %)." in appraisal_text(
        data
    )


def test_single_criterion_cannot_change_the_ranking() -> None:
    data = WorkshopData(
        criteria=(Criterion(id="c", weight=0.3),),
        options=(
            Option(id="x", name="X", shortlisted=True),
            Option(id="y", name="Y", shortlisted=True),
        ),
        scores=(Score("x", "c", 2), Score("y", "c", 4)),
    )
    [row] = sensitivity(data)
    assert row.share_pct == 100
    assert row.top_option_id == "y"
    assert (row.top_stays_from_pct, row.top_stays_to_pct) == (0, 100)
    assert (row.overtaken_below_by, row.overtaken_above_by) == (None, None)


def test_all_weights_zero_starts_from_equal_shares() -> None:
    data = two_by_two()
    data = WorkshopData(
        criteria=tuple(Criterion(id=c.id, name=c.name, weight=0) for c in data.criteria),
        options=data.options,
        scores=data.scores,
    )
    fit, cost = sensitivity(data)
    assert fit.share_pct == cost.share_pct == 50
    # At equal shares A = 60 %, B = 70 %: B is top. Along fit's share p,
    # A = 0.2 + 0.8p and B = 1 - 0.6p cross at 4/7, so B stays top up to 57.14 %.
    assert fit.top_option_id == "b"
    assert (fit.top_stays_from_pct, fit.top_stays_to_pct) == (0, Fraction(400, 7))
    assert fit.overtaken_above_by == "a"
    assert "Every criterion weighs 0" in appraisal_text(data)


def test_other_criteria_all_zero_share_the_rest_equally() -> None:
    # Only c1 weighs anything: its share is 100 %. Below that, c2 and c3 share the
    # rest equally. X scores (5, 0, 0), Y scores (4, 5, 5), so X(p) = p and
    # Y(p) = 0.8p + (1 - p) x 1 = 1 - 0.2p. Today (p = 1) X = 1.0 beats Y = 0.8, and X
    # stays top while p >= 1 - 0.2p, i.e. p >= 5/6 = 83.33 %.
    data = WorkshopData(
        criteria=(
            Criterion(id="c1", weight=2),
            Criterion(id="c2", weight=0),
            Criterion(id="c3", weight=None),
        ),
        options=(
            Option(id="x", name="X", shortlisted=True),
            Option(id="y", name="Y", shortlisted=True),
        ),
        scores=(
            Score("x", "c1", 5),
            Score("x", "c2", 0),
            Score("x", "c3", 0),
            Score("y", "c1", 4),
            Score("y", "c2", 5),
            Score("y", "c3", 5),
        ),
    )
    row = sensitivity(data)[0]
    assert row.share_pct == 100
    assert row.top_option_id == "x"
    assert (row.top_stays_from_pct, row.top_stays_to_pct) == (Fraction(500, 6), 100)
    assert row.overtaken_below_by == "y"


def test_no_criteria_gives_no_rows() -> None:
    data = WorkshopData(options=(Option(id="x", name="X", shortlisted=True),))
    assert sensitivity(data) == []
    assert "No criteria are set" in appraisal_text(data)


def test_just_outside_a_tie_of_overtakers_the_tie_rule_names_one() -> None:
    # B and C have the same line; either would be top below the crossing; B wins on name.
    data = WorkshopData(
        criteria=(Criterion(id="c1", weight=1), Criterion(id="c2", weight=1)),
        options=(
            Option(id="a", name="A", shortlisted=True),
            Option(id="c", name="c", shortlisted=True),
            Option(id="b", name="B", shortlisted=True),
        ),
        scores=(
            Score("a", "c1", 5),
            Score("a", "c2", 0),
            Score("b", "c1", 0),
            Score("b", "c2", 4),
            Score("c", "c1", 0),
            Score("c", "c2", 4),
        ),
    )
    fit = sensitivity(data)[0]
    assert fit.top_option_id == "a"
    assert fit.overtaken_below_by == "b"


def test_overtaker_is_the_line_that_wins_just_outside_not_at_the_end_point() -> None:
    # c1 and c2 weigh the same; p is c1's share. A = (5, 0): A(p) = p.
    # B = (3, 2): B(p) = 0.6p + 0.4(1 - p) = 0.4 + 0.2p. C = (0, 5): C(p) = 1 - p.
    # Today (p = 1/2) all three score 50 % and A is top by name. Just below 1/2 both B
    # and C beat A, but C rises faster going down, so C is top there although B sorts
    # first by name.
    data = WorkshopData(
        criteria=(Criterion(id="c1", weight=1), Criterion(id="c2", weight=1)),
        options=(
            Option(id="a", name="A", shortlisted=True),
            Option(id="b", name="B", shortlisted=True),
            Option(id="c", name="C", shortlisted=True),
        ),
        scores=(
            Score("a", "c1", 5),
            Score("a", "c2", 0),
            Score("b", "c1", 3),
            Score("b", "c2", 2),
            Score("c", "c1", 0),
            Score("c", "c2", 5),
        ),
    )
    fit = sensitivity(data)[0]
    assert fit.top_option_id == "a"
    assert (fit.top_stays_from_pct, fit.top_stays_to_pct) == (50, 100)
    assert fit.overtaken_below_by == "c"


# --- property tests ---------------------------------------------------------------

NAMES = ["Alpha", "alpha", "Beta", "Gamma", "gamma"]
WEIGHTS = st.one_of(
    st.none(),
    st.sampled_from([0, 0.1, 0.2, 0.3, 1, 2.5, 3, 10]),
    st.decimals(0, 100, places=2).map(float),
)


@st.composite
def workshops(draw: st.DrawFn) -> WorkshopData:
    n_criteria = draw(st.integers(1, 4))
    n_options = draw(st.integers(0, 5))
    criteria = tuple(
        Criterion(id=f"c{i}", name=f"C{i}", weight=draw(WEIGHTS)) for i in range(n_criteria)
    )
    options = tuple(
        Option(
            id=f"o{i}", name=draw(st.sampled_from(NAMES)), shortlisted=draw(st.booleans()) or i < 2
        )
        for i in range(n_options)
    )
    scores = tuple(
        Score(option.id, criterion.id, draw(st.one_of(st.none(), st.integers(0, 5))))
        for option in options
        for criterion in criteria
        if draw(st.integers(0, 9)) > 0  # now and then a cell has no record at all
    )
    return WorkshopData(criteria=criteria, options=options, scores=scores)


def weights_at(data: WorkshopData, criterion_id: str, p: Fraction) -> dict[str, Fraction]:
    """Shares with ``criterion_id`` at p and the others in today's proportions."""
    raw = {
        c.id: Fraction(str(c.weight)) if c.weight is not None else Fraction(0)
        for c in data.criteria
    }
    others = {cid: w for cid, w in raw.items() if cid != criterion_id}
    total = sum(others.values(), Fraction(0))
    shares = {cid: (w / total if total else Fraction(1, len(others))) for cid, w in others.items()}
    result = {cid: (1 - p) * share for cid, share in shares.items()}
    result[criterion_id] = p
    return result


def scores_at(data: WorkshopData, weights: dict[str, Fraction]) -> dict[str, Fraction]:
    return {r.option_id: r.score for r in rank_by_weights(data, weights)}


TINY = Fraction(1, 10**30)  # far below the gap between any two crossings these inputs allow


@settings(max_examples=300, deadline=None)
@given(workshops(), st.fractions(0, 1))
def test_the_interval_is_right_at_its_ends_inside_and_just_outside(
    data: WorkshopData, where: Fraction
) -> None:
    ranking = rank_options(data)
    all_zero = all(not c.weight for c in data.criteria)
    for row in sensitivity(data):
        low, high = row.top_stays_from_pct / 100, row.top_stays_to_pct / 100
        share = row.share_pct / 100
        assert 0 <= low <= share <= high <= 1
        if not ranking:
            assert row.top_option_id is None
            assert (low, high) == (0, 1)
            continue
        if not all_zero:
            assert row.top_option_id == ranking[0].option_id
        top = row.top_option_id
        assert top is not None
        # Inside (both ends, today's share and anywhere between): top is top, ties allowed.
        for p in (low, high, share, low + (high - low) * where):
            scores = scores_at(data, weights_at(data, row.criterion_id, p))
            assert scores[top] == max(scores.values())
        # Just outside: the named option is top, and today's top is beaten.
        for edge, step, named, bound in (
            (low, -TINY, row.overtaken_below_by, 0),
            (high, TINY, row.overtaken_above_by, 1),
        ):
            if edge == bound:
                assert named is None
                continue
            weights = weights_at(data, row.criterion_id, edge + step)
            first = rank_by_weights(data, weights)[0]
            assert first.option_id == named
            assert scores_at(data, weights)[top] < first.score


@settings(max_examples=100, deadline=None)
@given(workshops())
def test_report_is_json_and_rounded(data: WorkshopData) -> None:
    report = appraisal_report(data)
    assert json.loads(json.dumps(report)) == report
    for row in report["sensitivity"]:
        assert row["top_stays_from_pct"] <= row["share_pct"] <= row["top_stays_to_pct"]
        assert round(row["share_pct"], 2) == row["share_pct"]
    assert [r["rank"] for r in report["ranking"]] == list(range(1, len(report["ranking"]) + 1))
    appraisal_text(data)  # never fails on any workshop
