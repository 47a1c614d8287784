"""The desktop application: main window, stage pages, Qt models and undo commands.

Only this package imports Qt. ``smartdesk.gui.launch.run_gui`` is the entry point.
"""
