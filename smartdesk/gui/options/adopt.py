"""Give a shared ``EditableRecordTable`` a model subclass of its own.

The options tables need rules the generic model does not know (a stage's own check on
an edit, computed columns such as a criterion's share of the weight), and the shared
table builds its plain ``EditableRecordModel`` itself. This swaps in the subclass and
wires it exactly as the table wires its own.
"""

from __future__ import annotations

from smartdesk.gui.editable_table import EditableRecordModel, EditableRecordTable, FieldDelegate


def adopt_model(table: EditableRecordTable, model: EditableRecordModel) -> None:
    """Make ``table`` show and edit through ``model`` instead of the one it built."""
    old = table.model
    old.refused.disconnect(table.show_message)
    old.accepted.disconnect(table.clear_message)
    old.bind(None)
    table.model = model
    view = table.view
    view.source_model = model
    view.proxy.setSourceModel(model)
    view.setItemDelegate(FieldDelegate(model, view))
    model.modelReset.connect(view.fit_columns)
    model.modelReset.connect(table._apply_widths)
    model.refused.connect(table.show_message)
    model.accepted.connect(table.clear_message)
    table._apply_widths()
