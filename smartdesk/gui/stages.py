"""The workshop's stages, in the order the room works through them, and where each page lives.

Each stage has a folder of its own (``gui/vision``, ``gui/stakeholders``, ``gui/options``,
``gui/briefing``, ``gui/room``) whose ``page.py`` puts its widgets on one page. A stage's module is
imported, and its page built, when the stage is first shown: start-up pays only for the
stage on screen.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from smartdesk.gui.common.stage_page import StagePage


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
    Stage("Vision", "smartdesk.gui.vision.page", "VisionPage"),
    Stage("Stakeholders", "smartdesk.gui.stakeholders.page", "StakeholdersPage"),
    Stage("Options", "smartdesk.gui.options.page", "OptionsPage"),
    Stage("Briefing pack", "smartdesk.gui.briefing.page", "BriefingPage"),
    # Participants, the agenda and voting: used alongside every other stage.
    Stage("In the room", "smartdesk.gui.room.page", "RoomPage"),
)


__all__ = ["STAGES", "Stage"]
