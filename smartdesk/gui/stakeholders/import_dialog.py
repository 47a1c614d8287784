"""File ▸ Import Stakeholders: a preview of how the spreadsheet maps, then one undoable import."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartdesk.domain.records import Stakeholder
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.translation import sentence, tr
from smartdesk.interchange.spreadsheet import FIELD_LABELS, StakeholderSheet

PREVIEW_ROWS = 8
DUPLICATES_LISTED = 50  # duplicate rows named in the notes; the rest are counted


class ImportPreviewDialog(QDialog):
    """Shows which column fills which field, the first rows, problems and warnings.

    Rows already in the register (same name and organisation) or repeating an earlier
    row are marked in the preview and listed in the notes; they are skipped unless the
    user ticks "Import them anyway". The Import button is enabled only for a sound
    sheet with something to import: nothing is written before the user has seen the
    mapping.
    """

    def __init__(self, sheet: StakeholderSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.setWindowTitle(
            self.tr("Import stakeholders from {name}").format(name=sheet.source.name)
        )
        layout = QVBoxLayout(self)

        count = len(sheet.stakeholders)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        layout.addWidget(QLabel(self.tr("How the columns are read:")))
        self.mapping = QTableWidget(len(sheet.columns), 3)
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Heading in the file"), self.tr("Imported as")]
        )
        self.mapping.verticalHeader().setVisible(False)
        for row, column in enumerate(sheet.columns):
            target = FIELD_LABELS[column.field] if column.field else self.tr("(not imported)")
            for col, text in enumerate((column.letter, column.header, target)):
                self.mapping.setItem(row, col, QTableWidgetItem(text))
        self.mapping.resizeColumnsToContents()
        self.mapping.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.mapping)

        fields = [c.field for c in sheet.columns if c.field]
        shown = sheet.stakeholders[:PREVIEW_ROWS]
        layout.addWidget(
            QLabel(self.tr("First {n} of {total} rows:").format(n=len(shown), total=count))
        )
        self.preview = QTableWidget(len(shown), len(fields) + 2)
        self.preview.setAccessibleName(self.tr("Rows to import"))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Already there?"), *(FIELD_LABELS[f] for f in fields)]
        )
        self.preview.verticalHeader().setVisible(False)
        for row, (person, number) in enumerate(zip(shown, sheet.rows, strict=False)):
            self.preview.setItem(row, 0, QTableWidgetItem(str(number)))
            self.preview.setItem(row, 1, QTableWidgetItem(""))
            for col, name in enumerate(fields, 2):
                self.preview.setItem(row, col, QTableWidgetItem(_shown(getattr(person, name))))
        layout.addWidget(self.preview)

        duplicates = sheet.duplicate_messages()
        self.allow_duplicates = QCheckBox(
            self.tr("Import the {n} rows already there anyway").format(n=len(duplicates))
        )
        self.allow_duplicates.setToolTip(
            self.tr(
                "A row is already there when a stakeholder in the register, or an earlier "
                "row, has the same name and organisation (ignoring case and spacing)."
            )
        )
        self.allow_duplicates.setVisible(bool(duplicates))
        self.allow_duplicates.toggled.connect(self._update)
        layout.addWidget(self.allow_duplicates)

        notes = [sentence(p.message) for p in sheet.problems]
        notes += [
            self.tr("Already there: {line}").format(line=line)
            for line in duplicates[:DUPLICATES_LISTED]
        ]
        if len(duplicates) > DUPLICATES_LISTED:
            notes.append(
                self.tr("… and {n} more rows already there").format(
                    n=len(duplicates) - DUPLICATES_LISTED
                )
            )
        notes += [self.tr("Note: {warning}").format(warning=w) for w in sheet.warnings]
        self.notes = QPlainTextEdit("\n".join(notes))
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Problems and warnings"))
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.preview.resizeColumnsToContents()
        self.resize(820, 560)

    def to_import(self) -> tuple[Stakeholder, ...]:
        """The stakeholders the Import button adds, as the dialog now stands."""
        return self.sheet.to_import(allow_duplicates=self.allow_duplicates.isChecked())

    def _update(self) -> None:
        """Summary, row markers and button after the "anyway" box changes."""
        sheet, allow = self.sheet, self.allow_duplicates.isChecked()
        count = len(self.to_import())
        skipped = 0 if allow else len(sheet.duplicates)
        if not sheet.sound:
            text = self.tr(
                "This file cannot be imported: {n} rows have problems. Nothing will be "
                "added until every row is sound. Fix them in the spreadsheet and try again."
            ).format(n=len({p.row for p in sheet.problems}))
        elif skipped:
            text = self.tr(
                "{n} stakeholders will be added to the register; {s} rows already there "
                "(same name and organisation) will be skipped."
            ).format(n=count, s=skipped)
        elif sheet.duplicates:
            text = self.tr(
                "{n} stakeholders will be added to the register, including {d} rows already there."
            ).format(n=count, d=len(sheet.duplicates))
        else:
            text = self.tr("{n} stakeholders will be added to the register.").format(n=count)
        self.summary.setText(text)
        bold = QFont(self.font())
        bold.setBold(True)
        for match in sheet.duplicates:
            if match.index >= self.preview.rowCount():
                break
            reason = (
                self.tr("Repeats row {n}").format(n=sheet.rows[match.earlier])
                if match.earlier is not None
                else self.tr("Already in the register")
            )
            then = self.tr("will be imported anyway") if allow else self.tr("will be skipped")
            item = self.preview.item(match.index, 1)
            assert item is not None  # the preview filled every cell of its rows
            item.setText(f"{reason} — {then}")
            item.setFont(bold)
        self.preview.resizeColumnToContents(1)
        self.import_button.setText(self.tr("&Import {n} stakeholders").format(n=count))
        self.import_button.setEnabled(sheet.sound and count > 0)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else ""
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return choice_word(label)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
