"""``scrub``: only this file's backups go, and a stakeholder can be named, not just given by id."""

from __future__ import annotations

import json
from pathlib import Path

from smartdesk import paths
from smartdesk.domain.records import Stakeholder, WorkshopData
from smartdesk.store import WorkshopFile
from tests.cli.conftest import RunSmartdesk

PRYCE_EMAIL = b"m.pryce@example.org"


def _one_line_refusal(result: object) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr  # type: ignore[attr-defined]
    return str(result.stderr)  # type: ignore[attr-defined]


def _backups_named(stem: str) -> list[Path]:
    return sorted(paths.backups_dir().rglob(f"{stem}-*.smartdesk"))


def test_scrub_leaves_the_backups_of_another_file_from_the_same_demo(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    g, h = tmp_path / "g.smartdesk", tmp_path / "h.smartdesk"
    for path in (g, h):
        assert smartdesk("demo", path).returncode == 0
        WorkshopFile.open(path).close()  # opening for editing backs it up
    with WorkshopFile.open(g, read_only=True) as one, WorkshopFile.open(h, read_only=True) as two:
        assert one.info().id == two.info().id  # one workshop (merge matches on this)
        assert one.instance_id != two.instance_id  # two files
    (g_backup,) = _backups_named("g")
    result = smartdesk("scrub", h)
    assert result.returncode == 0, result.stderr
    assert "Deleted 1 backup " in result.stdout
    assert not _backups_named("h")
    assert g_backup.exists() and PRYCE_EMAIL in g_backup.read_bytes()  # g's good copy


def test_instance_id_stays_out_of_the_json_export(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop, out = tmp_path / "w.smartdesk", tmp_path / "w.json"
    assert smartdesk("demo", workshop).returncode == 0
    assert smartdesk("export", workshop, "--json", out).returncode == 0
    with WorkshopFile.open(workshop, read_only=True) as store:
        instance = store.instance_id
    assert instance and instance not in out.read_text("utf-8")
    assert "instance" not in json.loads(out.read_text("utf-8"))


def test_scrub_one_stakeholder_by_name(smartdesk: RunSmartdesk, tmp_path: Path) -> None:
    workshop = tmp_path / "w.smartdesk"
    assert smartdesk("demo", workshop).returncode == 0
    result = smartdesk("scrub", workshop, "--stakeholder", "  margaret   PRYCE ")
    assert result.returncode == 0, result.stderr
    assert "1 stakeholder " in result.stdout
    assert PRYCE_EMAIL not in workshop.read_bytes()
    assert b"sarah.okafor@afonbridge.example.org" in workshop.read_bytes()  # only hers
    # By id, as before.
    with WorkshopFile.open(workshop, read_only=True) as store:
        sarah = next(s for s in store.records(Stakeholder) if s.name == "Sarah Okafor")
    assert smartdesk("scrub", workshop, "--stakeholder", sarah.id).returncode == 0
    assert b"sarah.okafor@afonbridge.example.org" not in workshop.read_bytes()


def test_scrub_refuses_an_ambiguous_or_unknown_name(
    smartdesk: RunSmartdesk, tmp_path: Path
) -> None:
    workshop = tmp_path / "twins.smartdesk"
    twins = (
        Stakeholder("sh-a", "Jo Evans", "Afonbridge Council", email="jo.council@example.org"),
        Stakeholder("sh-b", "jo  evans", "Riverside Residents", email="jo.home@example.org"),
    )
    WorkshopFile.create(workshop, WorkshopData(stakeholders=twins)).close()
    before = workshop.read_bytes()
    message = _one_line_refusal(smartdesk("scrub", workshop, "--stakeholder", "Jo Evans"))
    assert message.startswith("smartdesk scrub: 2 stakeholders are named 'Jo Evans'")
    for part in ("Afonbridge Council", "Riverside Residents", "id sh-a", "id sh-b"):
        assert part in message
    assert workshop.read_bytes() == before
    message = _one_line_refusal(smartdesk("scrub", workshop, "--stakeholder", "Jo Bloggs"))
    assert "no stakeholder with the id or name 'Jo Bloggs'" in message
    assert smartdesk("scrub", workshop, "--stakeholder", "sh-b").returncode == 0
    assert b"jo.home@example.org" not in workshop.read_bytes()
    assert b"jo.council@example.org" in workshop.read_bytes()
