"""``smartdesk export``: several formats in one call, --public everywhere, atomic failures."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
from pypdf import PdfReader

from tests.cli.conftest import RunSmartdesk


def _one_line_error(result: object) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    assert len(result.stderr.strip().splitlines()) == 1  # type: ignore[attr-defined]
    assert "Traceback" not in result.stderr  # type: ignore[attr-defined]


def test_every_format_in_one_public_call(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    outs = {kind: tmp_path / f"pack.{kind}" for kind in ("pdf", "docx", "xlsx", "json")}
    result = smartdesk(
        "export",
        workshop,
        "--public",
        *(x for kind, out in outs.items() for x in (f"--{kind}", out)),
    )
    assert result.returncode == 0, result.stderr
    assert all(out.exists() for out in outs.values())
    assert result.stdout.count("Wrote ") == 4
    pdf = "".join(page.extract_text() or "" for page in PdfReader(outs["pdf"]).pages)
    word = "\n".join(p.text for p in docx.Document(str(outs["docx"])).paragraphs)
    book = openpyxl.load_workbook(outs["xlsx"])
    cells = " ".join(
        str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r if c.value
    )
    document = json.loads(outs["json"].read_text("utf-8"))
    # The demo has a confidential option and stakeholders with e-mail addresses.
    confidential = "G. Concession with revenue share"
    # And participants, whose names, organisations and roles are personal data.
    people = ("Nadia Kowalczyk", "Ifor Jenkins", "Resident, Millfield", "Dr Hannah Voss")
    for content in (pdf, word, cells, json.dumps(document, ensure_ascii=False)):
        assert "@" not in content
        assert confidential not in content
        assert not [name for name in people if name in content]
    assert len(document["participants"]) == 9  # counted, not named
    assert {p["name"] for p in document["participants"]} == {""}


def test_full_version_names_the_exempt_option_in_its_appendix(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    out = tmp_path / "full.docx"
    assert smartdesk("export", workshop, "--docx", out).returncode == 0
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any(p.startswith("Part B") for p in paragraphs)


def test_unwritable_output_is_exit_2_and_leaves_nothing(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "demo.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    good = tmp_path / "ok.pdf"
    # The bad path is found before any file is written, including the good one.
    _one_line_error(
        smartdesk("export", workshop, "--pdf", good, "--xlsx", tmp_path / "no" / "x.xlsx")
    )
    assert not good.exists()
    _one_line_error(smartdesk("export", workshop, "--docx", tmp_path))
    _one_line_error(
        smartdesk("export", workshop, "--docx", tmp_path / "a", "--xlsx", tmp_path / "a")
    )
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = smartdesk("export", workshop, "--xlsx", locked / "x.xlsx")
        if result.returncode != 0:  # root may write anyway
            _one_line_error(result)
        assert [p for p in locked.iterdir() if p.name != "x.xlsx"] == []
    finally:
        locked.chmod(0o700)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.smartdesk", "locked"]
