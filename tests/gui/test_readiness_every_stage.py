"""The Briefing pack's readiness checklist on a brand-new workshop names every stage's gap."""

from __future__ import annotations

from pathlib import Path

from smartdesk.gui.briefing.page import BriefingPage
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile


def test_a_new_workshop_checklist_asks_for_every_stage(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "new.smartdesk"
    WorkshopFile.create(path).close()
    assert window.open_path(path)
    window.show_stage(3)
    page = window.current_page()
    assert isinstance(page, BriefingPage)
    shown = [page.readiness.gaps.item(i).text() for i in range(page.readiness.gaps.count())]
    # Blockers first, each marked by word and stage.
    assert shown == [
        "Fix first · Delivery options: No delivery options are listed: the Green Book "
        "expects a short list of at least 4, including business as usual and do minimum.",
        "Fix first · Delivery options: No criteria (critical success factors) are set, so "
        "no option can be scored.",
        "Fix first · Briefing pack: No option is recommended to the committee.",
        "To do · Vision: The problem has not been written: say what is wrong today and for whom.",
        "To do · Vision: There is no vision statement: say what will be better for people "
        "and place.",
        "To do · Vision: No outcomes are set: say what will change, how it is measured, by "
        "when and who owns it.",
        "To do · Stakeholders: No stakeholders are listed: say who is affected, who decides "
        "and who can help.",
    ]
    assert page.readiness.summary.text().startswith("7 things to put right")
