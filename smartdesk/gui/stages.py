"""One page per workshop stage, in the order the room works through them.

A stage's module is imported, and its page built, when the stage is first shown:
start-up pays only for the stage on screen. ``from smartdesk.gui.stages import
OptionsPage`` still works (the name is looked up on first use).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from smartdesk.gui.stages.base import StagePage


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
    Stage("Vision", "smartdesk.gui.stages.vision", "VisionPage"),
    Stage("Stakeholders", "smartdesk.gui.stages.stakeholders", "StakeholdersPage"),
    Stage("Options", "smartdesk.gui.stages.options", "OptionsPage"),
    Stage("Briefing pack", "smartdesk.gui.stages.briefing", "BriefingPage"),
)


def __getattr__(name: str) -> Any:
    for stage in STAGES:
        if stage.page_class == name:
            return stage.load()
    raise AttributeError(f"module 'smartdesk.gui.stages' has no attribute {name!r}")


__all__ = ["STAGES", "Stage", "StagePage"]
