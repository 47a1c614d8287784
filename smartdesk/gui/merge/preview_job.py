"""The dry run of File ▸ Merge Breakout Files, off the UI thread.

The job gets a snapshot of the open workshop (read on the UI thread, so the worker never
touches the window's SQLite connection), opens each breakout file read-only on its own
connection and works out the merge both ways a conflict can be settled, with the
reader's rules checked for each. Like the export job it runs in ``QThreadPool`` as a
plain callable and reports through signals that live on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.common.translation import tr

if TYPE_CHECKING:  # the merge itself is loaded when first used, not at start-up
    from smartdesk.domain.records import WorkshopData
    from smartdesk.interchange.merge import MergeResult, Source


@dataclass(frozen=True, slots=True)
class MergeWay:
    """The merge with every conflict settled one way, and the rule it would break."""

    result: MergeResult
    broken_rule: str | None


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging ``sources`` into the open workshop does, settled either way."""

    sources: tuple[Source, ...]
    keep_target: MergeWay
    take_source: MergeWay

    @property
    def conflicts(self) -> int:
        return len(self.keep_target.result.kept)


class PreviewSignals(QObject):
    finished = Signal(object)  # a MergePreview
    failed = Signal(str)  # a message fit to show


class MergePreviewJob:
    """Reads the breakout files and works out the merge; reports through ``signals``."""

    def __init__(
        self,
        target: WorkshopData,
        target_path: Path,
        paths: Sequence[Path],
        signals: PreviewSignals,
    ) -> None:
        self.target = target
        self.target_path = target_path
        self.paths = tuple(paths)
        self.signals = signals

    def run(self) -> None:
        from smartdesk.interchange.merge_files import read_source

        try:
            sources = tuple(read_source(path, self.target_path) for path in self.paths)
            preview = MergePreview(
                sources, way(self.target, sources, "target"), way(self.target, sources, "source")
            )
        except WorkshopError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a fault must reach the user, not end the app
            self.signals.failed.emit(
                tr("The breakout files could not be read: {error}").format(error=error)
            )
        else:
            self.signals.finished.emit(preview)


def way(target: WorkshopData, sources: Sequence[Source], prefer: str) -> MergeWay:
    """The merge of ``sources`` into ``target`` settling conflicts for ``prefer``."""
    from smartdesk.interchange.merge import check_rules, merge_workshops

    result = merge_workshops(target, sources, "source" if prefer == "source" else "target")
    try:
        check_rules(result.merged)
    except WorkshopError as error:
        return MergeWay(result, error.message)
    return MergeWay(result, None)
