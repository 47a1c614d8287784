"""The same-stakeholder rule of imports (smartdesk.domain.stakeholder_match)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartdesk.domain.records import Stakeholder
from smartdesk.domain.stakeholder_match import (
    Match,
    find_matches,
    normalise,
    same_stakeholder,
    stakeholder_key,
)

# Text with the spaces people paste: tabs, non-breaking and repeated spaces.
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
spacing = st.lists(st.sampled_from([" ", "  ", "\t", "\u00a0", "\n"]), min_size=1, max_size=3)


def person(pid: str, name: str, organisation: str = "") -> Stakeholder:
    return Stakeholder(id=pid, name=name, organisation=organisation)


@given(texts)
def test_normalising_twice_changes_nothing(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(texts)
def test_normalising_ignores_case(text: str) -> None:
    assert normalise(text.casefold()) == normalise(text)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '-&.", max_size=40))
def test_upper_and_lower_case_names_match(text: str) -> None:
    # Upper and lower case round-trip for the Latin letters of English and Welsh names,
    # which is what the rule promises (not every script does: Turkish dotless i
    # upper-cases to a plain I).
    assert normalise(text.upper()) == normalise(text.lower()) == normalise(text)


@given(st.lists(st.text(alphabet="abcXYZ é", min_size=1, max_size=8), max_size=4), spacing)
def test_normalising_ignores_spacing(words: list[str], gap: list[str]) -> None:
    joined = "".join(gap).join(words)
    padded = "".join(gap) + joined + "".join(reversed(gap))
    assert normalise(padded) == normalise(" ".join(words))
    assert normalise(padded.upper()) == normalise(" ".join(words).lower())


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("Ann Jones", "Acme"), ("Ann Jones", "Acme"), True),
        (("Ann Jones", "Acme"), ("  ann   JONES ", "ACME\u00a0"), True),
        (("Ann\tJones", ""), ("ann jones", "   "), True),
        (("Straße", ""), ("STRASSE", ""), True),
        (("Ann Jones", "Acme"), ("Ann Jones", "Acme Ltd"), False),
        (("Ann Jones", "Acme"), ("Ann Jones", ""), False),
        (("Ann Jones", "Acme"), ("AnnJones", "Acme"), False),
        (("Resident", ""), ("Resident", ""), True),
    ],
)
def test_same_stakeholder(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    assert same_stakeholder(person("a", *a), person("b", *b)) is same
    assert (stakeholder_key(*a) == stakeholder_key(*b)) is same


def test_find_matches_in_the_register_and_within_the_list() -> None:
    register = [person("r1", "Ann Jones", "Acme"), person("r2", "Bob", "")]
    incoming = [
        person("n0", "ann jones", "ACME"),  # in the register
        person("n1", "Cara", "Parish council"),  # new
        person("n2", " cara ", "parish  council"),  # repeats n1
        person("n3", "Bob", "Bus company"),  # same name, other organisation: new
        person("n4", "BOB", ""),  # in the register
        person("n5", "Cara", "Parish Council"),  # repeats n1 again
    ]
    assert find_matches(register, incoming) == [
        Match(0, existing=register[0]),
        Match(2, earlier=1),
        Match(4, existing=register[1]),
        Match(5, earlier=1),
    ]


def test_a_row_repeating_a_register_match_is_reported_as_in_the_register() -> None:
    register = [person("r1", "Ann", "")]
    incoming = [person("n0", "Ann", ""), person("n1", "ANN", "")]
    assert find_matches(register, incoming) == [
        Match(0, existing=register[0]),
        Match(1, existing=register[0]),
    ]


def test_nothing_matches_an_empty_register_and_distinct_list() -> None:
    assert find_matches([], [person("a", "A"), person("b", "B")]) == []
