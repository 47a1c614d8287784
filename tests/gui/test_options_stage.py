"""The Delivery options stage, driven by keyboard and mouse as the room would, checked in
the workshop file (reopened) rather than in the widgets."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from smartdesk.domain.appraisal import rank_options
from smartdesk.domain.enums import Nation, ProcurementRoute
from smartdesk.domain.records import Criterion, Option, Score, WorkshopData
from smartdesk.domain.sensitivity_sentence import sensitivity_sentence
from smartdesk.gui.common.editable_table import EditableRecordTable
from smartdesk.gui.options.guidance_notes import option_guidance
from smartdesk.gui.options.page import OptionsPage
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import stored, type_into_cell

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window_factory(qtbot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    """Another main window, as when the officer opens the file again later."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        settings = QSettings(str(tmp_path / f"again{len(made)}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, interactive=False)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def options_page(window: MainWindow, tab: int) -> OptionsPage:
    window.show_stage(2)
    page = window.current_page()
    assert isinstance(page, OptionsPage)
    page.show_tab(tab)
    QApplication.processEvents()
    return page


def row_of(table: EditableRecordTable, name: str) -> int:
    model = table.model
    source = next(r for r in range(model.rowCount()) if model.record(r).name == name)
    return table.view.proxy.mapFromSource(model.index(source, 0)).row()


def column_of(table: EditableRecordTable, field: str) -> int:
    return next(i for i, f in enumerate(table.model.fields) if f.name == field)


def score_of(data: WorkshopData, option: Option, criterion: Criterion) -> int | None:
    found = [s for s in data.scores if s.key == (option.id, criterion.id)]
    return found[0].score if found else None


# -- scoring --------------------------------------------------------------------------------


def test_scores_typed_as_digits_each_one_undo_step_tab_moves_on(
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 1)
    before = stored(demo_path)
    business_as_usual = before.options[0]
    first, second, third = before.criteria[:3]
    view = page.scoring.view
    view.setFocus()
    view.setCurrentIndex(page.scores.index(0, 0))
    for digit in "542":  # the demo has 0, 1, 3 there
        qtbot.keyClicks(view, digit)  # the cursor stays on the cell typed into
        qtbot.keyClick(view, Qt.Key.Key_Tab)  # and Tab moves on
    assert view.currentIndex().column() == 3

    after = stored(demo_path)
    assert [score_of(after, business_as_usual, c) for c in (first, second, third)] == [5, 4, 2]
    demo_window.undo_stack.undo()
    assert score_of(stored(demo_path), business_as_usual, third) == score_of(
        before, business_as_usual, third
    )
    assert score_of(stored(demo_path), business_as_usual, second) == 4

    # A digit beyond 5 is refused out loud and writes nothing.
    view.setCurrentIndex(page.scores.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_7)
    assert "0 to 5" in page.scoring.message.text()
    assert score_of(stored(demo_path), business_as_usual, first) == 5

    # Delete clears the cell (its rationale stays), and the cell shows it is unscored.
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    cleared = next(s for s in stored(demo_path).scores if s.key == (business_as_usual.id, first.id))
    assert cleared.score is None and cleared.rationale
    assert page.scores.data(page.scores.index(0, 0)) == "·"
    assert any(r.incomplete for r in rank_options(stored(demo_path)))
    row = next(r for r in page.figures.ranking.texts() if r[1] == business_as_usual.name)
    assert row[3] == "incomplete: 1 unscored"


def test_rationale_of_the_current_cell_is_saved(
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 1)
    view = page.scoring.view
    view.setCurrentIndex(page.scores.index(1, 2))
    field = page.scoring.rationale
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Framework suppliers have installed this at scale")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    data = stored(demo_path)
    option = [o for o in data.options if o.shortlisted][1]
    score = next(s for s in data.scores if s.key == (option.id, data.criteria[2].id))
    assert score.rationale == "Framework suppliers have installed this at scale"


def test_changing_a_weight_updates_ranking_and_sensitivity(
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 1)
    assert page.figures.ranking.texts()[0][1] == "D. Framework call-off"
    sentence_before = page.live_sentence.text()
    table = page.criteria_table
    row = row_of(table, "Affordability")
    type_into_cell(qtbot, table, row, column_of(table, "weight"), "40")

    assert next(c for c in stored(demo_path).criteria if c.name == "Affordability").weight == 40
    # 40 of 125 is 32 %, beyond the 22.73 % where the managed service overtakes.
    assert page.figures.ranking.texts()[0][1] == "E. Managed service with outcome-based payment"
    assert page.live_sentence.text() != sentence_before
    assert page.live_sentence.text() == sensitivity_sentence(stored(demo_path))
    shares = {r[0]: r[1] for r in page.sensitivity.model.texts()}
    assert shares["Affordability"] == "32.00 %"
    share_column = table.model.index(
        table.model.row_for_id(
            next(c.id for c in stored(demo_path).criteria if c.name == "Affordability")
        ),
        2,
    )
    assert table.model.data(share_column) == "32.0 %"

    # A negative weight is refused beside the table and not saved.
    type_into_cell(qtbot, table, row, column_of(table, "weight"), "-3")
    assert next(c for c in stored(demo_path).criteria if c.name == "Affordability").weight == 40
    assert table.message.text()


# -- the short list -------------------------------------------------------------------------


def test_dropping_the_do_minimum_explains_why_and_writes_nothing(
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 0)
    table = page.long_list
    before = stored(demo_path)
    steps = demo_window.undo_stack.count()
    table.view.setFocus()
    row = row_of(table, "B. Do minimum: LED replacement only")
    table.view.setCurrentIndex(table.view.model().index(row, column_of(table, "shortlisted")))
    qtbot.keyClick(table.view, Qt.Key.Key_Space)

    assert stored(demo_path) == before
    assert demo_window.undo_stack.count() == steps
    assert "do minimum" in table.message.text() and "stays on the" in table.message.text()
    assert table.message.isVisible()
    assert demo_window.errors == []  # type: ignore[attr-defined]  # no blocking dialog


def test_ticking_bau_moves_the_role_and_short_lists_it_in_one_step(
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 0)
    table = page.long_list
    name = "G. Concession with revenue share"
    table.view.setFocus()
    table.view.setCurrentIndex(
        table.view.model().index(row_of(table, name), column_of(table, "bau"))
    )
    qtbot.keyClick(table.view, Qt.Key.Key_Space)
    data = stored(demo_path)
    assert [o.name for o in data.options if o.bau] == [name]
    assert next(o for o in data.options if o.name == name).shortlisted
    demo_window.undo_stack.undo()
    data = stored(demo_path)
    assert [o.name for o in data.options if o.bau] == ["A. Business as usual"]
    assert not next(o for o in data.options if o.name == name).shortlisted


def test_routes_follow_the_nation_and_a_foreign_route_is_explained(
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 0)
    field = page.options.fields[column_of(page.long_list, "procurement_route")]
    english = [value for value, _ in field.pairs()]
    assert ProcurementRoute.COMPETITIVE_FLEXIBLE in english
    assert ProcurementRoute.RESTRICTED_PROCEDURE not in english

    session = demo_window.session
    assert session is not None
    info = session.store.info()
    session.set_part(info, dataclasses.replace(info, nation=Nation.SCOTLAND))
    QApplication.processEvents()
    scottish = [value for value, _ in field.pairs()]
    assert ProcurementRoute.RESTRICTED_PROCEDURE in scottish
    assert ProcurementRoute.COMPETITIVE_FLEXIBLE not in scottish

    table = page.long_list
    row = row_of(table, "E. Managed service with outcome-based payment")
    index = table.view.model().index(row, column_of(table, "procurement_route"))
    assert "Scottish councils" in index.data(Qt.ItemDataRole.ToolTipRole)
    table.select_ids([table.model.record(table.model.row_for_id(
        next(o.id for o in stored(demo_path).options if o.name.startswith("E."))
    )).id])  # fmt: skip
    QApplication.processEvents()
    shown = page.guidance.toPlainText()
    assert "Route does not fit Scotland" in shown
    assert "not available in Scotland" in shown


def test_guidance_notes_exist_for_every_route_and_follow_the_act() -> None:
    for route in ProcurementRoute:
        for nation in Nation:
            option = Option(id="o", name="X", procurement_route=route)
            text = option_guidance(option, nation)
            assert "No note yet" not in text, (route, nation)
    english = " ".join(
        option_guidance(
            Option(id="o", name="X", procurement_route=ProcurementRoute.DIRECT_AWARD),
            Nation.ENGLAND,
        ).split()
    )
    assert "transparency notice published before the contract" in english
    framework = option_guidance(
        Option(id="o", name="X", procurement_route=ProcurementRoute.FRAMEWORK_CALL_OFF),
        Nation.WALES,
    )
    assert "4 years" in framework and "8" in framework
    # Nothing for England, Wales or NI may cite the repealed 2015 regulations as current.
    for route in ProcurementRoute:
        text = option_guidance(Option(id="o", procurement_route=route), Nation.ENGLAND)
        if "Public Contracts Regulations 2015" in text:
            assert "replaced" in text


# -- criteria, risks, recommendation ---------------------------------------------------------


def test_empty_workshop_offers_the_five_standard_factors(
    qtbot, window: MainWindow, empty_workshop: Path
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(empty_workshop)
    page = options_page(window, 1)
    button = page.criteria_table.defaults_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    names = [c.name for c in stored(empty_workshop).criteria]
    assert names == [
        "Strategic fit",
        "Value for money",
        "Supplier capacity and capability",
        "Affordability",
        "Achievability",
    ]
    assert not button.isVisible()
    shares = [page.criteria.data(page.criteria.index(r, 2)) for r in range(5)]
    assert shares == ["20.0 %"] * 5
    window.undo_stack.undo()
    assert stored(empty_workshop).criteria == ()


def test_a_welsh_workshop_gets_the_five_standard_factors_in_welsh(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The factors are the workshop's data, printed in its pack: in its language (the
    interface here is English)."""
    import dataclasses

    from smartdesk.domain.enums import Language
    from smartdesk.domain.records import WorkshopData
    from smartdesk.store import WorkshopFile

    path = tmp_path / "cymraeg.smartdesk"
    info = dataclasses.replace(WorkshopData().workshop, language=Language.CY)
    WorkshopFile.create(path, WorkshopData(workshop=info)).close()
    assert window.open_path(path)
    qtbot.mouseClick(
        options_page(window, 1).criteria_table.defaults_button, Qt.MouseButton.LeftButton
    )
    criteria = stored(path).criteria
    assert [c.name for c in criteria] == [
        "Addasrwydd strategol",
        "Gwerth am arian",
        "Capasiti a gallu cyflenwyr",
        "Fforddiadwyedd",
        "Cyraeddadwyedd",
    ]
    assert all(c.description and "the" not in c.description.split() for c in criteria)


def test_recommending_another_option_warns_but_saves(
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 5)
    editor = page.recommendation
    assert not editor.warning.isVisible()
    combo = editor.option
    combo.setFocus()
    target = combo.findText("E. Managed service with outcome-based payment")
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    chosen = stored(demo_path).recommendation.option_id
    assert chosen == next(o.id for o in stored(demo_path).options if o.name.startswith("E."))
    assert editor.warning.isVisible() and "Not the top-ranked" in editor.warning.text()

    decisions = editor.decisions
    decisions.setFocus()
    decisions.selectAll()
    qtbot.keyClicks(decisions, "Approve option E")
    qtbot.keyClick(decisions, Qt.Key.Key_Return, CTRL)
    assert stored(demo_path).recommendation.decisions_sought == ("Approve option E",)


def test_heat_map_counts_the_rated_risks(demo_window: MainWindow, demo_path: Path) -> None:
    page = options_page(demo_window, 4)
    risks = stored(demo_path).risks
    total = sum(
        int(page.heat_map.cell(lk, im).text() or 0) for lk in range(1, 6) for im in range(1, 6)
    )
    assert total == sum(1 for r in risks if r.rating is not None)
    cyber = next(r for r in risks if r.rating == 15)
    assert cyber.title in page.heat_map.cell(cyber.likelihood or 0, cyber.impact or 0).toolTip()


# -- charts, sentence, reopening ------------------------------------------------------------


def test_charts_are_drawn_only_when_shown_and_sentence_copies(demo_window: MainWindow) -> None:
    page = options_page(demo_window, 1)
    assert page.score_chart.renders == 0 and page.sensitivity.chart.renders == 0
    page.show_tab(2)
    QApplication.processEvents()
    page.score_chart.render_now()
    assert page.score_chart.renders == 1 and not page.score_chart.pixmap().isNull()
    assert page.sensitivity.chart.renders == 0
    page.show_tab(3)
    QApplication.processEvents()
    page.sensitivity.chart.render_now()
    assert page.sensitivity.chart.renders == 1
    page.sensitivity.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.sensitivity.sentence.text()
    assert page.sensitivity.sentence.text().startswith("The recommendation (D. Framework call-off)")


def test_work_survives_reopening_the_file(
    qtbot, demo_window: MainWindow, demo_path: Path, window_factory
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 1)
    view = page.scoring.view
    view.setFocus()
    view.setCurrentIndex(page.scores.index(5, 0))
    qtbot.keyClicks(view, "1")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClicks(view, "2")
    demo_window.close_workshop()

    again = window_factory()
    assert again.open_path(demo_path)
    reopened = options_page(again, 1)
    assert reopened.scores.data(reopened.scores.index(5, 0)) == "1"
    assert reopened.scores.data(reopened.scores.index(5, 1)) == "2"


def test_sentence_for_a_robust_ranking_and_for_none() -> None:
    assert "No option" in sensitivity_sentence(WorkshopData())
    data = WorkshopData(
        criteria=(Criterion(id="c1", name="Cost", weight=1), Criterion(id="c2", weight=1)),
        options=(
            Option(id="a", name="Alpha", shortlisted=True),
            Option(id="b", name="Beta", shortlisted=True),
        ),
        scores=(Score("a", "c1", 5), Score("a", "c2", 5), Score("b", "c1", 1)),
    )
    assert sensitivity_sentence(data) == (
        "Alpha stays first whatever share of the weight any single criterion carries."
    )


# -- issue 16: social benefit, operating optimism bias, rejection reason, NPSV ----------------


def test_the_long_list_takes_social_benefit_operating_bias_and_rejection_reason(
    qtbot, demo_window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = options_page(demo_window, 0)
    table = page.long_list
    headers = [f.header for f in table.model.fields]
    assert {"Social benefit £", "Operating optimism bias %", "Rejection reason"} <= set(headers)
    row = row_of(table, "D. Framework call-off")
    type_into_cell(qtbot, table, row, column_of(table, "annual_social_benefit"), "150000")
    type_into_cell(qtbot, table, row, column_of(table, "optimism_bias_operating_pct"), "12.5")
    chosen = next(o for o in stored(demo_path).options if o.name == "D. Framework call-off")
    assert (chosen.annual_social_benefit, chosen.optimism_bias_operating_pct) == (150_000, 12.5)
    # Out of the Green Book's range: refused, the file keeps 12.5.
    type_into_cell(qtbot, table, row, column_of(table, "optimism_bias_operating_pct"), "250")
    chosen = next(o for o in stored(demo_path).options if o.name == "D. Framework call-off")
    assert chosen.optimism_bias_operating_pct == 12.5

    # The value-for-money table now shows D's positive NPSV, labelled NPSV, in real prices.
    page = options_page(demo_window, 2)
    header = [
        page.figures.value.headerData(i, Qt.Orientation.Horizontal)
        for i in range(page.figures.value.columnCount())
    ]
    assert "NPSV (net present social value)" in header and not any("NPV" in h for h in header)
    npsv = header.index("NPSV (net present social value)")
    shown = {row[0]: row[npsv] for row in page.figures.value.texts()}
    # 10 years at 3.5 %: PVB = (285,000 + 150,000) x 8.316605 = 3,617,723;
    # NPC = 1,660,000 x 1.2 + 95,000 x 1.125 x 8.316605 = 1,992,000 + 888,837 = 2,880,837.
    assert shown["D. Framework call-off"] == "£736,886"
    note = page.value_note.text()
    assert "Figures in today's (real) prices over 10 years." in note
    assert "3.5 % a year for years 1 to 30 and 3.0 % from year 31" in note
    assert "NPV" not in note


def test_the_value_table_gives_each_option_npsv_against_the_do_minimum(
    demo_window: MainWindow,
) -> None:
    page = options_page(demo_window, 2)
    model = page.figures.value
    header = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    against = header.index("NPSV against do-minimum")
    shown = {row[0]: row[against] for row in model.texts()}
    # 10 years at 3.5 %, annuity factor 8.316605. The do-minimum B:
    # (128,000 + 15,000) x 8.316605 - (665,000 x 1.15 + 10,000 x 1.15 x 8.316605)
    # = 1,189,275 - 860,391 = 328,884. D: (285,000 + 80,000) x 8.316605
    # - (1,660,000 x 1.2 + 95,000 x 1.2 x 8.316605) = 3,035,561 - 2,940,093 = 95,468.
    assert shown["D. Framework call-off"] == "-£233,416"  # 95,468 - 328,884
    assert shown["B. Do minimum: LED replacement only"] == "£0"

    # With no do-minimum there is nothing to compare with: a dash, and the reason why.
    session = demo_window.session
    assert session is not None
    baseline = next(o for o in session.store.load().options if o.do_minimum)
    assert session.update(baseline, dataclasses.replace(baseline, do_minimum=False))
    rows = model.texts()
    assert {row[against] for row in rows} == {"-"}
    assert "do-minimum" in model.data(model.index(0, against), Qt.ItemDataRole.ToolTipRole)
