"""``smartdesk export --html``: the rules of every export, for the web page too."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import RunSmartdesk
from tests.unit.reports import sample


def _refused(result: object, reason: str) -> None:
    assert result.returncode == 2, result.stderr  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("smartdesk export: "), lines
    assert reason in lines[0] and "Traceback" not in lines[0]


def test_a_web_page_is_written_replaced_only_with_force_never_over_a_workshop(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    page = tmp_path / "pack.htm"  # .htm is a web page too
    result = smartdesk("export", workshop, "--html", page, "--public")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {page}\n"
    html = page.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in html
    _refused(smartdesk("export", workshop, "--html", page), "--force")
    assert page.read_text("utf-8") == html
    assert smartdesk("export", workshop, "--html", page, "--force").returncode == 0
    assert "Part B" in page.read_text("utf-8")  # the full version now
    disguised = tmp_path / "old.html"
    shutil.copyfile(workshop, disguised)
    _refused(
        smartdesk("export", workshop, "--html", disguised, "--force"),
        "is a SmartDesk workshop file",
    )
    assert disguised.read_bytes() == workshop.read_bytes()


def test_with_other_formats_it_is_all_or_nothing(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    page, pdf = tmp_path / "pack.html", tmp_path / "pack.pdf"
    _refused(smartdesk("export", workshop, "--html", page, "--pdf", tmp_path), "cannot write")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.smartdesk"]
    result = smartdesk("export", workshop, "--html", page, "--pdf", pdf)
    assert result.returncode == 0, result.stderr
    assert page.exists() and pdf.exists()


def test_the_public_page_names_no_participant_and_no_confidential_option(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    full, public = tmp_path / "full.html", tmp_path / "public.html"
    assert smartdesk("export", workshop, "--html", full).returncode == 0
    assert smartdesk("export", workshop, "--html", public, "--public").returncode == 0
    # Participants' names, organisations and roles, and stakeholders' e-mail addresses.
    people = ["Nadia Kowalczyk", "Ifor Jenkins", "Resident, Millfield", "Dr Hannah Voss"]
    withheld = [*people, "G. Concession with revenue share"]
    withheld += [p.email for p in sample.demo().stakeholders if p.email]
    full_text, public_text = full.read_text("utf-8"), public.read_text("utf-8")
    assert [value for value in withheld if value not in full_text] == []
    assert [value for value in withheld if value in public_text] == []
