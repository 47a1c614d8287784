"""File ▸ Import Stakeholders: a preview of how the spreadsheet maps, then one undoable import."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartdesk.interchange.spreadsheet import FIELD_LABELS, StakeholderSheet

PREVIEW_ROWS = 8


class ImportPreviewDialog(QDialog):
    """Shows which column fills which field, the first rows, problems and warnings.

    The Import button is enabled only for a sound sheet: nothing is written before the
    user has seen the mapping.
    """

    def __init__(self, sheet: StakeholderSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.setWindowTitle(
            self.tr("Import stakeholders from {name}").format(name=sheet.source.name)
        )
        layout = QVBoxLayout(self)

        count = len(sheet.stakeholders)
        if sheet.sound:
            intro = self.tr("{n} stakeholders will be added to the register.").format(n=count)
        else:
            intro = self.tr(
                "This file cannot be imported: {n} rows have problems. Nothing will be "
                "added until every row is sound. Fix them in the spreadsheet and try again."
            ).format(n=len({p.row for p in sheet.problems}))
        self.summary = QLabel(intro)
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
        self.preview = QTableWidget(len(shown), len(fields) + 1)
        self.preview.setAccessibleName(self.tr("Rows to import"))
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), *(FIELD_LABELS[f] for f in fields)])
        self.preview.verticalHeader().setVisible(False)
        for row, (person, number) in enumerate(zip(shown, sheet.rows, strict=False)):
            self.preview.setItem(row, 0, QTableWidgetItem(str(number)))
            for col, name in enumerate(fields, 1):
                self.preview.setItem(row, col, QTableWidgetItem(_shown(getattr(person, name))))
        self.preview.resizeColumnsToContents()
        layout.addWidget(self.preview)

        notes = [p.message for p in sheet.problems] + [f"Note: {w}" for w in sheet.warnings]
        self.notes = QPlainTextEdit("\n".join(notes))
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Problems and warnings"))
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import {n} stakeholders").format(n=count),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(sheet.sound)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 560)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else ""
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
