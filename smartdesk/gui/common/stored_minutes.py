"""The stages' time boxes kept in the workshop: the window's ``TimeBoxPlan`` follows the
agenda, and a time box set on a stage is written back to it.

A stage's time box is the total minutes of its agenda steps (``domain.agenda``); setting
it shares the new total among the steps, or adds one step titled by the stage. That is
an edit of the agenda like any other: one undo step through the session, refused (and
said in the status bar) if the minutes cannot be shared. A stage with no timed step
keeps the default minutes, which are not written until someone sets them.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject

from smartdesk.domain.agenda import stage_minutes, with_stage_minutes
from smartdesk.domain.enums import AgendaStage
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import AgendaStep
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.time_boxes import DEFAULT_MINUTES, FALLBACK_MINUTES, TimeBoxPlan
from smartdesk.gui.common.translation import tr
from smartdesk.gui.editing.session import WorkshopSession

_STAGES = {stage.value: stage for stage in AgendaStage if stage is not AgendaStage.OTHER}


class StoredTimeBoxes(QObject):
    """Keeps ``plan``'s minutes and the open workshop's agenda the same."""

    def __init__(self, plan: TimeBoxPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.session: WorkshopSession | None = None
        self._loading = False
        plan.minutes_changed.connect(self._plan_changed)

    def bind(self, session: WorkshopSession | None) -> None:
        if self.session is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.session.changed.disconnect(self._store_changed)
        self.session = session
        if session is not None:
            session.changed.connect(self._store_changed)
        self.load()

    def load(self) -> None:
        """Give the plan each stage's minutes from the agenda (defaults where none)."""
        steps = self.session.store.records(AgendaStep) if self.session is not None else []
        minutes = stage_minutes(steps)
        self._loading = True
        try:
            for key, stage in _STAGES.items():
                default = DEFAULT_MINUTES.get(key, FALLBACK_MINUTES)
                self.plan.set_minutes(key, minutes[stage] or default)
        finally:
            self._loading = False

    def _store_changed(self, change: Any) -> None:
        if getattr(change, "kind", None) is AgendaStep:
            self.load()

    def _plan_changed(self, key: str, minutes: int) -> None:
        session, stage = self.session, _STAGES.get(key)
        if self._loading or session is None or session.read_only or stage is None:
            return
        steps = tuple(session.store.records(AgendaStep))
        if stage_minutes(steps)[stage] == minutes:
            return
        try:
            new_steps = with_stage_minutes(steps, stage, minutes)
        except WorkshopError as error:
            session.failed.emit(str(error))
            self.load()  # the time box shows the agenda's minutes again
            return
        text = tr("Set the {stage} time box to {minutes} min").format(
            stage=choice_word(stage.label), minutes=minutes
        )
        old = {step.id: step for step in steps}
        added = [(i, s) for i, s in enumerate(new_steps) if s.id not in old]
        if added:
            position, step = added[0]
            session.add(step, position, text=text)
        else:
            pairs = [(old[s.id], s) for s in new_steps if old[s.id] != s]
            session.update_all(pairs, text=text)
