"""The preview of File ▸ Merge Breakout Files: what will be added, what conflicts and how
to settle it, what stays as it is, and what a breakout file lacks (never deleted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartdesk.gui.merge.preview_job import MergePreview, MergeWay
from smartdesk.interchange.merge import Entry

LISTED = 500  # lines listed per group; the rest are counted


class MergePreviewDialog(QDialog):
    """Shows a merge before anything is written; Merge is enabled only for a merge
    that breaks no rule. ``prefer`` is the choice made for every conflict."""

    def __init__(self, preview: MergePreview, target_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Merge breakout files into {name}").format(name=target_name))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        names = ", ".join(f"'{source.name}'" for source in preview.sources)
        heading = QLabel(
            self.tr(
                "Merging {files} into '{target}'. Nothing is written until you press Merge."
            ).format(files=names, target=target_name)
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)

        notes = preview.keep_target.result.other_workshops
        self.other_workshop = QLabel(
            "\n".join(self.tr("Warning: {note}").format(note=n) for n in notes)
        )
        self.other_workshop.setWordWrap(True)
        _warning(self.other_workshop, "#8a4b00")
        self.other_workshop.setVisible(bool(notes))
        layout.addWidget(self.other_workshop)

        self.choice = QGroupBox(
            self.tr(
                "{n} records differ between this workshop and a breakout file. For all of them:"
            ).format(n=preview.conflicts)
        )
        choices = QVBoxLayout(self.choice)
        self.keep_button = QRadioButton(self.tr("&Keep this workshop's version"))
        self.take_button = QRadioButton(
            self.tr("&Take the breakout file's version (a later file wins over an earlier one)")
        )
        self._group = QButtonGroup(self)
        for button in (self.keep_button, self.take_button):
            self._group.addButton(button)
            choices.addWidget(button)
        self.keep_button.setChecked(True)
        self._group.buttonToggled.connect(lambda *_: self._show())
        self.choice.setVisible(preview.conflicts > 0)
        layout.addWidget(self.choice)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What the merge does"))
        layout.addWidget(self.tree, 1)
        self.broken_rule = QLabel()
        self.broken_rule.setWordWrap(True)
        _warning(self.broken_rule, "#a00000")
        layout.addWidget(self.broken_rule)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show()

    @property
    def prefer(self) -> str:
        """``"target"`` or ``"source"``: how every conflict is settled."""
        return "source" if self.take_button.isChecked() else "target"

    @property
    def chosen(self) -> MergeWay:
        return self.preview.take_source if self.prefer == "source" else self.preview.keep_target

    def _show(self) -> None:
        way = self.chosen
        result = way.result
        left = sum(result.left.values())
        self.summary.setText(
            self.tr(
                "{added} to add, {conflicts} that differ, {left} identical (left as they are), "
                "{missing} not in a breakout file (kept: a merge never deletes)."
            ).format(
                added=len(result.added),
                conflicts=self.preview.conflicts,
                left=left,
                missing=len(result.missing),
            )
        )
        self.tree.clear()
        differing = result.taken if self.prefer == "source" else result.kept
        settled = (
            self.tr("taken from the breakout file")
            if self.prefer == "source"
            else self.tr("this workshop's version kept")
        )
        self._group_of(self.tr("To add"), result.added, expanded=True)
        self._group_of(self.tr("Differ ({how})").format(how=settled), differing, expanded=True)
        self._group_of(self.tr("Not in a breakout file (kept, never deleted)"), result.missing)
        identical = QTreeWidgetItem(
            self.tree, [self.tr("Identical, left as they are: {n}").format(n=left)]
        )
        for source, count in result.left.items():
            QTreeWidgetItem(identical, [f"{Path(source).name}: {count}"])
        self.broken_rule.setText(
            self.tr("Cannot merge: {rule}").format(rule=way.broken_rule) if way.broken_rule else ""
        )
        self.broken_rule.setVisible(way.broken_rule is not None)
        self.merge_button.setEnabled(way.broken_rule is None)

    def _group_of(self, title: str, entries: list[Entry], *, expanded: bool = False) -> None:
        group = QTreeWidgetItem(self.tree, [f"{title}: {len(entries)}"])
        for entry in entries[:LISTED]:
            text = f"{entry.kind} {entry.name}".strip()
            if entry.fields:
                text += f" — {', '.join(entry.fields)}"
            # The file by its name: the heading gives the full paths.
            item = QTreeWidgetItem(group, [f"{text}  ({Path(entry.source).name})"])
            item.setToolTip(0, f"{text}\n{entry.source}")
        if len(entries) > LISTED:
            QTreeWidgetItem(group, [self.tr("… and {n} more").format(n=len(entries) - LISTED)])
        group.setExpanded(expanded)


def _warning(label: QLabel, colour: str) -> None:
    """Bold and coloured, still taking its size from the dialog (presentation mode's large
    type), which a widget with a style sheet no longer does."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
    font = QFont()
    font.setBold(True)
    label.setFont(font)
