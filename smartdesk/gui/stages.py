"""The workshop's stages, in the order the room works through them, and where each page lives.

Each stage has a folder of its own (``gui/vision``, ``gui/stakeholders``, ``gui/options``,
``gui/briefing``, ``gui/room``) whose ``page.py`` puts its widgets on one page. A stage's module is
imported, and its page built, when the stage is first shown: start-up pays only for the
stage on screen.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from smartdesk.gui.common.stage_page import StagePage
from smartdesk.gui.common.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Stage:
    """A stage as the navigator lists it, and where its page class lives."""

    title: str
    module: str
    page_class: str

    def load(self) -> type[StagePage]:
        page_class: type[StagePage] = getattr(importlib.import_module(self.module), self.page_class)
        return page_class


STAGES: tuple[Stage, ...] = (
    Stage(QT_TRANSLATE_NOOP("Stages", "Vision"), "smartdesk.gui.vision.page", "VisionPage"),
    Stage(
        QT_TRANSLATE_NOOP("Stages", "Stakeholders"),
        "smartdesk.gui.stakeholders.page",
        "StakeholdersPage",
    ),
    Stage(QT_TRANSLATE_NOOP("Stages", "Options"), "smartdesk.gui.options.page", "OptionsPage"),
    Stage(
        QT_TRANSLATE_NOOP("Stages", "Briefing pack"), "smartdesk.gui.briefing.page", "BriefingPage"
    ),
    # Participants, the agenda and voting: used alongside every other stage.
    Stage(QT_TRANSLATE_NOOP("Stages", "In the room"), "smartdesk.gui.room.page", "RoomPage"),
)


def stage_title(title: str) -> str:
    """A stage's title (the English one is its key) in the interface's language."""
    return QCoreApplication.translate("Stages", title)


__all__ = ["STAGES", "Stage", "stage_title"]
