"""``public_leaks``: where public text repeats a name the public version withholds.

The pack never rewrites the user's words, so the officer is told the record, its name
and the field, and rewords it there.
"""

from __future__ import annotations

from dataclasses import replace

from smartdesk.domain.enums import StakeholderCategory
from smartdesk.domain.pack_checks import public_leaks
from smartdesk.domain.records import (
    ListeningLogEntry,
    Option,
    Score,
    Stakeholder,
    WorkshopData,
    WorkshopInfo,
)

COUNCIL = "Cyngor Sir Penrhos"


def _workshop(**parts: object) -> WorkshopData:
    info = WorkshopInfo(id="w", council=COUNCIL, title=f"{COUNCIL} smart streets")
    return replace(WorkshopData(workshop=info), **parts)  # type: ignore[arg-type]


def test_a_confidential_council_officer_flags_her_name_never_her_council() -> None:
    officer = Stakeholder(
        id="off", name="Eleri Morgan", organisation=COUNCIL, role="Head of Law", confidential=True
    )
    colleague = Stakeholder(id="col", name="Huw Price", organisation=COUNCIL, notes="Eleri Morgan")
    data = _workshop(stakeholders=(officer, colleague))
    [leak] = public_leaks(data)
    assert (leak.kind, leak.name, leak.record_id) == ("stakeholder", "Eleri Morgan", "off")
    assert leak.where == "the stakeholder 'Huw Price' (notes)"


def test_each_place_names_record_kind_name_and_field() -> None:
    secret = Option(id="s", name="Harbour land sale", confidential=True)
    public = Option(id="p", name="B. LED upgrade", notes="cheaper than the harbour land sale")
    log = ListeningLogEntry(id="l", said="Is the Harbour Land Sale going ahead?")
    data = _workshop(options=(public, secret), listening_log=(log,))
    # In the order of the JSON's collections: the listening log comes before options.
    assert [leak.where for leak in public_leaks(data)] == [
        "the listening-log item 'Is the Harbour Land Sale going ahead?' (said)",
        "the option 'B. LED upgrade' (notes)",
    ]


def test_an_option_sharing_words_with_a_confidential_note_is_not_flagged() -> None:
    secret = Option(
        id="s", name="Lamp Co bid", notes="Managed service with payment terms", confidential=True
    )
    public = Option(id="p", name="Managed service with outcome-based payment")
    assert public_leaks(_workshop(options=(public, secret))) == []


def test_a_private_individuals_name_in_public_text_is_flagged() -> None:
    resident = Stakeholder(
        id="r", name="Margaret Pryce", role="Secretary", category=StakeholderCategory.RESIDENT
    )
    log = ListeningLogEntry(
        id="l", stakeholder_id="r", source="Margaret Pryce, drop-in", said="Margaret Pryce asked"
    )
    data = _workshop(stakeholders=(resident,), listening_log=(log,))
    # The source of an item from a private individual is withheld, so only "said" counts.
    [leak] = public_leaks(data)
    assert (leak.kind, leak.where) == (
        "private individual",
        "the listening-log item 'Margaret Pryce asked' (said)",
    )


def test_text_the_public_version_withholds_is_not_flagged() -> None:
    secret = Option(id="s", name="Harbour land sale", confidential=True)
    score = Score(option_id="s", criterion_id="c", rationale="Harbour land sale pays most")
    rec = replace(WorkshopData().recommendation, option_id="s", rationale="Harbour land sale")
    assert public_leaks(_workshop(options=(secret,), scores=(score,), recommendation=rec)) == []
