"""One page per workshop stage, in the order the room works through them."""

from __future__ import annotations

from smartdesk.gui.stages.base import StagePage
from smartdesk.gui.stages.briefing import BriefingPage
from smartdesk.gui.stages.options import OptionsPage
from smartdesk.gui.stages.stakeholders import StakeholdersPage
from smartdesk.gui.stages.vision import VisionPage

STAGE_PAGES: tuple[type[StagePage], ...] = (VisionPage, StakeholdersPage, OptionsPage, BriefingPage)

__all__ = [
    "STAGE_PAGES",
    "BriefingPage",
    "OptionsPage",
    "StagePage",
    "StakeholdersPage",
    "VisionPage",
]
