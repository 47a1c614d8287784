"""A Welsh-language workshop's pack carries the Welsh of issue 16's sections (the
consultation, implications, contact officer and appraisal headings), read back from the
PDF and the Word document; the Welsh catalogue keeps the English one's placeholders."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import replace

import docx
import pytest
from pypdf import PdfReader

from smartdesk.domain.enums import Language, Nation
from smartdesk.reports.catalogue import ENGLISH, language_tag, text
from smartdesk.reports.catalogue_cy import TO_CHECK, WELSH
from smartdesk.reports.docx_export import build_docx
from smartdesk.reports.pack import build_pack
from tests.unit.reports import sample

# Headings of the sections issue 16 added or changed, in the Welsh catalogue.
WELSH_HEADINGS = (
    "8 Ymgynghori",
    "10 Goblygiadau",
    "Swyddog cyswllt",
    "Sylwadau'r prif swyddog cyllid (swyddog adran 151)",
    "Sylwadau'r swyddog monitro",
    "Dyletswydd economaidd-gymdeithasol",
    "Goblygiadau hawliau dynol",
    "Nodiadau caffael ac ariannu",
    "Gwerth presennol cymdeithasol net",
    "Gwerthoedd newid",
)
ENGLISH_HEADINGS = ("8 Consultation", "10 Implications", "Comments of the monitoring officer")


def _flat(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    folder = tmp_path_factory.mktemp("welsh-pack")
    demo = sample.demo()
    welsh = replace(
        demo, workshop=replace(demo.workshop, language=Language.CY, nation=Nation.WALES)
    )
    english = replace(demo, workshop=replace(demo.workshop, nation=Nation.WALES))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.setenv("MPLCONFIGDIR", str(folder / "cache" / "matplotlib"))
        found = {}
        for name, data in (("cy", welsh), ("en", english)):
            pdf = build_pack(data, folder / f"{name}.pdf", public=False)
            found[f"{name}.pdf"] = _flat(
                " ".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
            )
            word = docx.Document(str(build_docx(data, folder / f"{name}.docx", public=False)))
            found[f"{name}.docx"] = _flat(" ".join(p.text for p in word.paragraphs))
        yield found


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_welsh_workshop_has_the_welsh_headings_of_issue_16s_sections(
    packs: dict[str, str], kind: str
) -> None:
    welsh, english = packs[f"cy.{kind}"], packs[f"en.{kind}"]
    for heading in WELSH_HEADINGS:
        assert heading in welsh, heading
        assert heading not in english, heading
    for heading in ENGLISH_HEADINGS:
        assert heading in english and heading not in welsh, heading


def test_the_welsh_sentences_are_filled_in(packs: dict[str, str]) -> None:
    welsh = packs["cy.pdf"]
    assert "Mae gan y cynllun ymgysylltu 13 o gamau gweithredu" in welsh
    assert "yr opsiwn a argymhellir, mae'r NPSV yn disgyn i sero" in welsh
    assert "{" not in welsh


def test_the_welsh_catalogue_is_complete_and_labelled_welsh() -> None:
    # Every key has its Welsh, so a Welsh pack is Welsh throughout and says so.
    assert sorted(set(ENGLISH) - set(WELSH)) == []
    assert language_tag("cy") == "cy-GB"
    assert text("h.consultation", "cy") == "8 Ymgynghori"
    assert text("h.purpose", "cy") == "1 Diben yr adroddiad"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_welsh_entries_match_the_english_keys_and_placeholders() -> None:
    for key, welsh in WELSH.items():
        assert key in ENGLISH, key
        assert _fields(welsh) == _fields(ENGLISH[key]), key
        assert welsh.count("|") == ENGLISH[key].count("|"), key
    assert set(TO_CHECK) <= set(WELSH)
    # Welsh, not English left in place by mistake (abbreviations, names, placeholders
    # and the words Welsh shares with English aside).
    words = {k: re.sub(r"\{\w+\}", "", WELSH[k]) for k in WELSH}
    same = [k for k in WELSH if WELSH[k] == ENGLISH[k] and re.search("[a-z]{4}", words[k])]
    assert same == ["enum.Financing.grant", "enum.ParticipantKind.person"]


def test_an_english_workshop_in_wales_keeps_english(packs: dict[str, str]) -> None:
    english = packs["en.pdf"]
    assert "Socio-economic duty" in english and "Dyletswydd" not in english
