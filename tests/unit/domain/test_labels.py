"""Option letters and record numbers: one label per record, from the whole workshop."""

from __future__ import annotations

import pytest

from smartdesk.domain.labels import letter, option_letters, record_numbers
from smartdesk.domain.records import Option, Risk


def test_letters_run_past_z_like_spreadsheet_columns() -> None:
    assert [letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip
    with pytest.raises(ValueError):
        letter(-1)


def test_options_are_lettered_in_long_list_order_confidential_or_not() -> None:
    options = [
        Option(id="x", name="Do nothing"),
        Option(id="y", name="Secret", confidential=True),
        Option(id="z", name="LED"),
    ]
    assert option_letters(options) == {"x": "A", "y": "B", "z": "C"}


def test_records_are_numbered_from_one_in_room_order() -> None:
    assert record_numbers([Risk(id="r1"), Risk(id="r2")]) == {"r1": 1, "r2": 2}


def test_an_option_shows_its_letter_once() -> None:
    from smartdesk.domain.labels import lettered

    assert lettered("B", "LED upgrade") == "B. LED upgrade"
    assert lettered("B", "B. LED upgrade") == "B. LED upgrade"
    assert lettered("B", "B: LED") == "B: LED"
    assert lettered("B", "Bus lanes") == "B. Bus lanes"
    assert lettered("A", "A. Business as usual") == "A. Business as usual"
    # A name carrying another option's letter shows the real one first.
    assert lettered("D", "C. In-house build") == "D. C. In-house build"
    assert lettered("B", "B road scheme") == "B. B road scheme"
    assert lettered("C", "  ") == "Option C"
