"""Stage 2, Stakeholders: register, power-interest grid, engagement gaps, relationships,
engagement plan and listening log.

The register and the grid sit side by side so the room sees a card and its row at once;
selecting either selects the other. The other lists are tabs beside the register.
Keys: Ctrl+G puts the keyboard on the grid (arrows then move the selected cards),
Ctrl+= / Ctrl+- zoom, Ctrl+0 fits the grid to the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.enums import ListeningStatus
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import WorkshopData
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP, tr
from smartdesk.gui.editing.session import NOTHING_OPEN, WorkshopSession
from smartdesk.gui.stakeholders.card_list import GridCardList
from smartdesk.gui.stakeholders.grid import StakeholderGrid
from smartdesk.gui.stakeholders.grid_tray import PlacementTray
from smartdesk.gui.stakeholders.panels import AttitudeLegend, EngagementGapPanel, SiloPanel
from smartdesk.gui.stakeholders.tables import (
    OverdueDelegate,
    install_status_filter,
    make_tables,
)
from smartdesk.gui.stakeholders.tray_panel import TrayPanel

SPREADSHEET_FILTER = QT_TRANSLATE_NOOP(
    "", "Spreadsheets (*.csv *.xlsx *.xlsm *.txt);;All files (*)"
)


class StakeholdersPage(StagePage):
    title = "Stakeholders"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._set_data(NOTHING_OPEN)
        self._syncing = False
        self.today = dt.date.today

        self.register, self.links, self.plan, self.log = make_tables(
            self, self._people, self._options, lambda: self._data.workshop.nation
        )
        # Models under the names the rest of the window (and its tests) know them by.
        self.stakeholders = self.register.model
        # On a projector (presentation mode) the register keeps what places a card on the
        # grid beside it (whose cards show the attitude).
        self.register.view.essential = ("Name", "Power", "Interest")
        self.relationships = self.links.model
        self.engagement = self.plan.model
        self.listening = self.log.model
        for table in (self.register, self.links, self.plan, self.log):
            self.tables.append(table.view)
        self.plan.view.setItemDelegate(OverdueDelegate(self.plan, lambda: self.today()))
        self.log_proxy = install_status_filter(self.log)

        self.gaps = EngagementGapPanel()
        self.silos = SiloPanel()
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show listening-log entries"))
        self.status_filter.addItem(self.tr("All entries"), None)
        for status in ListeningStatus:
            self.status_filter.addItem(choice_word(status.label), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.log_proxy.set_status(self.status_filter.currentData())
        )

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Stakeholder lists"))
        self.tabs.addTab(self.register, self.tr("Re&gister"))
        self.tabs.addTab(self.gaps, self.tr("Engagement ga&ps"))
        relationships = QSplitter(Qt.Orientation.Vertical)
        relationships.addWidget(self.links)
        relationships.addWidget(self.silos)
        relationships.setChildrenCollapsible(False)
        self.tabs.addTab(relationships, self.tr("Rela&tionships"))
        self.tabs.addTab(self.plan, self.tr("Engagement pla&n"))
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        status_row = QHBoxLayout()
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_filter)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status_filter)
        status_row.addStretch(1)
        log_layout.addLayout(status_row)
        log_layout.addWidget(self.log, 1)
        self.tabs.addTab(log_box, self.tr("Listening &log"))
        # The grid's cards in words, for a screen reader or the keyboard (the grid is drawn).
        self.card_list = GridCardList()
        self.tabs.addTab(self.card_list, self.tr("Grid &cards"))

        # -- the grid --------------------------------------------------------------------
        self.grid = StakeholderGrid()
        self.tray = PlacementTray()
        self.tray.place_requested.connect(lambda i: self.grid.place(i))
        self.tray_box = TrayPanel(self.tray)
        # The selection in full (the grid cuts long names and merges crowded cards).
        self.grid_detail = QLabel()
        self.grid_detail.setWordWrap(True)
        self.grid_detail.setAccessibleName(self.tr("Selected on the grid"))
        self.grid.detail_changed.connect(self.grid_detail.setText)
        self.legend = AttitudeLegend()
        self.show_links = QCheckBox(self.tr("Show &relationships"))
        self.show_links.setChecked(True)
        self.show_links.toggled.connect(self.grid.set_show_relationships)
        tools = QHBoxLayout()
        for text, tip, slot in (
            ("+", self.tr("Zoom in (Ctrl+=, or Ctrl+wheel)"), self.grid.zoom_in),
            ("\u2212", self.tr("Zoom out (Ctrl+-)"), self.grid.zoom_out),
            (self.tr("Fit"), self.tr("Fit the grid to the window (Ctrl+0)"), self.grid.fit),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addWidget(self.show_links)
        tools.addStretch(1)
        self.import_button = QToolButton()
        self.import_button.setText(self.tr("Import stakeholders…"))
        self.import_button.setToolTip(self.tr("Add stakeholders from a CSV or Excel file"))
        self.import_button.clicked.connect(self.start_import)
        tools.addWidget(self.import_button)

        grid_row = QHBoxLayout()
        grid_row.setContentsMargins(0, 0, 0, 0)
        grid_row.addWidget(self.grid, 1)
        grid_row.addWidget(self.tray_box)
        grid_panel = QWidget()
        grid_layout = QVBoxLayout(grid_panel)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(tools)
        grid_layout.addLayout(grid_row, 1)
        grid_layout.addWidget(self.grid_detail)
        grid_layout.addWidget(self.legend)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.tabs)
        self.split.addWidget(grid_panel)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self._sized = False
        self.body.addWidget(self.split, 1)

        # -- selection both ways -----------------------------------------------------------
        self.register.selection_changed.connect(self._register_selected)
        self.card_list.selection_changed.connect(self._list_selected)
        self.grid.selection_changed.connect(self._grid_selected)
        self.gaps.stakeholder_chosen.connect(self.select_stakeholder)
        self.silos.stakeholder_chosen.connect(self.select_stakeholder)

        for keys, slot in (
            ("Ctrl+G", self.focus_grid),
            ("Ctrl+=", self.grid.zoom_in),
            ("Ctrl++", self.grid.zoom_in),
            ("Ctrl+-", self.grid.zoom_out),
            ("Ctrl+0", self.grid.fit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            # Window-wide while this page is shown: the stage list (where the focus sits
            # after Ctrl+2) or the find box must not swallow them.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.add_tab_keys(self.tabs)
        self.card_list.move_requested.connect(self.grid.nudge)
        self.card_list.grid_wanted.connect(self.focus_grid)

    # -- choices for the link columns -------------------------------------------------------

    # Built once per change, not per cell: the link columns ask for them constantly.
    def _people(self) -> list[tuple[Any, str]]:
        return self._people_pairs

    def _options(self) -> list[tuple[Any, str]]:
        return self._option_pairs

    def _set_data(self, data: WorkshopData) -> None:
        self._data = data
        self._people_pairs = [(s.id, s.name or tr("(no name)")) for s in data.stakeholders]
        self._option_pairs = [(o.id, o.name or tr("(no name)")) for o in data.options]

    # -- life cycle -----------------------------------------------------------------------------

    def bind(self, session: WorkshopSession | None) -> None:
        self.grid.bind(session)
        # The page reads the workshop first (show_data fills the link columns' choices),
        # then the tables read their own records: one full load, not two.
        super().bind(session)
        for table in (self.register, self.links, self.plan, self.log):
            table.bind(session)
        self.import_button.setEnabled(session is not None and not session.read_only)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized and self.width() > 0:
            # The grid is square: the lists get the width it cannot use (set once, on
            # first show, when the splitter knows its width; the user may then drag it).
            self._sized = True
            total = max(1, self.split.width())
            grid = min(int(total * 0.55), self.split.height() + 60)
            self.split.setSizes([total - grid, grid])

    def show_data(self, data: WorkshopData) -> None:
        self._set_data(data)
        self.grid.set_records(data.stakeholders, data.relationships)
        self.card_list.set_cards(self.grid.cards.values())
        self.tray.set_records(data.stakeholders)
        self.tray_box.setVisible(self.tray.count() > 0)
        self.tray_box.refresh()
        self.gaps.set_records(data.stakeholders)
        self.silos.set_records(data.stakeholders, data.relationships)
        self._grid_selected_from_register()

    def _apply_filter(self, text: str) -> None:
        super()._apply_filter(text)
        # Cards that do not match the filter fade, so the room's eye goes to the rest.
        wanted = text.casefold().strip()
        for card in self.grid.cards.values():
            person = card.stakeholder
            haystack = f"{person.name} {person.organisation} {person.role}".casefold()
            card.setOpacity(1.0 if not wanted or wanted in haystack else 0.25)

    # -- selection ------------------------------------------------------------------------------

    def _register_selected(self, ids: list[str]) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.grid.select_ids(ids)
                self.card_list.select_ids(ids)
            finally:
                self._syncing = False

    def _grid_selected(self, ids: list[str]) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.register.select_ids(ids)
                self.card_list.select_ids(ids)
            finally:
                self._syncing = False

    def _list_selected(self, ids: list[str]) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.grid.select_ids(ids)
                self.register.select_ids(ids)
            finally:
                self._syncing = False

    def _grid_selected_from_register(self) -> None:
        self._register_selected(self.register.selected_ids())

    def select_stakeholder(self, stakeholder_id: str) -> None:
        """Show one stakeholder's row in the register and its card on the grid."""
        self.tabs.setCurrentWidget(self.register)
        self.register.select_ids([stakeholder_id])
        self.grid.select_ids([stakeholder_id])

    def selected_ids(self) -> Sequence[str]:
        return self.register.selected_ids()

    def focus_grid(self) -> None:
        self.grid.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- import -----------------------------------------------------------------------------------

    def start_import(self) -> None:
        """File ▸ Import Stakeholders: choose a spreadsheet, preview it, then import."""
        if self.session is None:
            return
        folder = str(Path(self.session.store.path).parent)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import stakeholders"), folder, tr(SPREADSHEET_FILTER)
        )
        if name:
            self.import_file(name, confirm=True)

    def import_file(
        self, path: str | Path, *, confirm: bool = True, allow_duplicates: bool = False
    ) -> bool:
        """Read ``path``, show the preview (if ``confirm``), and import it as one undo step.

        Rows already in the register are skipped unless ``allow_duplicates`` (or, with
        the preview, its "anyway" box) says otherwise.
        """
        from smartdesk.gui.stakeholders.import_dialog import ImportPreviewDialog
        from smartdesk.interchange.spreadsheet import read_stakeholder_sheet

        session = self.session
        if session is None:
            return False
        try:
            sheet = read_stakeholder_sheet(path, existing=self._data.stakeholders)
        except WorkshopError as error:
            session.failed.emit(str(error))
            return False
        if confirm:
            dialog = ImportPreviewDialog(sheet, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            allow_duplicates = dialog.allow_duplicates.isChecked()
        if not sheet.sound:
            session.failed.emit(sheet.refusal())
            return False
        added = sheet.to_import(allow_duplicates=allow_duplicates)
        if not added:
            session.failed.emit(
                self.tr(
                    "Nothing imported from {name}: every row is already in the register."
                ).format(name=sheet.source.name)
            )
            return False
        text = self.tr("Import {n} stakeholders from {name}").format(
            n=len(added), name=sheet.source.name
        )
        if not session.import_records(added, text=text):
            return False
        self.tabs.setCurrentWidget(self.register)
        self.register.select_ids([s.id for s in added])
        return True
