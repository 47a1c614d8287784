"""The window around the stages: menus, navigator and status bar (``main_window``), keeping
the open file safe (``file_guard`` and its dialogs), recent files, signals and Qt quirks."""
