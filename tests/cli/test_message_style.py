"""Every command's refusals read alike: ``smartdesk CMD: `` then a lower-case start (or a
name such as JSON), the file named in quotes, one line, exit 2 (1 for a damaged file)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.conftest import RunSmartdesk

# After "smartdesk CMD: ": a quoted file name, a lower-case word, or an acronym.
_START = re.compile(r"^smartdesk( [a-z]+)?: ('|[a-z]|[A-Z]{2,})")


def test_every_command_refuses_in_one_style(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "d.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    text = tmp_path / "notes.txt"
    text.write_text("minutes", encoding="utf-8")
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    old_json = tmp_path / "old.json"
    old_json.write_text('{"format": "smartdesk-workshop"}', encoding="utf-8")
    existing = tmp_path / "pack.pdf"
    existing.write_bytes(b"%PDF-1.4")
    missing = tmp_path / "missing.smartdesk"
    # (arguments, the file the message must name in quotes, or None)
    cases: list[tuple[tuple[str | Path, ...], Path | None]] = [
        (("demo", workshop), workshop),
        (("new", workshop), workshop),
        (("new", tmp_path / "n.smartdesk", "--from-json", bad_json), bad_json),
        (("new", tmp_path / "n.smartdesk", "--from-json", old_json), old_json),
        (("new", tmp_path / "n.smartdesk", "--from-json", tmp_path / "no.json"), None),
        (("check", missing), missing),
        (("check", text), text),
        (("export", missing, "--pdf", tmp_path / "x.pdf"), missing),
        (("export", workshop), None),
        (("export", workshop, "--pdf", tmp_path / "x.docx"), tmp_path / "x.docx"),
        (("export", workshop, "--pdf", existing), existing),
        (("export", workshop, "--pdf", workshop), workshop),
        (("appraise", text), text),
        (("review", missing), missing),
        (("import", workshop, "--stakeholders", text), None),
        (("import", missing, "--stakeholders", text), missing),
        (("scrub", text), text),
        (("appraise",), None),  # argparse: a missing argument
        (("chek",), None),
    ]
    for args, named in cases:
        result = smartdesk(*args, cwd=tmp_path)
        lines = result.stderr.splitlines()
        assert result.returncode == 2, (args, result.stderr)
        assert len(lines) == 1, (args, lines)
        assert _START.match(lines[0]), lines[0]
        if named is not None:
            assert f"'{named}'" in lines[0], lines[0]
    # The sample's name gets its ending, and the user is told.
    result = smartdesk("demo", tmp_path / "d2")
    assert result.returncode == 0
    assert (tmp_path / "d2.smartdesk").exists() and not (tmp_path / "d2").exists()
    assert ".smartdesk added" in result.stdout
