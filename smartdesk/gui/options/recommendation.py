"""The recommendation: which option, why, and the decisions the committee is asked for.

Each field is saved as one undoable command when the user leaves it. Recommending an
option that is not top of the ranking is allowed (the room may have good reasons) but
a warning says so, so the report explains it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from smartdesk.domain.appraisal import option_label, rank_options
from smartdesk.domain.formatting import percent
from smartdesk.domain.records import Recommendation, WorkshopData
from smartdesk.gui.common.commit_text import CommitTextEdit
from smartdesk.gui.common.translation import tr
from smartdesk.gui.editing.session import WorkshopSession


def recommendation_warning(data: WorkshopData) -> str:
    """Why the chosen option may need explaining, or "" when it is the top-ranked one."""
    chosen_id = data.recommendation.option_id
    if chosen_id is None:
        return tr("No option is recommended yet.")
    chosen = next((o for o in data.options if o.id == chosen_id), None)
    if chosen is None:
        return tr("The recommended option no longer exists; choose another.")
    if not chosen.shortlisted:
        return tr("{option} is not on the short list, so it has not been appraised.").format(
            option=option_label(chosen)
        )
    ranking = rank_options(data)
    if ranking and ranking[0].option_id != chosen_id:
        top = ranking[0]
        place = next(r for r in ranking if r.option_id == chosen_id)
        return tr(
            "Not the top-ranked option: {top} ranks first ({top_score}); {option} ranks "
            "{rank} ({score}). Say why in the reasons."
        ).format(
            top=top.name,
            top_score=percent(top.score),
            option=option_label(chosen),
            rank=place.rank,
            score=percent(place.score),
        )
    return ""


class RecommendationEditor(QWidget):
    """Option (combo box), reasons, decisions sought (one per line), and the warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self._showing = False
        self.option = QComboBox()
        self.option.setAccessibleName(self.tr("Recommended option"))
        self.option.activated.connect(self._option_chosen)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.warning.setAccessibleName(self.tr("Recommendation warning"))
        self.rationale = CommitTextEdit(self.tr("Reasons for the recommendation"))
        self.rationale.setPlaceholderText(
            self.tr("Why this option? (saved when you leave the box)")
        )
        self.rationale.committed.connect(self._save_rationale)
        self.decisions = CommitTextEdit(self.tr("Decisions sought"))
        self.decisions.setPlaceholderText(
            self.tr("One decision the committee is asked for per line")
        )
        self.decisions.committed.connect(self._save_decisions)

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Recommended &option"), self.option)
        form.addRow("", self.warning)
        form.addRow(self.tr("R&easons"), self.rationale)
        form.addRow(self.tr("Decisions so&ught"), self.decisions)

    def show_data(self, session: WorkshopSession | None, data: WorkshopData) -> None:
        self.session = session
        self._showing = True
        try:
            self.option.clear()
            self.option.addItem(self.tr("(none chosen yet)"), None)
            for option in data.options:
                mark = "" if option.shortlisted else self.tr(" (not short-listed)")
                self.option.addItem(option_label(option) + mark, option.id)
            chosen = self.option.findData(data.recommendation.option_id)
            self.option.setCurrentIndex(max(chosen, 0))
        finally:
            self._showing = False
        self.rationale.show_saved(data.recommendation.rationale)
        self.decisions.show_saved("\n".join(data.recommendation.decisions_sought))
        text = recommendation_warning(data)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _save(self, new: Recommendation, text: str) -> None:
        if self.session is None:
            return
        self.session.set_part(self.session.store.recommendation(), new, text=text)

    def _current(self) -> Recommendation:
        assert self.session is not None
        return self.session.store.recommendation()

    def _option_chosen(self, _index: int) -> None:
        if self._showing or self.session is None:
            return
        chosen = self.option.currentData()
        self._save(
            replace(self._current(), option_id=chosen), self.tr("Choose the recommended option")
        )

    def _save_rationale(self, text: str) -> None:
        if self.session is not None:
            self._save(
                replace(self._current(), rationale=text.strip()), self.tr("Edit the reasons")
            )

    def _save_decisions(self, text: str) -> None:
        if self.session is None:
            return
        lines = tuple(line.strip() for line in text.splitlines() if line.strip())
        self._save(
            replace(self._current(), decisions_sought=lines), self.tr("Edit the decisions sought")
        )
