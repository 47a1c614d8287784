"""The procurement and financing notes: every one sourced or marked unverified, per nation."""

from __future__ import annotations

import json

from smartdesk import paths
from smartdesk.domain.enums import Nation
from smartdesk.reports import legal_notes
from smartdesk.reports.legal_notes import LegalNote, notes_for, problems


def _raw_notes() -> list[dict[str, object]]:
    table = json.loads(paths.resource(*legal_notes.TABLE).read_text(encoding="utf-8"))
    notes: list[dict[str, object]] = table["notes"]
    return notes


def test_every_note_in_the_resources_file_has_a_source_or_is_marked_unverified() -> None:
    raw = _raw_notes()
    assert raw, "the table has notes"
    for entry in raw:
        source = str(entry.get("source", "")).strip()
        assert isinstance(entry["verified"], bool), entry["id"]
        assert (entry["verified"] and source) or (not entry["verified"] and not source), entry
        if not entry["verified"]:
            assert not str(entry.get("date", "")).strip(), f"{entry['id']}: an invented date"
    # The loader reads the same table and finds nothing wrong.
    assert len(legal_notes.all_notes()) == len(raw)
    assert all(problems(note) == [] for note in legal_notes.all_notes())


def test_a_note_without_a_source_must_be_unverified_and_undated() -> None:
    note = LegalNote("x", (Nation.ENGLAND,), "A claim.", "", "", verified=True)
    assert problems(note) == ["is marked verified but names no source"]
    dated = LegalNote("x", (Nation.ENGLAND,), "A claim.", "", "1 April 2026", verified=False)
    assert problems(dated) == ["is unverified but carries a date"]
    assert problems(LegalNote("x", (Nation.ENGLAND,), "A claim.", "", "", verified=False)) == []


def _joined(nation: Nation) -> str:
    return " ".join(note.text for note in notes_for(nation))


def test_each_nation_gets_its_own_law() -> None:
    england, wales = _joined(Nation.ENGLAND), _joined(Nation.WALES)
    scotland, ni = _joined(Nation.SCOTLAND), _joined(Nation.NORTHERN_IRELAND)
    for text in (england, wales, ni):
        assert "£207,720" in text and "£5,193,000" in text and "£663,540" in text
        assert "1 January 2026" in text and "including VAT" in text
        assert "£30,000" in text and "whether or not the contract was advertised" in text
        assert "Public Contracts Regulations 2015 stay under those Regulations" in text
    assert "Welsh devolved authorities" in wales and "Welsh devolved" not in england
    assert "Social Partnership and Public Procurement (Wales) Act 2023" in wales
    assert "socially responsible" not in england + scotland + ni
    assert "Procurement Act 2023 does not apply to Scottish councils" in scotland
    assert "£207,720" not in scotland
    assert "not a duty to include them" in scotland and "community benefit" not in england
    assert "Windsor Framework" in ni and "Windsor Framework" not in england + wales + scotland


def test_the_thresholds_note_cites_its_source_and_date() -> None:
    (note,) = [n for n in notes_for(Nation.ENGLAND) if n.id == "pa2023_thresholds"]
    assert note.verified and "PPN 023" in note.source and note.date == "1 January 2026"
