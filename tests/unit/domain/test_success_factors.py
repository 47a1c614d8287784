"""The five standard critical success factors, in the workshop's language."""

from __future__ import annotations

from smartdesk.domain.enums import Language
from smartdesk.domain.record_rules import validate_record
from smartdesk.domain.records import Criterion
from smartdesk.domain.success_factors import DEFAULT_WEIGHT, standard_factors


def test_the_factors_come_in_the_workshop_s_language_in_the_same_order() -> None:
    english = standard_factors(Language.EN)
    welsh = standard_factors(Language.CY)
    assert [name for name, _ in english] == [
        "Strategic fit",
        "Value for money",
        "Supplier capacity and capability",
        "Affordability",
        "Achievability",
    ]
    assert [name for name, _ in welsh][1] == "Gwerth am arian"
    assert len(welsh) == len(english) == 5
    assert not {name for name, _ in welsh} & {name for name, _ in english}


def test_every_factor_is_a_sound_criterion_with_a_description() -> None:
    for language in Language:
        for name, description in standard_factors(language):
            criterion = Criterion(id="c", name=name, description=description, weight=DEFAULT_WEIGHT)
            assert validate_record(criterion) == [] and description.endswith(".")
